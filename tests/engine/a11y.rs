//! What a screen reader meets: the AccessKit tree egui builds of the real views, on every screen
//! and step kind, in English and Ukrainian (the WCAG 2.2 checks a machine can make; a person
//! still has to listen with a real screen reader). The same tree reaches Orca, NVDA and
//! VoiceOver on desktop and the page's mirror in the browser.

use chatwise::content::model::{Audience, StepKind};
use chatwise::runtime::{BodyView, Pending, Strategy};
use chatwise::ui::{Screen, Shell, egui};
use egui::accesskit::{Action, Role, Toggled};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

use crate::app_ui::control;

/// The smallest target WCAG 2.5.8 allows is 24 px; the design asks 44 points (src/ARCHITECTURE.md, "Design rules").
const TARGET: f32 = 44.0;

fn harness(language: &str, player: Audience, size: egui::Vec2, text_scale: f32) -> Harness<'static, Shell> {
    let mut h = crate::support::app_harness(|saved| {
        saved.settings.player = Some(player);
        saved.settings.language = Some(language.into());
        saved.settings.text_scale = text_scale;
    });
    h.set_size(size);
    h.run();
    h
}

/// Runs `check` on every screen, then on every step of a lesson with every step kind (each
/// state after each decision: a chat before and after a reply, a quiz before and after Check,
/// a sort before and after, the discussion, help and end), for each kind of player.
fn every_view(language: &str, size: egui::Vec2, text_scale: f32, check: impl FnMut(&str, &Harness<'_, Shell>)) {
    every_view_of(&[Audience::Solo, Audience::Class, Audience::Family], language, size, text_scale, check);
}

fn every_view_of(
    players: &[Audience],
    language: &str,
    size: egui::Vec2,
    text_scale: f32,
    mut check: impl FnMut(&str, &Harness<'_, Shell>),
) {
    for &player in players {
        let mut h = harness(language, player, size, text_scale);
        if player == Audience::Solo {
            for screen in [
                Screen::Start,
                Screen::Library,
                Screen::BeforeStart("new-friend".into()),
                Screen::Help,
                Screen::Settings,
            ] {
                h.state_mut().go(screen.clone());
                h.run();
                check(&format!("{screen:?}"), &h);
            }
        }
        // The learning check, as this player meets it (a class counts hands).
        h.state_mut().begin_lesson("new-friend");
        h.run();
        check(&format!("{player:?} learning check"), &h);
        h.state_mut().skip_check();
        h.run();
        let mut strategy = Strategy::First;
        for _ in 0..100 {
            let step = h.state().session().unwrap().run.step().id.clone();
            check(&format!("{player:?} lesson at {step}"), &h);
            let pending = h.state().session().unwrap().run.pending();
            let Some(decision) = strategy.decide(&pending) else { break };
            h.state_mut().decide(decision);
            h.run();
        }
        assert!(h.state().session().unwrap().run.is_complete(), "the {player:?} walk reached the end");
    }
}

/// Every control a screen reader can act on: (role, name, bounds in points). Text (labels and
/// headings) is left out: egui lets a reader select it, which makes it "clickable" too.
fn actionable(h: &Harness<'_, Shell>) -> Vec<(Role, String, egui::Rect)> {
    h.root()
        .children_recursive()
        .filter(|node| {
            let ak = node.accesskit_node();
            let acts = ak.data().supports_action(Action::Click) || ak.data().supports_action(Action::Focus);
            acts && !matches!(ak.role(), Role::Label | Role::Heading)
        })
        .map(|node| {
            let ak = node.accesskit_node();
            let name = ak.label().or_else(|| ak.value()).unwrap_or_default();
            (ak.role(), name, node.rect())
        })
        .collect()
}

fn rect_of(h: &Harness<'_, Shell>, label: &str) -> egui::Rect {
    h.get(control(label)).rect()
}

#[test]
fn every_control_on_every_screen_has_a_name_a_role_a_state_and_room_for_a_finger() {
    for language in ["en", "uk"] {
        let mut problems = Vec::new();
        let mut views = 0;
        every_view(language, egui::vec2(1280.0, 800.0), 1.0, |what, h| {
            views += 1;
            for (role, name, rect) in actionable(h) {
                // egui's own scroll bars: a pointer's affordance, unnamed; a screen reader
                // scrolls with its own commands (ScrollIntoView, which egui handles).
                if role == Role::ScrollBar {
                    continue;
                }
                if name.trim().is_empty() {
                    problems.push(format!("{language} {what}: a {role:?} has no name"));
                }
                if matches!(role, Role::Unknown | Role::GenericContainer) {
                    problems.push(format!("{language} {what}: {name:?} has no role"));
                }
                if role != Role::TextInput && (rect.width() < TARGET - 0.5 || rect.height() < TARGET - 0.5) {
                    problems.push(format!(
                        "{language} {what}: {name:?} is {:.0}x{:.0} points",
                        rect.width(),
                        rect.height()
                    ));
                }
            }
            // Choices say whether they are chosen (a radio button, a checkbox, a sort card).
            for node in h.root().children_recursive() {
                let ak = node.accesskit_node();
                if matches!(ak.role(), Role::RadioButton | Role::CheckBox) && ak.toggled().is_none() {
                    problems.push(format!("{language} {what}: {:?} does not say whether it is chosen", ak.label()));
                }
            }
            // Every screen has a heading to jump to.
            if h.query_all_by_role(Role::Heading).next().is_none() {
                problems.push(format!("{language} {what}: no heading"));
            }
        });
        assert!(views >= 40, "{language}: only {views} views were checked");
        assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
    }
}

#[test]
fn quiz_answers_are_radio_buttons_or_checkboxes_that_say_when_they_are_chosen() {
    let mut h = harness("en", Audience::Solo, egui::vec2(1280.0, 800.0), 1.0);
    h.state_mut().start_lesson("new-friend", false);
    h.run();
    while !matches!(h.state().session().unwrap().run.pending(), Pending::Answer { .. }) {
        h.state_mut().decide(chatwise::runtime::Decision::Continue);
        let pending = h.state().session().unwrap().run.pending();
        if let Some(d) = Strategy::First.decide(&pending).filter(|_| !matches!(pending, Pending::Answer { .. })) {
            h.state_mut().decide(d);
        }
        h.run();
    }
    let Some(BodyView::Quiz(quiz)) = h.state().session().map(|s| s.run.view(h.state().loc()).body) else {
        panic!("expected a quiz")
    };
    let first = quiz.options[0].text.clone();
    let role = h.get(control(&first)).accesskit_node().role();
    assert!(matches!(role, Role::RadioButton | Role::CheckBox), "a quiz answer is a {role:?}");
    assert_eq!(h.get(control(&first)).accesskit_node().toggled(), Some(Toggled::False));
    h.get(control(&first)).focus();
    h.run();
    h.get(control(&first)).click_accesskit();
    h.run();
    assert_eq!(h.get(control(&first)).accesskit_node().toggled(), Some(Toggled::True), "chosen, and it says so");
    // The pick is the lesson's, not the view's: the run's own view shows it.
    let Some(BodyView::Quiz(quiz)) = h.state().session().map(|s| s.run.view(h.state().loc()).body) else {
        panic!("expected a quiz")
    };
    assert!(quiz.options[0].selected, "the lesson run holds the pick");
}

#[test]
fn at_200_percent_text_on_a_320_point_screen_nothing_runs_off_the_right_edge() {
    for language in ["en", "uk"] {
        let mut problems = Vec::new();
        // Class mode is for a projector (its type is sized for the back of a room), so a
        // phone-sized window is checked for learners on their own and families.
        every_view_of(&[Audience::Solo, Audience::Family], language, egui::vec2(320.0, 640.0), 2.0, |what, h| {
            for node in h.root().children_recursive() {
                let ak = node.accesskit_node();
                if matches!(ak.role(), Role::GenericContainer | Role::Window | Role::ScrollView | Role::Log) {
                    continue;
                }
                let Some(name) = ak.label().or_else(|| ak.value()) else { continue };
                // A group (a row of filters) has no box of its own; its members are checked.
                if ak.bounding_box().is_none() {
                    continue;
                }
                let rect = node.rect();
                if rect.right() > 320.5 || rect.left() < -0.5 {
                    problems.push(format!(
                        "{language} {what}: {name:?} spans x {:.0}..{:.0}",
                        rect.left(),
                        rect.right()
                    ));
                }
            }
        });
        assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
    }
}

#[test]
fn help_and_quick_exit_are_in_the_same_place_on_every_screen() {
    for (language, size) in [("en", egui::vec2(1280.0, 800.0)), ("uk", egui::vec2(360.0, 640.0))] {
        // Per kind of player: class mode has projector-sized type, so its header is taller.
        let mut first: std::collections::HashMap<String, (egui::Rect, egui::Rect)> = Default::default();
        let (exit, help) = {
            let h = harness(language, Audience::Solo, size, 1.0);
            (h.state().loc().text("ui-quick-exit"), h.state().loc().text("ui-help"))
        };
        every_view(language, size, 1.0, |what, h| {
            let here = (rect_of(h, &exit), rect_of(h, &help));
            let player = format!("{:?}", h.state().settings().player);
            let expected = *first.entry(player).or_insert(here);
            assert_eq!(here.0, expected.0, "{language} {what}: Quick exit moved");
            assert_eq!(here.1, expected.1, "{language} {what}: Help moved");
        });
    }
}

/// Presses a control as a screen reader does: focus it, then ask for a click (no pointer).
fn press(h: &mut Harness<'_, Shell>, label: &str) {
    h.get(control(label)).focus();
    h.run();
    assert!(h.get(control(label)).is_focused(), "{label:?} takes focus from an AccessKit request");
    h.get(control(label)).click_accesskit();
    h.run();
    h.run();
}

fn press_msg(h: &mut Harness<'_, Shell>, id: &str) {
    let label = h.state().loc().text(id);
    press(h, &label);
}

/// Plays the open lesson to its end by AccessKit requests alone, choosing the safe or right
/// answer each time (what a screen-reader user who knows the answers would press).
fn play_by_actions(h: &mut Harness<'_, Shell>, lesson: &str, language: &str) {
    let t = |h: &Harness<'_, Shell>, id: &str| h.state().loc().text(id);
    for _ in 0..120 {
        let shell = h.state();
        let session = shell.session().unwrap();
        if session.run.is_complete() {
            return;
        }
        let view = session.run.view(shell.loc());
        let model = session.run.step().kind.clone();
        let labels: Vec<String> = match (&view.body, &model) {
            (BodyView::Chat(chat), StepKind::Chat(c)) => match &chat.feedback {
                Some(feedback) => vec![feedback.action.clone()],
                None => {
                    let safe = c.replies.iter().position(|r| r.verdict == chatwise::content::model::Verdict::Safe);
                    let pick =
                        safe.filter(|&i| !chat.replies[i].tried).or_else(|| chat.replies.iter().position(|r| !r.tried));
                    vec![chat.replies[pick.unwrap()].text.clone()]
                }
            },
            (BodyView::Quiz(quiz), StepKind::Quiz(q)) => match &quiz.summary {
                Some(summary) => vec![summary.action.clone()],
                None => {
                    let mut right: Vec<String> = q
                        .options
                        .iter()
                        .filter(|o| o.correct)
                        .map(|o| shell.loc().text(o.text.as_str()))
                        .filter(|text| !quiz.options.iter().any(|v| &v.text == text && v.selected))
                        .collect();
                    right.push(t(h, "ui-quiz-check"));
                    right
                }
            },
            (BodyView::Sort(sort), StepKind::Sort(s)) if !sort.checked => {
                let mut steps = Vec::new();
                for card in &s.cards {
                    steps.push(shell.loc().text(card.text.as_str()));
                    steps.push(shell.loc().text(s.groups[card.group].label.as_str()));
                }
                steps.push(t(h, "ui-sort-check"));
                steps
            }
            _ => vec![t(h, "ui-continue")],
        };
        for label in labels {
            press(h, &label);
        }
    }
    panic!("{lesson} in {language} did not reach its end");
}

#[test]
fn every_shipped_lesson_is_played_and_help_is_reached_by_screen_reader_actions_alone() {
    let mut played = 0;
    for language in ["en", "uk"] {
        // A learner on their own plays the lessons made for that; a family the others.
        for (player, audience) in [("ui-player-solo", Audience::Solo), ("ui-player-family", Audience::Family)] {
            let mut h = crate::support::app_harness(|saved| saved.settings.language = Some(language.into()));
            let t = |h: &Harness<'_, Shell>, id: &str| h.state().loc().text(id);
            press_msg(&mut h, player);
            press_msg(&mut h, "ui-start-go");
            assert_eq!(*h.state().screen(), Screen::Library);
            let lessons: Vec<(String, String)> = h
                .state()
                .library()
                .pack
                .lessons
                .iter()
                .filter(|l| l.audiences.contains(&Audience::Solo) == (audience == Audience::Solo))
                .map(|l| (l.id.clone(), l.title.as_str().to_owned()))
                .collect();
            for (i, (id, title)) in lessons.iter().enumerate() {
                let open = format!("{}: {}", t(&h, "ui-start-lesson"), t(&h, title));
                press(&mut h, &open);
                if matches!(h.state().screen(), Screen::BeforeStart(_)) {
                    press_msg(&mut h, "ui-start-lesson");
                }
                if matches!(h.state().screen(), Screen::Check(_)) {
                    press_msg(&mut h, "ui-check-skip");
                }
                assert_eq!(*h.state().screen(), Screen::Lesson, "{language}: {id} opened");
                if i == 0 && audience == Audience::Solo {
                    // Help from the middle of a lesson, and back to the same place.
                    press_msg(&mut h, "ui-continue");
                    let step = h.state().session().unwrap().run.step().id.clone();
                    press_msg(&mut h, "ui-help");
                    assert_eq!(*h.state().screen(), Screen::Help);
                    let person = t(&h, "help-person-title");
                    h.get_by_role_and_label(Role::Heading, &person);
                    press_msg(&mut h, "ui-back");
                    assert_eq!(h.state().session().unwrap().run.step().id, step, "{language}: the place is kept");
                }
                play_by_actions(&mut h, id, language);
                press_msg(&mut h, "ui-end-back-to-lessons");
                assert_eq!(*h.state().screen(), Screen::Library, "{language}: back in the library after {id}");
                played += 1;
            }
        }
    }
    let shipped = chatwise::library::Library::embedded().library.pack.lessons.len();
    assert_eq!(played, 2 * shipped, "every shipped lesson, in en and uk");
}

#[test]
fn the_window_has_a_name_and_a_language_and_the_chat_is_a_polite_log() {
    let mut h = harness("uk", Audience::Solo, egui::vec2(1280.0, 800.0), 1.0);
    let root = h.root();
    assert_eq!(root.accesskit_node().label().as_deref(), Some("ChatWise"));
    assert_eq!(root.accesskit_node().data().language(), Some("uk"));
    // Each language's own name is marked with its language, for the screen reader's voice.
    h.state_mut().go(Screen::Settings);
    h.run();
    let urdu = h.get(control("اردو"));
    assert_eq!(urdu.accesskit_node().data().language(), Some("ur"));
    h.state_mut().start_lesson("new-friend", false);
    h.state_mut().decide(chatwise::runtime::Decision::Continue);
    h.run();
    h.run();
    let log = h.get_by_role(Role::Log);
    assert_eq!(log.accesskit_node().live(), egui::accesskit::Live::Polite);
    let said: Vec<String> = log.children_recursive().filter_map(|n| n.accesskit_node().value()).collect();
    let you = h.state().loc().text("ui-chat-you");
    assert!(said.iter().any(|s| s.contains(": ")), "each message says who sent it ({you} or the contact): {said:?}");
}

#[test]
fn settings_offers_the_accessibility_statement_and_the_statement_is_honest_about_its_limits() {
    let mut h = harness("en", Audience::Solo, egui::vec2(1280.0, 800.0), 1.0);
    h.state_mut().go(Screen::Settings);
    h.run();
    let _ = h.state_mut().take_effects();
    let label = h.state().loc().text("ui-settings-accessibility");
    h.get(control(&label)).scroll_to_me();
    h.run();
    h.get(control(&label)).click();
    h.run();
    let effects = h.state_mut().take_effects();
    assert!(effects.contains(&chatwise::ui::Effect::ShowAccessibilityStatement), "{effects:?}");
    let statement = include_str!("../../web/accessibility.html");
    for needed in
        ["(WCAG) 2.2 at level AA", "partially conforms", "Known limits", "have\n    <strong>not</strong> been tried"]
    {
        assert!(statement.contains(needed), "the statement says {needed:?}");
    }
}
