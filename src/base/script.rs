//! Writing systems: which script a language is written in, which way it runs, and which font
//! files draw it. The facts are data, read once: `assets/fonts/fonts.ron` (scripts, their font
//! files, the script of each known language) and `assets/fonts/coverage.ron` (what each file
//! draws, generated from its cmap by `assets/fonts/subset.sh`). The app, the browser loader, the
//! printed documents and the checker all ask here, so they cannot disagree.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// Which way a language's lines run. One place decides it for the app, `<html dir>` and exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Direction {
    #[default]
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The language's direction (CLDR's list of right-to-left languages, via unic-langid).
    pub fn of(language: &str) -> Direction {
        match language.parse::<LanguageIdentifier>().map(|id| id.character_direction()) {
            Ok(CharacterDirection::RTL) => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Direction::RightToLeft
    }

    /// The value of HTML's `dir` attribute.
    pub fn html(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// A regular and a bold font file.
#[derive(Debug, Clone, Deserialize)]
pub struct FontFiles {
    pub regular: String,
    pub bold: String,
}

/// One script and the files that draw it beyond the base fonts.
#[derive(Debug, Clone, Deserialize)]
pub struct ScriptFonts {
    /// The script's English name, for messages to authors ("Devanagari").
    pub name: String,
    /// Printed documents: the fonts readers' machines commonly have for it, best first (CSS).
    #[serde(default)]
    pub css: Option<String>,
    #[serde(default)]
    pub regular: Option<String>,
    #[serde(default)]
    pub bold: Option<String>,
    /// The regular face cut to the language names in fonts.ron, built into every build.
    #[serde(default)]
    pub names: Option<String>,
}

impl ScriptFonts {
    /// The script's own files to fetch for its readers (none for Latin and Cyrillic, which the
    /// base fonts draw).
    pub fn files(&self) -> impl Iterator<Item = &str> {
        self.regular.iter().chain(self.bold.iter()).map(String::as_str)
    }
}

#[derive(Debug, Deserialize)]
struct Manifest {
    base: FontFiles,
    scripts: BTreeMap<String, ScriptFonts>,
    languages: BTreeMap<String, (String, String)>,
}

/// The shipped fonts and what they draw.
#[derive(Debug)]
pub struct Fonts {
    pub base: FontFiles,
    scripts: BTreeMap<String, ScriptFonts>,
    /// Script and own name, by language code.
    languages: BTreeMap<String, (String, String)>,
    coverage: BTreeMap<String, Vec<(u32, u32)>>,
}

/// What a language's text needs: its script, direction and fonts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Writing {
    pub script: String,
    pub direction: Direction,
}

impl Writing {
    /// How to draw a language the app cannot place (the checker reports it): Latin letters, in
    /// the language's own direction, so the rest of the app still works.
    pub fn fallback(language: &str) -> Writing {
        Writing { script: "Latn".to_owned(), direction: Direction::of(language) }
    }
}

/// Why a language cannot be drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WritingProblem {
    /// Neither fonts.ron nor the pack says which script the language is written in.
    UnknownScript,
    /// The script is known but the app ships no font for it.
    NoFont { script: String },
}

/// The font files compiled into this build, by the names fonts.ron uses. The browser build
/// carries only Noto Sans: a script's files come from the site when a language needs them.
const BUILT_IN: &[(&str, &[u8])] = &[
    ("NotoSans-Regular.ttf", include_bytes!("../../assets/fonts/NotoSans-Regular.ttf")),
    ("NotoSans-Bold.ttf", include_bytes!("../../assets/fonts/NotoSans-Bold.ttf")),
    ("NotoSansDevanagariUI-Names.ttf", include_bytes!("../../assets/fonts/NotoSansDevanagariUI-Names.ttf")),
    ("NotoNaskhArabicUI-Names.ttf", include_bytes!("../../assets/fonts/NotoNaskhArabicUI-Names.ttf")),
    #[cfg(not(target_arch = "wasm32"))]
    ("NotoSansDevanagariUI-Regular.ttf", include_bytes!("../../assets/fonts/NotoSansDevanagariUI-Regular.ttf")),
    #[cfg(not(target_arch = "wasm32"))]
    ("NotoSansDevanagariUI-Bold.ttf", include_bytes!("../../assets/fonts/NotoSansDevanagariUI-Bold.ttf")),
    #[cfg(not(target_arch = "wasm32"))]
    ("NotoNaskhArabicUI-Regular.ttf", include_bytes!("../../assets/fonts/NotoNaskhArabicUI-Regular.ttf")),
    #[cfg(not(target_arch = "wasm32"))]
    ("NotoNaskhArabicUI-Bold.ttf", include_bytes!("../../assets/fonts/NotoNaskhArabicUI-Bold.ttf")),
];

