//! `chatwise check`: every finding as `path:line:column: severity: message`, then a summary.

use std::io::Write;

use crate::library::{self, origin::Origin};

use super::Format;

pub fn run(origin: &Origin, format: Format, out: &mut dyn Write) -> std::io::Result<u8> {
    let loaded = library::load(origin)?;
    let (errors, warnings) = (loaded.error_count(), loaded.warning_count());
    match format {
        Format::Text => {
            for d in &loaded.diagnostics {
                writeln!(out, "{d}")?;
            }
            let coverage: Vec<String> = loaded.coverage.iter().map(|(code, p)| format!("{code} {p:.1}%")).collect();
            writeln!(
                out,
                "Checked {} ({} lesson file(s), {} playable): {errors} error(s), {warnings} warning(s). Coverage: {}.",
                origin.describe(),
                loaded.lesson_files,
                loaded.library.pack.lessons.len(),
                coverage.join(", ")
            )?;
        }
        Format::Json => {
            let report = serde_json::json!({
                "origin": origin.describe(),
                "lesson_files": loaded.lesson_files,
                "playable_lessons": loaded.library.pack.lessons.len(),
                "errors": errors,
                "warnings": warnings,
                "coverage": loaded.coverage,
                "findings": loaded.diagnostics,
            });
            writeln!(out, "{}", serde_json::to_string_pretty(&report).unwrap_or_default())?;
        }
    }
    Ok(u8::from(errors > 0))
}
