//! The checks on Story pictures: each file is there, is a PNG, is not too heavy or too wide, and
//! its description (a message) says something.

use std::sync::Arc;

use chatwise_base::diagnostic::Diagnostic;
use chatwise_content::images::{IMAGES_DIR, Images, MAX_BYTES, MAX_WIDTH, png_size};
use chatwise_content::model::{Lesson, StepKind};
use chatwise_i18n::{Catalog, Localizer, REFERENCE_LANGUAGE};

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
