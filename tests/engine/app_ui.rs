//! The app's real views, driven like a person would with egui_kittest: find a control by its
//! label, click it, check what shows. Labels come from the shipped translations.

use chatwise::content::model::{Audience, StepKind};
use chatwise::export::check::When;
use chatwise::library::Library;
use chatwise::ui::saved::{CountryChoice, Saved};
use chatwise::ui::{Effect, Screen, Shell, egui};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable, by};

/// A harness around a fresh shell, laptop-sized, reduced motion (no typing delays).
fn harness(player: Option<Audience>) -> Harness<'static, Shell> {
    crate::support::app_harness(|saved| saved.settings.player = player)
}

fn text(h: &Harness<'_, Shell>, id: &str) -> String {
    h.state().loc().text(id)
}

/// Clicks the control labelled `label`, scrolling it into view first as a person would.
fn click(h: &mut Harness<'_, Shell>, label: &str) {
    h.get(control(label)).scroll_to_me();
    h.run();
    h.get(control(label)).click();
    h.run();
}

/// A button, radio button or checkbox labelled `label`.
pub fn control(label: &str) -> egui_kittest::kittest::By<'_> {
    by().label(label).predicate(|node| matches!(node.role(), Role::Button | Role::RadioButton | Role::CheckBox))
}

/// Asserts a button labelled `label` is on screen.
fn button(h: &Harness<'_, Shell>, label: &str) {
    h.get(control(label));
}

/// Clicks the control labelled with message `id` in the current language.
fn click_msg(h: &mut Harness<'_, Shell>, id: &str) {
    let label = text(h, id);
    click(h, &label);
}

fn step_id(h: &Harness<'_, Shell>) -> String {
    h.state().session().map(|s| s.run.step().id.clone()).unwrap_or_default()
}

/// Message ids of the current step, for finding its controls by their text.
fn current(h: &Harness<'_, Shell>) -> StepKind {
    h.state().session().unwrap().run.step().kind.clone()
}

#[test]
fn a_learner_plays_the_whole_lesson_through_the_views() {
    let mut h = harness(None);
    // Start: who is playing, then the library.
    assert_eq!(*h.state().screen(), Screen::Start);
    click(&mut h, "Me, on my own");
    click(&mut h, "Show the lessons");
    assert_eq!(*h.state().screen(), Screen::Library);
    h.get_by_label("When a new friend wants secrets");

    // A sensitive lesson opens on its content note, with Start and Choose another.
    click(&mut h, "Start: When a new friend wants secrets");
    assert!(matches!(h.state().screen(), Screen::BeforeStart(_)));
    h.get_by_label("Before you start");
    button(&h, "Choose another lesson");
    click(&mut h, "Start");

    // The learning check first: one answer per question, counted on Done, never who chose.
    assert_eq!(*h.state().screen(), Screen::Check(When::Before));
    h.get_by_label("Before we start: a few questions");
    click(&mut h, "Take them. It's just a nice present.");
    click(&mut h, "Say no thanks, and tell an adult I trust if they keep trying.");
    click(&mut h, "They ask you to keep your chats a secret.");
    click(&mut h, "A little sure");
    click(&mut h, "Done");
    let counts = h.state().check_counts("new-friend").expect("the answers are counted").clone();
    assert_eq!(counts.before["gift"], vec![0, 0, 1], "the last pick counts, once");
    assert_eq!(counts.before["signs"], vec![0, 1, 0]);
    assert_eq!(counts.before["help"], vec![0, 0, 1, 0, 0]);
    assert!(counts.after.is_empty());
    assert!(h.state_mut().take_effects().contains(&Effect::Save), "counted is saved");
    assert_eq!(step_id(&h), "intro");
    click(&mut h, "Continue");

    // Three chat decisions: a safe reply each time, feedback, then Continue.
    for _ in 0..3 {
        let StepKind::Chat(chat) = current(&h) else { panic!("expected a chat at {}", step_id(&h)) };
        let safe = chat.replies.iter().find(|r| r.verdict == chatwise::content::model::Verdict::Safe).unwrap();
        let label = text(&h, safe.text.as_str());
        click(&mut h, &label);
        h.get_by_label("Good thinking");
        click(&mut h, "Continue");
    }
    assert_eq!(step_id(&h), "check-in");
    click(&mut h, "Continue");

    // A quiz answered wrong, then right.
    let StepKind::Quiz(quiz) = current(&h) else { panic!("expected a quiz") };
    let wrong = quiz.options.iter().find(|o| !o.correct).unwrap();
    click_msg(&mut h, wrong.text.as_str());
    click(&mut h, "Check");
    h.get_by_label("Let's think again");
    click(&mut h, "Try again");
    for option in quiz.options.iter().filter(|o| o.correct) {
        click_msg(&mut h, option.text.as_str());
    }
    click(&mut h, "Check");
    h.get_by_label("Good thinking");
    click(&mut h, "Continue");

    // The next two quizzes: the right answer first time.
    for _ in 0..2 {
        let StepKind::Quiz(quiz) = current(&h) else { panic!("expected a quiz at {}", step_id(&h)) };
        let right = quiz.options.iter().find(|o| o.correct).unwrap();
        click_msg(&mut h, right.text.as_str());
        click(&mut h, "Check");
        click(&mut h, "Continue");
    }

    // Sorting: a group with no card chosen says so; then every card into its group.
    let StepKind::Sort(sort) = current(&h) else { panic!("expected a sort") };
    let first_group = text(&h, sort.groups[0].label.as_str());
    click(&mut h, &first_group);
    h.get_by_label("Choose a card first.");
    for card in &sort.cards {
        click_msg(&mut h, card.text.as_str());
        click_msg(&mut h, sort.groups[card.group].label.as_str());
    }
    click(&mut h, "Check my sorting");
    h.get_by_label("Every card is in a good place.");
    click(&mut h, "Continue");

    // Discussion, help, and the end with its help card.
    assert_eq!(step_id(&h), "talk");
    click(&mut h, "Continue");
    assert_eq!(step_id(&h), "get-help");
    click(&mut h, "Continue");
    assert!(h.state().session().unwrap().run.is_complete());
    h.get_by_label("What you practised");
    h.get_by_label("It's never your fault.");
    h.get_by_label("You chose 3 safe replies in the practice chat.");
    // The same questions again, to see what the lesson changed.
    click(&mut h, "Answer the questions again");
    h.get_by_label("We have finished: the same questions again");
    click(&mut h, "Say no thanks, and tell an adult I trust if they keep trying.");
    click(&mut h, "They ask you to keep your chats a secret.");
    click(&mut h, "Very sure");
    click(&mut h, "Done");
    let counts = h.state().check_counts("new-friend").unwrap();
    assert_eq!(counts.after["help"], vec![0, 0, 0, 0, 1]);
    assert_eq!(counts.before["help"], vec![0, 0, 1, 0, 0], "before is kept as it was");
    assert!(h.state().session().unwrap().run.is_complete(), "back at the end");
    assert!(h.query_by_label("Answer the questions again").is_none(), "asked once: a second Done would count twice");
    click(&mut h, "Back to lessons");
    assert_eq!(*h.state().screen(), Screen::Library);
    h.get_all_by_label("Done").next().expect("the finished lesson is marked Done");
    assert!(h.state().saved().progress["new-friend"].completed, "progress is saved as completed");
}

