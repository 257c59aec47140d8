//! Pack files as bytes and as text, read from a folder and decoded.
//!
//! Everything after this module works on in-memory [`SourceFile`]s, so the checker,
//! the app and the tests see the same thing whether files came from disk or not.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Position};

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
