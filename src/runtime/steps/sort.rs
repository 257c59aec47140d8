//! Playing a Sort step: the learner picks a card, then the group it goes in (no dragging), and
//! checks. A card moved after checking loses its verdict until the next check.

use std::sync::Arc;

use chatwise_content::model::{Sort, StepKind};
use chatwise_i18n::{Localizer, ui_text};

use crate::view::{t, with_count};
use crate::{Event, LessonRun, Phase, RunError};

/// A sort's placements.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub(crate) struct SortState {
    /// Group index per card.
    pub placed: Vec<Option<usize>>,
    pub selected: Option<usize>,
    pub attempts: u32,
    /// Per card, whether it was in its right group at the last check.
    pub checked: Option<Vec<bool>>,
    /// Where the cards were at the last check: a card moved since has no verdict.
    pub checked_placed: Vec<Option<usize>>,
}

impl SortState {
    pub(super) fn new(sort: &Sort) -> SortState {
        SortState { placed: vec![None; sort.cards.len()], ..SortState::default() }
    }

    /// Checked, and no card moved since.
    pub fn settled(&self) -> bool {
        self.checked.is_some() && self.placed == self.checked_placed
    }
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

impl LessonRun {
    /// Selects sort card `card` (0-based), or unselects it if it was selected.
    pub fn select_card(&mut self, card: usize) -> Result<(), RunError> {
        let state = self.sort_state_for(card)?;
        state.selected = if state.selected == Some(card) { None } else { Some(card) };
        Ok(())
    }

    /// Puts the selected card into `group`. Without a selected card: "Choose a card first".
    pub fn place_selected(&mut self, group: usize) -> Result<(), RunError> {
        let Phase::Sort(state) = &self.phase else {
            return Err(RunError::WrongStep("sort"));
        };
        let card = state.selected.ok_or(RunError::NoCardSelected)?;
        self.place_card(card, group)
    }

    /// Puts `card` into `group` (both 0-based); moving a placed card is allowed.
    pub fn place_card(&mut self, card: usize, group: usize) -> Result<(), RunError> {
        let groups = self.sort_sizes()?.1;
        let state = self.sort_state_for(card)?;
        if group >= groups {
            return Err(RunError::NoSuchOption(group + 1));
        }
        state.placed[card] = Some(group);
        state.selected = None;
        Ok(())
    }

    /// Takes sort card `card` out of its group and picks it up, to put it somewhere else.
    pub fn pick_up(&mut self, card: usize) -> Result<(), RunError> {
        let state = self.sort_state_for(card)?;
        state.placed[card] = None;
        state.selected = Some(card);
        Ok(())
    }

    /// The sort's state, once `card` is known to be one of its cards.
    fn sort_state_for(&mut self, card: usize) -> Result<&mut SortState, RunError> {
        let count = self.sort_sizes()?.0;
        let Phase::Sort(state) = &mut self.phase else {
            return Err(RunError::WrongStep("sort"));
        };
        if card >= count {
            return Err(RunError::NoSuchOption(card + 1));
        }
        Ok(state)
    }

    /// Checks the placements; every card must be in a group. Returns how many are right.
    pub fn check_sort(&mut self) -> Result<usize, RunError> {
        let lesson = Arc::clone(&self.lesson);
        let StepKind::Sort(sort) = &lesson.step(self.entry.step).kind else {
            return Err(RunError::WrongStep("sort"));
        };
        let Phase::Sort(state) = &mut self.phase else {
            return Err(RunError::WrongStep("sort"));
        };
        let unplaced = state.placed.iter().filter(|p| p.is_none()).count();
        if unplaced > 0 {
            return Err(RunError::Unplaced(unplaced));
        }
        let results: Vec<bool> =
            sort.cards.iter().zip(&state.placed).map(|(card, placed)| *placed == Some(card.group)).collect();
        let correct = results.iter().filter(|r| **r).count();
        state.attempts += 1;
        if correct == results.len() && state.attempts == 1 {
            self.score += sort.points;
        }
        state.checked = Some(results);
        state.checked_placed = state.placed.clone();
        let step = self.step().id.clone();
        self.transcript.push(Event::Sorted { step, correct, total: sort.cards.len() });
        Ok(correct)
    }

    /// How many cards and groups the sort has.
    pub(crate) fn sort_sizes(&self) -> Result<(usize, usize), RunError> {
        match &self.step().kind {
            StepKind::Sort(s) => Ok((s.cards.len(), s.groups.len())),
            _ => Err(RunError::WrongStep("sort")),
        }
    }

    /// Continue, once every card is checked where it lies.
    pub(super) fn advance_sort(&mut self, sort: &Sort) -> Result<(), RunError> {
        match &self.phase {
            Phase::Sort(state) if state.settled() => {
                self.follow(&sort.route);
                Ok(())
            }
            Phase::Sort(_) => Err(RunError::NotAnswered),
            _ => Err(RunError::WrongStep("action")),
        }
    }
}

pub(super) fn view(loc: &Localizer, sort: &Sort, state: &SortState) -> SortView {
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
                    let lead = loc.text(if r { ui_text::SORT_GOOD_PLACE.id } else { ui_text::SORT_THINK_AGAIN.id });
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
    SortView {
        prompt: t(loc, &sort.prompt),
        groups: sort.groups.iter().map(|g| t(loc, &g.label)).collect(),
        cards,
        checked: state.checked.is_some(),
        changed: state.checked.is_some() && !state.settled(),
        summary,
    }
}
