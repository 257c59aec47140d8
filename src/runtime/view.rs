//! The current step as a view model with every string resolved in the learner's language.
//! Views (terminal, egui) only draw this; they never look at the lesson graph.

use chatwise_content::model::{Lesson, MsgId, QuizKind, StepKind, Verdict};
use chatwise_i18n::{FluentArgs, Localizer, ui_text};

use crate::{LessonRun, Phase, option_letter};

/// Everything a view needs to draw the current step.
#[derive(Debug, Clone, PartialEq)]
pub struct StepView {
    pub step_id: String,
    pub lesson_title: String,
    /// "Step 3 of 9".
    pub progress: String,
    pub can_go_back: bool,
    /// Notes for adults on this step (facilitator notes).
    pub notes: Vec<String>,
    pub body: BodyView,
}

/// The part of the view that depends on the step kind.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyView {
    Story { title: Option<String>, body: String, image: Option<ImageView> },
    Chat(ChatView),
    Quiz(QuizView),
    Sort(SortView),
    Discussion(DiscussionView),
    Help(HelpView),
    End(EndView),
}

/// An image and its description.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageView {
    pub path: String,
    pub alt: String,
}

/// Who sent a chat bubble.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sender {
    Contact,
    Learner,
}

/// One chat bubble.
#[derive(Debug, Clone, PartialEq)]
pub struct Bubble {
    pub sender: Sender,
    pub text: String,
    pub time: Option<String>,
}

/// A reply button.
#[derive(Debug, Clone, PartialEq)]
pub struct ChoiceView {
    pub letter: char,
    pub text: String,
    /// Already tried ("You tried this"); it cannot be chosen again.
    pub tried: bool,
    /// What the reply means, once a teacher has revealed the answers (class mode).
    pub revealed: Option<FeedbackView>,
}

/// A feedback card: icon and colour come from the verdict.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackView {
    pub verdict: Verdict,
    pub title: String,
    pub body: Option<String>,
    /// The action under the card: "Continue" or "Try another reply".
    pub action: String,
}

/// A messenger simulation step.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatView {
    pub contact_name: String,
    pub contact_label: Option<String>,
    pub initials: String,
    /// The conversation with this contact so far, this step's incoming messages last.
    pub bubbles: Vec<Bubble>,
    /// How many of `bubbles`, at the end, are this step's incoming messages (the app shows
    /// them one at a time, as if typed).
    pub new_messages: usize,
    pub prompt: String,
    pub replies: Vec<ChoiceView>,
    /// Set after a reply, until Continue.
    pub feedback: Option<FeedbackView>,
    /// Whose turn it is to choose when a family plays together: the young person first, then
    /// the adult, and so on, over the whole lesson.
    pub family_turn: Turn,
}

/// Who chooses the next reply when an adult and a child play together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turn {
    Child,
    Adult,
}

/// How a quiz option looks after checking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OptionMark {
    /// Chosen and right.
    Correct,
    /// Chosen, not right.
    NotQuite,
    /// Right but not chosen (shown once the answer is revealed).
    Missed,
}

/// One quiz option.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizOptionView {
    pub letter: char,
    pub text: String,
    pub selected: bool,
    pub mark: Option<OptionMark>,
    /// "Yes" / "Not quite" / "This one fits too", then the option's own feedback.
    pub feedback: Option<String>,
}

/// Where a quiz is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuizStage {
    Choosing,
    TryAgain,
    Correct,
    Revealed,
}

/// A question step.
#[derive(Debug, Clone, PartialEq)]
pub struct QuizView {
    pub question: String,
    pub kind: QuizKind,
    /// "Choose one answer." or "Choose all the answers that fit."
    pub instruction: String,
    pub options: Vec<QuizOptionView>,
    pub has_hint: bool,
    /// The hint text, once opened.
    pub hint: Option<String>,
    pub stage: QuizStage,
    pub summary: Option<FeedbackView>,
    pub explanation: Option<String>,
    /// Letters of earlier wrong tries, e.g. ["A", "B+C"].
    pub tried: Vec<String>,
}

