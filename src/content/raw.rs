//! The serde shape of lesson files as authors write them, before any checking.
//!
//! Nothing outside `content` sees these types: `check` turns them into the
//! typed model in `model.rs`, so ids are resolved exactly once.

use serde::Deserialize;

pub use crate::steps::StepCommon;
pub use crate::steps::authored::*;

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

pub(crate) fn yes() -> bool {
    true
}

pub(crate) fn one() -> i32 {
    1
}
