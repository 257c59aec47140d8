//! Finds where a value is written in a RON file, so checks that run after parsing
//! (a dangling step id, a missing translation) can still name a line and column.
//!
//! serde hands us values without positions, so this scans the text once for string
//! literals and the field name written before each (`next: "quiz"`).

use chatwise_base::diagnostic::Position;

/// One string literal in a RON file, borrowed from the text.
#[derive(Debug, Clone)]
struct Literal<'a> {
    /// The literal as written between the quotes (escapes are compared as written).
    value: &'a str,
    /// The field name before it (`next` in `next: "quiz"`), if any.
    field: Option<&'a str>,
    at: Position,
}

/// The string literals of one RON file, in order.
#[derive(Debug, Clone, Default)]
pub struct Locator<'a> {
    literals: Vec<Literal<'a>>,
}

impl<'a> Locator<'a> {
    /// Scans `text`; never fails (broken input just yields fewer literals).
    pub fn new(text: &'a str) -> Locator<'a> {
        let mut literals = Vec::new();
        let mut last_ident: Option<&'a str> = None;
        let mut pending_field: Option<&'a str> = None;
        let mut line = 1;
        let mut column = 1;
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            let at = Position { line, column };
            advance(c, &mut line, &mut column);
            match c {
                '/' if chars.peek().map(|p| p.1) == Some('/') => {
                    for (_, c) in chars.by_ref() {
                        advance(c, &mut line, &mut column);
                        if c == '\n' {
                            break;
                        }
                    }
                }
                '/' if chars.peek().map(|p| p.1) == Some('*') => {
                    let mut depth = 0usize;
                    let mut prev = c;
                    for (_, c) in chars.by_ref() {
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
                        prev = if matches!((prev, c), ('/', '*') | ('*', '/')) { ' ' } else { c };
                    }
                }
                '"' => {
                    let mut end = text.len();
                    while let Some((i, c)) = chars.next() {
                        advance(c, &mut line, &mut column);
                        match c {
                            '"' => {
                                end = i;
                                break;
                            }
                            '\\' => {
                                if let Some((_, escaped)) = chars.next() {
                                    advance(escaped, &mut line, &mut column);
                                }
                            }
                            _ => {}
                        }
                    }
                    literals.push(Literal { value: &text[start + 1..end], field: pending_field.take(), at });
                }
                ':' => pending_field = last_ident.take(),
                c if c.is_alphanumeric() || c == '_' => {
                    let mut end = start + c.len_utf8();
                    while let Some(&(i, next)) = chars.peek() {
                        if next.is_alphanumeric() || next == '_' {
                            end = i + next.len_utf8();
                            advance(next, &mut line, &mut column);
                            chars.next();
                        } else {
                            break;
                        }
                    }
                    last_ident = Some(&text[start..end]);
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
        self.from(from).iter().find(|l| l.value == value && l.field == Some(field)).map(|l| l.at)
    }

    /// Where the string `value` is first written at or after `from`, under any field.
    pub fn value_after(&self, from: Position, value: &str) -> Option<Position> {
        self.literals.iter().find(|l| l.at >= from && l.value == value).map(|l| l.at)
    }

    /// The literals at or after `from` (they are stored in file order).
    fn from(&self, from: Position) -> &[Literal<'a>] {
        &self.literals[self.literals.partition_point(|l| l.at < from)..]
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
        assert_eq!(loc.field("next", "t"), Position { line: 3, column: 37 });
        let story = loc.field("id", "s");
        assert_eq!(loc.field_after(story, "next", "t"), Some(Position { line: 3, column: 37 }));
        assert_eq!(loc.value_after(Position::START, "not this"), None, "comments are skipped");
    }

    #[test]
    fn counts_columns_in_characters_and_survives_crlf() {
        let loc = Locator::new("(\r\n  title: \"ї\", body: \"b\")");
        assert_eq!(loc.field("body", "b"), Position { line: 2, column: 21 });
    }
}
