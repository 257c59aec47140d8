//! Turns one parsed lesson file into the checked model, reporting every problem with a position.
//!
//! Problems are collected, not returned early, so an author sees all of them in one run.

use std::collections::{BTreeSet, HashMap, VecDeque};

use crate::locate::Locator;
use crate::model::*;
use crate::raw::{RawBranch, RawCheckQuestion, RawLesson, RawStep};
use chatwise_base::diagnostic::{Diagnostic, Position};
use chatwise_base::source::SourceFile;

/// Which Fluent variables the engine supplies where a message is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarContext {
    /// Plain lesson text: no variables.
    Plain,
    /// Chat messages, replies, their feedback and prompt: `$contact`.
    Chat,
}

impl VarContext {
    /// The variables a lesson message can use in this context.
    pub fn variables(self) -> &'static [&'static str] {
        match self {
            VarContext::Plain => &[],
            VarContext::Chat => &["contact"],
        }
    }
}

/// A place where a lesson (or the pack file) names a message.
#[derive(Debug, Clone)]
pub struct MsgRef {
    pub id: String,
    /// The file that names it (shared by all of that file's references).
    pub path: std::sync::Arc<str>,
    pub at: Position,
    pub context: VarContext,
}

/// The oldest and youngest ages a lesson may be written for.
const AGE_LIMITS: std::ops::RangeInclusive<u8> = 5..=18;

/// Whether `id` is a valid Fluent message identifier.
pub fn is_message_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Whether `id` is a lesson or step id authors can safely use in file and message names.
fn is_simple_id(id: &str) -> bool {
    !id.is_empty()
        && id.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// Checks a lesson; returns it only when it has no errors. Message references are
/// appended to `refs` for the catalog checks that follow.
pub fn check_lesson(
    raw: RawLesson,
    file: &SourceFile,
    diagnostics: &mut Vec<Diagnostic>,
    refs: &mut Vec<MsgRef>,
) -> Option<Lesson> {
    let mut c = Checker {
        file,
        path: std::sync::Arc::from(file.path.as_str()),
        loc: Locator::new(&file.text),
        diagnostics,
        errors: 0,
        refs: Vec::new(),
    };
    let lesson = c.lesson(raw);
    refs.extend(c.refs);
    if c.errors == 0 { lesson } else { None }
}

pub(crate) struct Checker<'a> {
    file: &'a SourceFile,
    path: std::sync::Arc<str>,
    pub(crate) loc: Locator<'a>,
    diagnostics: &'a mut Vec<Diagnostic>,
    errors: usize,
    refs: Vec<MsgRef>,
}

/// A step's id and where it is written, for messages about it.
#[derive(Clone, Copy)]
pub(crate) struct Anchor(pub(crate) Position);

/// What a step's checks need to know about the lesson around it.
pub(crate) struct StepPlace<'a> {
    /// Where the step's id is written.
    pub anchor: Anchor,
    /// Every step's index, by id.
    pub index: &'a HashMap<&'a str, usize>,
    /// Every flag some reply sets.
    pub flags_set: &'a BTreeSet<String>,
}

impl Anchor {
    fn after(self) -> Position {
        Position { line: self.0.line, column: self.0.column + 1 }
    }
}