/// Opens the shipped lesson past its content note.
fn into_lesson(h: &mut Harness<'_, Shell>) {
    click(h, "Start: When a new friend wants secrets");
    click(h, "Start");
    // The lesson's learning check comes first; it can be skipped.
    click(h, "Skip the questions");
    click(h, "Continue");
}

#[test]
fn help_opens_from_the_middle_of_a_lesson_and_comes_back_to_the_same_place() {
    let mut h = harness(Some(Audience::Solo));
    into_lesson(&mut h);
    assert_eq!(step_id(&h), "chat-1");
    click(&mut h, "Help");
    assert_eq!(*h.state().screen(), Screen::Help);
    h.get_by_label("Many services let you get help without giving your name.");
    click(&mut h, "Back");
    assert_eq!(*h.state().screen(), Screen::Lesson);
    assert_eq!(step_id(&h), "chat-1", "the learner's place is kept");
}

/// The Help screen for a reader who chose `country` (`None`: "My country is not listed").
fn help_in(country: Option<&str>) -> Harness<'static, Shell> {
    let mut h = harness(None);
    let choice = country.map_or(CountryChoice::NotListed, |code| CountryChoice::Code(code.into()));
    h.state_mut().update_settings(|s| s.country = Some(choice));
    h.state_mut().go(Screen::Help);
    h.run();
    h
}

fn top_of_label(h: &Harness<'_, Shell>, label: &str) -> f32 {
    h.get_by_label(label).rect().top()
}

fn top_of_link(h: &Harness<'_, Shell>, name: &str, host: &str) -> f32 {
    h.get_by_role_and_label(Role::Button, &format!("{name}: {host} (opens in your browser)")).rect().top()
}

#[test]
fn help_in_the_uk_reports_a_person_to_ceop_not_to_an_image_portal() {
    let h = help_in(Some("GB"));
    h.get_by_label(&text(&h, "help-crisis-title"));
    h.get_by_label(&text(&h, "help-crisis"));
    let person = top_of_label(&h, &text(&h, "help-person-title"));
    let image = top_of_label(&h, &text(&h, "help-report-title"));
    let talk = top_of_label(&h, &text(&h, "help-talk-title"));
    let ceop = top_of_link(&h, "CEOP Safety Centre (National Crime Agency)", "www.ceop.police.uk");
    let iwf = top_of_link(&h, "IWF reporting page", "www.iwf.org.uk");
    assert!(person < ceop && ceop < image, "CEOP is under 'Report a person' ({person} < {ceop} < {image})");
    assert!(image < iwf && iwf < talk, "the IWF is under 'Report an image or video', not under 'Report a person'");
    // CEOP cannot take anonymous reports, and the screen says so; the police and 999 are there.
    h.get_by_label(&text(&h, "help-anonymous-no"));
    h.get_by_label("101");
    assert!(
        !h.query_all_by_label("If someone is in danger right now, call 999.").collect::<Vec<_>>().is_empty(),
        "the UK's emergency number comes from the data"
    );
    assert!(h.query_by_label(&text(&h, "help-person-none")).is_none(), "the UK has a route to report a person");
}

#[test]
fn help_without_a_country_sends_a_person_report_to_a_trusted_adult_and_the_police() {
    let h = help_in(None);
    let person = top_of_label(&h, &text(&h, "help-person-title"));
    let none = top_of_label(&h, &text(&h, "help-person-none"));
    let image = top_of_label(&h, &text(&h, "help-report-title"));
    assert!(person < none && none < image, "the fallback sits under 'Report a person'");
    assert!(
        !h.query_all_by_label(&text(&h, "help-emergency")).collect::<Vec<_>>().is_empty(),
        "with no country, the general emergency line"
    );
    // The CyberTipline takes reports of online enticement from anywhere: offered under
    // 'Report a person' and again in 'Help from anywhere'.
    let tipline: Vec<f32> = h
        .query_all_by_role_and_label(Role::Button, "NCMEC CyberTipline: report.cybertip.org (opens in your browser)")
        .map(|n| n.rect().top())
        .collect();
    assert_eq!(tipline.len(), 2, "{tipline:?}");
    assert!(tipline.iter().any(|&top| person < top && top < image));
    h.get_by_label(&text(&h, "help-no-portal"));
}

#[test]
fn help_in_ukraine_in_ukrainian_names_the_cyber_police_and_102() {
    let mut h = help_in(Some("UA"));
    h.state_mut().update_settings(|s| s.language = Some("uk".into()));
    h.run();
    assert_eq!(h.state().language(), "uk");
    let person = top_of_label(&h, &text(&h, "help-person-title"));
    let image = top_of_label(&h, &text(&h, "help-report-title"));
    let cyber = h.get(by().role(Role::Button).label_contains("ticket.cyberpolice.gov.ua")).rect().top();
    assert!(person < cyber && cyber < image);
    assert!(!h.query_all_by_label("102").collect::<Vec<_>>().is_empty());
}

