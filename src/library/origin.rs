//! Where a pack's files come from: a folder on disk, or the copy built into the binary, which
//! also completes a folder with the engine's own messages and help data.

use std::path::{Path, PathBuf};

use chatwise_base::source::{RawFile, read_tree};
use chatwise_content::{LESSONS_DIR, PACK_FILE, images::IMAGES_DIR, portals::PORTALS_FILE};
use include_dir::{Dir, include_dir};

/// The default lessons, compiled into the binary so it runs from any folder. Only what the
/// engine reads: the authoring guide beside them (content/README.md) would be 15 KB more for
/// every child's download.
static EMBEDDED_LESSONS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../content/lessons");
static EMBEDDED_PACK: &str = include_str!("../../content/pack.ron");
/// The built-in lessons' pictures, on desktop. The browser build fetches them from its site
/// (`chatwise page-files` copies them there) only when a lesson needs them.
#[cfg(not(target_arch = "wasm32"))]
static EMBEDDED_IMAGES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../content/images");
static EMBEDDED_PORTALS: &str = include_str!("../../content/portals.ron");
/// The default translations, compiled into the binary. The browser build carries English only:
/// every other language is a file of the site (`lang-<code>.json`, from `chatwise page-files`)
/// that a reader downloads only if they read it, so adding a language to the library never
/// makes an English or Ukrainian reader's first visit bigger.
#[cfg(not(target_arch = "wasm32"))]
static EMBEDDED_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../locales");
#[cfg(target_arch = "wasm32")]
static EMBEDDED_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../locales/en");
/// The folder `EMBEDDED_LOCALES` holds, relative to `locales/` (`en/` in the browser build).
#[cfg(not(target_arch = "wasm32"))]
const EMBEDDED_LOCALES_UNDER: &str = "";
#[cfg(target_arch = "wasm32")]
const EMBEDDED_LOCALES_UNDER: &str = "en/";
/// Where a pack's files come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The lessons and translations built into this binary.
    Embedded,
    /// Folders on disk (lesson folder, locale folder).
    Folders { content: PathBuf, locales: PathBuf },
}

impl Origin {
    /// `./content` and `./locales` when they exist here, otherwise the built-in library.
    pub fn default_for_cwd() -> Origin {
        let (content, locales) = (PathBuf::from("content"), PathBuf::from("locales"));
        if content.join("pack.ron").is_file() && locales.is_dir() {
            return Origin::Folders { content, locales };
        }
        // An NGO's desktop app: its pack in a `pack` folder beside the executable.
        if let Some(pack) = std::env::current_exe().ok().and_then(|exe| exe.parent().map(|d| d.join(PACK_BESIDE_EXE)))
            && let Some(origin) = Origin::pack(&pack)
        {
            return origin;
        }
        Origin::Embedded
    }

    /// A pack folder holding `content/` (with pack.ron) and `locales/`, if `dir` is one.
    pub fn pack(dir: &Path) -> Option<Origin> {
        let (content, locales) = (dir.join("content"), dir.join("locales"));
        (content.join("pack.ron").is_file() && locales.is_dir()).then_some(Origin::Folders { content, locales })
    }

    /// Reads every file of the pack: `(content files, locale files)`, each sorted by path.
    pub fn read(&self) -> std::io::Result<(Vec<RawFile>, Vec<RawFile>)> {
        match self {
            Origin::Embedded => Ok((embedded_content(), embedded_locales())),
            Origin::Folders { content, locales } => {
                let (mut content, mut locales) = (read_tree(content)?, read_tree(locales)?);
                add_engine_files(&mut content, &mut locales);
                Ok((content, locales))
            }
        }
    }

    /// A short description for summaries: "the built-in library" or the folders.
    pub fn describe(&self) -> String {
        match self {
            Origin::Embedded => "the built-in library".to_owned(),
            Origin::Folders { content, locales } => {
                format!("{} and {}", content.display(), locales.display())
            }
        }
    }
}

/// The folder beside the executable that the app and the commands use when no other pack is
/// given (`chatwise-<version>/pack/content`, `.../pack/locales` in the release bundle).
pub const PACK_BESIDE_EXE: &str = "pack";

/// The engine's own messages (buttons, help texts, printed documents, the web page): they belong
/// to the engine, so a pack on disk needs only what its author wrote.
pub const ENGINE_MESSAGE_FILES: &[&str] = &["ui.ftl", "help.ftl", "export.ftl", "web.ftl"];

/// Where built-in files appear in findings, so an author can tell them from their own.
pub const BUILT_IN_PREFIX: &str = "(built in) ";

