//! The serde shape of lesson files as authors write them, before any checking.
//!
//! Nothing outside `content` sees these types: `check` turns them into the
//! typed model in `model.rs`, so ids are resolved exactly once.

use serde::Deserialize;

/// A Fluent message id, as written in a lesson file (checked later).
pub type RawMsg = String;

/// `pack.ron`: what the pack is and which languages it ships.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Pack")]
pub struct RawPack {
    pub id: String,
    pub title: RawMsg,
    #[serde(default)]
    pub description: Option<RawMsg>,
    pub languages: Vec<RawLanguage>,
    /// Lesson ids in the order the library shows them; lessons not named come after, by id.
    #[serde(default)]
    pub order: Vec<String>,
    /// Who publishes the pack, shown on the loading and start screens (a proper noun, not translated).
    #[serde(default)]
    pub organisation: Option<String>,
    /// The language a learner starts in before choosing one (a code from `languages`).
    #[serde(default)]
    pub default_language: Option<String>,
    /// The country whose help is shown before a learner chooses one (a code from portals.ron).
    #[serde(default)]
    pub default_country: Option<String>,
    /// `true`: the pack adds its lessons to the built-in library; `false` (the default): it
    /// replaces it.
    #[serde(default)]
    pub with_built_in_lessons: bool,
}

/// One language the pack ships, and how far its translation has been reviewed.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLanguage {
    pub code: String,
    /// The language's own name for itself ("Українська"), shown in the language picker.
    pub name: String,
    pub status: TranslationStatus,
    /// The ISO 15924 script it is written in ("Deva"), for a language assets/fonts/fonts.ron
    /// does not list; fonts.ron's choice otherwise.
    #[serde(default)]
    pub script: Option<String>,
}

/// How much a translation can be trusted; teachers see this.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum TranslationStatus {
    /// The language every other one is translated from (English).
    Reference,
    /// Machine- or volunteer-drafted, awaiting review by a local organisation.
    Draft,
    /// Reviewed by a named organisation on a date (YYYY-MM-DD).
    Reviewed { by: String, on: String },
}

/// A lesson file: metadata plus a graph of steps.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Lesson")]
pub struct RawLesson {
    pub id: String,
    pub topic: Topic,
    /// Youngest and oldest age the lesson is written for, e.g. `(11, 14)`.
    pub ages: (u8, u8),
    pub minutes: u32,
    pub audiences: Vec<Audience>,
    pub title: RawMsg,
    pub summary: RawMsg,
    pub objectives: Vec<RawMsg>,
    #[serde(default)]
    pub content_note: Option<RawMsg>,
    #[serde(default)]
    pub facilitator_notes: Vec<RawMsg>,
    #[serde(default)]
    pub safeguarding_notes: Vec<RawMsg>,
    #[serde(default)]
    pub materials: Vec<RawMsg>,
    /// Commitments a family can pick for their agreement at the end.
    #[serde(default)]
    pub agreement: Vec<RawMsg>,
    /// Where the lesson's facts come from (shown to teachers, not translated).
    #[serde(default)]
    pub sources: Vec<RawSource>,
    /// A few questions asked before and after the lesson, to see what it changed (the learning
    /// check). Only the number of times each answer is chosen is ever kept.
    #[serde(default)]
    pub check: Vec<RawCheckQuestion>,
    pub start: String,
    pub steps: Vec<RawStep>,
}

/// One learning-check question.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCheckQuestion {
    pub id: String,
    #[serde(default)]
    pub kind: CheckKind,
    pub question: RawMsg,
    /// The answers to choose from (a `Choice`); a `Confidence` question has none of its own.
    #[serde(default)]
    pub options: Vec<RawMsg>,
    /// The answer the lesson teaches, counting from 0, if one is best.
    #[serde(default)]
    pub best: Option<usize>,
}

/// What a learning-check question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Deserialize, serde::Serialize)]
pub enum CheckKind {
    /// One of the lesson's answers: a fact, or "what would you do" in a situation.
    #[default]
    Choice,
    /// How sure the learner is, on the engine's five-point scale ("Not sure at all" to "Very sure").
    Confidence,
}

/// A reference for teachers and reviewers: a title and an https address.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub title: String,
    pub url: String,
}

/// The lesson topics the library is organised by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize)]
pub enum Topic {
    Sexting,
    Grooming,
    Sextortion,
    Reporting,
}

/// Who a lesson is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize)]
pub enum Audience {
    /// A teacher with a class, on a projector.
    Class,
    /// A parent or carer with a child.
    Family,
    /// A child or teenager on their own.
    Solo,
}

/// One step of a lesson. Every kind has an `id`; most have `next` and optional `branches`.
#[derive(Debug, Deserialize)]
#[serde(rename = "Step")]
pub enum RawStep {
    Story(RawStory),
    Chat(RawChat),
    Quiz(RawQuiz),
    Sort(RawSort),
    Discussion(RawDiscussion),
    Help(RawHelp),
    End(RawEnd),
}

/// The fields every step kind has: its id, planned minutes, teacher's notes and whether Back
/// may leave it. Each kind's struct declares them (serde cannot flatten them into a struct that
/// refuses unknown fields), and this is the one place that reads them whatever the kind.
pub struct StepCommon<'a> {
    pub id: &'a str,
    pub minutes: Option<u32>,
    pub notes: &'a [RawMsg],
    pub back: bool,
}

impl RawStep {
    pub fn common(&self) -> StepCommon<'_> {
        macro_rules! common {
            ($($kind:ident),*) => {
                match self {
                    $(RawStep::$kind(s) => StepCommon { id: &s.id, minutes: s.minutes, notes: &s.notes, back: s.back },)*
                }
            };
        }
        common!(Story, Chat, Quiz, Sort, Discussion, Help, End)
    }
}