impl Checker<'_> {
    pub(crate) fn error(&mut self, at: Position, code: &'static str, message: impl Into<String>) {
        self.errors += 1;
        self.diagnostics.push(Diagnostic::error(&self.file.path, at, code, message));
    }

    pub(crate) fn warning(&mut self, at: Position, code: &'static str, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic::warning(&self.file.path, at, code, message));
    }

    /// Records a message reference written at or after `anchor`.
    pub(crate) fn msg(&mut self, id: &str, anchor: Anchor, context: VarContext) -> MsgId {
        let at = self.loc.value_after(anchor.0, id).unwrap_or(anchor.0);
        if !is_message_id(id) {
            self.error(
                at,
                "bad-message-id",
                format!("`{id}` is not a valid message id; use letters, digits and hyphens, starting with a letter (e.g. `my-lesson-intro`)"),
            );
        }
        self.refs.push(MsgRef { id: id.to_owned(), path: std::sync::Arc::clone(&self.path), at, context });
        MsgId(id.to_owned())
    }

    pub(crate) fn msgs(&mut self, ids: &[String], anchor: Anchor, context: VarContext) -> Vec<MsgId> {
        ids.iter().map(|id| self.msg(id, anchor, context)).collect()
    }

    pub(crate) fn opt_msg(&mut self, id: &Option<String>, anchor: Anchor, context: VarContext) -> Option<MsgId> {
        id.as_ref().map(|id| self.msg(id, anchor, context))
    }

    fn lesson(&mut self, raw: RawLesson) -> Option<Lesson> {
        let top = Anchor(self.loc.field("id", &raw.id));
        if !is_simple_id(&raw.id) {
            self.error(
                top.0,
                "bad-lesson-id",
                format!("lesson id `{}` must use lower-case letters, digits and hyphens, e.g. `new-friend`", raw.id),
            );
        }
        let stem = self.file.relative.rsplit('/').next().unwrap_or_default().trim_end_matches(".ron");
        if stem != raw.id {
            self.warning(
                top.0,
                "file-name",
                format!(
                    "lesson `{}` is in a file named `{stem}.ron`; name the file `{}.ron` so authors can find it",
                    raw.id, raw.id
                ),
            );
        }
        let (min, max) = raw.ages;
        if min > max || !AGE_LIMITS.contains(&min) || !AGE_LIMITS.contains(&max) {
            self.error(
                top.0,
                "bad-ages",
                format!(
                    "ages ({min}, {max}) must be youngest first, both between {} and {}",
                    AGE_LIMITS.start(),
                    AGE_LIMITS.end()
                ),
            );
        }
        if raw.minutes == 0 {
            self.error(top.0, "bad-minutes", "minutes must be more than 0: how long the lesson takes");
        }
        if raw.audiences.is_empty() {
            self.error(
                top.0,
                "no-audience",
                "audiences is empty; list who the lesson is for: Class, Family and/or Solo",
            );
        }
        if raw.objectives.is_empty() {
            self.warning(
                top.0,
                "no-objectives",
                "objectives is empty; teachers choose lessons by what learners will be able to do",
            );
        }
        for source in &raw.sources {
            if !source.url.starts_with("https://") {
                let at = self.loc.field("url", &source.url);
                self.error(at, "insecure-source", format!("source address `{}` must start with https://", source.url));
            }
        }
        let title = self.msg(&raw.title, top, VarContext::Plain);
        let summary = self.msg(&raw.summary, top, VarContext::Plain);
        let objectives = self.msgs(&raw.objectives, top, VarContext::Plain);
        let content_note = self.opt_msg(&raw.content_note, top, VarContext::Plain);
        let facilitator_notes = self.msgs(&raw.facilitator_notes, top, VarContext::Plain);
        let safeguarding_notes = self.msgs(&raw.safeguarding_notes, top, VarContext::Plain);
        let materials = self.msgs(&raw.materials, top, VarContext::Plain);
        let agreement = self.msgs(&raw.agreement, top, VarContext::Plain);
        let check = self.check(&raw.check, top);

        // Step ids and where each is written, in file order.
        let mut anchors = Vec::with_capacity(raw.steps.len());
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut cursor = top.after();
        for (i, step) in raw.steps.iter().enumerate() {
            let id = step_id(step);
            let at = self.loc.field_after(cursor, "id", id).unwrap_or(cursor);
            cursor = Anchor(at).after();
            anchors.push(Anchor(at));
            if !is_simple_id(id) {
                self.error(
                    at,
                    "bad-step-id",
                    format!("step id `{id}` must use lower-case letters, digits and hyphens"),
                );
            }
            if let Some(first) = index.insert(id, i) {
                index.insert(id, first);
                self.error(
                    at,
                    "duplicate-step",
                    format!("two steps are called `{id}`; rename one (step ids must be unique in a lesson)"),
                );
            }
        }
        if raw.steps.is_empty() {
            self.error(top.0, "no-steps", "the lesson has no steps; add at least a Story and an End");
            return None;
        }
        let start_at = self.loc.field("start", &raw.start);
        let start = self.resolve(&index, &raw.start, start_at, "start");

        let flags_set: BTreeSet<String> = raw
            .steps
            .iter()
            .filter_map(|s| match s {
                RawStep::Chat(chat) => Some(chat.replies.iter().flat_map(|r| r.set.iter().cloned())),
                _ => None,
            })
            .flatten()
            .collect();

        let mut steps = Vec::with_capacity(raw.steps.len());
        for (step, &anchor) in raw.steps.iter().zip(&anchors) {
            steps.push(self.step(step, &StepPlace { anchor, index: &index, flags_set: &flags_set }));
        }
        let steps: Option<Vec<Step>> = steps.into_iter().collect();
        let (steps, start) = (steps?, start?);
        let steps_to_end = self.graph(&steps, start, &anchors);
        if self.errors > 0 {
            return None;
        }
        let mut seen = BTreeSet::new();
        for r in &self.refs {
            seen.insert(r.id.clone());
        }
        Some(Lesson {
            id: raw.id,
            path: self.file.path.clone(),
            topic: raw.topic,
            ages: raw.ages,
            minutes: raw.minutes,
            audiences: raw.audiences,
            title,
            summary,
            objectives,
            content_note,
            facilitator_notes,
            safeguarding_notes,
            materials,
            agreement,
            sources: raw.sources.into_iter().map(|s| Source { title: s.title, url: s.url }).collect(),
            check,
            start,
            steps,
            steps_to_end,
            messages: seen.into_iter().map(MsgId).collect(),
        })
    }

    /// The learning check: short, with answers a class can count by hand.
    fn check(&mut self, raw: &[RawCheckQuestion], top: Anchor) -> Vec<CheckQuestion> {
        const MOST: usize = 5;
        let mut questions = Vec::with_capacity(raw.len());
        let mut ids = BTreeSet::new();
        for q in raw {
            let at = self.loc.field("id", &q.id);
            let anchor = Anchor(at);
            if !is_simple_id(&q.id) {
                self.error(
                    at,
                    "bad-check-id",
                    format!("check question id `{}` must use lower-case letters, digits and hyphens", q.id),
                );
            }
            if !ids.insert(q.id.as_str()) {
                self.error(
                    at,
                    "duplicate-check-question",
                    format!("two check questions are called `{}`; rename one", q.id),
                );
            }
            let question = self.msg(&q.question, anchor, VarContext::Plain);
            let options = self.msgs(&q.options, anchor, VarContext::Plain);
            match q.kind {
                CheckKind::Choice if !(2..=CheckQuestion::MAX_OPTIONS).contains(&options.len()) => self.error(
                    at,
                    "check-options",
                    format!(
                        "check question `{}` has {} option(s); give it 2 to {} answers a class can count by show of hands",
                        q.id,
                        options.len(),
                        CheckQuestion::MAX_OPTIONS
                    ),
                ),
                CheckKind::Confidence if !options.is_empty() => self.error(
                    at,
                    "check-options",
                    format!("check question `{}` is a Confidence question, whose answers are the app's five-point scale; remove its options", q.id),
                ),
                _ => {}
            }
            if let Some(best) = q.best
                && best >= options.len()
            {
                self.error(
                    at,
                    "check-best",
                    format!("`best: {best}` is not one of question `{}`'s options (they count from 0)", q.id),
                );
            }
            questions.push(CheckQuestion { id: q.id.clone(), kind: q.kind, question, options, best: q.best });
        }
        if questions.len() > MOST {
            self.warning(
                top.0,
                "long-check",
                format!("the check has {} questions; keep it to {MOST} or fewer, so it is over in a few minutes and the lesson keeps its time", questions.len()),
            );
        }
        questions
    }

    pub(crate) fn resolve(
        &mut self,
        index: &HashMap<&str, usize>,
        target: &str,
        at: Position,
        field: &str,
    ) -> Option<StepIx> {
        match index.get(target) {
            Some(&i) => Some(StepIx(i)),
            None => {
                let mut known: Vec<&str> = index.keys().copied().collect();
                known.sort_unstable();
                self.error(
                    at,
                    "unknown-step",
                    format!(
                        "`{field}` names a step `{target}` that this lesson does not have; use one of: {}",
                        known.join(", ")
                    ),
                );
                None
            }
        }
    }

    /// A step's `branches` and `next`, resolved.
    pub(crate) fn route(
        &mut self,
        id: &str,
        branches: &[RawBranch],
        next: &Option<String>,
        place: &StepPlace,
    ) -> Option<Route> {
        let StepPlace { anchor, index, flags_set } = *place;
        let mut ok = true;
        let mut checked = Vec::new();
        for branch in branches {
            let at = self.loc.field_after(anchor.0, "go", &branch.go).unwrap_or(anchor.0);
            self.condition(&branch.when, at, flags_set);
            match self.resolve(index, &branch.go, at, "go") {
                Some(target) => checked.push((branch.when.clone(), target)),
                None => ok = false,
            }
        }
        let next = match next {
            Some(target) => {
                let at = self.loc.field_after(anchor.0, "next", target).unwrap_or(anchor.0);
                let resolved = self.resolve(index, target, at, "next");
                ok &= resolved.is_some();
                resolved
            }
            None => {
                let why = if branches.is_empty() { "" } else { " for when no branch matches" };
                self.error(
                    anchor.0,
                    "dead-end",
                    format!("step `{id}` has no `next`{why}: the learner would be stuck; add `next: \"<step id>\"` (only End steps finish a lesson)"),
                );
                return None;
            }
        };
        ok.then_some(Route { branches: checked, next })
    }

    fn condition(&mut self, condition: &Condition, at: Position, flags_set: &BTreeSet<String>) {
        match condition {
            Condition::Flag(flag) | Condition::NotFlag(flag) => {
                if !flags_set.contains(flag) {
                    self.warning(at, "unset-flag", format!("flag `{flag}` is tested here but no reply sets it; check the spelling against the `set` lists"));
                }
            }
            Condition::All(all) | Condition::Any(all) => {
                for c in all {
                    self.condition(c, at, flags_set);
                }
            }
            Condition::ScoreAtLeast(_) | Condition::ScoreBelow(_) => {}
        }
    }

    /// Reachability and escape analysis; returns each step's distance to the nearest End.
    fn graph(&mut self, steps: &[Step], start: StepIx, anchors: &[Anchor]) -> Vec<usize> {
        let n = steps.len();
        let targets: Vec<Vec<StepIx>> = steps.iter().map(|s| s.kind.targets()).collect();
        let mut reachable = vec![false; n];
        let mut queue = VecDeque::from([start.0]);
        reachable[start.0] = true;
        while let Some(i) = queue.pop_front() {
            for t in &targets[i] {
                if !reachable[t.0] {
                    reachable[t.0] = true;
                    queue.push_back(t.0);
                }
            }
        }
        // Distance to the nearest End, walking edges backwards from every End.
        let mut incoming: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, ts) in targets.iter().enumerate() {
            for t in ts {
                incoming[t.0].push(i);
            }
        }
        let mut distance = vec![usize::MAX; n];
        let mut queue = VecDeque::new();
        for (i, step) in steps.iter().enumerate() {
            if matches!(step.kind, StepKind::End { .. }) {
                distance[i] = 0;
                queue.push_back(i);
            }
        }
        if queue.is_empty() {
            self.error(
                anchors[0].0,
                "no-end",
                "the lesson has no End step; add one so every path finishes with help and key messages",
            );
        }
        while let Some(i) = queue.pop_front() {
            for &from in &incoming[i] {
                if distance[from] == usize::MAX {
                    distance[from] = distance[i] + 1;
                    queue.push_back(from);
                }
            }
        }
        let stuck: Vec<usize> =
            (0..n).filter(|&i| reachable[i] && distance[i] == usize::MAX && !targets[i].is_empty()).collect();
        if let Some(&first) = stuck.first() {
            let ids: Vec<&str> = stuck.iter().map(|&j| steps[j].id.as_str()).collect();
            self.error(
                anchors[first].0,
                "no-way-out",
                format!(
                    "from step `{}` no path leads to an End: steps {} only lead to each other; give one of them a way on to an End",
                    steps[first].id,
                    ids.join(", ")
                ),
            );
        }
        for (i, step) in steps.iter().enumerate() {
            if !reachable[i] {
                self.warning(
                    anchors[i].0,
                    "unreachable",
                    format!(
                        "step `{}` can never be reached from `start`; link to it with `next` or `go`, or delete it",
                        step.id
                    ),
                );
            }
        }
        distance.iter().map(|&d| if d == usize::MAX { 0 } else { d }).collect()
    }
}

fn step_id(step: &RawStep) -> &str {
    step.common().id
}
