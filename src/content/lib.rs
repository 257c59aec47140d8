//! Lesson packs as data: the serde shape authors write (`raw`), the checked model (`model`),
//! and the checks on one lesson file, which name file, line and column. Lessons are checked
//! against the translations one layer up, in `chatwise_library`. No Bevy, no egui, no Fluent.

mod check_lesson;
pub mod images;
mod locate;
pub mod model;
pub mod portals;
pub mod raw;
mod steps;

use std::collections::HashMap;

use chatwise_base::diagnostic::{Diagnostic, Position};
use chatwise_base::source::{self, RawFile, SourceFile};
use ron::extensions::Extensions;
use rustc_hash::FxHashSet;

pub use check_lesson::{MsgRef, VarContext, is_message_id};
pub use locate::Locator;
use raw::RawLesson;

/// The pack file inside a content folder.
pub const PACK_FILE: &str = "pack.ron";
/// The folder of lesson files inside a content folder.
pub const LESSONS_DIR: &str = "lessons/";

/// The RON options every pack file is read with: `Some(..)` and newtype wrappers may be left out.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME | Extensions::UNWRAP_VARIANT_NEWTYPES)
}

/// Lesson files read and checked on their own: lessons that checked clean, every message reference, and the findings.
pub struct ParsedLessons {
    pub lessons: Vec<model::Lesson>,
    pub refs: Vec<MsgRef>,
    pub diagnostics: Vec<Diagnostic>,
    /// Quoted words in files that could not be read: the message ids they would use.
    pub unread_ids: FxHashSet<String>,
}

/// The quoted words in a file that could not be read, which are the message ids it uses (and
/// some that are not ids). Its messages are then not reported as unused: one missing comma must
/// not bury its error under hundreds of warnings about the messages only that file uses.
pub fn quoted_words(text: &str, into: &mut FxHashSet<String>) {
    for (i, part) in text.split('"').enumerate() {
        if i % 2 == 1 && !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            into.insert(part.to_owned());
        }
    }
}

/// Reads and checks every lesson file, each on its own (messages are checked one layer up).
pub fn parse_lessons(files: Vec<RawFile>) -> ParsedLessons {
    let mut parsed = ParsedLessons {
        lessons: Vec::new(),
        refs: Vec::new(),
        diagnostics: Vec::new(),
        unread_ids: FxHashSet::default(),
    };
    let mut seen_ids: HashMap<String, String> = HashMap::new();
    for raw in files {
        let Some(file) = source::decode(raw, &mut parsed.diagnostics) else { continue };
        let Some(lesson) = parse_lesson(&file, &mut parsed.diagnostics, &mut parsed.refs) else {
            quoted_words(&file.text, &mut parsed.unread_ids);
            continue;
        };
        if let Some(first) = seen_ids.get(&lesson.id) {
            let at = Locator::new(&file.text).field("id", &lesson.id);
            parsed.diagnostics.push(Diagnostic::error(
                &file.path,
                at,
                "duplicate-lesson",
                format!("lesson id `{}` is already used by {first}; give this lesson its own id", lesson.id),
            ));
            continue;
        }
        seen_ids.insert(lesson.id.clone(), file.path.clone());
        parsed.lessons.push(lesson);
    }
    parsed
}

/// Turns a ron error into a finding an author can act on.
pub fn ron_error(file: &SourceFile, error: &ron::error::SpannedError, what: &str) -> Diagnostic {
    if file.text.trim().is_empty() {
        return Diagnostic::error(
            &file.path,
            Position::START,
            "empty-file",
            format!("this file is empty; a {what} file must contain `{what}( ... )`"),
        );
    }
    let message = error.code.to_string().replace("`Raw", "`");
    Diagnostic::error(
        &file.path,
        Position { line: error.span.start.line, column: error.span.start.col },
        "ron-syntax",
        format!(
            "{message} (check the brackets, commas and quotes near here; field names are in content/README.md). Until this file reads, the messages it uses are not checked"
        ),
    )
}

fn parse_lesson(file: &SourceFile, diagnostics: &mut Vec<Diagnostic>, refs: &mut Vec<MsgRef>) -> Option<model::Lesson> {
    match ron_options().from_str::<RawLesson>(&file.text) {
        Ok(raw) => check_lesson::check_lesson(raw, file, diagnostics, refs),
        Err(error) => {
            diagnostics.push(ron_error(file, &error, "Lesson"));
            None
        }
    }
}