#[test]
fn help_and_quick_exit_are_on_every_screen() {
    let mut h = harness(None);
    let screens =
        [Screen::Start, Screen::Library, Screen::BeforeStart("new-friend".into()), Screen::Help, Screen::Settings];
    for screen in screens {
        h.state_mut().go(screen.clone());
        h.run();
        button(&h, "Help");
        button(&h, "Quick exit");
    }
    h.state_mut().go(Screen::Library);
    h.run();
    into_lesson(&mut h);
    button(&h, "Help");
    button(&h, "Quick exit");
}

#[test]
fn switching_language_mid_lesson_keeps_the_place() {
    let mut h = harness(Some(Audience::Solo));
    into_lesson(&mut h);
    let StepKind::Chat(chat) = current(&h) else { panic!() };
    let reply = text(&h, chat.replies[0].text.as_str());
    click(&mut h, &reply);
    click(&mut h, "Settings");
    click(&mut h, "Українська");
    assert_eq!(h.state().language(), "uk");
    click(&mut h, "Назад");
    assert_eq!(step_id(&h), "chat-1");
    let ukrainian = text(&h, chat.replies[0].text.as_str());
    assert_ne!(ukrainian, reply);
    h.get_by_label("Добре подумано");
    // The learner's message, which a screen reader reads with who sent it ("Ти: ...").
    h.get(by().label_contains(&ukrainian));
}

#[test]
fn quick_exit_blanks_at_once_and_asks_to_leave() {
    let mut h = harness(Some(Audience::Solo));
    into_lesson(&mut h);
    click(&mut h, "Quick exit");
    assert!(h.state().exited());
    assert!(h.state_mut().take_effects().contains(&Effect::QuickExit));
    assert!(h.query_by_role_and_label(Role::Button, "Help").is_none(), "nothing of the app is left on screen");
    assert!(h.state().session().is_none(), "the lesson is gone from memory");
}

#[test]
fn shift_three_times_fires_the_quick_exit() {
    use chatwise::ui::quick_exit::Key;
    let mut h = harness(Some(Audience::Solo));
    for t in [0.0, 1.0, 2.0] {
        h.state_mut().key(Key::Shift, true, t);
        h.state_mut().key(Key::Shift, false, t + 0.1);
    }
    h.run();
    assert!(h.state().exited());
    assert!(h.query_by_role_and_label(Role::Button, "Quick exit").is_none(), "the screen is blank");
}

#[test]
fn settings_change_text_size_contrast_and_clear_data() {
    let mut h = harness(Some(Audience::Solo));
    click(&mut h, "Settings");
    click(&mut h, "Larger text");
    click(&mut h, "Larger text");
    assert_eq!(h.state().settings().text_scale, 1.5);
    h.get_by_label("150%");
    click(&mut h, "High contrast");
    assert!(h.state().settings().high_contrast);
    assert!(h.ctx.global_style().visuals.dark_mode, "high contrast uses the dark base");
    click(&mut h, "Clear my progress and settings");
    assert_eq!(h.state().settings().text_scale, 1.0);
    h.get_by_label("Your progress and settings were cleared.");
}

#[test]
fn a_phone_sized_window_still_shows_help_and_the_lesson() {
    let mut h = harness(Some(Audience::Solo));
    h.set_size(egui::vec2(360.0, 640.0));
    h.run();
    into_lesson(&mut h);
    button(&h, "Help");
    button(&h, "Quick exit");
    let StepKind::Chat(chat) = current(&h) else { panic!("expected the first chat") };
    let first_reply = text(&h, chat.replies[0].text.as_str());
    click(&mut h, &first_reply);
    h.get_by_label("Good thinking");
}

#[test]
fn the_keyboard_reaches_quick_exit_first_then_help_and_enter_activates() {
    let mut h = harness(Some(Audience::Solo));
    h.key_press(egui::Key::Tab);
    h.run();
    assert!(h.get_by_role_and_label(Role::Button, "Quick exit").is_focused(), "Quick exit is first in tab order");
    h.key_press(egui::Key::Tab);
    h.run();
    assert!(h.get_by_role_and_label(Role::Button, "Help").is_focused(), "then Help");
    h.key_press(egui::Key::Enter);
    h.run();
    assert_eq!(*h.state().screen(), Screen::Help, "Enter activates the focused control");
}

#[test]
fn a_chat_can_be_answered_with_the_keyboard_alone() {
    let mut h = harness(Some(Audience::Solo));
    into_lesson(&mut h);
    let StepKind::Chat(chat) = current(&h) else { panic!() };
    let first = text(&h, chat.replies[0].text.as_str());
    // Tab until the first reply has focus, as a keyboard user would.
    for _ in 0..30 {
        if h.get(control(&first)).is_focused() {
            break;
        }
        h.key_press(egui::Key::Tab);
        h.run();
    }
    assert!(h.get(control(&first)).is_focused(), "the reply can be reached with Tab");
    h.key_press(egui::Key::Enter);
    h.run();
    h.get_by_label("Good thinking");
}

#[test]
fn a_broken_live_edit_shows_the_findings_and_a_good_one_keeps_the_place() {
    use chatwise::base::diagnostic::{Diagnostic, Position};
    let mut h = harness(Some(Audience::Solo));
    into_lesson(&mut h);
    let problem = Diagnostic::error(
        "content/lessons/new-friend.ron",
        Position { line: 3, column: 7 },
        "ron-syntax",
        "Expected comma",
    );
    h.state_mut().reload_failed(&[problem]);
    h.run();
    h.get_by_label("Your last edit has a problem, so the previous version is still running:");
    h.get_by_label("content/lessons/new-friend.ron:3:7: error: Expected comma");
    assert_eq!(step_id(&h), "chat-1", "the last good version keeps running");

    h.state_mut().replace_library(Library::embedded().library);
    h.run();
    h.get_by_label("Lessons reloaded from your files.");
    assert!(
        h.query_by_label("content/lessons/new-friend.ron:3:7: error: Expected comma").is_none(),
        "the old findings go"
    );
    assert_eq!(step_id(&h), "chat-1", "the learner keeps their place");
}

