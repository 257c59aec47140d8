//! The lessons that ship in the binary: they check clean, every language is complete, and
//! every lesson plays to an End along its written walkthroughs and along random paths.

use std::io::Cursor;

use chatwise::cli::{Cli, run};
use chatwise::content::portals::{Anonymity, RouteKind};
use chatwise::library::Library;
use chatwise::runtime::{BodyView, LessonRun, Pending, Strategy};
use clap::Parser;

use crate::support::repo;

#[test]
fn the_built_in_library_checks_clean_with_full_coverage() {
    let loaded = Library::embedded();
    assert!(
        loaded.diagnostics.is_empty(),
        "shipped content must have no findings:\n{}",
        loaded.diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
    );
    assert_eq!(loaded.library.pack.lessons.len(), loaded.lesson_files, "every lesson file is playable");
    for language in &loaded.library.pack.languages {
        assert_eq!(loaded.coverage.get(&language.code), Some(&100.0), "`{}` must be complete", language.code);
    }
}

/// A walkthrough file: a description, `lang:`, `choose:`, `---`, then the expected transcript.
struct Walkthrough {
    name: String,
    lesson: String,
    lang: String,
    choose: String,
    transcript: Vec<String>,
}

fn walkthroughs() -> Vec<Walkthrough> {
    let dir = repo().join("tests/walkthroughs");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(path).unwrap();
            let (head, transcript) = text.split_once("---\n").unwrap_or_else(|| panic!("{name}: no `---` line"));
            let field = |key: &str| {
                head.lines()
                    .find_map(|l| l.strip_prefix(key))
                    .unwrap_or_else(|| panic!("{name}: no `{key}` line"))
                    .trim()
                    .to_owned()
            };
            Walkthrough {
                lesson: name.split('.').next().unwrap().to_owned(),
                lang: field("lang:"),
                choose: field("choose:"),
                transcript: transcript.lines().map(str::to_owned).collect(),
                name,
            }
        })
        .collect()
}

#[test]
fn every_shipped_lesson_has_a_safe_and_a_risky_walkthrough() {
    let loaded = Library::embedded();
    let names: Vec<String> = walkthroughs().into_iter().map(|w| w.name).collect();
    for lesson in &loaded.library.pack.lessons {
        for path in ["safe", "risky"] {
            let name = format!("{}.{path}", lesson.id);
            assert!(names.contains(&name), "tests/walkthroughs/{name}.txt is missing");
        }
    }
}

#[test]
fn scripted_walkthroughs_follow_their_transcripts_and_end_with_help() {
    let content = repo().join("content");
    let locales = repo().join("locales");
    for w in walkthroughs() {
        let cli = Cli::try_parse_from([
            "chatwise",
            "--content",
            content.to_str().unwrap(),
            "--locales",
            locales.to_str().unwrap(),
            "walk",
            &w.lesson,
            "--lang",
            &w.lang,
            "--choose",
            &w.choose,
            "--transcript",
        ])
        .unwrap();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = run(&cli, &mut Cursor::new(Vec::new()), &mut out, &mut err);
        let out = String::from_utf8(out).unwrap();
        assert_eq!(code, 0, "{}: walk failed: {}", w.name, String::from_utf8_lossy(&err));
        let transcript: Vec<&str> =
            out.split("Transcript:\n").nth(1).unwrap_or_default().lines().map(str::trim).collect();
        assert_eq!(transcript, w.transcript, "{}: the path changed", w.name);
        assert!(w.transcript.last().is_some_and(|l| l.starts_with("enter end")), "{}: must finish at an End", w.name);
    }
}

#[test]
fn random_paths_always_reach_an_end_with_help_in_every_language() {
    let loaded = Library::embedded();
    let library = &loaded.library;
    for language in &library.pack.languages {
        let loc = library.localizer(&[&language.code]);
        for lesson in &library.pack.lessons {
            for seed in 0..150 {
                let mut run = LessonRun::start(lesson.clone());
                let mut strategy = Strategy::random(seed);
                let mut actions = 0;
                while let Some(decision) = strategy.decide(&run.pending()) {
                    run.apply(&decision).unwrap_or_else(|e| panic!("{} seed {seed}: {e}", lesson.id));
                    actions += 1;
                    assert!(actions < 500, "{} seed {seed}: no End after 500 actions", lesson.id);
                }
                assert_eq!(run.pending(), Pending::Finished);
                let BodyView::End(end) = run.view(&loc).body else {
                    panic!("{} seed {seed}: finished off an End", lesson.id)
                };
                assert_eq!(end.help.points.len(), 5, "the End always signposts help");
                assert!(
                    end.help.points.iter().all(|p| !p.starts_with("ui-")),
                    "help text resolves in {}",
                    language.code
                );
            }
        }
    }
}

#[test]
fn the_presenter_views_next_always_names_the_step_the_class_comes_to() {
    let loaded = Library::embedded();
    let loc = loaded.library.localizer(&["en"]);
    for lesson in &loaded.library.pack.lessons {
        for seed in 0..60 {
            let mut run = LessonRun::start(lesson.clone());
            let mut strategy = Strategy::random(seed);
            while let Some(decision) = strategy.decide(&run.pending()) {
                let announced: Vec<String> = run.coming(&loc).into_iter().map(|c| c.step).collect();
                let before = run.step().id.clone();
                run.apply(&decision).unwrap_or_else(|e| panic!("{} seed {seed}: {e}", lesson.id));
                let after = run.step().id.clone();
                if after != before && decision != chatwise::runtime::Decision::Back {
                    assert!(
                        announced.contains(&after),
                        "{} seed {seed}: {before} announced {announced:?}, went to {after}",
                        lesson.id
                    );
                }
            }
            assert!(run.coming(&loc).is_empty(), "{}: nothing comes after the End", lesson.id);
        }
    }
}

