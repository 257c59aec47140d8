//! Findings from checking a pack: where (file, line, column), how bad, and what to do.

use std::fmt;

use serde::Serialize;

/// Whether a finding stops the pack from shipping.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The first character of a file.
    pub const START: Position = Position { line: 1, column: 1 };

    /// The position of byte offset `offset` in `text` (clamped to the text's end).
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = 1 + before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = 1 + before[line_start..].chars().count();
        Position { line, column }
    }
}

/// One finding: `path:line:column: severity: message`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub severity: Severity,
    /// A stable short name for the kind of finding, for tools and tests.
    pub code: &'static str,
    pub message: String,
}

impl Diagnostic {
    pub fn error(path: &str, at: Position, code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, path, at, code, message)
    }

    pub fn warning(path: &str, at: Position, code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, path, at, code, message)
    }

    fn new(severity: Severity, path: &str, at: Position, code: &'static str, message: impl Into<String>) -> Self {
        Diagnostic { path: path.to_owned(), line: at.line, column: at.column, severity, code, message: message.into() }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}: {}", self.path, self.line, self.column, self.severity, self.message)
    }
}

/// Sorts findings by file and position so output is stable and easy to scan.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (&a.path, a.line, a.column, a.severity, &a.message).cmp(&(&b.path, b.line, b.column, b.severity, &b.message))
    });
}