/// A card in a sort.
#[derive(Debug, Clone, PartialEq)]
pub struct CardView {
    pub text: String,
    pub group: Option<usize>,
    pub selected: bool,
    /// After checking: whether it is in a good place.
    pub right: Option<bool>,
    pub feedback: Option<String>,
}

/// A sorting step.
#[derive(Debug, Clone, PartialEq)]
pub struct SortView {
    pub prompt: String,
    pub groups: Vec<String>,
    pub cards: Vec<CardView>,
    /// Checked at least once.
    pub checked: bool,
    /// A card moved since the last check: check again before going on.
    pub changed: bool,
    /// After checking: "Every card is in a good place." or how many could move.
    pub summary: Option<String>,
}

/// A discussion step.
#[derive(Debug, Clone, PartialEq)]
pub struct DiscussionView {
    pub prompt: String,
    pub model_answer: Option<String>,
    pub starters: Vec<String>,
    pub parent_tip: Option<String>,
}

/// Help and reporting: the lesson's words plus the engine's standing messages.
#[derive(Debug, Clone, PartialEq)]
pub struct HelpView {
    pub title: String,
    pub body: Option<String>,
    /// "It's never your fault", "you can stay anonymous", "tell a trusted adult", "don't share".
    pub points: Vec<String>,
}

/// The end of the lesson.
#[derive(Debug, Clone, PartialEq)]
pub struct EndView {
    pub title: String,
    pub summary: Option<String>,
    pub practised_title: String,
    pub key_messages: Vec<String>,
    /// "You chose 3 safe replies", when the learner met a chat.
    pub safe_replies: Option<String>,
    pub help: HelpView,
}

/// A step the class may come to next, for the teacher's presenter view.
#[derive(Debug, Clone, PartialEq)]
pub struct ComingStep {
    /// Its id in the lesson.
    pub step: String,
    /// Its kind in the reader's words ("Quiz").
    pub kind: String,
    /// Its title, question or first words, cut to a line.
    pub headline: String,
    /// The minutes the plan gives it.
    pub minutes: Option<u32>,
}

/// Headlines longer than this many characters are cut at a word.
const HEADLINE_CHARS: usize = 90;

/// The standing help messages every Help step and End shows.
pub fn help_points(loc: &Localizer, youngest: u8) -> Vec<String> {
    // A 7-year-old hears these read aloud: the same two points in words for their age
    // (the safeguarding review of the 7-10 lesson).
    let young = youngest < YOUNG_WORDS_BELOW;
    [
        ui_text::HELP_NEVER_YOUR_FAULT,
        if young { ui_text::HELP_REPORT_PERSON_YOUNG } else { ui_text::HELP_REPORT_PERSON },
        ui_text::HELP_ANONYMOUS,
        ui_text::HELP_TRUSTED_ADULT,
        if young { ui_text::HELP_DO_NOT_SHARE_YOUNG } else { ui_text::HELP_DO_NOT_SHARE },
    ]
    .iter()
    .map(|m| loc.text(m.id))
    .collect()
}

/// Lessons for children younger than this get the standing help points in simpler words.
pub const YOUNG_WORDS_BELOW: u8 = 9;

fn coming_step(loc: &Localizer, step: &chatwise_content::model::Step) -> ComingStep {
    use chatwise_i18n::export_text as e;
    let (name, words) = match &step.kind {
        StepKind::Story { title, body, .. } => (e::KIND_STORY, t(loc, title.as_ref().unwrap_or(body))),
        StepKind::Chat(chat) => {
            let contact = t(loc, &chat.contact.name);
            let first = chat.prompt.as_ref().or(chat.messages.first().map(|m| &m.text));
            (e::KIND_CHAT, first.map(|id| chat_text(loc, id, &contact)).unwrap_or(contact))
        }
        StepKind::Quiz(quiz) => (e::KIND_QUIZ, t(loc, &quiz.question)),
        StepKind::Sort(sort) => (e::KIND_SORT, t(loc, &sort.prompt)),
        StepKind::Discussion(d) => (e::KIND_DISCUSSION, t(loc, &d.prompt)),
        StepKind::Help { title, body, .. } => {
            (e::KIND_HELP, title.as_ref().or(body.as_ref()).map(|id| t(loc, id)).unwrap_or_default())
        }
        StepKind::End { title, .. } => (e::KIND_END, t(loc, title)),
    };
    ComingStep { step: step.id.clone(), kind: loc.text(name.id), headline: headline(&words), minutes: step.minutes }
}

