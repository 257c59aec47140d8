//! What the learner must do next, and the decisions that answer it: shared by the terminal
//! walk (typed or scripted choices), automatic play (`--auto`) and the random-path tests.

use crate::{LessonRun, RunError};

/// What the current step is waiting for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// Nothing to decide: Continue moves on.
    Continue,
    /// Pick one of `count` replies; `tried` ones are not available.
    Reply { count: usize, tried: Vec<usize> },
    /// Pick one option (or several, when `multiple`).
    Answer { count: usize, multiple: bool },
    /// Put each of `cards` cards into one of `groups` groups.
    Sort { cards: usize, groups: usize },
    /// The lesson is over.
    Finished,
}

/// One learner decision. Saved progress is a list of these, replayed to resume.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Decision {
    Continue,
    Reply(usize),
    Answer(Vec<usize>),
    /// The group for each card, in card order.
    Sort(Vec<usize>),
    /// A teacher's "Reveal" in class mode: a quiz's answer, or what each chat reply means.
    Reveal,
    Back,
    /// Open the quiz's hint (it costs nothing; it stays open when the lesson is resumed).
    Hint,
}

/// How automatic play picks.
#[derive(Debug, Clone)]
pub enum Strategy {
    /// Always the first available choice.
    First,
    /// Uniformly random among available choices, reproducible from a seed.
    Random(fastrand::Rng),
}

impl Strategy {
    pub fn random(seed: u64) -> Strategy {
        Strategy::Random(fastrand::Rng::with_seed(seed))
    }

    fn pick(&mut self, n: usize) -> usize {
        match self {
            Strategy::First => 0,
            Strategy::Random(rng) => rng.usize(..n.max(1)),
        }
    }

    /// A decision for `pending`; `None` when nothing is left to decide.
    pub fn decide(&mut self, pending: &Pending) -> Option<Decision> {
        Some(match pending {
            Pending::Finished => return None,
            Pending::Continue => Decision::Continue,
            Pending::Reply { count, tried } => {
                let open: Vec<usize> = (0..*count).filter(|i| !tried.contains(i)).collect();
                Decision::Reply(*open.get(self.pick(open.len()))?)
            }
            Pending::Answer { count, multiple: false } => Decision::Answer(vec![self.pick(*count)]),
            Pending::Answer { count, multiple: true } => match self {
                Strategy::First => Decision::Answer(vec![0]),
                Strategy::Random(rng) => {
                    let mut chosen: Vec<usize> = (0..*count).filter(|_| rng.bool()).collect();
                    if chosen.is_empty() {
                        chosen.push(rng.usize(..*count));
                    }
                    Decision::Answer(chosen)
                }
            },
            Pending::Sort { cards, groups } => Decision::Sort((0..*cards).map(|_| self.pick(*groups)).collect()),
        })
    }
}

impl LessonRun {
    /// Applies one decision.
    pub fn apply(&mut self, decision: &Decision) -> Result<(), RunError> {
        match decision {
            Decision::Continue => self.advance(),
            Decision::Reply(i) => self.choose_reply(*i),
            Decision::Answer(options) => self.answer(options),
            Decision::Sort(groups) => {
                let (cards, _) = self.sort_sizes()?;
                if groups.len() != cards {
                    return Err(RunError::Unplaced(cards.saturating_sub(groups.len())));
                }
                for (card, &group) in groups.iter().enumerate() {
                    self.place_card(card, group)?;
                }
                self.check_sort().map(|_| ())
            }
            Decision::Reveal => self.reveal(),
            Decision::Back => self.back(),
            Decision::Hint => self.show_hint(),
        }
    }
}
