//! Property tests: arbitrary bytes never make the loader panic, and arbitrary sequences of
//! learner actions never make the runtime panic or leave a lesson unfinishable.

use chatwise::library::{self, Library};
use chatwise::runtime::{Decision, LessonRun, Strategy};
use proptest::prelude::*;

use crate::support::mini;

/// Fragments of real lesson syntax, so generated files get past the first token.
const RON_PIECES: &[&str] = &[
    "Lesson(",
    ")",
    "(",
    "[",
    "]",
    ",",
    ":",
    "id",
    "\"intro\"",
    "\"end\"",
    "steps",
    "start",
    "Story",
    "Chat",
    "Quiz",
    "Sort",
    "End",
    "next",
    "replies",
    "verdict: Safe",
    "\"mini-title\"",
    "title",
    "ages: (11, 14)",
    "minutes: 5",
    "topic: Grooming",
    "//",
    "/*",
    "*/",
    "\"",
    "\\",
    "\n",
    "\r\n",
    "\u{feff}",
    "é",
    "branches",
    "when: Flag(\"x\")",
    "go",
];

fn load_with(relative: &str, bytes: Vec<u8>, locale: bool) {
    let mut files = mini();
    if locale {
        files.locales.insert(relative.to_owned(), bytes);
    } else {
        files.content.insert(relative.to_owned(), bytes);
    }
    let (c, l) = files.raw();
    let loaded = library::load_files(c, l);
    // The untouched lesson always survives a broken neighbour.
    if relative != "lessons/mini.ron" && relative != "en/mini.ftl" && !locale {
        assert!(loaded.library.pack.lesson("mini").is_some());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_as_a_lesson_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        load_with("lessons/fuzz.ron", bytes, false);
    }

    #[test]
    fn lesson_like_text_never_panics(pieces in proptest::collection::vec(proptest::sample::select(RON_PIECES), 0..200)) {
        load_with("lessons/fuzz.ron", pieces.concat().into_bytes(), false);
    }

    #[test]
    fn arbitrary_bytes_as_the_pack_file_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..1024)) {
        load_with("pack.ron", bytes, false);
    }

    #[test]
    fn arbitrary_text_as_a_translation_never_panics(text in "[a-z{}$ =\\-\\[\\]*.\n\u{feff}é]{0,400}") {
        load_with("uk/fuzz.ftl", text.into_bytes(), true);
    }

    #[test]
    fn arbitrary_learner_actions_never_panic_and_the_lesson_can_still_finish(
        actions in proptest::collection::vec((0u8..7, 0usize..8, 0usize..4), 0..120)
    ) {
        let loaded = Library::embedded();
        for lesson in &loaded.library.pack.lessons {
            let mut run = LessonRun::start(lesson.clone());
            for (kind, a, b) in &actions {
                let decision = match kind {
                    0 => Decision::Continue,
                    1 => Decision::Reply(*a),
                    2 => Decision::Answer(vec![*a, *b]),
                    3 => Decision::Sort(vec![*b; *a]),
                    4 => Decision::Reveal,
                    5 => Decision::Hint,
                    _ => Decision::Back,
                };
                // Refused actions are fine; panics and inconsistent state are not.
                let _ = run.apply(&decision);
            }
            let mut strategy = Strategy::First;
            let mut steps = 0;
            while let Some(decision) = strategy.decide(&run.pending()) {
                run.apply(&decision).expect("automatic play is always valid");
                steps += 1;
                prop_assert!(steps < 500, "{}: could not finish after arbitrary actions", lesson.id);
            }
        }
    }
}