#[test]
fn a_language_that_arrives_while_settings_is_open_keeps_the_reader_on_settings_and_in_the_lesson() {
    // In the browser a newly chosen language's words arrive a moment later (the library is
    // loaded again with them); a screen-reader user who then presses Back must not find
    // themselves already in the lesson, pressing its Back.
    let mut h = harness(Some(Audience::Solo));
    into_lesson(&mut h);
    let step = step_id(&h);
    click(&mut h, "Settings");
    h.state_mut().add_languages(Library::embedded().library);
    h.run();
    assert_eq!(h.state().screen(), &Screen::Settings, "still on Settings");
    click(&mut h, "Back");
    assert_eq!(h.state().screen(), &Screen::Lesson);
    assert_eq!(step_id(&h), step, "the lesson kept its place");
}

#[test]
fn typing_dots_show_before_each_message_unless_motion_is_reduced() {
    let mut saved = Saved::default();
    saved.settings.player = Some(Audience::Solo);
    let shell = Shell::new(Library::embedded().library, saved, vec!["en".into()]);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 4000.0))
        .build_ui_state(|ui, shell: &mut Shell| shell.ui(ui), shell);
    h.run_steps(2);
    h.state_mut().start_lesson("new-friend", false);
    h.state_mut().decide(chatwise::runtime::Decision::Continue);
    h.run_steps(2);
    h.get_by_label("Alex is typing");
    // The dots keep asking for frames while they pulse, so step by hand instead of run().
    h.get_by_role_and_label(Role::Button, "Show all messages").click();
    h.run_steps(2);
    assert!(h.query_by_label("Alex is typing").is_none(), "a tap shows every message at once");
    button(&h, &text(&h, "new-friend-chat-1-reply-safe"));
}

#[test]
fn every_shipped_lesson_plays_to_its_end_in_the_app_in_every_language() {
    use chatwise::runtime::Strategy;
    let languages: Vec<String> = Library::embedded().library.pack.languages.iter().map(|l| l.code.clone()).collect();
    assert!(languages.len() >= 6, "en, uk, kk, hi, ur, mn at least: {languages:?}");
    for language in languages {
        let language = language.as_str();
        let mut h = harness(Some(Audience::Solo));
        h.state_mut().update_settings(|s| s.language = Some(language.into()));
        let ids: Vec<String> = h.state().library().pack.lessons.iter().map(|l| l.id.clone()).collect();
        for id in ids {
            h.state_mut().start_lesson(&id, false);
            h.run();
            let mut strategy = Strategy::First;
            for _ in 0..300 {
                let pending = h.state().session().unwrap().run.pending();
                let Some(decision) = strategy.decide(&pending) else { break };
                h.state_mut().decide(decision);
                // Every step is drawn by the real views on the way.
                h.run();
            }
            assert!(h.state().session().unwrap().run.is_complete(), "{id} in {language} reached its End");
            let practised = h.state().loc().text("ui-end-practised");
            h.get_by_label(&practised);
            let back = h.state().loc().text("ui-end-back-to-lessons");
            button(&h, &back);
        }
    }
}

#[test]
fn class_mode_counts_hands_reveals_the_answers_and_keeps_the_teachers_notes_hidden_until_asked() {
    let mut h = harness(Some(Audience::Class));
    into_lesson(&mut h);
    assert_eq!(step_id(&h), "chat-1");
    // The teacher's notes stay off the projection until the teacher opens them.
    assert!(h.query_by_label("Teacher notes").is_none(), "notes are hidden at first");
    click(&mut h, "Show teacher notes");
    h.get_by_label("Teacher notes");
    h.get_by_label_contains("Planned for this step:");
    click(&mut h, "Hide teacher notes");
    assert!(h.query_by_label("Teacher notes").is_none(), "and hide again");

    // Hands per option: counts only, up and down, never below zero.
    h.get_by_label("Talk about it in pairs first. Then everyone puts their head down and closes their eyes, and raises a hand for the reply they would send.");
    for _ in 0..3 {
        click(&mut h, "One more hand for A");
    }
    click(&mut h, "One fewer hand for A");
    click(&mut h, "One fewer hand for B");
    h.get_by_label("2 hands");
    assert_eq!(h.get_all_by_label("0 hands").count(), 2, "B stays at zero, C untouched");

    // Before the reveal, clicking a reply does nothing; Reveal shows every verdict.
    assert!(h.query_by_label("Good thinking").is_none());
    click(&mut h, "Reveal the answers");
    h.get_by_label("Good thinking");
    h.get_by_label("Which reply did the class choose? Click it to see what happens next.");
    // The reveal is the lesson's: leaving and resuming (the laptop slept, the app restarted)
    // keeps the answers shown.
    let decisions = h.state().session().unwrap().decisions.clone();
    assert_eq!(decisions.last(), Some(&chatwise::runtime::Decision::Reveal), "the reveal is saved");
    h.state_mut().start_lesson("new-friend", true);
    h.run();
    h.get_by_label("Good thinking");
    click(&mut h, "Thanks, but I don't take gifts from people I only know online.");
    click(&mut h, "Continue");
    assert_eq!(step_id(&h), "chat-2", "the class's choice moves the story on");

    // A quiz is revealed by the teacher; Page Down then goes on, as a presenter's clicker does.
    for _ in 0..2 {
        click(&mut h, "Reveal the answers");
        let reply = chatwise_first_reply(&h);
        click(&mut h, &reply);
        click(&mut h, "Continue");
    }
    click(&mut h, "Continue");
    assert_eq!(step_id(&h), "signs-quiz");
    click(&mut h, "One more hand for B");
    click(&mut h, "Reveal the answers");
    h.get_by_label_contains("Flattery, gifts, asking for secrets");
    h.key_press(egui::Key::PageDown);
    h.run();
    assert_eq!(step_id(&h), "secret-quiz", "Page Down moves on after the reveal");
    assert!(h.state().saved().progress.get("new-friend").is_none_or(|p| !p.completed));
}

/// The first reply's text on the current chat step.
fn chatwise_first_reply(h: &Harness<'_, Shell>) -> String {
    let StepKind::Chat(chat) = current(h) else { panic!("expected a chat at {}", step_id(h)) };
    text(h, chat.replies[0].text.as_str())
}