#[test]
fn a_child_in_the_uk_us_ukraine_or_india_finds_where_to_report_a_person_and_who_to_talk_to() {
    let loaded = Library::embedded();
    let portals = &loaded.library.portals;
    for code in ["GB", "US", "UA", "IN"] {
        let country = portals.country(code).unwrap_or_else(|| panic!("{code} is in portals.ron"));
        assert!(country.routes(RouteKind::Person).count() > 0, "{code}: a route to report a person");
        assert!(country.routes(RouteKind::Talk).count() > 0, "{code}: someone to talk to");
        assert!(country.emergency_number().is_some(), "{code}: the emergency number");
    }
    let ceop = portals.country("GB").unwrap().routes(RouteKind::Person).find(|r| r.name.starts_with("CEOP")).unwrap();
    assert_eq!(ceop.anonymous, Some(Anonymity::No), "CEOP cannot take anonymous reports");
    // An image portal can remove pictures but cannot act on a person: never offered for that.
    for route in portals.countries.iter().flat_map(|c| &c.routes).chain(&portals.international) {
        if route.name.contains("IWF") || route.name.starts_with("Take It Down") {
            assert!(!route.is(RouteKind::Person), "`{}` is an image route only", route.name);
        }
        if route.is(RouteKind::Person) {
            assert!(route.anonymous.is_some(), "`{}` says whether a child must give their name", route.name);
        }
    }
}

/// Phrases that once promised learners (or parents) that a photo sent in private could be
/// taken down. Take It Down and Report Remove reach only public or unencrypted participating
/// platforms (help-sources.md section 3), and the story's threat is a private message to family.
/// They were replaced after the safeguarding review (finding 3); none may come back, in any language.
const REMOVAL_PROMISES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "images can be taken down",
            "it isn't hopeless: images can be taken down",
            "it is not hopeless: images can be taken down",
            "can help get it taken down, wherever you live",
            "Take It Down and Report Remove can help get images taken down",
            "Free tools can help get it taken down",
            "help get the photo taken down",
            "get the photo taken down",
            "to get the photo taken down",
            "getting images taken down",
            "can help get it taken down",
            "help get it taken down from the internet",
            "so they can help get it reported and taken down",
            "there are services that help remove nude or nearly nude photos of under-18s from the internet",
            "Some services can help get a nude or nearly nude photo of someone under 18 taken down from the internet",
            "there are services that can help get a nude or partly nude photo of someone under 18 taken down",
            "If a private photo of a child has been shared, there are services that can help get it taken down",
            "there are services that can help stop a photo being shared online or get it taken down",
            "Report Remove can help get it taken down",
        ],
    ),
    (
        "uk",
        &[
            "зображення можна видалити",
            "допоможе його видалити",
            "допомагають видалити зображення",
            "Видалити фото допомагають безкоштовні інструменти",
            "а також видалити фото",
            "допоможе повідомити про злочин і видалити фото",
            "допомогти повідомити про злочин і видалити зображення",
            "щоб видалити фото",
            "є сервіси, які допомагають видалити його з інтернету",
            "поскаржитися й домогтися видалення фото",
            "Дорослі можуть допомогти видалити фото",
            "сервіси, які допомагають прибрати з інтернету оголені або майже оголені фото",
            "Деякі сервіси допомагають видалити з інтернету оголене або майже оголене фото",
            "є сервіси, які допомагають видалити з інтернету оголене або частково оголене фото",
            "є сервіси, які допомагають його видалити",
            "не дати фото поширитися в інтернеті або видалити його",
            "видалити його допоможуть Take It Down",
        ],
    ),
    (
        "kk",
        &[
            "суреттерді алып тастауға болады",
            "суреттерді, мысалы, Take It Down немесе Report Remove арқылы алып тастауға болады",
            "Take It Down мен Report Remove суреттерді алып тастауға көмектеседі",
            "оны қай елде тұрсаң да алып тастауға көмектеседі",
            "Суретті алып тастауға тегін құралдар көмектеседі",
            "суретті алып тастауға көмектеседі",
            "хабарлауға және суреттерді алып тастауға көмектесе алады",
            "суретті алып тастау үшін Take It Down немесе Report Remove пайдалану",
            "оны алып тастауға Take It Down немесе Ұлыбританияда Report Remove көмектеседі",
            "суреттің интернетте таралуын тоқтатуға немесе оны алып тастауға көмектесетін қызметтер бар",
            "оны интернеттен өшіруге көмектесетін қызметтер бар",
            "шағымдануға және суретті өшіртуге көмектеседі",
            "Ересектер суретті өшіртуге көмектесе алады",
            "интернеттен өшіруге көмектесетін қызметтер бар",
            "суретін интернеттен өшіруге көмектеседі",
            "оны өшіруге көмектесетін қызметтер бар",
        ],
    ),
];

#[test]
fn no_learner_facing_text_promises_that_privately_sent_images_can_be_removed() {
    for (language, phrases) in REMOVAL_PROMISES {
        let dir = repo().join("locales").join(language);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap().to_lowercase();
            for phrase in *phrases {
                assert!(
                    !text.contains(&phrase.to_lowercase()),
                    "{} promises removal again: `{phrase}` (say what the tools can do: stop a photo being posted on many apps and sites, not reach private messages)",
                    path.display()
                );
            }
        }
    }
}
