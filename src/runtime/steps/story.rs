//! Showing a Story step: a title, words and perhaps a picture. Continue follows its route.

use chatwise_content::model::{Image, MsgId};
use chatwise_i18n::Localizer;

use crate::view::{ot, t};

/// An image and its description.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageView {
    pub path: String,
    pub alt: String,
}

pub(super) fn image(loc: &Localizer, image: &Option<Image>) -> Option<ImageView> {
    image.as_ref().map(|i| ImageView { path: i.path.clone(), alt: t(loc, &i.alt) })
}

/// A Story's title, or its first words.
pub(super) fn headline(loc: &Localizer, title: &Option<MsgId>, body: &MsgId) -> String {
    ot(loc, title).unwrap_or_else(|| t(loc, body))
}
