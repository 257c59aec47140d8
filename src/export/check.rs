//! The learning check's results: how many times each answer was chosen before and after a
//! lesson. They are kept on the device as counts, saved as CSV for an NGO to collect (by email
//! or on a stick: there is no server), merged from many classes into one summary, and printed.
//!
//! Nothing here can hold a name or anything a learner wrote: a row is a lesson, a language,
//! dates, the lesson's own question and answer, and numbers.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use chatwise_content::model::{CheckKind, CheckQuestion, Lesson};
use chatwise_i18n::{Localizer, ui_text};

/// When a check was answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Before,
    After,
}

/// One lesson's check results in one language: per question id, a count per answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CheckCounts {
    pub lesson: String,
    pub language: String,
    /// The first and last day anything was counted (YYYY-MM-DD), where the platform said.
    pub from: String,
    pub to: String,
    pub before: BTreeMap<String, Vec<u32>>,
    pub after: BTreeMap<String, Vec<u32>>,
}

impl CheckCounts {
    pub fn new(lesson: &str, language: &str) -> CheckCounts {
        CheckCounts { lesson: lesson.to_owned(), language: language.to_owned(), ..CheckCounts::default() }
    }

    fn tally(&self, when: When) -> &BTreeMap<String, Vec<u32>> {
        match when {
            When::Before => &self.before,
            When::After => &self.after,
        }
    }

    /// Adds `counts` (one per answer) to a question's tally for `when`, on `today`.
    pub fn add(&mut self, when: When, question: &CheckQuestion, counts: &[u32], today: &str) {
        let tally = match when {
            When::Before => &mut self.before,
            When::After => &mut self.after,
        };
        let row = tally.entry(question.id.clone()).or_default();
        row.resize(row.len().max(question.answer_count()), 0);
        for (sum, n) in row.iter_mut().zip(counts) {
            *sum = sum.saturating_add(*n);
        }
        widen(&mut self.from, &mut self.to, today, today);
    }

    /// How many answered `when`: the most answers any one question got (a learner may skip
    /// none, a class may count a few hands fewer on one question).
    pub fn answered(&self, when: When) -> u32 {
        self.tally(when).values().map(|counts| counts.iter().sum()).max().unwrap_or(0)
    }

    /// The count for one answer.
    pub fn count(&self, when: When, question: &str, answer: usize) -> u32 {
        self.tally(when).get(question).and_then(|c| c.get(answer)).copied().unwrap_or(0)
    }
}

/// Widens the period `from`..`to` (YYYY-MM-DD, empty when unknown) to take in `first`..`last`.
fn widen(from: &mut String, to: &mut String, first: &str, last: &str) {
    if !first.is_empty() && (from.is_empty() || first < from.as_str()) {
        *from = first.to_owned();
    }
    if last > to.as_str() {
        *to = last.to_owned();
    }
}

/// The date (YYYY-MM-DD) of a day counted from 1970-01-01: Howard Hinnant's
/// `civil_from_days`, so the desktop app needs no date crate for one string.
pub fn date_of_day(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// One line of the CSV file: one answer of one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub lesson: String,
    pub language: String,
    pub from: String,
    pub to: String,
    pub question: String,
    pub question_text: String,
    /// Counting from 1, as a spreadsheet reader would.
    pub answer: usize,
    pub answer_text: String,
    /// "yes" for the answer the lesson teaches.
    pub best: String,
    pub before: u32,
    pub after: u32,
    /// How many exported files these counts were summed from (1 for one device's file).
    pub files: u32,
}

/// An answer in the reader's words: the lesson's own, or the confidence scale's.
pub fn answer_label(loc: &Localizer, question: &CheckQuestion, answer: usize) -> String {
    match question.kind {
        CheckKind::Choice => question.options.get(answer).map(|id| loc.text(id.as_str())).unwrap_or_default(),
        CheckKind::Confidence => ui_text::CHECK_CONFIDENCE.get(answer).map(|m| loc.text(m.id)).unwrap_or_default(),
    }
}

