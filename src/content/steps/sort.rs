//! A Sort step: put cards into named groups, without dragging.

use std::collections::HashMap;

use serde::Deserialize;

use crate::VarContext;
use crate::check_lesson::{Checker, StepPlace};
use crate::model::{MsgId, Route};
use crate::raw::{RawMsg, one};

authored_step! {
    route
    /// Put cards into named groups, without dragging.
    pub struct RawSort {
        pub prompt: RawMsg,
        pub groups: Vec<RawSortGroup>,
        pub cards: Vec<RawSortCard>,
        #[serde(default = "one")]
        pub points: i32,
    }
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

/// A card-sorting step.
#[derive(Debug, Clone)]
pub struct Sort {
    pub prompt: MsgId,
    pub groups: Vec<SortGroup>,
    pub cards: Vec<SortCard>,
    pub points: i32,
    pub route: Route,
}

/// A group to sort cards into.
#[derive(Debug, Clone)]
pub struct SortGroup {
    pub id: String,
    pub label: MsgId,
}

/// A card, with the index of the group it belongs in.
#[derive(Debug, Clone)]
pub struct SortCard {
    pub text: MsgId,
    pub group: usize,
    pub feedback: Option<MsgId>,
}

impl Checker<'_> {
    pub(crate) fn sort(&mut self, s: &RawSort, place: &StepPlace) -> Option<Sort> {
        let (anchor, plain) = (place.anchor, VarContext::Plain);
        let mut ok = true;
        if s.groups.len() < 2 {
            self.error(anchor.0, "bad-sort", format!("sort `{}` needs at least two groups", s.id));
            ok = false;
        }
        if s.cards.is_empty() {
            self.error(anchor.0, "bad-sort", format!("sort `{}` has no cards", s.id));
            ok = false;
        }
        let mut group_index: HashMap<&str, usize> = HashMap::new();
        let mut groups = Vec::new();
        for (i, group) in s.groups.iter().enumerate() {
            let at = self.loc.field_after(anchor.0, "id", &group.id).unwrap_or(anchor.0);
            if group_index.insert(&group.id, i).is_some() {
                self.error(
                    at,
                    "duplicate-group",
                    format!("two groups in sort `{}` are called `{}`; rename one", s.id, group.id),
                );
                ok = false;
            }
            groups.push(SortGroup { id: group.id.clone(), label: self.msg(&group.label, anchor, plain) });
        }
        let mut cards = Vec::new();
        for card in &s.cards {
            let text = self.msg(&card.text, anchor, plain);
            let feedback = self.opt_msg(&card.feedback, anchor, plain);
            match group_index.get(card.group.as_str()) {
                Some(&group) => cards.push(SortCard { text, group, feedback }),
                None => {
                    let at = self.loc.field_after(anchor.0, "group", &card.group).unwrap_or(anchor.0);
                    let known: Vec<&str> = s.groups.iter().map(|g| g.id.as_str()).collect();
                    self.error(
                        at,
                        "unknown-group",
                        format!(
                            "card says `group: \"{}\"`, but sort `{}` only has groups: {}",
                            card.group,
                            s.id,
                            known.join(", ")
                        ),
                    );
                    ok = false;
                }
            }
        }
        let route = self.route(&s.id, &s.branches, &s.next, place)?;
        ok.then_some(Sort { prompt: self.msg(&s.prompt, anchor, plain), groups, cards, points: s.points, route })
    }
}
