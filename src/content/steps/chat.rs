//! A Chat step: a messenger simulation. Messages arrive from a contact and the learner picks a
//! reply; chats with the same contact form one conversation.

use serde::Deserialize;

use crate::VarContext;
use crate::check_lesson::{Checker, StepPlace};
use crate::model::{MsgId, StepIx};
use crate::raw::RawMsg;

authored_step! {
    /// A messenger simulation: messages arrive from a contact, the learner picks a reply.
    pub struct RawChat {
        pub contact: RawContact,
        /// Messages the contact sends before the learner replies.
        pub messages: Vec<RawChatMessage>,
        #[serde(default)]
        pub prompt: Option<RawMsg>,
        pub replies: Vec<RawReply>,
    }
}

/// Who the learner is chatting with. Chats with the same contact id form one conversation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawContact {
    pub id: String,
    pub name: RawMsg,
    /// A short description under the name, e.g. "new contact" or "classmate".
    #[serde(default)]
    pub label: Option<RawMsg>,
}

/// One incoming message bubble.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChatMessage {
    pub text: RawMsg,
    /// A timestamp shown under the bubble, as written ("19:42"); never the real clock.
    #[serde(default)]
    pub time: Option<String>,
}

/// How a reply is judged; picks the feedback card's icon, colour and title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum Verdict {
    Safe,
    Risky,
    Neutral,
}

/// A reply the learner can send.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawReply {
    pub text: RawMsg,
    pub verdict: Verdict,
    #[serde(default)]
    pub feedback: Option<RawMsg>,
    #[serde(default)]
    pub score: i32,
    /// Flags this reply sets, for branches later in the lesson.
    #[serde(default)]
    pub set: Vec<String>,
    /// The step this reply leads to. Without it the learner sees the feedback and tries another reply.
    #[serde(default)]
    pub next: Option<String>,
}

/// A messenger simulation step.
#[derive(Debug, Clone)]
pub struct Chat {
    pub contact: Contact,
    pub messages: Vec<ChatMessage>,
    pub prompt: Option<MsgId>,
    pub replies: Vec<Reply>,
}

/// The person the learner is chatting with.
#[derive(Debug, Clone)]
pub struct Contact {
    pub id: String,
    pub name: MsgId,
    pub label: Option<MsgId>,
}

/// An incoming message.
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub text: MsgId,
    pub time: Option<String>,
}

/// A reply choice.
#[derive(Debug, Clone)]
pub struct Reply {
    pub text: MsgId,
    pub verdict: Verdict,
    pub feedback: Option<MsgId>,
    pub score: i32,
    pub set: Vec<String>,
    /// `None`: show feedback, then let the learner try another reply.
    pub next: Option<StepIx>,
}

impl Chat {
    /// Every step a reply leads to.
    pub fn targets(&self) -> impl Iterator<Item = StepIx> + '_ {
        self.replies.iter().filter_map(|r| r.next)
    }
}

impl Checker<'_> {
    pub(crate) fn chat(&mut self, s: &RawChat, place: &StepPlace) -> Option<Chat> {
        let (anchor, chat) = (place.anchor, VarContext::Chat);
        let contact = Contact {
            id: s.contact.id.clone(),
            name: self.msg(&s.contact.name, anchor, VarContext::Plain),
            label: self.opt_msg(&s.contact.label, anchor, VarContext::Plain),
        };
        let messages = s
            .messages
            .iter()
            .map(|m| ChatMessage { text: self.msg(&m.text, anchor, chat), time: m.time.clone() })
            .collect();
        let prompt = self.opt_msg(&s.prompt, anchor, chat);
        if s.replies.is_empty() {
            self.error(
                anchor.0,
                "no-replies",
                format!("chat `{}` has no replies; add at least two for the learner to choose from", s.id),
            );
            return None;
        }
        let mut ok = true;
        let mut replies = Vec::with_capacity(s.replies.len());
        for reply in &s.replies {
            let next = match &reply.next {
                Some(target) => {
                    let at = self.loc.field_after(anchor.0, "next", target).unwrap_or(anchor.0);
                    let resolved = self.resolve(place.index, target, at, "next");
                    ok &= resolved.is_some();
                    resolved
                }
                None => None,
            };
            replies.push(Reply {
                text: self.msg(&reply.text, anchor, chat),
                verdict: reply.verdict,
                feedback: self.opt_msg(&reply.feedback, anchor, chat),
                score: reply.score,
                set: reply.set.clone(),
                next,
            });
        }
        if s.replies.iter().all(|r| r.next.is_none()) {
            self.error(
                anchor.0,
                "dead-end",
                format!("no reply in chat `{}` has a `next`: the learner could never leave it; give at least one reply `next: \"<step id>\"`", s.id),
            );
            return None;
        }
        ok.then_some(Chat { contact, messages, prompt, replies })
    }
}