/// Completes a pack read from folders with what the engine brings: its own messages for every
/// language the pack has (and English) where the pack does not translate them itself, the
/// built-in help data (`portals.ron` with its messages) when the pack has none, and the built-in
/// lessons when `pack.ron` says `with_built_in_lessons: true`.
pub fn add_engine_files(content: &mut Vec<RawFile>, locales: &mut Vec<RawFile>) {
    let mut languages: Vec<String> =
        locales.iter().filter_map(|f| f.relative.split_once('/').map(|(lang, _)| lang.to_owned())).collect();
    languages.push("en".to_owned());
    languages.sort();
    languages.dedup();
    let mut names: Vec<String> = ENGINE_MESSAGE_FILES.iter().map(|n| (*n).to_owned()).collect();
    if adds_to_built_in_library(content) {
        // Each built-in lesson and its messages (one .ftl per lesson, named after it), unless the
        // pack has a file of the same name, which then wins.
        for file in embedded_content() {
            // The built-in lessons' pictures come with them.
            if file.relative.starts_with(IMAGES_DIR) {
                if !content.iter().any(|f| f.relative == file.relative) {
                    content.push(RawFile { path: format!("{BUILT_IN_PREFIX}{}", file.path), ..file });
                }
                continue;
            }
            let Some(id) = file.relative.strip_prefix(LESSONS_DIR).and_then(|f| f.strip_suffix(".ron")) else {
                continue;
            };
            names.push(format!("{id}.ftl"));
            if !content.iter().any(|f| f.relative == file.relative) {
                content.push(RawFile { path: format!("{BUILT_IN_PREFIX}{}", file.path), ..file });
            }
        }
    }
    let portals = PORTALS_FILE;
    if !content.iter().any(|f| f.relative == portals) {
        content.push(RawFile {
            path: format!("{BUILT_IN_PREFIX}content/{portals}"),
            relative: portals.to_owned(),
            bytes: EMBEDDED_PORTALS.as_bytes().to_vec(),
        });
        names.push("portals.ftl".to_owned());
    }
    for language in &languages {
        for name in &names {
            let relative = format!("{language}/{name}");
            if locales.iter().any(|f| f.relative == relative) {
                continue;
            }
            if let Some(file) =
                relative.strip_prefix(EMBEDDED_LOCALES_UNDER).and_then(|inside| EMBEDDED_LOCALES.get_file(inside))
            {
                locales.push(RawFile {
                    path: format!("{BUILT_IN_PREFIX}locales/{relative}"),
                    relative,
                    bytes: file.contents().to_vec(),
                });
            }
        }
    }
}

/// Whether the pack's `pack.ron` asks for the built-in lessons beside its own.
fn adds_to_built_in_library(content: &[RawFile]) -> bool {
    let Some(pack) = content.iter().find(|f| f.relative == PACK_FILE) else { return false };
    let text = String::from_utf8_lossy(&pack.bytes);
    chatwise_content::ron_options()
        .from_str::<chatwise_content::raw::RawPack>(text.trim_start_matches('\u{feff}'))
        .is_ok_and(|p| p.with_built_in_lessons)
}

/// The built-in content folder as the engine reads it: pack.ron, portals.ron and lessons/.
fn embedded_content() -> Vec<RawFile> {
    let mut files = embedded_files(&EMBEDDED_LESSONS, "content/lessons");
    for file in &mut files {
        file.relative = format!("{}{}", LESSONS_DIR, file.relative);
    }
    #[cfg(not(target_arch = "wasm32"))]
    for file in EMBEDDED_IMAGES.files().filter(|f| f.path().extension().is_some_and(|e| e == "png")) {
        let relative = format!("{}{}", IMAGES_DIR, file.path().to_string_lossy());
        files.push(RawFile { path: format!("content/{relative}"), relative, bytes: file.contents().to_vec() });
    }
    for (name, text) in [(PACK_FILE, EMBEDDED_PACK), (PORTALS_FILE, EMBEDDED_PORTALS)] {
        files.push(RawFile {
            path: format!("content/{name}"),
            relative: name.to_owned(),
            bytes: text.as_bytes().to_vec(),
        });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

/// The built-in translations as the engine reads them (relative to `locales/`).
pub fn embedded_locales() -> Vec<RawFile> {
    let prefix = format!("locales/{EMBEDDED_LOCALES_UNDER}");
    let mut files = embedded_files(&EMBEDDED_LOCALES, prefix.trim_end_matches('/'));
    for file in &mut files {
        file.relative = format!("{EMBEDDED_LOCALES_UNDER}{}", file.relative);
    }
    files
}

/// The built-in content folder, for the browser app to load with the languages it fetched.
pub fn embedded_content_files() -> Vec<RawFile> {
    embedded_content()
}

fn embedded_files(dir: &Dir<'static>, prefix: &str) -> Vec<RawFile> {
    let mut out = Vec::new();
    collect_embedded(dir, prefix, &mut out);
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

fn collect_embedded(dir: &Dir<'static>, prefix: &str, out: &mut Vec<RawFile>) {
    for file in dir.files() {
        let relative = file.path().to_string_lossy().replace('\\', "/");
        out.push(RawFile { path: format!("{prefix}/{relative}"), relative, bytes: file.contents().to_vec() });
    }
    for sub in dir.dirs() {
        collect_embedded(sub, prefix, out);
    }
}
