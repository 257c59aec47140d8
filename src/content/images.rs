//! Pictures in Story steps: the files under the pack's `images/` folder, and the checks on
//! them. The app draws PNG: every drawing program exports it, flat illustrations compress well in
//! it, browsers decode it natively and the desktop build already carries a PNG decoder.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::diagnostic::Diagnostic;
use super::model::{Lesson, StepKind};
use crate::i18n::{Catalog, Localizer, REFERENCE_LANGUAGE};

/// The folder of pictures inside a content folder.
pub const IMAGES_DIR: &str = "images/";
/// A picture larger than this is too heavy for a child's phone on mobile data.
pub const MAX_BYTES: usize = 200 * 1024;
/// Wider than this is more than any screen the app draws on needs.
pub const MAX_WIDTH: u32 = 1600;

/// The pictures a pack brings, by path relative to its content folder (`images/phone.png`).
pub type Images = BTreeMap<String, Arc<[u8]>>;

/// A PNG's width and height, read from its header; `None` when the bytes are not a PNG.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.len() < 24 || !bytes.starts_with(SIGNATURE) || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let be = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((be(16), be(20)))
}

/// Checks every Story picture of `lessons`: the file is there, is a PNG, is not too heavy or too
/// wide, and its description says something. Findings point at the picture's path in the lesson.
pub fn check(lessons: &[Arc<Lesson>], images: &Images, catalog: &Catalog, diagnostics: &mut Vec<Diagnostic>) {
    let english = Localizer::new(catalog, &[REFERENCE_LANGUAGE]);
    for lesson in lessons {
        for step in &lesson.steps {
            let StepKind::Story { image: Some(image), .. } = &step.kind else { continue };
            let mut error = |code: &'static str, message: String| {
                diagnostics.push(Diagnostic::error(&lesson.path, image.at, code, message));
            };
            if english.has_own(image.alt.as_str()) && english.text(image.alt.as_str()).trim().is_empty() {
                error(
                    "empty-alt",
                    format!(
                        "the picture's description `{}` is empty; say in one sentence what the picture shows, for readers who cannot see it",
                        image.alt.as_str()
                    ),
                );
            }
            if !image.path.starts_with(IMAGES_DIR) || image.path.contains("..") {
                error(
                    "image-outside-images",
                    format!("`{}` must be a file in the pack's images/ folder, e.g. `images/phone.png`", image.path),
                );
                continue;
            }
            let Some(bytes) = images.get(&image.path) else {
                let known: Vec<&str> = images.keys().map(String::as_str).filter(|k| k.ends_with(".png")).collect();
                let hint = if known.is_empty() {
                    "the images/ folder is empty or missing".to_owned()
                } else {
                    format!("the folder has: {}", known.join(", "))
                };
                error(
                    "missing-image",
                    format!(
                        "there is no picture `{}` in the content folder ({hint}); add the file or fix the path",
                        image.path
                    ),
                );
                continue;
            };
            let Some((width, _)) = png_size(bytes) else {
                error(
                    "not-an-image",
                    format!("`{}` is not a PNG picture; export it from your drawing program as PNG", image.path),
                );
                continue;
            };
            if bytes.len() > MAX_BYTES {
                error(
                    "image-too-heavy",
                    format!(
                        "`{}` is {} KB, over the {} KB a child's phone should download for one picture; export it smaller (fewer colours, or {} px wide)",
                        image.path,
                        bytes.len() / 1024,
                        MAX_BYTES / 1024,
                        MAX_WIDTH / 2
                    ),
                );
            }
            if width > MAX_WIDTH {
                error(
                    "image-too-wide",
                    format!(
                        "`{}` is {width} px wide; no screen needs more than {MAX_WIDTH} px, so export it at {MAX_WIDTH} px or less",
                        image.path
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_size_reads_the_header_and_refuses_other_files() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend(960u32.to_be_bytes());
        png.extend(600u32.to_be_bytes());
        assert_eq!(png_size(&png), Some((960, 600)));
        assert_eq!(png_size(b"GIF89a............................"), None);
        assert_eq!(png_size(b"\x89PNG"), None);
    }
}