/// `words` cut to about a line, at a word, with an ellipsis.
fn headline(words: &str) -> String {
    let words = words.trim();
    if words.chars().count() <= HEADLINE_CHARS {
        return words.to_owned();
    }
    let cut: String = words.chars().take(HEADLINE_CHARS).collect();
    let at_word = cut.rfind(char::is_whitespace).filter(|&i| i > HEADLINE_CHARS / 2).unwrap_or(cut.len());
    format!("{}…", cut[..at_word].trim_end())
}

fn t(loc: &Localizer, id: &MsgId) -> String {
    loc.text(id.as_str())
}

fn ot(loc: &Localizer, id: &Option<MsgId>) -> Option<String> {
    id.as_ref().map(|id| t(loc, id))
}

fn with_count(loc: &Localizer, id: &str, count: usize) -> String {
    let mut args = FluentArgs::new();
    args.set("count", count);
    loc.text_with(id, &args)
}

/// A message shown in a chat: it may use `$contact`.
fn chat_text(loc: &Localizer, id: &MsgId, contact: &str) -> String {
    loc.chat_text(id.as_str(), contact)
}

/// Up to two initials from a name, for the avatar ("Alex Lee" -> "AL").
pub fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next()).take(2).flat_map(char::to_uppercase).collect()
}

fn feedback_title(loc: &Localizer, verdict: Verdict) -> String {
    loc.text(match verdict {
        Verdict::Safe => ui_text::FEEDBACK_SAFE.id,
        Verdict::Risky => ui_text::FEEDBACK_RISKY.id,
        Verdict::Neutral => ui_text::FEEDBACK_NEUTRAL.id,
    })
}

impl LessonRun {
    /// The steps the class may come to from here: one where the way on is fixed (or already
    /// chosen), several where it depends on the class's answers, none at the end.
    pub fn coming(&self, loc: &Localizer) -> Vec<ComingStep> {
        let here = self.entry.step;
        let targets = match (&self.step().kind, self.phase()) {
            (StepKind::Chat(chat), Phase::Chat { chosen: Some(reply), .. }) if chat.replies[*reply].next.is_some() => {
                chat.replies[*reply].next.into_iter().collect()
            }
            (kind, _) => kind.targets(),
        };
        let mut seen = Vec::new();
        for target in targets {
            if target != here && !seen.contains(&target) {
                seen.push(target);
            }
        }
        seen.into_iter().map(|ix| coming_step(loc, self.lesson().step(ix))).collect()
    }

    /// The current step's title, question or first words, cut to a line.
    pub fn headline(&self, loc: &Localizer) -> String {
        coming_step(loc, self.step()).headline
    }

    /// The current step, resolved in `loc`'s language.
    pub fn view(&self, loc: &Localizer) -> StepView {
        let lesson: &Lesson = self.lesson();
        let step = self.step();
        let (current, total) = self.progress();
        let mut args = FluentArgs::new();
        args.set("current", current);
        args.set("total", total);
        StepView {
            step_id: step.id.clone(),
            lesson_title: t(loc, &lesson.title),
            progress: loc.text_with(ui_text::STEP_OF.id, &args),
            can_go_back: self.can_go_back(),
            notes: step.notes.iter().map(|n| t(loc, n)).collect(),
            body: self.body(loc),
        }
    }

