//! `chatwise lessons`: what the library holds, for teachers and translators.

use std::io::Write;

use crate::i18n::{FluentArgs, ui_text};
use crate::library::label;
use crate::library::{self, origin::Origin};

use super::Format;
use crate::i18n::system_language;

pub fn run(
    origin: &Origin,
    lang: Option<&str>,
    format: Format,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let loaded = library::load(origin)?;
    if loaded.error_count() > 0 {
        writeln!(
            err,
            "note: {} error(s) in the pack; lessons with errors are not listed (run `chatwise check`)",
            loaded.error_count()
        )?;
    }
    let library = &loaded.library;
    let requested = lang.map(str::to_owned).or_else(system_language);
    let loc = library.localizer(&requested.as_deref().into_iter().collect::<Vec<_>>());
    let rows: Vec<serde_json::Value> = library
        .pack
        .lessons
        .iter()
        .map(|lesson| {
            serde_json::json!({
                "id": lesson.id,
                "title": loc.text(lesson.title.as_str()),
                "topic": lesson.topic,
                "ages": [lesson.ages.0, lesson.ages.1],
                "minutes": lesson.minutes,
                "audiences": lesson.audiences,
                "content_note": lesson.content_note.is_some(),
                "steps": lesson.steps.len(),
                "coverage": library.lesson_coverage(lesson),
            })
        })
        .collect();
    match format {
        Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&rows).unwrap_or_default())?,
        Format::Text => {
            for lesson in &library.pack.lessons {
                let mut ages = FluentArgs::new();
                ages.set("min", lesson.ages.0);
                ages.set("max", lesson.ages.1);
                let mut minutes = FluentArgs::new();
                minutes.set("minutes", lesson.minutes);
                let audiences: Vec<String> =
                    lesson.audiences.iter().map(|a| loc.text(label::audience(*a).id)).collect();
                let coverage: Vec<String> =
                    library.lesson_coverage(lesson).iter().map(|(code, p)| format!("{code} {p:.0}%")).collect();
                writeln!(out, "{}  {}", lesson.id, loc.text(lesson.title.as_str()))?;
                writeln!(
                    out,
                    "    {} | {} | {} | {}",
                    loc.text(label::topic(lesson.topic).id),
                    loc.text_with(ui_text::AGES.id, &ages),
                    loc.text_with(ui_text::MINUTES.id, &minutes),
                    audiences.join(", ")
                )?;
                writeln!(out, "    translations: {}", coverage.join(", "))?;
            }
            writeln!(out, "{} lesson(s).", library.pack.lessons.len())?;
        }
    }
    Ok(0)
}