#[test]
fn a_family_ticks_adjusts_and_prints_its_agreement_at_the_end() {
    use chatwise::runtime::Strategy;
    let mut h = harness(Some(Audience::Family));
    h.state_mut().start_lesson("no-more-secrets", false);
    h.run();
    // The young person and the adult take turns in the chat.
    let mut strategy = Strategy::First;
    let mut saw_turn = false;
    for _ in 0..300 {
        if h.query_by_label("Read it together. This time the young person chooses, then you talk about it.").is_some() {
            saw_turn = true;
        }
        let pending = h.state().session().unwrap().run.pending();
        let Some(decision) = strategy.decide(&pending) else { break };
        h.state_mut().decide(decision);
        h.run();
    }
    assert!(saw_turn, "family chats say whose turn it is");
    assert!(h.state().session().unwrap().run.is_complete());
    h.get_by_label("Our family agreement");

    // Untick one suggested line, add one of their own, print.
    let dropped = "We don't send photos of ourselves to people we only know online.";
    click(&mut h, dropped);
    // Type into the field as a person would: click it, then type.
    h.get_by_role(Role::TextInput).scroll_to_me();
    h.run();
    h.get_by_role(Role::TextInput).click();
    h.run();
    h.get_by_role(Role::TextInput).type_text("We charge phones outside bedrooms at night.");
    h.run();
    click(&mut h, "Add to our agreement");
    h.get_by_label("We charge phones outside bedrooms at night.");
    let _ = h.state_mut().take_effects();
    click(&mut h, "Print or save our agreement");
    let effects = h.state_mut().take_effects();
    let html = effects
        .iter()
        .find_map(|e| match e {
            Effect::SaveDocument { file_name, html } if file_name.contains("agreement") => Some(html.clone()),
            _ => None,
        })
        .expect("printing asks the platform to save the agreement");
    assert!(html.contains("We charge phones outside bedrooms at night."), "their own line is printed");
    assert!(!html.contains("We don&#39;t send photos of ourselves"), "the unticked line is not");
    assert!(html.contains("We grown-ups stay calm"), "the ticked lines are");
    // What they chose is kept with their progress.
    let agreement = h.state().saved().progress["no-more-secrets"].agreement.clone().unwrap();
    assert_eq!(agreement.own, vec!["We charge phones outside bedrooms at night.".to_owned()]);
    assert!(!agreement.kept.contains(&2));
}

#[test]
fn teachers_and_families_can_print_the_lesson_plan_and_handout_before_starting() {
    let mut h = harness(Some(Audience::Class));
    click(&mut h, "Start: When a new friend wants secrets");
    let _ = h.state_mut().take_effects();
    click(&mut h, "Lesson plan");
    let effects = h.state_mut().take_effects();
    assert!(
        effects.iter().any(|e| matches!(e, Effect::SaveDocument { file_name, html }
            if file_name == "chatwise-new-friend-plan-en.html" && html.contains("<section id=\"script\">"))),
        "{effects:?}"
    );
}

#[test]
fn a_published_pack_starts_in_its_language_and_country_and_names_its_organisation() {
    let mut library = Library::embedded().library;
    library.pack.default_language = Some("uk".into());
    library.pack.default_country = Some("UA".into());
    library.pack.organisation = Some("Example NGO".into());
    // The system says English and Britain; the NGO's choices come first until the learner chooses.
    let shell = Shell::new(library, Saved::default(), vec!["en-GB".into()]);
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, shell: &mut Shell| shell.ui(ui), shell);
    h.run();
    assert_eq!(h.state().language(), "uk");
    assert_eq!(h.state().country().map(|c| c.code.as_str()), Some("UA"));
    h.get_by_label("Від Example NGO");
    h.state_mut().update_settings(|s| s.language = Some("en".into()));
    h.run();
    assert_eq!(h.state().language(), "en", "a learner's own choice wins");
    h.get_by_label("Brought to you by Example NGO");
}

#[test]
fn a_help_step_in_a_lesson_shows_where_to_report_a_person_in_the_learners_country() {
    let mut h = harness(Some(Audience::Solo));
    h.state_mut().update_settings(|s| s.country = Some(CountryChoice::Code("GB".into())));
    h.state_mut().start_lesson("under-pressure", false);
    let mut strategy = chatwise::runtime::Strategy::First;
    while !matches!(current(&h), StepKind::Help { .. }) {
        let pending = h.state().session().unwrap().run.pending();
        let decision = strategy.decide(&pending).expect("a Help step before the end");
        h.state_mut().decide(decision);
    }
    h.run();
    let person = top_of_label(&h, &text(&h, "help-person-title"));
    let ceop = top_of_link(&h, "CEOP Safety Centre (National Crime Agency)", "www.ceop.police.uk");
    assert!(person < ceop, "CEOP under 'Report a person', in the lesson itself");
    h.get_by_label("0800 1111");
    h.get_by_role_and_label(Role::Button, &text(&h, "ui-help-open"));
}

#[test]
fn the_library_says_how_far_a_lesson_in_progress_has_got_and_keeps_up() {
    use chatwise::i18n::FluentArgs;
    let mut h = harness(Some(Audience::Solo));
    let step_of = |h: &Harness<'_, Shell>, current: usize, total: usize| {
        let mut args = FluentArgs::new();
        args.set("current", current);
        args.set("total", total);
        h.state().loc().text_with("ui-step-of", &args)
    };
    h.state_mut().start_lesson("new-friend", false);
    h.state_mut().decide(chatwise::runtime::Decision::Continue);
    h.state_mut().go(Screen::Library);
    h.run();
    let (now, total) = h.state().session().unwrap().run.progress();
    h.get_by_label(&step_of(&h, now, total));
    // One more step taken, and the library shows the new place (not a stale one).
    h.state_mut().open_lesson("new-friend");
    let StepKind::Chat(_) = current(&h) else { panic!("new-friend's second step is a chat") };
    h.state_mut().decide(chatwise::runtime::Decision::Reply(0));
    h.state_mut().decide(chatwise::runtime::Decision::Continue);
    let (later, _) = h.state().session().unwrap().run.progress();
    assert!(later > now);
    h.state_mut().go(Screen::Library);
    h.run();
    h.get_by_label(&step_of(&h, later, total));
}

