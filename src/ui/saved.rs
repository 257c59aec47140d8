//! What the app remembers on the device: settings and each lesson's progress, as JSON.
//! Where it is kept (a file, or localStorage in a browser) is the platform layer's business.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use chatwise_content::model::Audience;
use chatwise_runtime::Decision;

/// The format version written into every saved file.
pub const FORMAT_VERSION: u32 = 1;

/// The reader's choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// A language code the reader chose; `None` follows the system or browser.
    pub language: Option<String>,
    /// Who is playing; `None` until the start screen is answered.
    pub player: Option<Audience>,
    /// Text size, 1.0 to 2.0 in steps of 0.25.
    pub text_scale: f32,
    pub high_contrast: bool,
    pub reduced_motion: bool,
    /// The country whose help to show; `None` follows the system's region until chosen.
    pub country: Option<CountryChoice>,
}

/// A country from the pack's portal list, or "my country is not listed".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum CountryChoice {
    Code(String),
    NotListed,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            language: None,
            player: None,
            text_scale: 1.0,
            high_contrast: false,
            reduced_motion: false,
            country: None,
        }
    }
}

/// How far a lesson got: the learner's decisions, replayed to resume exactly where they were.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LessonProgress {
    pub decisions: Vec<Decision>,
    pub completed: bool,
    /// The family agreement as the family left it: which suggested lines they kept (all when
    /// `None`) and the lines they added themselves.
    pub agreement: Option<Agreement>,
}

/// A family's version of a lesson's suggested agreement.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Agreement {
    pub kept: Vec<usize>,
    pub own: Vec<String>,
}

/// Everything saved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub version: u32,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub progress: BTreeMap<String, LessonProgress>,
    /// Learning-check counts, one entry per lesson and language: numbers only, never who.
    #[serde(default)]
    pub checks: Vec<chatwise_export::check::CheckCounts>,
}

impl Default for Saved {
    fn default() -> Self {
        Saved { version: FORMAT_VERSION, settings: Settings::default(), progress: BTreeMap::new(), checks: Vec::new() }
    }
}

impl Saved {
    /// Reads saved JSON; an error means the data is corrupt and must be set aside.
    pub fn from_json(text: &str) -> Result<Saved, String> {
        let saved: Saved = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if saved.version != FORMAT_VERSION {
            return Err(format!("saved with format version {}, this app reads {FORMAT_VERSION}", saved.version));
        }
        Ok(saved)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
