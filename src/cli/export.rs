//! `chatwise export plan|handout|agreement|results LESSON --lang L [--country CC] --out FILE`:
//! printable documents from a lesson (see `crate::export`), and the learning check's results
//! from a CSV file (`--counts`). `chatwise merge-checks` sums many CSV files into one.

use std::io::Write;
use std::path::Path;

use clap::ValueEnum;

use crate::export::{self, Document, Options, Paper};
use crate::library::{self, origin::Origin};

use super::EXIT_USAGE;

/// Which document `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// The teacher's lesson plan: objectives, timings, materials, the step-by-step script with
    /// questions and model answers, safeguarding notes, help and reporting.
    Plan,
    /// A take-home sheet for learners: what to remember and where to get help.
    Handout,
    /// The family agreement, from the lesson's suggested commitments.
    Agreement,
    /// The learning check's counts before and after, from `--counts FILE.csv` (saved by the app
    /// or merged by `chatwise merge-checks`): a page to print, or `--out FILE.csv` for the
    /// lesson's counts (an empty sheet without `--counts`).
    Results,
}

/// Paper size for printing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    A4,
    Letter,
}

pub struct Request<'a> {
    pub kind: Kind,
    pub lesson: &'a str,
    pub lang: &'a str,
    pub country: Option<&'a str>,
    pub paper: PaperArg,
    pub out: &'a Path,
    /// Results: the check CSV file to read the counts from.
    pub counts: Option<&'a Path>,
}

pub fn run(origin: &Origin, request: &Request<'_>, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let loaded = library::load(origin)?;
    if loaded.error_count() > 0 {
        writeln!(err, "note: {} error(s) in the pack; run `chatwise check` for details", loaded.error_count())?;
    }
    let document = match request.kind {
        Kind::Plan => Document::Plan,
        Kind::Handout => Document::Handout,
        Kind::Agreement => Document::Agreement,
        Kind::Results => Document::CheckResults,
    };
    let check = match request.counts {
        Some(path) => {
            let rows = match std::fs::read_to_string(path)
                .map_err(|e| e.to_string())
                .and_then(|text| export::check::from_csv(&text).map_err(|e| e.to_string()))
            {
                Ok(rows) => rows,
                Err(e) => {
                    writeln!(err, "chatwise export: {}: {e}", path.display())?;
                    return Ok(EXIT_USAGE);
                }
            };
            Some(export::check::counts_from_rows(&rows, request.lesson, request.lang))
        }
        None => None,
    };
    if request.kind == Kind::Results && request.out.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) {
        let Some(lesson) = loaded.library.pack.lesson(request.lesson) else {
            writeln!(err, "chatwise export: there is no lesson `{}`; see `chatwise lessons`", request.lesson)?;
            return Ok(EXIT_USAGE);
        };
        let counts = check.unwrap_or_else(|| export::check::CheckCounts::new(request.lesson, request.lang));
        let rows = export::check::rows(lesson, &loaded.library.localizer(&[request.lang]), &counts);
        return write_file(request.out, &export::check::to_csv(&rows), out, err);
    }
    let options = Options {
        paper: match request.paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        },
        country: request.country.map(str::to_owned),
        check,
        ..Options::default()
    };
    let html = match export::render(&loaded.library, document, request.lesson, request.lang, &options) {
        Ok(html) => html,
        Err(e) => {
            writeln!(err, "chatwise export: {e}")?;
            return Ok(EXIT_USAGE);
        }
    };
    write_file(request.out, &html, out, err)
}

fn write_file(path: &Path, text: &str, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    if let Err(e) = std::fs::write(path, text) {
        writeln!(err, "chatwise export: could not write {}: {e}", path.display())?;
        return Ok(1);
    }
    writeln!(out, "wrote {}", path.display())?;
    Ok(0)
}

/// `chatwise merge-checks A.csv B.csv ... --out SUMMARY.csv`: one summary from many classes'
/// check files, the counts of the same answer added up. Needs no lessons: only the files.
pub fn merge_checks(
    files: &[std::path::PathBuf],
    to: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let mut all = Vec::new();
    for path in files {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) => {
                writeln!(err, "chatwise merge-checks: could not read {}: {e}", path.display())?;
                return Ok(EXIT_USAGE);
            }
        };
        match export::check::from_csv(&text) {
            Ok(rows) => all.push(rows),
            Err(e) => {
                writeln!(err, "chatwise merge-checks: {}: {e}", path.display())?;
                return Ok(EXIT_USAGE);
            }
        }
    }
    let merged = export::check::merge(all);
    let code = write_file(to, &export::check::to_csv(&merged), out, err)?;
    if code == 0 {
        writeln!(out, "{} file(s), {} answer row(s)", files.len(), merged.len())?;
    }
    Ok(code)
}