#[test]
fn starting_a_lesson_again_saves_at_once_so_a_quick_exit_cannot_bring_the_old_progress_back() {
    let mut h = harness(Some(Audience::Solo));
    into_lesson(&mut h);
    let StepKind::Chat(chat) = current(&h) else { panic!("new-friend opens on a chat") };
    let reply = text(&h, chat.replies[0].text.as_str());
    click(&mut h, &reply);
    assert!(h.state().saved().progress.contains_key("new-friend"), "a decision is saved");
    click(&mut h, "Lessons");
    h.state_mut().take_effects();
    click_msg(&mut h, "ui-lesson-restart");
    assert!(!h.state().saved().progress.contains_key("new-friend"), "the old progress is gone");
    // The save is asked for by the click itself, before any new decision: a Quick exit now
    // leaves nothing of the old progress on the device.
    assert!(h.state_mut().take_effects().contains(&Effect::Save), "forgetting the progress is saved at once");
    click(&mut h, "Quick exit");
    assert!(h.state().exited());
}

#[test]
fn a_story_picture_is_drawn_with_its_description_as_its_name_and_fits_a_phone() {
    use chatwise::content::model::StepKind;
    use chatwise::ui::images::{Picture, picture};
    let mut h = harness(Some(Audience::Solo));
    h.set_size(egui::vec2(360.0, 640.0));
    h.run();
    // Every shipped picture decodes (none would fall back to its description).
    let library = Library::embedded().library;
    let mut pictures = 0;
    for lesson in &library.pack.lessons {
        for step in &lesson.steps {
            if let StepKind::Story { image: Some(image), .. } = &step.kind {
                assert!(matches!(picture(&h.ctx, &library, &image.path), Picture::Ready(_)), "{} draws", image.path);
                pictures += 1;
            }
        }
    }
    assert!(pictures >= library.pack.lessons.len(), "every lesson has a picture ({pictures})");
    // The first lesson's opening picture, on a 360-point phone: an image named by its description,
    // as wide as the column and no wider, with its shape kept.
    h.state_mut().start_lesson("new-friend", false);
    h.run();
    let alt = text(&h, "new-friend-intro-image-alt");
    let node = h.get_by_role_and_label(Role::Image, &alt);
    let rect = node.rect();
    assert!(rect.width() > 250.0 && rect.right() <= 360.0, "fits the column: {rect:?}");
    assert!(rect.height() > 100.0, "drawn at its size, not as a line of text: {rect:?}");
}

#[test]
fn a_class_counts_hands_for_the_learning_check_and_the_counts_are_saved_as_csv() {
    use chatwise::export::check;
    let mut h = harness(Some(Audience::Class));
    h.state_mut().begin_lesson("new-friend");
    h.run();
    assert_eq!(*h.state().screen(), Screen::Check(When::Before));
    // The teacher counts hands per answer: 12 for "no thanks", 3 for "take them".
    let more = |answer: &str| format!("One more hand for {answer}");
    let no_thanks = format!("C. {}", text(&h, "new-friend-check-gift-no"));
    let take = format!("A. {}", text(&h, "new-friend-check-gift-take"));
    for _ in 0..12 {
        click(&mut h, &more(&no_thanks));
    }
    for _ in 0..4 {
        click(&mut h, &more(&take));
    }
    click(&mut h, &format!("One fewer hand for {take}"));
    click(&mut h, "Done");
    let counts = h.state().check_counts("new-friend").unwrap().clone();
    assert_eq!(counts.before["gift"], vec![3, 0, 12]);
    assert_eq!(counts.answered(When::Before), 15);

    // Skipping keeps nothing.
    h.state_mut().begin_check(When::After);
    h.run();
    click(&mut h, &more(&no_thanks));
    click(&mut h, "Skip the questions");
    assert!(h.state().check_counts("new-friend").unwrap().after.is_empty(), "a skipped check adds nothing");

    // The counts as CSV: counts and the lesson's own words, nothing else.
    h.state_mut().take_effects();
    h.state_mut().save_check_csv("new-friend");
    let effects = h.state_mut().take_effects();
    let Some(Effect::SaveDocument { file_name, html: csv }) = effects.first() else {
        panic!("a file to save: {effects:?}")
    };
    assert_eq!(file_name, "chatwise-new-friend-check-en.csv");
    let rows = check::from_csv(csv).unwrap();
    assert_eq!(rows.len(), 3 + 3 + 5, "every answer of every question, once");
    let gift_no = rows.iter().find(|r| r.question == "gift" && r.answer == 3).unwrap();
    assert_eq!((gift_no.before, gift_no.after, gift_no.best.as_str()), (12, 0, "yes"));

    // Clear my data takes the counts away too.
    h.state_mut().clear_data();
    assert!(h.state().check_counts("new-friend").is_none());
    assert!(h.state().saved().checks.is_empty());
}

