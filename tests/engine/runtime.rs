//! The runtime's behaviour on a small inline lesson: what a learner would notice.

use std::sync::Arc;

use chatwise::base::source::RawFile;
use chatwise::content::model::Lesson;
use chatwise::content::model::Verdict;
use chatwise::i18n::Localizer;
use chatwise::library;
use chatwise::runtime::{BodyView, Decision, LessonRun, OptionMark, Pending, QuizStage, RunError, Sender, Turn};

use crate::support::repo;

const LESSON: &str = r#"Lesson(
    id: "t", topic: Sexting, ages: (11, 14), minutes: 10, audiences: [Class, Solo],
    title: "t-title", summary: "t-title", objectives: ["t-title"],
    start: "chat",
    steps: [
        Chat(
            id: "chat",
            contact: (id: "kim", name: "t-kim"),
            messages: [(text: "t-hi", time: "19:42")],
            replies: [
                (text: "t-safe", verdict: Safe, score: 1, next: "quiz"),
                (text: "t-risky", verdict: Risky, set: ["shared"], next: "quiz"),
                (text: "t-maybe", verdict: Neutral, feedback: "t-maybe-why"),
            ],
        ),
        Quiz(
            id: "quiz", question: "t-q", kind: Multiple, hint: "t-hint", points: 2,
            options: [(text: "t-a", correct: true, feedback: "t-a-why"), (text: "t-b", correct: false), (text: "t-c", correct: true)],
            branches: [(when: Flag("shared"), go: "support")],
            next: "sort",
        ),
        Help(id: "support", body: "t-support", next: "sort"),
        Sort(
            id: "sort", prompt: "t-q",
            groups: [(id: "ok", label: "t-ok"), (id: "no", label: "t-no")],
            cards: [(text: "t-a", group: "ok"), (text: "t-b", group: "no")],
            next: "end",
        ),
        End(id: "end", title: "t-title", key_messages: ["t-title"]),
    ],
)"#;

const ENGLISH: &str = "t-title = Test\nt-kim = Kim Lee\nt-hi = Hi, I'm { $contact }\nt-safe = Who are you?\nt-risky = Sure\nt-maybe = Maybe\nt-maybe-why = Think about it\nt-q = Pick\nt-hint = A hint\nt-a = A\nt-a-why = Because\nt-b = B\nt-c = C\nt-support = You can get help\nt-ok = OK\nt-no = No\n";
const UKRAINIAN: &str = "t-title = Тест\nt-kim = Кім Лі\nt-hi = Привіт, я { $contact }\n";

