//! A pack as one file, `pack.json`, for the prebuilt web player: `chatwise site` writes it
//! beside the player's files, and the player reads it from the site at start instead of the
//! lessons compiled into it. It holds only the author's files; the engine adds its own messages
//! and help data when it loads the bundle, as it does for a pack read from folders.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use chatwise_base::source::{RawFile, read_tree};

use crate::origin::add_engine_files;
use crate::{Library, Loaded, load_files};

/// The bundle layout this engine reads. A player refuses bundles of another format, with a
/// message, rather than half-loading them.
pub const FORMAT: u32 = 1;

/// The file a published site keeps its pack in, next to `index.html`.
pub const FILE_NAME: &str = "pack.json";

/// What a site chose at publishing time, over the pack's own defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// The pack's files as text, by their path inside `content/` and `locales/`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bundle {
    pub format: u32,
    /// The engine version that wrote it (for messages; compatibility is `format`).
    pub engine: String,
    pub content: BTreeMap<String, String>,
    pub locales: BTreeMap<String, String>,
    #[serde(default)]
    pub site: SiteSettings,
}

/// Why a bundle could not be used.
#[derive(Debug, thiserror::Error)]
pub enum BundleError {
    #[error("pack.json is not a ChatWise pack ({0})")]
    Corrupt(String),
    #[error(
        "pack.json was made for pack format {found}, and this player reads format {FORMAT}; publish the site again with this version of chatwise"
    )]
    Format { found: u32 },
    #[error("{path} is not UTF-8 text")]
    NotText { path: String },
    #[error("could not read {path}: {error}")]
    Read { path: String, error: std::io::Error },
}

impl Bundle {
    /// A pack's files from its folders, with what the engine brings for its languages (its own
    /// messages, the built-in lessons a pack asks for): the browser app carries only English,
    /// so the pack file must hold every language's words itself.
    pub fn from_folders(content: &Path, locales: &Path, site: SiteSettings) -> Result<Bundle, BundleError> {
        let read = |dir: &Path| -> Result<Vec<RawFile>, BundleError> {
            let files = read_tree(dir).map_err(|error| BundleError::Read { path: dir.display().to_string(), error })?;
            // Only what the engine reads: lessons, pack, portals and translations.
            Ok(files.into_iter().filter(|f| f.relative.ends_with(".ron") || f.relative.ends_with(".ftl")).collect())
        };
        let (mut content_files, mut locale_files) = (read(content)?, read(locales)?);
        add_engine_files(&mut content_files, &mut locale_files);
        let texts = |files: Vec<RawFile>| -> Result<BTreeMap<String, String>, BundleError> {
            files
                .into_iter()
                .map(|f| {
                    String::from_utf8(f.bytes)
                        .map(|text| (f.relative, text))
                        .map_err(|_| BundleError::NotText { path: f.path })
                })
                .collect()
        };
        Ok(Bundle {
            format: FORMAT,
            engine: env!("CARGO_PKG_VERSION").to_owned(),
            content: texts(content_files)?,
            locales: texts(locale_files)?,
            site,
        })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads `pack.json`, refusing another format before looking further.
    pub fn from_json(text: &str) -> Result<Bundle, BundleError> {
        #[derive(Deserialize)]
        struct Head {
            format: u32,
        }
        let head: Head = serde_json::from_str(text).map_err(|e| BundleError::Corrupt(e.to_string()))?;
        if head.format != FORMAT {
            return Err(BundleError::Format { found: head.format });
        }
        serde_json::from_str(text).map_err(|e| BundleError::Corrupt(e.to_string()))
    }

    /// Checks and loads the pack as the app would from folders, with the site's choices applied
    /// over the pack's defaults.
    pub fn load(self) -> Loaded {
        let files = |prefix: &str, map: BTreeMap<String, String>| -> Vec<RawFile> {
            map.into_iter()
                .map(|(relative, text)| RawFile {
                    path: format!("{prefix}/{relative}"),
                    relative,
                    bytes: text.into_bytes(),
                })
                .collect()
        };
        let (mut content, mut locales) = (files("content", self.content), files("locales", self.locales));
        add_engine_files(&mut content, &mut locales);
        let mut loaded = load_files(content, locales);
        self.site.apply_to(&mut loaded.library);
        loaded
    }
}

impl SiteSettings {
    /// Puts the site's choices over the pack's own defaults; a language or country the library
    /// cannot show is left out (`chatwise site` refuses those before publishing).
    pub fn apply_to(&self, library: &mut Library) {
        let pack = &mut library.pack;
        if self.organisation.is_some() {
            pack.organisation.clone_from(&self.organisation);
        }
        if let Some(language) = self.language.as_ref().filter(|l| pack.languages.iter().any(|p| &p.code == *l)) {
            pack.default_language = Some(language.clone());
        }
        if let Some(country) = self.country.as_ref().filter(|c| library.portals.country(c).is_some()) {
            pack.default_country = Some(country.to_ascii_uppercase());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_format_is_refused_before_anything_else_is_read() {
        let error = Bundle::from_json(r#"{"format": 99, "whatever": true}"#).unwrap_err();
        assert!(matches!(error, BundleError::Format { found: 99 }), "{error}");
        assert!(matches!(Bundle::from_json("{ not json"), Err(BundleError::Corrupt(_))));
        assert!(matches!(Bundle::from_json(r#"{"format": 1}"#), Err(BundleError::Corrupt(_))));
    }
}