#[test]
fn the_presenter_view_and_the_projector_stay_in_step_and_only_the_presenter_shows_notes() {
    use chatwise::runtime::Decision;
    use std::{cell::RefCell, rc::Rc};
    type Both = Rc<RefCell<Shell>>;
    let mut saved = Saved::default();
    saved.settings.player = Some(Audience::Class);
    saved.settings.reduced_motion = true;
    let mut shell = Shell::new(Library::embedded().library, saved, vec!["en".into()]);
    shell.set_can_present(true);
    shell.start_lesson("new-friend", false);
    shell.decide(Decision::Continue);
    let shell: Both = Rc::new(RefCell::new(shell));
    // Two windows over one model: the projector and the teacher's laptop.
    let mut projector = Harness::builder()
        .with_size(egui::vec2(1920.0, 1080.0))
        .build_ui_state(|ui, s: &mut Both| s.borrow_mut().ui(ui), shell.clone());
    projector.run();
    let press = |h: &mut Harness<'_, Both>, label: &str| {
        h.get(control(label)).scroll_to_me();
        h.run();
        h.get(control(label)).click();
        h.run();
    };
    // One click in class mode opens it; the platform is asked for the window.
    press(&mut projector, "Open the presenter view");
    assert!(shell.borrow_mut().take_effects().contains(&Effect::OpenPresenter));
    let mut presenter = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, s: &mut Both| s.borrow_mut().presenter_ui(ui), shell.clone());
    presenter.run();
    projector.run();

    // The chat's notes and timings are on the laptop only, at every step the class reaches.
    let notes = |shell: &Both| {
        let s = shell.borrow();
        s.session().unwrap().run.view(s.loc()).notes
    };
    let teacher = "Teacher notes";
    presenter.get_by_label(teacher);
    assert!(projector.query_by_label(teacher).is_none(), "the projector shows no teacher's panel");
    assert!(projector.query_by_label("Show teacher notes").is_none(), "nor the button that opens it");
    for note in notes(&shell) {
        presenter.get_by_label(&note);
        assert!(projector.query_by_label(&note).is_none(), "a note reached the projector: {note}");
    }

    // Hands counted on the laptop show on both; Reveal there reveals on the projector.
    let first = shell.borrow().session().unwrap().run.view(shell.borrow().loc()).body.clone();
    let chatwise::runtime::BodyView::Chat(chat) = first else { panic!("new-friend's second step is a chat") };
    press(&mut presenter, &format!("One more hand for {}", chat.replies[0].letter));
    projector.run();
    projector.get_by_label("1 hand");
    press(&mut presenter, "Reveal the answers");
    projector.run();
    assert!(
        projector.query_by_label("Good thinking").is_some() || projector.query_by_label("Let's think again").is_some()
    );
    // The class's choice, then Continue (a clicker's Page Down) from the laptop: both move on.
    let safe = chat.replies.iter().position(|r| r.revealed.is_none()).unwrap_or(0);
    let choice = format!("{}. {}", chat.replies[safe].letter, chat.replies[safe].text);
    press(&mut presenter, &choice);
    let before = shell.borrow().session().unwrap().run.step().id.clone();
    presenter.key_press(egui::Key::PageDown);
    presenter.run();
    projector.run();
    let after = shell.borrow().session().unwrap().run.step().id.clone();
    assert_ne!(before, after, "Page Down in the presenter view moved the class on");
    assert_eq!(projector.query_by_label(&chat.prompt).is_some(), after == before);

    // Back to one screen: the window closes and the notes are beside the lesson again.
    press(&mut presenter, "Back to one screen");
    assert!(shell.borrow_mut().take_effects().contains(&Effect::ClosePresenter));
    projector.run();
    projector.get_by_label(teacher);

    // Another player than a class closes the presenter view, and opens no notes anywhere.
    shell.borrow_mut().open_presenter();
    shell.borrow_mut().update_settings(|s| s.player = Some(Audience::Solo));
    assert!(shell.borrow_mut().take_effects().contains(&Effect::ClosePresenter));
    assert!(!shell.borrow().presenter_open());
}

/// One browser page in the two-page presenter test: its shell, its end of the link, and what
/// it has heard and asked its glue for (as `src/browser/link.rs` carries them).
struct Page {
    h: Harness<'static, Shell>,
    end: chatwise::ui::link::LinkEnd,
    inbox: Vec<chatwise::ui::link::LinkMessage>,
    opened_window: bool,
    closed_window: bool,
}

impl Page {
    fn new(shell: Shell, size: egui::Vec2) -> Page {
        let h = Harness::builder().with_size(size).build_ui_state(|ui, s: &mut Shell| s.ui(ui), shell);
        Page { h, end: Default::default(), inbox: Vec::new(), opened_window: false, closed_window: false }
    }
}

/// Passes messages between two pages, as JSON over a channel, until both are quiet.
fn exchange(a: &mut Page, b: &mut Page) {
    use chatwise::ui::link::{LinkMessage, LinkOut};
    fn send(from: &mut Page, to: &mut Page) -> bool {
        let mut sent = false;
        let mut post = |to: &mut Page, message: LinkMessage| {
            to.inbox.push(LinkMessage::from_json(&message.to_json()).expect("a message reads back"));
            sent = true;
        };
        for effect in from.h.state_mut().take_effects() {
            for out in from.end.carry(from.h.state(), &effect) {
                match out {
                    LinkOut::Post(message) => post(to, message),
                    LinkOut::OpenWindow => from.opened_window = true,
                    LinkOut::CloseWindow => from.closed_window = true,
                }
            }
        }
        if let Some(message) = from.end.tell(from.h.state(), 0.0) {
            post(to, message);
        }
        for message in std::mem::take(&mut from.inbox) {
            for reply in from.end.hear(from.h.state_mut(), message, 0.0) {
                post(to, reply);
            }
        }
        sent
    }
    for _ in 0..10 {
        a.h.run();
        b.h.run();
        let busy = send(a, b) | send(b, a);
        if !busy && a.inbox.is_empty() && b.inbox.is_empty() {
            a.h.run();
            b.h.run();
            return;
        }
    }
    panic!("the pages kept talking");
}

