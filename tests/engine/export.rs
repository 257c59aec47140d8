//! Printable documents: every shipped lesson, in every language, as a plan, a handout and an
//! agreement, with every section present, in the right language, and no message left as an id.

use chatwise::export::{self, Document, Options, Paper};
use chatwise::library::Library;

fn library() -> Library {
    Library::embedded().library
}

/// Every message id of the pack, to catch one printed as its own id (a missing message).
fn all_ids(library: &Library) -> Vec<String> {
    let english = &library.catalog.languages["en"];
    english.messages().map(|m| m.id.to_string()).collect()
}

/// The visible text of a document (tags removed), to look for ids and Fluent errors in it.
fn visible_text(html: &str) -> String {
    let body = &html[html.find("<body>").expect("a body")..];
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

fn assert_clean(html: &str, what: &str, ids: &[String]) {
    let text = visible_text(html);
    for word in text.split(|c: char| c.is_whitespace() || c == ',' || c == ':') {
        assert!(!ids.iter().any(|id| id == word), "{what}: message id `{word}` printed instead of its text");
    }
    assert!(!text.contains("{$") && !text.contains("{ $"), "{what}: an unfilled variable");
    assert!(!html.contains("<script"), "{what}: documents run nothing");
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"), "{what}: documents load nothing");
}

#[test]
fn every_lesson_exports_every_document_in_every_language() {
    let library = library();
    let ids = all_ids(&library);
    for lesson in &library.pack.lessons {
        for language in &library.pack.languages {
            let loc = library.localizer(&[language.code.as_str()]);
            let lang = language.code.as_str();
            let options = Options { country: Some("UA".into()), ..Options::default() };
            let what = |doc: &str| format!("{doc} for {} in {lang}", lesson.id);

            let plan = export::render(&library, Document::Plan, &lesson.id, lang, &options).unwrap();
            assert!(plan.starts_with("<!doctype html>"), "{}", what("plan"));
            assert!(plan.contains(&format!("<html lang=\"{lang}\"")), "{}: html lang", what("plan"));
            let dir = language.writing.direction.html();
            assert!(plan.contains(&format!("dir=\"{dir}\"")), "{}: html dir", what("plan"));
            // The lesson's opening picture travels inside the file, with its description.
            let alt = loc.text(&format!("{}-intro-image-alt", lesson.id));
            let first_word = alt.split_whitespace().next().unwrap_or_default();
            assert!(plan.contains("<img src=\"data:image/png;base64,"), "{}: the picture is embedded", what("plan"));
            assert!(plan.contains(&format!("<figcaption>{first_word}")), "{}: its description", what("plan"));
            for section in ["facts", "objectives", "materials", "timings", "before", "safeguarding", "script", "help"] {
                assert!(plan.contains(&format!("<section id=\"{section}\">")), "{}: section {section}", what("plan"));
            }
            assert_eq!(plan.matches("<li class=\"step\"").count(), lesson.steps.len(), "{}: every step", what("plan"));
            // In the right language: the document's own name and the lesson title in it.
            assert!(plan.contains(&html_escape(&loc.text("export-plan"))), "{}: its name in {lang}", what("plan"));
            assert!(plan.contains(&html_escape(&loc.text(lesson.title.as_str()))), "{}: title", what("plan"));
            for objective in &lesson.objectives {
                assert!(plan.contains(&html_escape(&loc.text(objective.as_str()))), "{}: objective", what("plan"));
            }
            // The chosen country's help: every Ukrainian route is printed, the person routes
            // under their own heading before the image portals.
            let ukraine = library.portals.country("UA").unwrap();
            for route in &ukraine.routes {
                assert!(plan.contains(&html_escape(&route.name)), "{}: {} listed", what("plan"), route.name);
            }
            let person_heading = plan.find(&html_escape(&loc.text("help-person-title"))).expect("a person heading");
            let image_heading = plan.find(&html_escape(&loc.text("export-report"))).expect("an image heading");
            let cyber_police = plan.find("https://ticket.cyberpolice.gov.ua").expect("the cyber police address");
            assert!(person_heading < cyber_police && cyber_police < image_heading, "{}: person routes", what("plan"));
            assert_clean(&plan, &what("plan"), &ids);
            if language.status == chatwise::content::model::TranslationStatus::Draft {
                assert!(plan.contains("class=\"draft\""), "{}: a draft translation says so", what("plan"));
            }

            let handout = export::render(&library, Document::Handout, &lesson.id, lang, &options).unwrap();
            assert!(handout.contains("<img src=\"data:image/png;base64,"), "{}: the opening picture", what("handout"));
            for section in ["remember", "steps", "help"] {
                assert!(handout.contains(&format!("<section id=\"{section}\">")), "{}: {section}", what("handout"));
            }
            assert!(handout.contains(&html_escape(&loc.text("export-handout"))), "{}", what("handout"));
            assert_clean(&handout, &what("handout"), &ids);

            let agreement = export::render(&library, Document::Agreement, &lesson.id, lang, &options).unwrap();
            for section in ["commitments", "own", "signatures", "help"] {
                assert!(agreement.contains(&format!("<section id=\"{section}\">")), "{}: {section}", what("agreement"));
            }
            for item in &lesson.agreement {
                assert!(
                    agreement.contains(&html_escape(&loc.text(item.as_str()))),
                    "{}: commitment",
                    what("agreement")
                );
            }
            assert_clean(&agreement, &what("agreement"), &ids);
        }
    }
}

#[test]
fn printed_help_says_what_the_lesson_says_in_words_for_its_age() {
    use chatwise::i18n::ui_text;
    let library = library();
    let loc = library.localizer(&["en"]);
    let plan = |id: &str| export::render(&library, Document::Plan, id, "en", &Options::default()).unwrap();
    // The same standing points as the lesson's Help and End steps (chatwise_runtime::help_points),
    // then what to do in a crisis.
    let young = plan("tell-a-grown-up");
    let older = plan("not-your-fault");
    for (html, person) in [(&young, ui_text::HELP_REPORT_PERSON_YOUNG), (&older, ui_text::HELP_REPORT_PERSON)] {
        let help = &html[html.find("<section id=\"help\">").unwrap()..];
        let lines = [ui_text::HELP_NEVER_YOUR_FAULT, person, ui_text::HELP_CRISIS, ui_text::HELP_EMERGENCY];
        let at: Vec<usize> = lines.iter().map(|m| help.find(&html_escape(&loc.text(m.id))).expect(m.id)).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "standing points, then crisis lines: {at:?}");
    }
    assert!(
        !young.contains(&html_escape(&loc.text(ui_text::HELP_REPORT_PERSON.id))),
        "a 7-year-old's plan uses the young words"
    );
}

