//! Playing a Chat step: the learner sends one of the replies and sees what it means; a reply
//! without a way on is taken back ("Try another reply"). In class mode a teacher may reveal
//! every reply's meaning before the class chooses.

use std::sync::Arc;

use chatwise_content::model::{Chat, Reply, StepIx, StepKind, Verdict};
use chatwise_i18n::{Localizer, ui_text};

use crate::view::{FeedbackView, chat_text, ot, t};
use crate::{ChatEntry, Event, LessonRun, Phase, RunError, option_letter};

/// Which replies the learner tried, the one on show, and whether a teacher revealed them all.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub(crate) struct ChatState {
    pub tried: Vec<usize>,
    pub chosen: Option<usize>,
    /// The teacher revealed what each reply means (class mode), for the rest of the step.
    pub revealed: bool,
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
    /// Sends chat reply `index` (0-based) and shows its feedback.
    pub fn choose_reply(&mut self, index: usize) -> Result<(), RunError> {
        let lesson = Arc::clone(&self.lesson);
        let StepKind::Chat(chat) = &lesson.step(self.entry.step).kind else {
            return Err(RunError::WrongStep("reply"));
        };
        let Phase::Chat(ChatState { tried, chosen, .. }) = &mut self.phase else {
            return Err(RunError::WrongStep("reply"));
        };
        if chosen.is_some() {
            return Err(RunError::WrongStep("reply while feedback is showing"));
        }
        let reply = chat.replies.get(index).ok_or(RunError::NoSuchOption(index + 1))?;
        if tried.contains(&index) {
            return Err(RunError::AlreadyTried);
        }
        if reply.next.is_none() {
            tried.push(index);
        }
        *chosen = Some(index);
        self.score += reply.score;
        if reply.verdict == Verdict::Safe {
            self.safe_replies += 1;
        }
        self.flags.extend(reply.set.iter().cloned());
        self.chat.push(ChatEntry { contact: chat.contact.id.clone(), step: self.entry.step, outgoing: true, index });
        self.transcript.push(Event::Replied { step: self.step().id.clone(), reply: index, verdict: reply.verdict });
        Ok(())
    }

    /// Continue after a reply: where it leads, or back to the replies to try another.
    pub(super) fn advance_chat(&mut self, chat: &Chat) -> Result<(), RunError> {
        let Phase::Chat(ChatState { chosen, .. }) = &mut self.phase else {
            return Err(RunError::WrongStep("action"));
        };
        let Some(reply) = *chosen else {
            return Err(RunError::NotAnswered);
        };
        match chat.replies[reply].next {
            Some(next) => self.go(next),
            None => {
                // "Try another reply": the tried bubble is taken back.
                *chosen = None;
                self.chat.pop();
                let step = self.step().id.clone();
                self.transcript.push(Event::TriedAnother { step });
            }
        }
        Ok(())
    }

    /// Posts the step's incoming messages, unless they are already there (Back to this step
    /// from a later one keeps the conversation as it was on entering).
    pub(super) fn post_messages(&mut self, step: StepIx, chat: &Chat) {
        if self.chat.len() == self.entry.chat_len {
            for index in 0..chat.messages.len() {
                self.chat.push(ChatEntry { contact: chat.contact.id.clone(), step, outgoing: false, index });
            }
        }
    }

    pub(super) fn chat_view(&self, loc: &Localizer, chat: &Chat, state: &ChatState) -> ChatView {
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
                    Some(Bubble { sender: Sender::Contact, text: chat_text(loc, &m.text, &name), time: m.time.clone() })
                }
                _ => None,
            })
            .collect();
        // What a reply means: after the learner sends it, or for every reply once a
        // teacher reveals them.
        let meaning = |reply: &Reply| FeedbackView {
            verdict: reply.verdict,
            title: feedback_title(loc, reply.verdict),
            body: reply.feedback.as_ref().map(|f| chat_text(loc, f, &name)),
            action: loc.text(if reply.next.is_some() { ui_text::CONTINUE.id } else { ui_text::TRY_ANOTHER.id }),
        };
        let feedback = state.chosen.map(|i| meaning(&chat.replies[i]));
        ChatView {
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
                    tried: state.tried.contains(&i),
                    revealed: state.revealed.then(|| meaning(r)),
                })
                .collect(),
            feedback,
            family_turn: {
                let sent = self.transcript().iter().filter(|e| matches!(e, Event::Replied { .. })).count();
                if sent.is_multiple_of(2) { Turn::Child } else { Turn::Adult }
            },
            contact_name: name,
        }
    }
}

/// Where the class goes next: the chosen reply's step, once it has one.
pub(super) fn way_on(chat: &Chat, state: &ChatState) -> Option<StepIx> {
    state.chosen.and_then(|reply| chat.replies[reply].next)
}

/// The chat's first words, for the presenter's "Next".
pub(super) fn headline(loc: &Localizer, chat: &Chat) -> String {
    let contact = t(loc, &chat.contact.name);
    let first = chat.prompt.as_ref().or(chat.messages.first().map(|m| &m.text));
    first.map(|id| chat_text(loc, id, &contact)).unwrap_or(contact)
}