    fn body(&self, loc: &Localizer) -> BodyView {
        match (&self.step().kind, self.phase()) {
            (StepKind::Story { title, body, image, .. }, _) => BodyView::Story {
                title: ot(loc, title),
                body: t(loc, body),
                image: image.as_ref().map(|i| ImageView { path: i.path.clone(), alt: t(loc, &i.alt) }),
            },
            (StepKind::Chat(chat), Phase::Chat { tried, chosen, revealed }) => {
                let name = t(loc, &chat.contact.name);
                let bubbles = self
                    .chat_log()
                    .iter()
                    .filter(|e| e.contact == chat.contact.id)
                    .filter_map(|e| match &self.lesson().step(e.step).kind {
                        StepKind::Chat(c) if e.outgoing => Some(Bubble {
                            sender: Sender::Learner,
                            text: chat_text(loc, &c.replies[e.index].text, &name),
                            time: None,
                        }),
                        StepKind::Chat(c) => {
                            let m = &c.messages[e.index];
                            Some(Bubble {
                                sender: Sender::Contact,
                                text: chat_text(loc, &m.text, &name),
                                time: m.time.clone(),
                            })
                        }
                        _ => None,
                    })
                    .collect();
                // What a reply means: after the learner sends it, or for every reply once a
                // teacher reveals them.
                let meaning = |reply: &chatwise_content::model::Reply| FeedbackView {
                    verdict: reply.verdict,
                    title: feedback_title(loc, reply.verdict),
                    body: reply.feedback.as_ref().map(|f| chat_text(loc, f, &name)),
                    action: loc.text(if reply.next.is_some() { ui_text::CONTINUE.id } else { ui_text::TRY_ANOTHER.id }),
                };
                let feedback = chosen.map(|i| meaning(&chat.replies[i]));
                BodyView::Chat(ChatView {
                    initials: initials(&name),
                    contact_label: ot(loc, &chat.contact.label),
                    bubbles,
                    new_messages: chat.messages.len(),
                    prompt: chat
                        .prompt
                        .as_ref()
                        .map_or_else(|| loc.text(ui_text::CHAT_PROMPT.id), |p| chat_text(loc, p, &name)),
                    replies: chat
                        .replies
                        .iter()
                        .enumerate()
                        .map(|(i, r)| ChoiceView {
                            letter: option_letter(i),
                            text: chat_text(loc, &r.text, &name),
                            tried: tried.contains(&i),
                            revealed: revealed.then(|| meaning(r)),
                        })
                        .collect(),
                    feedback,
                    family_turn: {
                        let sent =
                            self.transcript().iter().filter(|e| matches!(e, crate::Event::Replied { .. })).count();
                        if sent.is_multiple_of(2) { Turn::Child } else { Turn::Adult }
                    },
                    contact_name: name,
                })
            }
            (StepKind::Quiz(quiz), Phase::Quiz(state)) => {
                let stage = match state.checked {
                    None => QuizStage::Choosing,
                    Some(true) => QuizStage::Correct,
                    Some(false) if state.revealed => QuizStage::Revealed,
                    Some(false) => QuizStage::TryAgain,
                };
                let options = quiz
                    .options
                    .iter()
                    .enumerate()
                    .map(|(i, o)| {
                        let selected = state.selected.contains(&i);
                        let mark = match (stage, selected, o.correct) {
                            (QuizStage::Choosing, ..) => None,
                            (_, true, true) => Some(OptionMark::Correct),
                            (_, true, false) => Some(OptionMark::NotQuite),
                            (QuizStage::Revealed, false, true) => Some(OptionMark::Missed),
                            _ => None,
                        };
                        let feedback = mark.map(|m| {
                            let lead = loc.text(match m {
                                OptionMark::Correct => ui_text::QUIZ_CORRECT_OPTION.id,
                                OptionMark::NotQuite => ui_text::QUIZ_WRONG_OPTION.id,
                                OptionMark::Missed => ui_text::QUIZ_MISSED_OPTION.id,
                            });
                            match &o.feedback {
                                Some(f) => format!("{lead}: {}", t(loc, f)),
                                None => lead,
                            }
                        });
                        QuizOptionView { letter: option_letter(i), text: t(loc, &o.text), selected, mark, feedback }
                    })
                    .collect();
                let summary = match stage {
                    QuizStage::Choosing => None,
                    QuizStage::Correct => Some(FeedbackView {
                        verdict: Verdict::Safe,
                        title: loc.text(ui_text::FEEDBACK_SAFE.id),
                        body: None,
                        action: loc.text(ui_text::CONTINUE.id),
                    }),
                    QuizStage::TryAgain => Some(FeedbackView {
                        verdict: Verdict::Risky,
                        title: loc.text(ui_text::FEEDBACK_RISKY.id),
                        body: None,
                        action: loc.text(ui_text::QUIZ_TRY_AGAIN.id),
                    }),
                    QuizStage::Revealed => Some(FeedbackView {
                        verdict: Verdict::Neutral,
                        title: loc.text(ui_text::QUIZ_REVEALED.id),
                        body: None,
                        action: loc.text(ui_text::CONTINUE.id),
                    }),
                };
                let answered = matches!(stage, QuizStage::Correct | QuizStage::Revealed);
                BodyView::Quiz(QuizView {
                    question: t(loc, &quiz.question),
                    kind: quiz.kind,
                    instruction: loc.text(if quiz.kind == QuizKind::Multiple {
                        ui_text::QUIZ_CHOOSE_MANY.id
                    } else {
                        ui_text::QUIZ_CHOOSE_ONE.id
                    }),
                    options,
                    has_hint: quiz.hint.is_some(),
                    hint: if state.hint_shown { ot(loc, &quiz.hint) } else { None },
                    stage,
                    summary,
                    explanation: if answered { ot(loc, &quiz.explanation) } else { None },
                    tried: state
                        .tried
                        .iter()
                        .map(|s| s.iter().map(|&i| option_letter(i).to_string()).collect::<Vec<_>>().join("+"))
                        .collect(),
                })
            }
            (StepKind::Sort(sort), Phase::Sort(state)) => {
                let cards = sort
                    .cards
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        // A verdict belongs to the place that was checked: none once a card moves.
                        let unmoved = state.checked_placed.get(i) == Some(&state.placed[i]);
                        let right = state.checked.as_ref().filter(|_| unmoved).map(|r| r[i]);
                        CardView {
                            text: t(loc, &c.text),
                            group: state.placed[i],
                            selected: state.selected == Some(i),
                            right,
                            feedback: right.map(|r| {
                                let lead = loc.text(if r {
                                    ui_text::SORT_GOOD_PLACE.id
                                } else {
                                    ui_text::SORT_THINK_AGAIN.id
                                });
                                match &c.feedback {
                                    Some(f) => format!("{lead}: {}", t(loc, f)),
                                    None => lead,
                                }
                            }),
                        }
                    })
                    .collect();
                let summary = state.checked.as_ref().map(|r| {
                    let wrong = r.iter().filter(|ok| !**ok).count();
                    if wrong == 0 {
                        loc.text(ui_text::SORT_ALL_RIGHT.id)
                    } else {
                        with_count(loc, ui_text::SORT_SOME_WRONG.id, wrong)
                    }
                });
                BodyView::Sort(SortView {
                    prompt: t(loc, &sort.prompt),
                    groups: sort.groups.iter().map(|g| t(loc, &g.label)).collect(),
                    cards,
                    checked: state.checked.is_some(),
                    changed: state.checked.is_some() && !state.settled(),
                    summary,
                })
            }
            (StepKind::Discussion(d), _) => BodyView::Discussion(DiscussionView {
                prompt: t(loc, &d.prompt),
                model_answer: ot(loc, &d.model_answer),
                starters: d.starters.iter().map(|s| t(loc, s)).collect(),
                parent_tip: ot(loc, &d.parent_tip),
            }),
            (StepKind::Help { title, body, .. }, _) => BodyView::Help(HelpView {
                title: title.as_ref().map_or_else(|| loc.text(ui_text::HELP.id), |id| t(loc, id)),
                body: ot(loc, body),
                points: help_points(loc, self.lesson().ages.0),
            }),
            (StepKind::End { title, summary, key_messages }, _) => {
                let met_chat = self.chat_log().iter().any(|e| e.outgoing) || self.safe_replies() > 0;
                BodyView::End(EndView {
                    title: t(loc, title),
                    summary: ot(loc, summary),
                    practised_title: loc.text(ui_text::END_PRACTISED.id),
                    key_messages: key_messages.iter().map(|k| t(loc, k)).collect(),
                    safe_replies: met_chat
                        .then(|| with_count(loc, ui_text::END_SAFE_CHOICES.id, self.safe_replies() as usize)),
                    help: HelpView {
                        title: loc.text(ui_text::HELP.id),
                        body: None,
                        points: help_points(loc, self.lesson().ages.0),
                    },
                })
            }
            // The phase always matches the step kind: `enter_phase` sets both together.
            (kind, _) => unreachable!("phase out of step with a {} step", kind.name()),
        }
    }
}
