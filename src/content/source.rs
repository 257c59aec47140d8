//! Reading pack files from a folder or from the copy built into the binary, and decoding them.
//!
//! Everything after this module works on in-memory [`SourceFile`]s, so the checker,
//! the app and the tests see the same thing whether files came from disk or not.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use super::diagnostic::{Diagnostic, Position};

/// The default lessons, compiled into the binary so it runs from any folder. Only what the
/// engine reads: the authoring guide beside them (content/README.md) would be 15 KB more for
/// every child's download.
static EMBEDDED_LESSONS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/content/lessons");
static EMBEDDED_PACK: &str = include_str!("../../content/pack.ron");
/// The built-in lessons' pictures, on desktop. The browser build fetches them from its site
/// (`chatwise page-files` copies them there) only when a lesson needs them.
#[cfg(not(target_arch = "wasm32"))]
static EMBEDDED_IMAGES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/content/images");
static EMBEDDED_PORTALS: &str = include_str!("../../content/portals.ron");
/// The default translations, compiled into the binary. The browser build carries English only:
/// every other language is a file of the site (`lang-<code>.json`, from `chatwise page-files`)
/// that a reader downloads only if they read it, so adding a language to the library never
/// makes an English or Ukrainian reader's first visit bigger.
#[cfg(not(target_arch = "wasm32"))]
static EMBEDDED_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");
#[cfg(target_arch = "wasm32")]
static EMBEDDED_LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales/en");
/// The folder `EMBEDDED_LOCALES` holds, relative to `locales/` (`en/` in the browser build).
#[cfg(not(target_arch = "wasm32"))]
const EMBEDDED_LOCALES_UNDER: &str = "";
#[cfg(target_arch = "wasm32")]
const EMBEDDED_LOCALES_UNDER: &str = "en/";

/// A file's raw bytes and the path it is reported under.
#[derive(Debug, Clone)]
pub struct RawFile {
    /// The path as shown to authors, e.g. `content/lessons/new-friend.ron`.
    pub path: String,
    /// The path relative to its root folder, with `/` separators, e.g. `lessons/new-friend.ron`.
    pub relative: String,
    pub bytes: Vec<u8>,
}

/// A file decoded to text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub relative: String,
    pub text: String,
}

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
            if file.relative.starts_with(super::images::IMAGES_DIR) {
                if !content.iter().any(|f| f.relative == file.relative) {
                    content.push(RawFile { path: format!("{BUILT_IN_PREFIX}{}", file.path), ..file });
                }
                continue;
            }
            let Some(id) = file.relative.strip_prefix(super::LESSONS_DIR).and_then(|f| f.strip_suffix(".ron")) else {
                continue;
            };
            names.push(format!("{id}.ftl"));
            if !content.iter().any(|f| f.relative == file.relative) {
                content.push(RawFile { path: format!("{BUILT_IN_PREFIX}{}", file.path), ..file });
            }
        }
    }
    let portals = super::portals::PORTALS_FILE;
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
    let Some(pack) = content.iter().find(|f| f.relative == super::PACK_FILE) else { return false };
    let text = String::from_utf8_lossy(&pack.bytes);
    super::ron_options()
        .from_str::<super::raw::RawPack>(text.trim_start_matches('\u{feff}'))
        .is_ok_and(|p| p.with_built_in_lessons)
}

/// The built-in content folder as the engine reads it: pack.ron, portals.ron and lessons/.
fn embedded_content() -> Vec<RawFile> {
    let mut files = embedded_files(&EMBEDDED_LESSONS, "content/lessons");
    for file in &mut files {
        file.relative = format!("{}{}", super::LESSONS_DIR, file.relative);
    }
    #[cfg(not(target_arch = "wasm32"))]
    for file in EMBEDDED_IMAGES.files().filter(|f| f.path().extension().is_some_and(|e| e == "png")) {
        let relative = format!("{}{}", super::images::IMAGES_DIR, file.path().to_string_lossy());
        files.push(RawFile { path: format!("content/{relative}"), relative, bytes: file.contents().to_vec() });
    }
    for (name, text) in [(super::PACK_FILE, EMBEDDED_PACK), (super::portals::PORTALS_FILE, EMBEDDED_PORTALS)] {
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

/// Reads all files under `root`, recursively, sorted by path.
pub fn read_tree(root: &Path) -> std::io::Result<Vec<RawFile>> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                stack.push(path);
            } else {
                let relative = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                let bytes = std::fs::read(&path)?;
                out.push(RawFile { path: path.to_string_lossy().into_owned(), relative, bytes });
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}

const BYTE_ORDER_MARK: &str = "\u{feff}";

/// Decodes a file as UTF-8, reporting what an author must fix.
///
/// A byte-order mark is removed with a warning (some editors add it; it is harmless once
/// removed). Invalid UTF-8 is an error at the first bad byte, and the file is skipped.
pub fn decode(file: RawFile, diagnostics: &mut Vec<Diagnostic>) -> Option<SourceFile> {
    let RawFile { path, relative, bytes } = file;
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let bytes = err.as_bytes();
            let valid_up_to = err.utf8_error().valid_up_to();
            let valid = std::str::from_utf8(&bytes[..valid_up_to]).unwrap_or_default();
            diagnostics.push(Diagnostic::error(
                &path,
                Position::of_offset(valid, valid.len()),
                "invalid-utf8",
                "this file is not valid UTF-8 text; open it in a text editor and save it with the UTF-8 encoding",
            ));
            return None;
        }
    };
    if text.starts_with(BYTE_ORDER_MARK) {
        text.drain(..BYTE_ORDER_MARK.len());
        diagnostics.push(Diagnostic::warning(
            &path,
            Position::START,
            "byte-order-mark",
            "this file starts with a byte-order mark; it was ignored, but save the file as UTF-8 without BOM",
        ));
    }
    Some(SourceFile { path, relative, text })
}