#[test]
fn learning_check_files_from_three_classes_merge_into_their_sum_and_print() {
    use chatwise::export::check::{self, CheckCounts, When};
    let library = library();
    let lesson = library.pack.lesson("new-friend").unwrap().clone();
    let loc = library.localizer(&["en"]);
    let class = |before: [u32; 3], after: [u32; 3], day: &str| {
        let mut counts = CheckCounts::new("new-friend", "en");
        counts.add(When::Before, &lesson.check[0], &before, day);
        counts.add(When::After, &lesson.check[0], &after, day);
        check::to_csv(&check::rows(&lesson, &loc, &counts))
    };
    let files = [
        class([5, 2, 10], [1, 0, 16], "2026-11-02"),
        class([3, 3, 9], [0, 1, 14], "2026-11-20"),
        class([0, 1, 20], [0, 0, 21], "2026-10-30"),
    ];
    // Only counts, dates and the lesson's own words: the columns are fixed and no cell is
    // anything a learner typed (there is nowhere to type).
    let header = files[0].lines().next().unwrap().trim_start_matches('\u{feff}');
    assert!(files[0].starts_with('\u{feff}'), "a byte-order mark, so spreadsheets read the script right");
    assert_eq!(header, "lesson,language,from,to,question,question_text,answer,answer_text,best,before,after,files");
    let merged = check::merge(files.iter().map(|f| check::from_csv(f).unwrap()));
    let gift = |answer: usize| merged.iter().find(|r| r.question == "gift" && r.answer == answer).unwrap();
    assert_eq!((gift(1).before, gift(1).after), (8, 1));
    assert_eq!((gift(3).before, gift(3).after), (39, 51));
    assert_eq!(gift(3).files, 3);
    assert_eq!((gift(3).from.as_str(), gift(3).to.as_str()), ("2026-10-30", "2026-11-20"));
    assert_eq!(merged.len(), 3 + 3 + 5, "one row per answer, not per file");
    // A merge of merges is the same sum.
    let again = check::merge([merged.clone(), Vec::new()]);
    assert_eq!(again, merged);

    // The printable page: each question, before and after, the taught answer said in words.
    let counts = check::counts_from_rows(&merged, "new-friend", "en");
    let options = Options { check: Some(counts), ..Options::default() };
    let page = export::render(&library, Document::CheckResults, "new-friend", "en", &options).unwrap();
    assert!(page.contains(&html_escape(&loc.text("new-friend-check-gift"))));
    assert!(page.contains("39 (74%)"), "before: 39 of 53 chose the taught answer");
    assert!(page.contains("51 (96%)"), "after: 51 of 53");
    assert!(page.contains(&html_escape(&loc.text("export-check-best"))));
    let empty = export::render(&library, Document::CheckResults, "new-friend", "en", &Options::default()).unwrap();
    assert!(empty.contains(&html_escape(&loc.text("export-check-none"))));
}

