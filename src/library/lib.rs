//! A pack with its translations, checked against each other: what the CLI, the app and the
//! tests load. Lessons (`chatwise_content`) and translations (`chatwise_i18n`) are read on their
//! own; here every message a lesson names is looked up in every language, coverage is counted,
//! pictures are checked and the playable pack is put together. Findings name file, line and
//! column; a broken lesson is left out and the rest still loads.

pub mod bundle;
pub mod label;
pub mod origin;
pub mod pictures;

use std::collections::BTreeMap;
use std::sync::Arc;

use rustc_hash::FxHashSet;

use chatwise_base::diagnostic::{self, Diagnostic, Position};
use chatwise_base::script::{self, Writing, WritingProblem};
use chatwise_base::source::{self, RawFile, SourceFile};
use chatwise_content::model::{self, Language, MsgId, Pack};
use chatwise_content::raw::{RawPack, TranslationStatus};
use chatwise_content::{
    LESSONS_DIR, Locator, MsgRef, PACK_FILE, ParsedLessons, VarContext, images, parse_lessons, portals, quoted_words,
    ron_error, ron_options,
};
use chatwise_i18n::{Catalog, Localizer, REFERENCE_LANGUAGE, ui_text};
use origin::Origin;

/// A loaded pack and its translations: what the CLI, the tests and the app all use.
#[derive(Debug)]
pub struct Library {
    pub pack: Pack,
    pub catalog: Catalog,
    /// Reporting portals, helplines and the link allow-list (empty if the pack has none).
    pub portals: portals::Portals,
    /// Story pictures, by path (`images/phone.png`). The browser app has none built in: it
    /// fetches a lesson's pictures from the site when the lesson needs them.
    pub images: images::Images,
}

/// The outcome of loading: the playable library (broken lessons left out) and every finding.
#[derive(Debug)]
pub struct Loaded {
    pub library: Library,
    pub diagnostics: Vec<Diagnostic>,
    /// Per language, the share of the used messages it translates (0-100).
    pub coverage: BTreeMap<String, f64>,
    /// How many lesson files were found, including broken ones.
    pub lesson_files: usize,
}

impl Loaded {
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warning_count(&self) -> usize {
        self.diagnostics.len() - self.error_count()
    }
}

/// Reads and checks a pack from `origin`.
pub fn load(origin: &Origin) -> std::io::Result<Loaded> {
    let (content, locales) = origin.read()?;
    Ok(load_files(content, locales))
}

/// Checks in-memory files: `content` relative to the content folder, `locales` to the locale folder.
pub fn load_files(content: Vec<RawFile>, locales: Vec<RawFile>) -> Loaded {
    let content_dir =
        content.first().map_or_else(|| "content/".to_owned(), |f| f.path.trim_end_matches(&f.relative).to_owned());
    let mut pack_file = None;
    let mut portals_file = None;
    let mut lesson_files = Vec::new();
    let mut picture_files = images::Images::new();
    for file in content {
        if file.relative.starts_with(images::IMAGES_DIR) {
            picture_files.insert(file.relative, std::sync::Arc::from(file.bytes));
        } else if file.relative == PACK_FILE {
            pack_file = Some(file);
        } else if file.relative == portals::PORTALS_FILE {
            portals_file = Some(file);
        } else if file.relative.starts_with(LESSONS_DIR) && file.relative.ends_with(".ron") {
            lesson_files.push(file);
        }
    }
    let lesson_file_count = lesson_files.len();

    // Translations and lessons do not depend on each other until they are cross-checked.
    let ((catalog, mut diagnostics), lessons) = in_parallel(
        move || {
            let mut diagnostics = Vec::new();
            let files = locales.into_iter().filter_map(|f| source::decode(f, &mut diagnostics)).collect();
            (Catalog::load(files, &mut diagnostics), diagnostics)
        },
        move || parse_lessons(lesson_files),
    );
    let ParsedLessons { lessons: mut playable, mut refs, diagnostics: lesson_diagnostics, mut unread_ids } = lessons;
    diagnostics.extend(lesson_diagnostics);

    let (pack_meta, pack_path) = match pack_file {
        Some(raw) => match source::decode(raw, &mut diagnostics) {
            Some(file) => {
                let meta = parse_pack(&file, &catalog, &mut diagnostics, &mut refs);
                if meta.is_none() {
                    quoted_words(&file.text, &mut unread_ids);
                }
                (meta, Some(file.path))
            }
            None => (None, None),
        },
        None => {
            diagnostics.push(Diagnostic::error(
                &format!("{content_dir}{PACK_FILE}"),
                Position::START,
                "no-pack",
                "there is no pack.ron here; create one with the pack's id, title and languages (see content/README.md)",
            ));
            (None, None)
        }
    };

    let portals = match portals_file.and_then(|raw| source::decode(raw, &mut diagnostics)) {
        Some(file) => portals::check(&file, &mut diagnostics, &mut refs).unwrap_or_else(|| {
            quoted_words(&file.text, &mut unread_ids);
            portals::Portals::default()
        }),
        None => {
            diagnostics.push(Diagnostic::warning(
                &format!("{content_dir}{}", portals::PORTALS_FILE),
                Position::START,
                "no-portals",
                "there is no portals.ron (or it has errors), so the Help screen cannot show reporting portals or helplines; see content/README.md",
            ));
            portals::Portals::default()
        }
    };

    let MessageCheck { broken, coverage } = check_messages(&catalog, &refs, &unread_ids, &mut diagnostics);
    playable.retain(|l| !broken.contains(l.path.as_str()));
    let pack = assemble_pack(pack_meta, playable, &catalog, pack_path.as_deref(), &portals, &mut diagnostics);
    // The browser app fetches pictures from its site, and its packs were checked when published.
    #[cfg(not(target_arch = "wasm32"))]
    pictures::check(&pack.lessons, &picture_files, &catalog, &mut diagnostics);
    diagnostic::sort(&mut diagnostics);
    let library = Library { pack, catalog, portals, images: picture_files };
    Loaded { library, diagnostics, coverage, lesson_files: lesson_file_count }
}