#[test]
fn a_presenter_page_in_a_second_browser_window_follows_the_projector_page_and_drives_it() {
    use chatwise::ui::link::LinkEnd;
    let mut saved = Saved::default();
    saved.settings.player = Some(Audience::Class);
    saved.settings.reduced_motion = true;
    let mut shell = Shell::new(Library::embedded().library, saved.clone(), vec!["en".into()]);
    shell.set_can_present(true);
    shell.start_lesson("new-friend", false);
    shell.decide(chatwise::runtime::Decision::Continue);
    let mut projector = Page::new(shell, egui::vec2(1920.0, 1080.0));
    projector.h.run();
    // The presenter page: the same site at #presenter, with the same saved settings.
    let mut follower = Shell::new(Library::embedded().library, saved, vec!["en".into()]);
    follower.follow_projector();
    let mut presenter = Page::new(follower, egui::vec2(1280.0, 800.0));
    let step = |page: &Page| page.h.state().session().map(|s| s.run.step().id.clone());

    // One click on the projector page asks for the second window, which then says it is there.
    click(&mut projector.h, "Open the presenter view");
    exchange(&mut projector, &mut presenter);
    assert!(projector.opened_window, "the projector page asked its glue for the presenter window");
    projector.inbox.push(LinkEnd::hello(presenter.h.state()));
    exchange(&mut projector, &mut presenter);
    assert_eq!(step(&presenter), step(&projector), "the presenter page shows the projector's step");

    // The notes and timings are on the presenter page only.
    let notes = projector.h.state().session().unwrap().run.view(projector.h.state().loc()).notes;
    presenter.h.get_by_label("Teacher notes");
    assert!(projector.h.query_by_label("Teacher notes").is_none(), "the projector shows no teacher's panel");
    assert!(projector.h.query_by_label("Show teacher notes").is_none(), "nor the button that opens it");
    for note in &notes {
        presenter.h.get_by_label(note);
        assert!(projector.h.query_by_label(note).is_none(), "a note reached the projector: {note}");
    }
    // What comes next, so the teacher can lead into it.
    let coming = projector.h.state().session().unwrap().run.coming(projector.h.state().loc());
    assert!(!coming.is_empty());
    presenter.h.get_by_label(if coming.len() == 1 { "Next" } else { "Next, depending on the class's answer" });
    presenter.h.get_by_label(&coming[0].headline);

    // Hands counted on the laptop reach the projector; Reveal there reveals on the projector.
    let chatwise::runtime::BodyView::Chat(chat) =
        projector.h.state().session().unwrap().run.view(projector.h.state().loc()).body
    else {
        panic!("new-friend's second step is a chat")
    };
    click(&mut presenter.h, &format!("One more hand for {}", chat.replies[0].letter));
    exchange(&mut projector, &mut presenter);
    projector.h.get_by_label("1 hand");
    click(&mut presenter.h, "Reveal the answers");
    exchange(&mut projector, &mut presenter);
    assert!(
        projector.h.query_by_label("Good thinking").is_some()
            || projector.h.query_by_label("Let's think again").is_some(),
        "the reveal reached the projector"
    );
    // The class's reply, then a clicker's Page Down on the laptop: both pages move on.
    let safe = chat.replies.iter().position(|r| r.revealed.is_none()).unwrap_or(0);
    click(&mut presenter.h, &format!("{}. {}", chat.replies[safe].letter, chat.replies[safe].text));
    exchange(&mut projector, &mut presenter);
    let before = step(&projector);
    presenter.h.key_press(egui::Key::PageDown);
    exchange(&mut projector, &mut presenter);
    assert_ne!(step(&projector), before, "Page Down on the presenter page moved the class on");
    assert_eq!(step(&presenter), step(&projector));
    // And the other way: a Reveal on the projector (the next chat's) reaches the laptop.
    let decisions = |page: &Page| page.h.state().session().unwrap().decisions.clone();
    let before = decisions(&projector);
    projector.h.state_mut().decide(chatwise::runtime::Decision::Reveal);
    exchange(&mut projector, &mut presenter);
    assert_ne!(decisions(&projector), before, "the projector revealed");
    assert_eq!(decisions(&presenter), decisions(&projector), "the presenter page followed the projector");

    // Only the projector page keeps progress.
    assert!(!projector.h.state().saved().progress.is_empty());
    assert!(presenter.h.state().saved().progress.is_empty(), "the presenter page saved nothing");

    // Help on the laptop shows the class where to get help, on the projector.
    click(&mut presenter.h, "Help");
    exchange(&mut projector, &mut presenter);
    assert_eq!(projector.h.state().screen(), &Screen::Help);
    assert!(presenter.h.query_by_label("Teacher notes").is_none(), "the presenter view waits for the lesson");
    click(&mut projector.h, "Back");
    exchange(&mut projector, &mut presenter);
    presenter.h.get_by_label("Teacher notes");

    // Back to one screen: the presenter window closes, the notes are beside the lesson again.
    click(&mut presenter.h, "Back to one screen");
    exchange(&mut projector, &mut presenter);
    assert!(presenter.closed_window);
    projector.h.get_by_label("Teacher notes");

    // A quick exit in either page empties both.
    projector.inbox.push(LinkEnd::hello(presenter.h.state()));
    exchange(&mut projector, &mut presenter);
    presenter.h.state_mut().quick_exit();
    exchange(&mut projector, &mut presenter);
    assert!(projector.h.state().exited() && projector.h.state().session().is_none());
}

#[test]
fn a_presenter_window_a_pop_up_blocker_refuses_leaves_the_notes_and_says_what_to_do() {
    let mut h = harness(Some(Audience::Class));
    h.state_mut().set_can_present(true);
    h.state_mut().start_lesson("new-friend", false);
    h.run();
    click(&mut h, "Open the presenter view");
    assert!(h.state_mut().take_effects().contains(&Effect::OpenPresenter));
    h.state_mut().presenter_blocked("https://example.org/lessons/#presenter");
    h.run();
    assert!(!h.state().presenter_open());
    h.get_by_label("Teacher notes");
    let notice = &h.state().notices()[0].text;
    assert!(notice.contains("pop-ups") && notice.ends_with("https://example.org/lessons/#presenter"), "{notice}");
}

#[test]
fn a_check_keeps_its_before_and_after_together_when_the_language_changes_halfway() {
    use chatwise::runtime::Decision;
    let mut h = harness(Some(Audience::Solo));
    h.state_mut().begin_lesson("new-friend");
    h.run();
    click(&mut h, "Very sure");
    click(&mut h, "Done");
    h.state_mut().update_settings(|s| s.language = Some("uk".into()));
    h.state_mut().decide(Decision::Continue);
    h.state_mut().begin_check(When::After);
    h.run();
    let sure = text(&h, "ui-check-sure-5");
    click(&mut h, &sure);
    click_msg(&mut h, "ui-check-done");
    let counts = h.state().check_counts("new-friend").unwrap();
    assert_eq!(counts.language, "en", "filed under the language the check began in");
    assert_eq!((counts.before["help"][4], counts.after["help"][4]), (1, 1));
    assert_eq!(h.state().saved().checks.len(), 1, "one record, before and after side by side");
}