fn setup() -> (Arc<Lesson>, Localizer, Localizer) {
    let ui = |lang: &str| std::fs::read(repo().join(format!("locales/{lang}/ui.ftl"))).unwrap();
    let file = |prefix: &str, relative: &str, bytes: Vec<u8>| RawFile {
        path: format!("{prefix}/{relative}"),
        relative: relative.into(),
        bytes,
    };
    let content = vec![
        file("content", "pack.ron", r#"Pack(id: "p", title: "t-title", languages: [(code: "en", name: "English", status: Reference), (code: "uk", name: "Українська", status: Draft)])"#.as_bytes().to_vec()),
        file("content", "lessons/t.ron", LESSON.as_bytes().to_vec()),
    ];
    let locales = vec![
        file("locales", "en/t.ftl", ENGLISH.as_bytes().to_vec()),
        file("locales", "en/ui.ftl", ui("en")),
        file("locales", "en/help.ftl", std::fs::read(repo().join("locales/en/help.ftl")).unwrap()),
        file("locales", "en/web.ftl", std::fs::read(repo().join("locales/en/web.ftl")).unwrap()),
        file("locales", "en/export.ftl", std::fs::read(repo().join("locales/en/export.ftl")).unwrap()),
        file("locales", "uk/t.ftl", UKRAINIAN.as_bytes().to_vec()),
        file("locales", "uk/ui.ftl", ui("uk")),
    ];
    let loaded = library::load_files(content, locales);
    assert_eq!(loaded.error_count(), 0, "{:#?}", loaded.diagnostics);
    let lesson = loaded.library.pack.lesson("t").unwrap().clone();
    (lesson, loaded.library.localizer(&["en"]), loaded.library.localizer(&["uk-UA"]))
}

/// A run at the quiz: the safe reply chosen in the chat.
fn at_quiz(lesson: Arc<Lesson>) -> LessonRun {
    let mut run = LessonRun::start(lesson);
    run.choose_reply(0).unwrap();
    run.advance().unwrap();
    run
}

/// A run at the sort: the safe reply, then the quiz answered right.
fn at_sort(lesson: Arc<Lesson>) -> LessonRun {
    let mut run = at_quiz(lesson);
    run.answer_quiz(&[0, 2]).unwrap();
    run.advance().unwrap();
    run
}

#[test]
fn a_chat_shows_the_conversation_and_feedback_then_lets_you_try_another_reply() {
    let (lesson, en, _) = setup();
    let mut run = LessonRun::start(lesson);
    let BodyView::Chat(chat) = run.view(&en).body else { panic!("starts on the chat") };
    assert_eq!(chat.contact_name, "Kim Lee");
    assert_eq!(chat.initials, "KL");
    assert_eq!(chat.bubbles[0].text, "Hi, I'm Kim Lee", "$contact is filled in");
    assert_eq!(chat.prompt, "What do you reply?");
    assert_eq!(chat.replies.iter().map(|r| r.letter).collect::<String>(), "ABC");

    run.choose_reply(2).unwrap();
    let BodyView::Chat(chat) = run.view(&en).body else { panic!() };
    let feedback = chat.feedback.expect("feedback shows after a reply");
    assert_eq!(feedback.title, "Something to think about");
    assert_eq!(feedback.body.as_deref(), Some("Think about it"));
    assert_eq!(feedback.action, "Try another reply");
    assert_eq!(chat.bubbles.last().map(|b| b.sender), Some(Sender::Learner), "the reply posts as a bubble");

    run.advance().unwrap();
    let BodyView::Chat(chat) = run.view(&en).body else { panic!("still on the chat") };
    assert!(chat.feedback.is_none());
    assert!(chat.replies[2].tried, "the tried reply is marked");
    assert_eq!(chat.bubbles.len(), 1, "the tried reply is taken back");
    assert_eq!(run.choose_reply(2), Err(RunError::AlreadyTried));
    assert_eq!(run.choose_reply(7), Err(RunError::NoSuchOption(8)));
}

#[test]
fn a_quiz_answered_wrong_then_right_gives_feedback_per_option_and_no_points() {
    let (lesson, en, _) = setup();
    let mut run = at_quiz(lesson);
    assert_eq!(run.score(), 1);
    assert_eq!(run.check_quiz(), Err(RunError::NothingSelected));
    run.show_hint().unwrap();
    assert_eq!(run.answer_quiz(&[1]), Ok(false));
    let BodyView::Quiz(quiz) = run.view(&en).body else { panic!() };
    assert_eq!(quiz.hint.as_deref(), Some("A hint"));
    assert_eq!(quiz.stage, QuizStage::TryAgain);
    assert_eq!(quiz.options[1].mark, Some(OptionMark::NotQuite));
    assert_eq!(quiz.summary.as_ref().map(|s| s.title.as_str()), Some("Let's think again"));
    assert_eq!(run.advance(), Ok(()), "Try again clears the choice");
    assert_eq!(run.answer_quiz(&[0, 2]), Ok(true));
    let BodyView::Quiz(quiz) = run.view(&en).body else { panic!() };
    assert_eq!(quiz.options[0].feedback.as_deref(), Some("Yes: Because"));
    assert_eq!(quiz.tried, vec!["B"]);
    assert_eq!(run.score(), 1, "points only for a right first answer");
    run.advance().unwrap();
    assert_eq!(run.step().id, "sort");
}

#[test]
fn a_teachers_reveal_shows_the_answer_not_the_picks_nobody_checked() {
    let (lesson, en, _) = setup();
    let mut run = at_quiz(lesson);
    run.toggle_option(1).unwrap();
    let BodyView::Quiz(quiz) = run.view(&en).body else { panic!() };
    assert!(quiz.options[1].selected && quiz.stage == QuizStage::Choosing, "a pick shows before checking");
    run.reveal().unwrap();
    let BodyView::Quiz(quiz) = run.view(&en).body else { panic!() };
    assert_eq!(quiz.stage, QuizStage::Revealed);
    assert!(!quiz.options[1].selected && quiz.options[1].mark.is_none(), "the unchecked pick is not judged");
    assert_eq!(quiz.options[0].mark, Some(OptionMark::Missed), "the right answers are shown");
}

#[test]
fn a_hint_and_a_reveal_are_decisions_so_a_resumed_lesson_shows_them_again() {
    let (lesson, en, _) = setup();
    let mut first = LessonRun::start(Arc::clone(&lesson));
    let decisions = [Decision::Reveal, Decision::Reply(0), Decision::Continue, Decision::Hint];
    for decision in &decisions {
        first.apply(decision).unwrap();
    }
    // Resuming replays the saved decisions into a fresh run.
    let mut resumed = LessonRun::start(lesson);
    for decision in &decisions {
        resumed.apply(decision).unwrap();
    }
    let BodyView::Quiz(quiz) = resumed.view(&en).body else { panic!() };
    assert_eq!(quiz.hint.as_deref(), Some("A hint"), "the hint stays open");
    assert_eq!(resumed.view(&en), first.view(&en));
}

#[test]
fn a_teachers_reveal_of_a_chat_shows_what_every_reply_means_before_the_class_picks() {
    let (lesson, en, _) = setup();
    let mut run = LessonRun::start(lesson);
    let BodyView::Chat(chat) = run.view(&en).body else { panic!() };
    assert!(chat.replies.iter().all(|r| r.revealed.is_none()), "nothing shown before the reveal");
    run.apply(&Decision::Reveal).unwrap();
    let BodyView::Chat(chat) = run.view(&en).body else { panic!() };
    let verdicts: Vec<_> = chat.replies.iter().map(|r| r.revealed.as_ref().map(|m| m.verdict)).collect();
    assert_eq!(verdicts, [Some(Verdict::Safe), Some(Verdict::Risky), Some(Verdict::Neutral)]);
    assert_eq!(chat.replies[2].revealed.as_ref().and_then(|m| m.body.as_deref()), Some("Think about it"));
    assert_eq!(run.pending(), Pending::Reply { count: 3, tried: Vec::new() }, "the class still picks a reply");
}

#[test]
fn a_family_takes_turns_choosing_replies_child_first() {
    let (lesson, en, _) = setup();
    let mut run = LessonRun::start(lesson);
    let BodyView::Chat(chat) = run.view(&en).body else { panic!() };
    assert_eq!(chat.family_turn, Turn::Child);
    run.choose_reply(2).unwrap();
    run.advance().unwrap();
    let BodyView::Chat(chat) = run.view(&en).body else { panic!() };
    assert_eq!(chat.family_turn, Turn::Adult, "after the child's reply, the adult chooses");
}

#[test]
fn two_wrong_answers_reveal_the_answer_so_nobody_gets_stuck() {
    let (lesson, en, _) = setup();
    let mut run = at_quiz(lesson);
    run.answer_quiz(&[1]).unwrap();
    run.advance().unwrap();
    run.answer_quiz(&[0]).unwrap();
    let BodyView::Quiz(quiz) = run.view(&en).body else { panic!() };
    assert_eq!(quiz.stage, QuizStage::Revealed);
    assert_eq!(quiz.options[2].mark, Some(OptionMark::Missed), "the missed right answer is shown");
    run.advance().unwrap();
    assert_eq!(run.step().id, "sort");
}

#[test]
fn a_risky_reply_sets_a_flag_that_branches_to_support_and_back_undoes_it() {
    let (lesson, _, _) = setup();
    let mut run = LessonRun::start(lesson);
    run.choose_reply(1).unwrap();
    run.advance().unwrap();
    assert!(run.flags().contains("shared"));
    run.answer_quiz(&[0, 2]).unwrap();
    run.advance().unwrap();
    assert_eq!(run.step().id, "support", "the flag leads to support");
    run.back().unwrap();
    assert_eq!(run.step().id, "quiz");
    run.back().unwrap();
    assert_eq!(run.step().id, "chat");
    assert!(run.flags().is_empty(), "going back undoes the reply's flag");
    assert_eq!(run.score(), 0);
    assert_eq!(run.back(), Err(RunError::CannotGoBack), "nothing before the first step");
    run.choose_reply(0).unwrap();
    run.advance().unwrap();
    run.answer_quiz(&[0, 2]).unwrap();
    run.advance().unwrap();
    assert_eq!(run.step().id, "sort", "without the flag the lesson goes straight on");
    assert_eq!(run.score(), 3);
}

#[test]
fn sorting_needs_a_card_chosen_first_and_every_card_placed() {
    let (lesson, en, _) = setup();
    let mut run = at_sort(lesson);
    assert_eq!(run.place_selected(0), Err(RunError::NoCardSelected));
    run.select_card(1).unwrap();
    run.place_selected(0).unwrap();
    assert_eq!(run.check_sort(), Err(RunError::Unplaced(1)));
    assert_eq!(run.advance(), Err(RunError::NotAnswered));
    run.place_card(0, 0).unwrap();
    assert_eq!(run.check_sort(), Ok(1));
    let BodyView::Sort(sort) = run.view(&en).body else { panic!() };
    assert_eq!(sort.summary.as_deref(), Some("One card could go somewhere better."));
    assert_eq!(sort.cards[1].right, Some(false));
    run.place_card(1, 1).unwrap();
    assert_eq!(run.check_sort(), Ok(2));
    run.advance().unwrap();
    assert!(run.is_complete());
    let BodyView::End(end) = run.view(&en).body else { panic!() };
    assert_eq!(end.safe_replies.as_deref(), Some("You chose one safe reply in the practice chat."));
    assert_eq!(run.advance(), Err(RunError::Finished));
}

#[test]
fn a_card_moved_after_checking_loses_its_verdict_and_the_sort_is_checked_again() {
    let (lesson, en, _) = setup();
    let mut run = at_sort(lesson);
    run.place_card(0, 0).unwrap();
    run.place_card(1, 0).unwrap();
    assert_eq!(run.check_sort(), Ok(1));
    // Moving a card: picked up, then put in another group.
    run.pick_up(1).unwrap();
    let BodyView::Sort(sort) = run.view(&en).body else { panic!() };
    assert!(sort.cards[1].selected && sort.cards[1].group.is_none(), "the card is in hand");
    assert!(sort.changed, "the learner is asked to check again");
    assert_eq!(run.pending(), Pending::Sort { cards: 2, groups: 2 });
    assert_eq!(run.advance(), Err(RunError::NotAnswered), "no going on with an unchecked move");
    run.place_selected(1).unwrap();
    let BodyView::Sort(sort) = run.view(&en).body else { panic!() };
    assert_eq!(sort.cards[0].right, Some(true), "the card that stayed keeps its verdict");
    assert_eq!(sort.cards[1].right, None, "the moved card has none until checked");
    assert_eq!(run.check_sort(), Ok(2));
    let BodyView::Sort(sort) = run.view(&en).body else { panic!() };
    assert!(!sort.changed && sort.cards.iter().all(|c| c.right == Some(true)));
    run.advance().unwrap();
    assert!(run.is_complete());
}

#[test]
fn switching_language_mid_lesson_keeps_the_place_and_falls_back_to_english() {
    let (lesson, en, uk) = setup();
    let mut run = LessonRun::start(lesson);
    run.choose_reply(0).unwrap();
    let english = run.view(&en);
    let ukrainian = run.view(&uk);
    assert_eq!(english.step_id, ukrainian.step_id);
    let (BodyView::Chat(e), BodyView::Chat(u)) = (english.body, ukrainian.body) else { panic!() };
    assert_eq!(e.bubbles[0].text, "Hi, I'm Kim Lee");
    assert_eq!(u.bubbles[0].text, "Привіт, я Кім Лі");
    assert_eq!(u.replies[0].text, "Who are you?", "a missing translation falls back to English");
    assert_ne!(u.prompt, e.prompt, "the engine's own words are translated");
    assert_eq!(ukrainian.progress, "Крок 1 з 4");
    assert_eq!(english.progress, "Step 1 of 4");
}
