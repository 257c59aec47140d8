//! Reading test packs from disk into memory, and writing them to temporary folders.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chatwise::base::source::{RawFile, read_tree};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A pack's files, keyed by path relative to `content/` and `locales/`.
#[derive(Debug, Clone, Default)]
pub struct PackFiles {
    pub content: BTreeMap<String, Vec<u8>>,
    pub locales: BTreeMap<String, Vec<u8>>,
}

impl PackFiles {
    /// Adds (or replaces) every file under `dir/content` and `dir/locales`.
    pub fn overlay(mut self, dir: &Path) -> Self {
        for (sub, map) in [("content", &mut self.content), ("locales", &mut self.locales)] {
            let root = dir.join(sub);
            if root.is_dir() {
                for file in read_tree(&root).expect("test files are readable") {
                    map.insert(file.relative, file.bytes);
                }
            }
        }
        self
    }

    /// The files as the loader takes them, reported as `content/...` and `locales/...`.
    pub fn raw(&self) -> (Vec<RawFile>, Vec<RawFile>) {
        let to_raw = |prefix: &str, map: &BTreeMap<String, Vec<u8>>| {
            map.iter()
                .map(|(relative, bytes)| RawFile {
                    path: format!("{prefix}/{relative}"),
                    relative: relative.clone(),
                    bytes: bytes.clone(),
                })
                .collect()
        };
        (to_raw("content", &self.content), to_raw("locales", &self.locales))
    }

    /// Writes the pack to a fresh folder; returns it (with `content/` and `locales/` inside).
    pub fn write_to_temp(&self, name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("chatwise-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (sub, map) in [("content", &self.content), ("locales", &self.locales)] {
            for (relative, bytes) in map {
                let path = dir.join(sub).join(relative);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, bytes).unwrap();
            }
        }
        dir
    }
}

/// The minimal valid pack (tests/packs/mini) with the engine's own real .ftl files.
pub fn mini() -> PackFiles {
    let mut files = PackFiles::default().overlay(&repo().join("tests/packs/mini"));
    for language in ["en", "uk"] {
        for file in chatwise::library::origin::ENGINE_MESSAGE_FILES {
            let bytes = std::fs::read(repo().join(format!("locales/{language}/{file}"))).unwrap();
            files.locales.insert(format!("{language}/{file}"), bytes);
        }
    }
    files
}

/// The app's views around a fresh shell on the built-in library, laptop-sized, with reduced
/// motion (no typing delays) and whatever else `adjust` sets in what was "saved".
pub fn app_harness(
    adjust: impl FnOnce(&mut chatwise::ui::saved::Saved),
) -> egui_kittest::Harness<'static, chatwise::ui::Shell> {
    use chatwise::ui::{Shell, egui};
    let mut saved = chatwise::ui::saved::Saved::default();
    saved.settings.reduced_motion = true;
    adjust(&mut saved);
    let shell = Shell::new(chatwise::library::Library::embedded().library, saved, vec!["en".into()]);
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, shell: &mut Shell| shell.ui(ui), shell);
    harness.run();
    harness
}
