//! Picking languages for a learner and formatting messages with fallback to English.

use std::borrow::Cow;
use std::sync::Arc;

use fluent_bundle::FluentArgs;
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::REFERENCE_LANGUAGE;
use super::catalog::{Bundle, Catalog};

/// The languages to try for `requested` (e.g. a browser's `navigator.languages`), best
/// first, always ending with English. Unknown or malformed requests are skipped.
pub fn negotiate(requested: &[&str], available: &[&str]) -> Vec<String> {
    let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| r.parse().ok()).collect();
    let available_ids: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
    let reference: LanguageIdentifier = REFERENCE_LANGUAGE.parse().expect("the reference language code is valid");
    let chosen = negotiate_languages(&requested, &available_ids, Some(&reference), NegotiationStrategy::Filtering);
    let mut chain: Vec<String> = Vec::new();
    for id in chosen {
        // Map back to the folder name the match came from.
        let code = available.iter().find(|a| a.parse::<LanguageIdentifier>().ok().as_ref() == Some(id)).copied();
        if let Some(code) = code
            && !chain.iter().any(|c| c == code)
        {
            chain.push(code.to_owned());
        }
    }
    if !chain.iter().any(|c| c == REFERENCE_LANGUAGE) {
        chain.push(REFERENCE_LANGUAGE.to_owned());
    }
    chain
}

/// Formats messages in a chosen language, falling back along a chain to English.
#[derive(Clone)]
pub struct Localizer {
    chain: Vec<(String, Arc<Bundle>)>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer").field("chain", &self.chain.iter().map(|(c, _)| c).collect::<Vec<_>>()).finish()
    }
}

impl Localizer {
    /// A localizer for the best match of `requested` among the catalog's languages.
    pub fn new(catalog: &Catalog, requested: &[&str]) -> Localizer {
        let available: Vec<&str> = catalog.codes().collect();
        let chain = negotiate(requested, &available)
            .into_iter()
            .filter_map(|code| catalog.language(&code).map(|l| (code, l.bundle())))
            .collect();
        Localizer { chain }
    }

    /// The language actually used first (`en` when nothing else matched).
    pub fn language(&self) -> &str {
        self.chain.first().map_or(REFERENCE_LANGUAGE, |(code, _)| code.as_str())
    }

    /// The message's text, from the first language in the chain that has it.
    /// A message no language has comes back as its id, so it is visible, never blank.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// Like [`text`](Self::text), with Fluent variables.
    pub fn text_with(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    /// A chat's words, which may name the contact as `$contact` (the one variable chat
    /// messages, replies, prompts and feedback have: `content/check_lesson.rs`).
    pub fn chat_text(&self, id: &str, contact: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("contact", contact.to_owned());
        self.text_with(id, &args)
    }

    /// Whether the first language (not a fallback) has this message.
    pub fn has_own(&self, id: &str) -> bool {
        self.chain.first().is_some_and(|(_, b)| b.has_message(id))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for (_, bundle) in &self.chain {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text: Cow<str> = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    report_once(id, &errors);
                }
                return text.into_owned();
            }
        }
        id.to_owned()
    }
}

/// Logs a message's formatting errors (a variable the caller did not give, a missing term) the
/// first time they happen: the text still shows, with Fluent's placeholder where it failed.
/// `chatwise check` catches these in shipped packs; this is for what only running shows.
fn report_once(id: &str, errors: &[fluent_bundle::FluentError]) {
    static REPORTED: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
    let Ok(mut reported) = REPORTED.lock() else { return };
    if reported.iter().any(|r| r == id) {
        return;
    }
    reported.push(id.to_owned());
    let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
    log::warn!("message `{id}` could not be formatted completely: {}", errors.join("; "));
}

/// The learner's language from the environment, if set: `LANG=uk_UA.UTF-8` gives `uk-UA`. The
/// desktop app and the commands ask it; the browser app reads the page's languages instead.
pub fn system_language() -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|var| {
        let value = std::env::var(var).ok()?;
        let tag = value.split(['.', '@']).next()?.replace('_', "-");
        (!tag.is_empty() && tag != "C" && tag != "POSIX").then_some(tag)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_prefers_requested_and_ends_in_english() {
        assert_eq!(negotiate(&["uk-UA", "en-GB"], &["en", "uk", "kk"]), vec!["uk", "en"]);
        assert_eq!(negotiate(&["fr"], &["en", "uk"]), vec!["en"]);
        assert_eq!(negotiate(&["not a tag!"], &["en"]), vec!["en"]);
        assert_eq!(negotiate(&["kk", "ru"], &["en", "kk", "mn"]), vec!["kk", "en"]);
    }
}
