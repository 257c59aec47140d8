//! A Story step: a scene or explanation card, with an optional picture.

use serde::Deserialize;

use crate::VarContext;
use crate::check_lesson::{Checker, StepPlace};
use crate::model::{Image, StepKind};
use crate::raw::RawMsg;

authored_step! {
    route
    /// A scene or explanation card.
    pub struct RawStory {
        #[serde(default)]
        pub title: Option<RawMsg>,
        pub body: RawMsg,
        /// A picture under the pack's `images/` folder, with its description for screen readers.
        #[serde(default)]
        pub image: Option<RawImage>,
    }
}

/// An image and its alternative text.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawImage {
    pub path: String,
    pub alt: RawMsg,
}

impl Checker<'_> {
    pub(crate) fn story(&mut self, s: &RawStory, place: &StepPlace) -> Option<StepKind> {
        let (anchor, plain) = (place.anchor, VarContext::Plain);
        let image = s.image.as_ref().map(|image| Image {
            path: image.path.clone(),
            at: self.loc.value_after(anchor.0, &image.path).unwrap_or(anchor.0),
            alt: self.msg(&image.alt, anchor, plain),
        });
        Some(StepKind::Story {
            title: self.opt_msg(&s.title, anchor, plain),
            body: self.msg(&s.body, anchor, plain),
            image,
            route: self.route(&s.id, &s.branches, &s.next, place)?,
        })
    }
}