/// The rows for `counts`, in the lesson's question order, with its words in `loc`'s language.
pub fn rows(lesson: &Lesson, loc: &Localizer, counts: &CheckCounts) -> Vec<Row> {
    let mut rows = Vec::new();
    for question in &lesson.check {
        for answer in 0..question.answer_count() {
            rows.push(Row {
                lesson: lesson.id.clone(),
                language: counts.language.clone(),
                from: counts.from.clone(),
                to: counts.to.clone(),
                question: question.id.clone(),
                question_text: loc.text(question.question.as_str()),
                answer: answer + 1,
                answer_text: answer_label(loc, question, answer),
                best: if question.best == Some(answer) { "yes".to_owned() } else { String::new() },
                before: counts.count(When::Before, &question.id, answer),
                after: counts.count(When::After, &question.id, answer),
                files: 1,
            });
        }
    }
    rows
}

/// Rows as a CSV file, with a header line. It starts with a byte-order mark, without which
/// spreadsheet programs read Ukrainian, Hindi or Urdu words as mojibake; `from_csv` skips it.
pub fn to_csv(rows: &[Row]) -> String {
    let mut writer = csv::Writer::from_writer("\u{feff}".as_bytes().to_vec());
    for row in rows {
        // Writing to memory cannot fail.
        let _ = writer.serialize(row);
    }
    if rows.is_empty() {
        let _ = writer.write_record([
            "lesson",
            "language",
            "from",
            "to",
            "question",
            "question_text",
            "answer",
            "answer_text",
            "best",
            "before",
            "after",
            "files",
        ]);
    }
    String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// A CSV file that is not a ChatWise check file, with the line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct CsvError {
    pub line: u64,
    pub message: String,
}

/// Reads a check CSV file (one saved by the app, `chatwise export results` or a merge).
pub fn from_csv(text: &str) -> Result<Vec<Row>, CsvError> {
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let mut rows = Vec::new();
    for result in reader.deserialize::<Row>() {
        let row: Row = result.map_err(|e| CsvError {
            line: e.position().map_or(0, |p| p.line()),
            message: format!(
                "{e}; a check file has the columns lesson, language, from, to, question, question_text, answer, answer_text, best, before, after, files"
            ),
        })?;
        // No question has more answers than a class can count by hand.
        let most = CheckQuestion::MAX_OPTIONS.max(CheckQuestion::CONFIDENCE_LEVELS);
        if row.answer == 0 || row.answer > most {
            return Err(CsvError {
                line: rows.len() as u64 + 2,
                message: format!("answer {} is not an answer number (1 to {most})", row.answer),
            });
        }
        rows.push(row);
    }
    Ok(rows)
}

/// Sums many files' rows into one summary: the same answer of the same question of the same
/// lesson in the same language is one row, with its counts and files added up and the dates
/// widened. Rows keep the order they first appear in.
pub fn merge(files: impl IntoIterator<Item = Vec<Row>>) -> Vec<Row> {
    let mut merged: Vec<Row> = Vec::new();
    let mut index: BTreeMap<(String, String, String, usize), usize> = BTreeMap::new();
    for rows in files {
        for row in rows {
            let key = (row.lesson.clone(), row.language.clone(), row.question.clone(), row.answer);
            match index.get(&key) {
                Some(&i) => {
                    let into = &mut merged[i];
                    into.before = into.before.saturating_add(row.before);
                    into.after = into.after.saturating_add(row.after);
                    into.files = into.files.saturating_add(row.files);
                    widen(&mut into.from, &mut into.to, &row.from, &row.to);
                }
                None => {
                    index.insert(key, merged.len());
                    merged.push(row);
                }
            }
        }
    }
    merged
}

/// Rows of one lesson and language back into counts (for printing a merged file).
pub fn counts_from_rows(rows: &[Row], lesson: &str, language: &str) -> CheckCounts {
    let mut counts = CheckCounts::new(lesson, language);
    for row in rows.iter().filter(|r| r.lesson == lesson && r.language == language) {
        for (tally, n) in [(&mut counts.before, row.before), (&mut counts.after, row.after)] {
            let answers = tally.entry(row.question.clone()).or_default();
            if answers.len() < row.answer {
                answers.resize(row.answer, 0);
            }
            if let Some(slot) = row.answer.checked_sub(1).and_then(|i| answers.get_mut(i)) {
                *slot = slot.saturating_add(n);
            }
        }
        widen(&mut counts.from, &mut counts.to, &row.from, &row.to);
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_dates() {
        assert_eq!(date_of_day(0), "1970-01-01");
        assert_eq!(date_of_day(59), "1970-03-01");
        assert_eq!(date_of_day(11_016), "2000-02-29");
        assert_eq!(date_of_day(20_788), "2026-12-01");
    }
}