#[test]
fn the_family_agreement_keeps_what_the_family_ticked_and_added() {
    let library = library();
    let lesson = library.pack.lessons.iter().find(|l| l.agreement.len() >= 2).expect("a lesson with an agreement");
    let loc = library.localizer(&["en"]);
    let options = Options {
        agreement_kept: Some(vec![1]),
        agreement_own: vec!["We put phones away at dinner & talk <together>.".into(), "  ".into()],
        paper: Paper::Letter,
        ..Options::default()
    };
    let html = export::render(&library, Document::Agreement, &lesson.id, "en", &options).unwrap();
    assert!(!html.contains(&html_escape(&loc.text(lesson.agreement[0].as_str()))), "an unticked line is left out");
    assert!(html.contains(&html_escape(&loc.text(lesson.agreement[1].as_str()))), "a ticked line stays");
    assert!(html.contains("We put phones away at dinner &amp; talk &lt;together&gt;."), "their own line, escaped");
    assert!(html.contains("size: letter"), "Letter paper");
    assert!(html.contains("<section id=\"help\">"), "help is on the agreement too");
}

#[test]
fn unknown_lessons_languages_and_countries_are_clear_errors() {
    let library = library();
    let options = Options::default();
    let e = export::render(&library, Document::Plan, "nope", "en", &options).unwrap_err();
    assert!(e.to_string().contains("chatwise lessons"), "{e}");
    let e = export::render(&library, Document::Plan, "new-friend", "fr", &options).unwrap_err();
    let codes: Vec<&str> = library.pack.languages.iter().map(|l| l.code.as_str()).collect();
    assert!(e.to_string().contains("`fr`"), "names the language asked for: {e}");
    assert!(e.to_string().ends_with(&codes.join(", ")), "lists every language the lesson has: {e}");
    let bad_country = Options { country: Some("ZZ".into()), ..Options::default() };
    let e = export::render(&library, Document::Plan, "new-friend", "en", &bad_country).unwrap_err();
    assert!(e.to_string().contains("ZZ"), "{e}");
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}
