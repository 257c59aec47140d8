//! The corpus of broken packs: each folder under tests/broken/ is laid over the mini pack
//! and must produce exactly the findings in its expect.txt, with the other lessons still playable.

use chatwise::base::diagnostic::Diagnostic;
use chatwise::library;

use crate::support::{mini, repo};

/// One expected finding line: `path:line:column: severity: code: message excerpt`.
fn matches(expected: &str, found: &Diagnostic) -> bool {
    let prefix = format!("{}:{}:{}: {}: {}: ", found.path, found.line, found.column, found.severity, found.code);
    expected.strip_prefix(&prefix).is_some_and(|excerpt| found.message.starts_with(excerpt))
}

#[test]
fn every_broken_pack_reports_its_findings_and_keeps_the_rest() {
    let mut cases: Vec<_> =
        std::fs::read_dir(repo().join("tests/broken")).unwrap().map(|e| e.unwrap().path()).collect();
    cases.sort();
    assert!(cases.len() >= 20, "the corpus should cover every kind of breakage");
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let expect =
            std::fs::read_to_string(case.join("expect.txt")).unwrap_or_else(|_| panic!("{name} has no expect.txt"));
        let files = mini().overlay(case);
        let (content_files, locale_files) = files.raw();
        let loaded = library::load_files(content_files, locale_files);

        let mut expected_findings = Vec::new();
        let mut playable = None;
        for line in expect.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            match line.strip_prefix("playable: ") {
                Some(ids) => playable = Some(ids.split_whitespace().map(str::to_owned).collect::<Vec<_>>()),
                None => expected_findings.push(line),
            }
        }
        for expected in &expected_findings {
            if !loaded.diagnostics.iter().any(|d| matches(expected, d)) {
                failures.push(format!("{name}: expected `{expected}`"));
            }
        }
        for found in &loaded.diagnostics {
            if !expected_findings.iter().any(|e| matches(e, found)) {
                failures.push(format!("{name}: unexpected `{found}`"));
            }
        }
        let mut ids: Vec<String> = loaded.library.pack.lessons.iter().map(|l| l.id.clone()).collect();
        ids.sort();
        if let Some(playable) = playable {
            if ids != playable {
                failures.push(format!("{name}: playable lessons {ids:?}, expected {playable:?}"));
            }
        } else {
            failures.push(format!("{name}: expect.txt has no `playable:` line"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_mini_pack_itself_is_clean() {
    let (c, l) = mini().raw();
    let loaded = library::load_files(c, l);
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    assert_eq!(loaded.library.pack.lessons.len(), 1);
}

#[test]
fn a_missing_pack_file_is_reported_and_lessons_still_load() {
    let mut files = mini();
    files.content.remove("pack.ron");
    let (c, l) = files.raw();
    let loaded = library::load_files(c, l);
    assert!(
        loaded.diagnostics.iter().any(|d| d.code == "no-pack" && d.path.ends_with("pack.ron")),
        "{:#?}",
        loaded.diagnostics
    );
    assert_eq!(loaded.library.pack.lessons.len(), 1, "the lesson is still playable without pack metadata");
}
