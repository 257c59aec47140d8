//! Finds where a value is written in a RON file, so checks that run after parsing
//! (a dangling step id, a missing translation) can still name a line and column.
//!
//! serde hands us values without positions, so this scans the text once for string
//! literals and the field name written before each (`next: "quiz"`).

use super::diagnostic::Position;

/// One string literal in a RON file.
#[derive(Debug, Clone)]
struct Literal {
    value: String,
    /// The field name before it (`next` in `next: "quiz"`), if any.
    field: Option<String>,
    at: Position,
}

/// The string literals of one RON file, in order.
#[derive(Debug, Clone, Default)]
pub struct Locator {
    literals: Vec<Literal>,
}

impl Locator {
    /// Scans `text`; never fails (broken input just yields fewer literals).
    pub fn new(text: &str) -> Locator {
        let mut literals = Vec::new();
        let mut last_ident: Option<String> = None;
        let mut pending_field: Option<String> = None;
        let mut line = 1;
        let mut column = 1;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let at = Position { line, column };
            advance(c, &mut line, &mut column);
            match c {
                '/' if chars.peek() == Some(&'/') => {
                    for c in chars.by_ref() {
                        advance(c, &mut line, &mut column);
                        if c == '\n' {
                            break;
                        }
                    }
                }
                '/' if chars.peek() == Some(&'*') => {
                    let mut depth = 0usize;
                    let mut prev = c;
                    for c in chars.by_ref() {
                        advance(c, &mut line, &mut column);
                        match (prev, c) {
                            ('/', '*') => depth += 1,
                            ('*', '/') => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        // Reset so `*/*` is not read as closing then opening.
                        prev = if matches!((prev, c), ('/', '*') | ('*', '/')) {
                            ' '
                        } else {
                            c
                        };
                    }
                }
                '"' => {
                    let mut value = String::new();
                    while let Some(c) = chars.next() {
                        advance(c, &mut line, &mut column);
                        match c {
                            '"' => break,
                            '\\' => {
                                if let Some(escaped) = chars.next() {
                                    advance(escaped, &mut line, &mut column);
                                    value.push(escaped);
                                }
                            }
                            _ => value.push(c),
                        }
                    }
                    literals.push(Literal {
                        value,
                        field: pending_field.take(),
                        at,
                    });
                }
                ':' => pending_field = last_ident.take(),
                c if c.is_alphanumeric() || c == '_' => {
                    let mut ident = String::from(c);
                    while let Some(&next) = chars.peek() {
                        if next.is_alphanumeric() || next == '_' {
                            ident.push(next);
                            advance(next, &mut line, &mut column);
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    last_ident = Some(ident);
                }
                c if c.is_whitespace() => {}
                '(' => {
                    // `Flag("x")` and `go: Some("x")`: keep the field name across the bracket.
                    last_ident = None;
                }
                _ => {
                    last_ident = None;
                    pending_field = None;
                }
            }
        }
        Locator { literals }
    }

    /// Where `field: "value"` is first written at or after `from`.
    pub fn field_after(&self, from: Position, field: &str, value: &str) -> Option<Position> {
        self.literals
            .iter()
            .find(|l| l.at >= from && l.value == value && l.field.as_deref() == Some(field))
            .map(|l| l.at)
    }

    /// Where the string `value` is first written at or after `from`, under any field.
    pub fn value_after(&self, from: Position, value: &str) -> Option<Position> {
        self.literals
            .iter()
            .find(|l| l.at >= from && l.value == value)
            .map(|l| l.at)
    }

    /// Where `field: "value"` is first written, or failing that the value anywhere, or the file start.
    pub fn field(&self, field: &str, value: &str) -> Position {
        self.field_after(Position::START, field, value)
            .or_else(|| self.value_after(Position::START, value))
            .unwrap_or(Position::START)
    }
}

fn advance(c: char, line: &mut usize, column: &mut usize) {
    if c == '\n' {
        *line += 1;
        *column = 1;
    } else {
        *column += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_fields_and_values_with_positions() {
        let text = "Lesson(\n  id: \"a\", // \"not this\"\n  steps: [Story(id: \"s\", next: Some(\"t\"))],\n)";
        let loc = Locator::new(text);
        assert_eq!(loc.field("id", "a"), Position { line: 2, column: 7 });
        assert_eq!(
            loc.field("next", "t"),
            Position {
                line: 3,
                column: 37
            }
        );
        let story = loc.field("id", "s");
        assert_eq!(
            loc.field_after(story, "next", "t"),
            Some(Position {
                line: 3,
                column: 37
            })
        );
        assert_eq!(
            loc.value_after(Position::START, "not this"),
            None,
            "comments are skipped"
        );
    }

    #[test]
    fn counts_columns_in_characters_and_survives_crlf() {
        let loc = Locator::new("(\r\n  title: \"ї\", body: \"b\")");
        assert_eq!(
            loc.field("body", "b"),
            Position {
                line: 2,
                column: 21
            }
        );
    }
}
