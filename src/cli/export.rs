//! `chatwise export plan|handout|agreement LESSON --lang L [--country CC] --out FILE.html`:
//! printable documents from a lesson (see `crate::export`).

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
    };
    let options = Options {
        paper: match request.paper {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        },
        country: request.country.map(str::to_owned),
        ..Options::default()
    };
    let html = match export::render(&loaded.library, document, request.lesson, request.lang, &options) {
        Ok(html) => html,
        Err(e) => {
            writeln!(err, "chatwise export: {e}")?;
            return Ok(EXIT_USAGE);
        }
    };
    if let Err(e) = std::fs::write(request.out, html) {
        writeln!(err, "chatwise export: could not write {}: {e}", request.out.display())?;
        return Ok(1);
    }
    writeln!(out, "wrote {}", request.out.display())?;
    Ok(0)
}