/// A font file's bytes, if this build carries it.
pub fn built_in_file(file: &str) -> Option<&'static [u8]> {
    BUILT_IN.iter().find(|(name, _)| *name == file).map(|(_, bytes)| *bytes)
}

const MANIFEST: &str = include_str!("../../assets/fonts/fonts.ron");
const COVERAGE: &str = include_str!("../../assets/fonts/coverage.ron");

/// The shipped fonts' facts, parsed on first use. Both files are the engine's own and a test
/// reads them, so a parse error here is a build mistake, not a reader's problem.
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let options = ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
        let manifest: Manifest = options.from_str(MANIFEST).expect("assets/fonts/fonts.ron parses");
        let coverage = ron::from_str(COVERAGE).expect("assets/fonts/coverage.ron parses");
        Fonts { base: manifest.base, scripts: manifest.scripts, languages: manifest.languages, coverage }
    })
}

impl Fonts {
    /// The script fonts.ron gives the language, by its primary subtag (`hi-IN` → `hi`).
    pub fn script_of(&self, language: &str) -> Option<&str> {
        let primary = language.split(['-', '_']).next().unwrap_or(language);
        self.languages.get(primary).map(|(script, _)| script.as_str())
    }

    /// The language's own name for itself ("हिन्दी"), if fonts.ron knows it and the app can
    /// draw it.
    pub fn endonym(&self, language: &str) -> Option<&str> {
        let primary = language.split(['-', '_']).next().unwrap_or(language);
        let (script, name) = self.languages.get(primary)?;
        name.chars().all(|c| self.draws(script, c)).then_some(name.as_str())
    }

    pub fn script(&self, code: &str) -> Option<&ScriptFonts> {
        self.scripts.get(code)
    }

    /// The script codes the app has fonts for.
    pub fn scripts(&self) -> impl Iterator<Item = &str> {
        self.scripts.keys().map(String::as_str)
    }

    /// How a language is written: `declared` is the pack's own `script:` for it, if any.
    pub fn writing(&self, language: &str, declared: Option<&str>) -> Result<Writing, WritingProblem> {
        let script = declared.or_else(|| self.script_of(language)).ok_or(WritingProblem::UnknownScript)?;
        if !self.scripts.contains_key(script) {
            return Err(WritingProblem::NoFont { script: script.to_owned() });
        }
        Ok(Writing { script: script.to_owned(), direction: Direction::of(language) })
    }

    /// The font files the language's text needs beyond the base fonts (empty for Latin).
    pub fn script_files(&self, script: &str) -> Vec<&str> {
        self.scripts.get(script).map(|s| s.files().collect()).unwrap_or_default()
    }

    /// The characters the file draws, as inclusive ranges of code points (coverage.ron).
    pub fn coverage(&self, file: &str) -> &[(u32, u32)] {
        self.coverage.get(file).map_or(&[], Vec::as_slice)
    }

    /// Whether the file draws `c` (coverage.ron).
    pub fn file_draws(&self, file: &str, c: char) -> bool {
        in_ranges(self.coverage(file), c)
    }

    /// Whether text in `script` can show `c`: the base fonts or the script's regular file draw
    /// it. Invisible format characters (joiners, bidi marks) count as drawable.
    pub fn draws(&self, script: &str, c: char) -> bool {
        let (base, own) = self.regular_coverage(script);
        is_invisible(c) || in_ranges(base, c) || in_ranges(own, c)
    }