/// Where a step goes next: the first branch whose condition holds, otherwise `next`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBranch {
    pub when: Condition,
    pub go: String,
}

/// A test on the learner's flags and score.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub enum Condition {
    Flag(String),
    NotFlag(String),
    ScoreAtLeast(i32),
    ScoreBelow(i32),
    All(Vec<Condition>),
    Any(Vec<Condition>),
}

/// A scene or explanation card.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStory {
    pub id: String,
    #[serde(default)]
    pub title: Option<RawMsg>,
    pub body: RawMsg,
    /// A picture under the pack's `images/` folder, with its description for screen readers.
    #[serde(default)]
    pub image: Option<RawImage>,
    #[serde(default)]
    pub minutes: Option<u32>,
    #[serde(default)]
    pub notes: Vec<RawMsg>,
    #[serde(default = "yes")]
    pub back: bool,
    #[serde(default)]
    pub branches: Vec<RawBranch>,
    pub next: Option<String>,
}

/// An image and its alternative text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawImage {
    pub path: String,
    pub alt: RawMsg,
}

/// A messenger simulation: messages arrive from a contact, the learner picks a reply.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChat {
    pub id: String,
    pub contact: RawContact,
    /// Messages the contact sends before the learner replies.
    pub messages: Vec<RawChatMessage>,
    #[serde(default)]
    pub prompt: Option<RawMsg>,
    pub replies: Vec<RawReply>,
    #[serde(default)]
    pub minutes: Option<u32>,
    #[serde(default)]
    pub notes: Vec<RawMsg>,
    #[serde(default = "yes")]
    pub back: bool,
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

/// Single choice, multiple choice or true/false.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
pub enum QuizKind {
    #[default]
    Single,
    Multiple,
    TrueFalse,
}

/// A question with options, feedback per option and an optional hint.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuiz {
    pub id: String,
    pub question: RawMsg,
    #[serde(default)]
    pub kind: QuizKind,
    pub options: Vec<RawQuizOption>,
    #[serde(default)]
    pub hint: Option<RawMsg>,
    /// Shown once the question is answered correctly or the answer is revealed.
    #[serde(default)]
    pub explanation: Option<RawMsg>,
    /// Added to the score when answered correctly at the first try.
    #[serde(default = "one")]
    pub points: i32,
    #[serde(default)]
    pub minutes: Option<u32>,
    #[serde(default)]
    pub notes: Vec<RawMsg>,
    #[serde(default = "yes")]
    pub back: bool,
    #[serde(default)]
    pub branches: Vec<RawBranch>,
    pub next: Option<String>,
}

/// One answer option.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawQuizOption {
    pub text: RawMsg,
    pub correct: bool,
    #[serde(default)]
    pub feedback: Option<RawMsg>,
}

/// Put cards into named groups, without dragging.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSort {
    pub id: String,
    pub prompt: RawMsg,
    pub groups: Vec<RawSortGroup>,
    pub cards: Vec<RawSortCard>,
    #[serde(default = "one")]
    pub points: i32,
    #[serde(default)]
    pub minutes: Option<u32>,
    #[serde(default)]
    pub notes: Vec<RawMsg>,
    #[serde(default = "yes")]
    pub back: bool,
    #[serde(default)]
    pub branches: Vec<RawBranch>,
    pub next: Option<String>,
}

/// A group cards can be put in, e.g. "Safe".
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSortGroup {
    pub id: String,
    pub label: RawMsg,
}

/// A card and the group it belongs in.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSortCard {
    pub text: RawMsg,
    pub group: String,
    #[serde(default)]
    pub feedback: Option<RawMsg>,
}

/// A prompt for the class or the family to talk about.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDiscussion {
    pub id: String,
    pub prompt: RawMsg,
    /// What a good answer includes, for the teacher's lesson plan.
    #[serde(default)]
    pub model_answer: Option<RawMsg>,
    /// Conversation starters, shown in family mode.
    #[serde(default)]
    pub starters: Vec<RawMsg>,
    #[serde(default)]
    pub parent_tip: Option<RawMsg>,
    #[serde(default)]
    pub minutes: Option<u32>,
    #[serde(default)]
    pub notes: Vec<RawMsg>,
    #[serde(default = "yes")]
    pub back: bool,
    #[serde(default)]
    pub branches: Vec<RawBranch>,
    pub next: Option<String>,
}

/// Where to get help and how to report; the app adds the learner's country's portal and helplines.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawHelp {
    pub id: String,
    #[serde(default)]
    pub title: Option<RawMsg>,
    #[serde(default)]
    pub body: Option<RawMsg>,
    #[serde(default)]
    pub minutes: Option<u32>,
    #[serde(default)]
    pub notes: Vec<RawMsg>,
    #[serde(default = "yes")]
    pub back: bool,
    #[serde(default)]
    pub branches: Vec<RawBranch>,
    pub next: Option<String>,
}

/// The end of a path through the lesson: summary, key messages and signposting to help.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEnd {
    pub id: String,
    pub title: RawMsg,
    #[serde(default)]
    pub summary: Option<RawMsg>,
    pub key_messages: Vec<RawMsg>,
    #[serde(default)]
    pub minutes: Option<u32>,
    #[serde(default)]
    pub notes: Vec<RawMsg>,
    #[serde(default = "yes")]
    pub back: bool,
}

fn yes() -> bool {
    true
}

fn one() -> i32 {
    1
}