/// Runs two independent jobs, on two threads where the platform has them.
fn in_parallel<A: Send, B: Send>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B + Send) -> (A, B) {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::thread::scope(|scope| {
            let b = scope.spawn(b);
            let a = a();
            (a, b.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
        })
    }
    #[cfg(target_arch = "wasm32")]
    {
        (a(), b())
    }
}

/// The pack's own metadata, checked.
struct PackMeta {
    id: String,
    title: MsgId,
    description: Option<MsgId>,
    languages: Vec<Language>,
    order: Vec<(String, Position)>,
    organisation: Option<String>,
    default_language: Option<String>,
    default_country: Option<(String, Position)>,
}

fn parse_pack(
    file: &SourceFile,
    catalog: &Catalog,
    diagnostics: &mut Vec<Diagnostic>,
    refs: &mut Vec<MsgRef>,
) -> Option<PackMeta> {
    let raw: RawPack = match ron_options().from_str(&file.text) {
        Ok(raw) => raw,
        Err(error) => {
            diagnostics.push(ron_error(file, &error, "Pack"));
            return None;
        }
    };
    let loc = Locator::new(&file.text);
    let mut msg = |id: &str| {
        let at = loc.value_after(Position::START, id).unwrap_or(Position::START);
        refs.push(MsgRef { id: id.to_owned(), path: Arc::from(file.path.as_str()), at, context: VarContext::Plain });
        MsgId::named_in_pack(id)
    };
    let title = msg(&raw.title);
    let description = raw.description.as_deref().map(&mut msg);
    let mut languages = Vec::new();
    for language in raw.languages {
        let at = loc.field("code", &language.code);
        if catalog.language(&language.code).is_none() {
            diagnostics.push(Diagnostic::error(
                &file.path,
                at,
                "missing-language",
                format!("language `{}` is listed but there is no locales/{}/ folder with .ftl files; add the translations or remove the entry", language.code, language.code),
            ));
        }
        let is_reference = language.code == REFERENCE_LANGUAGE;
        if is_reference != (language.status == TranslationStatus::Reference) {
            diagnostics.push(Diagnostic::error(
                &file.path,
                at,
                "bad-status",
                format!("only English (`{REFERENCE_LANGUAGE}`) has status Reference; mark other languages Draft or Reviewed(by: \"...\", on: \"YYYY-MM-DD\")"),
            ));
        }
        let writing = writing_of(&language.code, language.script.as_deref(), &file.path, at, diagnostics);
        if let Some(translations) = catalog.language(&language.code) {
            translations.check_drawable(&writing.script, diagnostics);
        }
        languages.push(Language { code: language.code, name: language.name, status: language.status, writing });
    }
    if !languages.iter().any(|l| l.code == REFERENCE_LANGUAGE) {
        diagnostics.push(Diagnostic::error(
            &file.path,
            Position::START,
            "no-reference-language",
            "the pack must list English: `(code: \"en\", name: \"English\", status: Reference)`",
        ));
    }
    for code in catalog.codes() {
        if !languages.iter().any(|l| l.code == code) {
            diagnostics.push(Diagnostic::warning(
                &file.path,
                Position::START,
                "undeclared-language",
                format!("locales/{code}/ has translations but pack.ron does not list `{code}` in languages, so learners cannot choose it"),
            ));
        }
    }
    let order = raw
        .order
        .iter()
        .map(|id| (id.clone(), loc.value_after(Position::START, id).unwrap_or(Position::START)))
        .collect();
    if let Some(code) = &raw.default_language
        && !languages.iter().any(|l| &l.code == code)
    {
        diagnostics.push(Diagnostic::error(
            &file.path,
            loc.field("default_language", code),
            "unknown-default-language",
            format!(
                "default_language `{code}` is not one of the pack's languages ({}); use one of them",
                languages.iter().map(|l| l.code.as_str()).collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    let default_country = raw.default_country.map(|code| {
        let at = loc.field("default_country", &code);
        (code, at)
    });
    Some(PackMeta {
        id: raw.id,
        title,
        description,
        languages,
        order,
        organisation: raw.organisation.filter(|o| !o.trim().is_empty()),
        default_language: raw.default_language,
        default_country,
    })
}

/// How a listed language is written. A language whose script the app does not know, or has no
/// font for, is an error at its entry; it is then drawn as Latin so the rest still works.
fn writing_of(
    code: &str,
    declared: Option<&str>,
    path: &str,
    at: Position,
    diagnostics: &mut Vec<Diagnostic>,
) -> Writing {
    let fonts = script::fonts();
    let known = || fonts.scripts().collect::<Vec<_>>().join(", ");
    match fonts.writing(code, declared) {
        Ok(writing) => writing,
        Err(WritingProblem::UnknownScript) => {
            diagnostics.push(Diagnostic::error(
                path,
                at,
                "unknown-script",
                format!(
                    "the app does not know which script `{code}` is written in, so it cannot choose fonts or a direction for it; add `script: \"Latn\"` (or another ISO 15924 code: {}) to its entry",
                    known()
                ),
            ));
            Writing::fallback(code)
        }
        Err(WritingProblem::NoFont { script }) => {
            diagnostics.push(Diagnostic::error(
                path,
                at,
                "no-font-for-script",
                format!(
                    "`{code}` is written in the `{script}` script, which the app has no font for (it draws {}); every letter would show as a box. Add a font for it to assets/fonts (see fonts.ron), or fix the `script:`",
                    known()
                ),
            ));
            Writing::fallback(code)
        }
    }
}

fn assemble_pack(
    meta: Option<PackMeta>,
    mut lessons: Vec<model::Lesson>,
    catalog: &Catalog,
    pack_path: Option<&str>,
    portals: &portals::Portals,
    diagnostics: &mut Vec<Diagnostic>,
) -> Pack {
    lessons.sort_by(|a, b| a.id.cmp(&b.id));
    let meta = meta.unwrap_or_else(|| PackMeta {
        // The pack file is broken: keep the lessons playable under a stand-in pack.
        id: "unnamed".to_owned(),
        title: MsgId::named_in_pack("pack-title"),
        description: None,
        languages: catalog
            .codes()
            .map(|code| Language {
                code: code.to_owned(),
                name: code.to_owned(),
                writing: script::fonts().writing(code, None).unwrap_or_else(|_| Writing::fallback(code)),
                status: if code == REFERENCE_LANGUAGE {
                    TranslationStatus::Reference
                } else {
                    TranslationStatus::Draft
                },
            })
            .collect(),
        order: Vec::new(),
        organisation: None,
        default_language: None,
        default_country: None,
    });
    let mut ordered = Vec::with_capacity(lessons.len());
    for (id, at) in &meta.order {
        match lessons.iter().position(|l| &l.id == id) {
            Some(i) => ordered.push(lessons.remove(i)),
            None => diagnostics.push(Diagnostic::warning(
                pack_path.unwrap_or(PACK_FILE),
                *at,
                "unknown-lesson",
                format!(
                    "`order` names lesson `{id}`, but no loadable lesson has that id; fix the id or the lesson's errors"
                ),
            )),
        }
    }
    ordered.extend(lessons);
    let default_country = meta.default_country.and_then(|(code, at)| {
        if portals.country(&code).is_some() {
            Some(code.to_ascii_uppercase())
        } else {
            diagnostics.push(Diagnostic::error(
                pack_path.unwrap_or(PACK_FILE),
                at,
                "unknown-default-country",
                format!("default_country `{code}` is not a country in portals.ron; use a code listed there, such as UA or IN"),
            ));
            None
        }
    });
    Pack {
        id: meta.id,
        title: meta.title,
        description: meta.description,
        languages: meta.languages,
        lessons: ordered.into_iter().map(Arc::new).collect(),
        organisation: meta.organisation,
        default_language: meta.default_language,
        default_country,
    }
}

/// What cross-checking messages found besides diagnostics.
struct MessageCheck {
    /// Lesson files with message errors: they are left out of the library.
    broken: FxHashSet<Arc<str>>,
    /// Per language, the share of the messages shown (lessons, pack, app) it translates.
    coverage: BTreeMap<String, f64>,
}

/// Cross-checks message references against every language.
fn check_messages(
    catalog: &Catalog,
    refs: &[MsgRef],
    unread_ids: &FxHashSet<String>,
    diagnostics: &mut Vec<Diagnostic>,
) -> MessageCheck {
    let mut broken: FxHashSet<Arc<str>> = FxHashSet::default();
    let english = catalog.language(REFERENCE_LANGUAGE);
    if english.is_none() {
        diagnostics.push(Diagnostic::error(
            "locales/en",
            Position::START,
            "no-english",
            "there are no English translations (locales/en/*.ftl); English is the reference every other language is checked against",
        ));
    }
    // Suggest the .ftl named after the file that uses the message (lessons/x.ron -> locales/en/x.ftl).
    let english_file = |r: &MsgRef| -> String {
        let stem = r.path.rsplit('/').next().unwrap_or("lesson").trim_end_matches(".ron");
        let stem = if stem == PACK_FILE.trim_end_matches(".ron") { "pack" } else { stem };
        format!("locales/{REFERENCE_LANGUAGE}/{stem}.ftl")
    };

    // References from lessons and the pack.
    let mut used: FxHashSet<&str> = FxHashSet::default();
    let mut seen_per_language: FxHashSet<(&str, &str)> = FxHashSet::default();
    for r in refs {
        used.insert(&r.id);
        let allowed = r.context.variables();
        match english.and_then(|e| e.message(&r.id)) {
            None if english.is_some() => {
                broken.insert(Arc::clone(&r.path));
                diagnostics.push(Diagnostic::error(
                    &r.path,
                    r.at,
                    "missing-message",
                    format!("message `{}` is not in English; add `{} = ...` to {}", r.id, r.id, english_file(r)),
                ));
            }
            _ => {}
        }
        for language in catalog.languages.values() {
            let Some(info) = language.message(&r.id) else {
                if language.code != REFERENCE_LANGUAGE
                    && seen_per_language.insert((&language.code, &r.id))
                    && english.is_some_and(|e| e.has(&r.id))
                {
                    diagnostics.push(Diagnostic::warning(
                        &r.path,
                        r.at,
                        "missing-translation",
                        format!("message `{}` has no `{}` translation; learners see English here until it is added to locales/{}/", r.id, language.code, language.code),
                    ));
                }
                continue;
            };
            for variable in info.variables.iter().filter(|v| !allowed.contains(&v.as_str())) {
                if language.code == REFERENCE_LANGUAGE {
                    broken.insert(Arc::clone(&r.path));
                }
                let supplies = if allowed.is_empty() {
                    "no variables here".to_owned()
                } else {
                    format!("only {}", allowed.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", "))
                };
                diagnostics.push(Diagnostic::error(
                    &info.path,
                    info.at,
                    "unknown-variable",
                    format!("message `{}` uses {{ ${variable} }}, but the lesson supplies {supplies} (it is used at {}:{}:{}); remove the variable or write the text out", r.id, r.path, r.at.line, r.at.column),
                ));
            }
        }
    }

    // The engine's own messages.
    for ui in ui_text::ALL.iter().chain(chatwise_i18n::export_text::ALL) {
        used.insert(ui.id);
        for language in catalog.languages.values() {
            match language.message(ui.id) {
                Some(info) => {
                    for variable in info.variables.iter().filter(|v| !ui.variables.contains(&v.as_str())) {
                        diagnostics.push(Diagnostic::error(
                            &info.path,
                            info.at,
                            "unknown-variable",
                            format!(
                                "message `{}` uses {{ ${variable} }}, but the app supplies {}",
                                ui.id,
                                describe_vars(ui.variables)
                            ),
                        ));
                    }
                }
                None if language.code == REFERENCE_LANGUAGE => {
                    // Each family of the engine's messages has its own file.
                    let file = match ui.id.split('-').next() {
                        Some("help") => "help.ftl",
                        Some("export") => "export.ftl",
                        Some("web") => "web.ftl",
                        _ => "ui.ftl",
                    };
                    let path = format!("locales/{REFERENCE_LANGUAGE}/{file}");
                    diagnostics.push(Diagnostic::error(
                        &path,
                        Position::START,
                        "missing-message",
                        format!("the app's message `{}` is not in English; add it to {path}", ui.id),
                    ));
                }
                None => {}
            }
        }
    }

    // Within each language: references between messages, unused and stray messages.
    for language in catalog.languages.values() {
        let referenced: FxHashSet<&str> =
            language.messages().flat_map(|info| info.message_refs.iter().map(String::as_str)).collect();
        for info in language.messages() {
            let id = &*info.id;
            for missing in info.message_refs.iter().filter(|m| !language.has(m)) {
                diagnostics.push(Diagnostic::error(
                    &info.path,
                    info.at,
                    "unknown-reference",
                    format!("message `{id}` places `{{ {missing} }}`, which is not defined in `{}`", language.code),
                ));
            }
            for missing in info.term_refs.iter().filter(|t| !language.terms.contains(*t)) {
                diagnostics.push(Diagnostic::error(
                    &info.path,
                    info.at,
                    "unknown-reference",
                    format!(
                        "message `{id}` places the term `{{ -{missing} }}`, which is not defined in `{}`",
                        language.code
                    ),
                ));
            }
            if language.code != REFERENCE_LANGUAGE && english.is_some_and(|e| !e.has(id)) {
                diagnostics.push(Diagnostic::warning(
                    &info.path,
                    info.at,
                    "not-in-reference",
                    format!(
                        "message `{id}` is not in English, so nothing shows it; remove it or add it to English first"
                    ),
                ));
            } else if !used.contains(id) && !referenced.contains(id) && !unread_ids.contains(id) {
                diagnostics.push(Diagnostic::warning(&info.path, info.at, "unused-message", format!("message `{id}` is not used by any lesson or by the app; remove it, or check the id in the lesson")));
            }
        }
    }

    // Coverage of everything shown (lessons, pack and app), with one line per incomplete language.
    let counts = coverage_counts(catalog, used.iter().copied());
    let mut coverage = BTreeMap::new();
    for (code, (have, total)) in counts {
        let percent = percent(have, total);
        if have < total {
            diagnostics.push(Diagnostic::warning(
                &format!("locales/{code}"),
                Position::START,
                "coverage",
                format!("`{code}` translates {have} of {total} messages ({percent:.1}%); the rest show in English"),
            ));
        }
        coverage.insert(code, percent);
    }
    MessageCheck { broken, coverage }
}

fn describe_vars(vars: &[&str]) -> String {
    if vars.is_empty() {
        "no variables".to_owned()
    } else {
        vars.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
    }
}

fn percent(have: usize, total: usize) -> f64 {
    if total == 0 { 100.0 } else { 100.0 * have as f64 / total as f64 }
}

/// For each language, how many of `ids` (those English has) it translates, out of how many.
fn coverage_counts<'a>(catalog: &Catalog, ids: impl Iterator<Item = &'a str>) -> BTreeMap<String, (usize, usize)> {
    let english = catalog.language(REFERENCE_LANGUAGE);
    let ids: FxHashSet<&str> = ids.filter(|id| english.is_some_and(|e| e.has(id))).collect();
    catalog
        .languages
        .iter()
        .map(|(code, language)| (code.clone(), (ids.iter().filter(|id| language.has(id)).count(), ids.len())))
        .collect()
}

/// For each language, the percentage of `ids` (those English has) that it translates.
pub fn coverage<'a>(catalog: &Catalog, ids: impl Iterator<Item = &'a str>) -> BTreeMap<String, f64> {
    coverage_counts(catalog, ids).into_iter().map(|(code, (have, total))| (code, percent(have, total))).collect()
}

impl Library {
    /// The built-in library, checked. Shipped content is tested to load without errors.
    pub fn embedded() -> Loaded {
        load(&Origin::Embedded).expect("embedded files are in memory")
    }

    /// A localizer for the learner's preferred languages (best first).
    pub fn localizer(&self, requested: &[&str]) -> Localizer {
        Localizer::new(&self.catalog, requested)
    }

    /// Each language's coverage of one lesson's messages.
    pub fn lesson_coverage(&self, lesson: &model::Lesson) -> BTreeMap<String, f64> {
        coverage(&self.catalog, lesson.messages.iter().map(MsgId::as_str))
    }
}