    /// [`Fonts::draws`] for many characters of one script, with the files looked up once: the
    /// check of every translation's characters runs at each start of the app, and looking the
    /// files up per character was half of the browser's time to load the library.
    pub fn draws_in(&self, script: &str) -> impl Fn(char) -> bool + '_ {
        let (base, own) = self.regular_coverage(script);
        // Most characters of most translations are ASCII: answer those from a table.
        let ascii: [bool; 128] = std::array::from_fn(|i| {
            let c = char::from(i as u8);
            is_invisible(c) || in_ranges(base, c) || in_ranges(own, c)
        });
        move |c| {
            if c.is_ascii() { ascii[c as usize] } else { is_invisible(c) || in_ranges(base, c) || in_ranges(own, c) }
        }
    }

    /// What the base regular font and `script`'s own regular font draw.
    fn regular_coverage(&self, script: &str) -> (&[Range], &[Range]) {
        let own =
            self.scripts.get(script).and_then(|s| s.regular.as_deref()).map_or(&[][..], |file| self.coverage(file));
        (self.coverage(&self.base.regular), own)
    }

    /// The files a language's characters come from, in the order egui tries them: the base
    /// font first, so Latin letters, digits and punctuation keep Noto Sans' shapes in every
    /// language, then the script's own file (the two share no letters).
    pub fn family(&self, writing: &Writing, bold: bool) -> Vec<&str> {
        let script = self.scripts.get(&writing.script);
        if bold {
            let mut family = vec![self.base.bold.as_str()];
            family.extend(script.and_then(|s| s.bold.as_deref()));
            family.push(&self.base.regular);
            family
        } else {
            let mut family = vec![self.base.regular.as_str()];
            family.extend(script.and_then(|s| s.regular.as_deref()));
            family
        }
    }
}

/// An inclusive range of code points a font file draws (coverage.ron).
type Range = (u32, u32);

/// Whether `c` is in `ranges`: sorted, inclusive ranges of code points (coverage.ron).
fn in_ranges(ranges: &[Range], c: char) -> bool {
    let c = u32::from(c);
    // The last range that starts at or before `c`.
    let i = ranges.partition_point(|(from, _)| *from <= c);
    i > 0 && c <= ranges[i - 1].1
}

/// Characters that draw nothing on purpose: joiners, marks and spaces of no width.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
        || c.is_control()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_have_their_script_and_direction() {
        let fonts = fonts();
        let hi = fonts.writing("hi", None).unwrap();
        assert_eq!((hi.script.as_str(), hi.direction), ("Deva", Direction::LeftToRight));
        let ur = fonts.writing("ur", None).unwrap();
        assert_eq!((ur.script.as_str(), ur.direction), ("Arab", Direction::RightToLeft));
        assert_eq!(fonts.writing("mn", None).unwrap().script, "Cyrl");
        assert_eq!(fonts.writing("xx", None), Err(WritingProblem::UnknownScript));
        assert_eq!(fonts.writing("bn", None), Err(WritingProblem::NoFont { script: "Beng".into() }));
        assert_eq!(fonts.writing("xx", Some("Latn")).unwrap().script, "Latn");
        assert_eq!(fonts.endonym("hi"), Some("हिन्दी"));
        assert_eq!(fonts.endonym("ur-PK"), Some("اردو"));
        assert_eq!(fonts.endonym("bn"), None, "no Bengali font, so no Bengali name");
        // The names-only fonts draw every name fonts.ron gives their script.
        for (script, name) in fonts.languages.values() {
            if let Some(names) = fonts.script(script).and_then(|s| s.names.as_deref()) {
                assert!(name.chars().all(|c| fonts.file_draws(names, c)), "{names} cannot draw {name}");
            }
        }
    }

    #[test]
    fn coverage_comes_from_the_files() {
        let fonts = fonts();
        assert!(fonts.draws("Latn", 'ї') && fonts.draws("Cyrl", 'ө'));
        assert!(fonts.draws("Deva", 'क') && !fonts.draws("Latn", 'क'));
        assert!(fonts.draws("Arab", 'ے') && fonts.draws("Arab", '۔') && !fonts.draws("Deva", 'ے'));
        assert!(!fonts.draws("Arab", '😀'));
        // Every file fonts.ron names has coverage and is built into the desktop app, so none
        // can be missing or misspelt.
        for script in fonts.scripts.values() {
            let names = script.names.as_deref();
            for file in script.files().chain(names).chain([fonts.base.regular.as_str(), fonts.base.bold.as_str()]) {
                assert!(fonts.coverage.contains_key(file), "{file} has no entry in coverage.ron");
                assert!(built_in_file(file).is_some(), "{file} is not built in (BUILT_IN)");
            }
        }
    }

    #[test]
    fn script_fonts_follow_the_base_font() {
        let fonts = fonts();
        let ur = fonts.writing("ur", None).unwrap();
        assert_eq!(
            fonts.family(&ur, true),
            ["NotoSans-Bold.ttf", "NotoNaskhArabicUI-Bold.ttf", "NotoSans-Regular.ttf"]
        );
        let hi = fonts.writing("hi", None).unwrap();
        assert_eq!(fonts.family(&hi, false), ["NotoSans-Regular.ttf", "NotoSansDevanagariUI-Regular.ttf"]);
    }
}
