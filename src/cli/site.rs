//! `chatwise site`: a complete static website for a pack, from the prebuilt web player and the
//! pack's own files, with no Rust, wasm or Node tools. A pack with errors is refused.
//!
//! The site is the player's files as they are (the app, its JS glue, the page, the loader and
//! their precompressed copies), plus what belongs to this pack: `pack.json` (the author's
//! files), `site.json` (what the loader needs before the app starts: the organisation, the
//! default language and country), `strings.json` (the loading page's words in the pack's
//! languages), the web manifest with the organisation's name, and a service worker whose
//! version and file list cover all of it, so the site works offline after the first visit.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::base::script;
use crate::i18n::ui_text;
use crate::library::bundle::{self, Bundle, SiteSettings};
use crate::library::label;
use crate::library::origin::Origin;
use crate::library::{self, Library};

use super::EXIT_USAGE;

/// The player folder's name in the release bundle, beside the `chatwise` executable.
pub const PLAYER_BESIDE_EXE: &str = "web-player";

/// Files a web player must have (web/build.sh writes them into dist/).
const PLAYER_FILES: &[&str] = &["index.html", "loader.js", "chatwise.js", "chatwise_bg.wasm", "sw.js", "style.css"];

/// The built-in library's languages other than English, one file each (`lang-uk.json`):
/// `chatwise page-files` writes them; a published site has its pack.json instead.
pub const LANGUAGE_FILE_PREFIX: &str = "lang-";

/// Help for the loading page, one file per language (`help-uk.json`).
pub const HELP_FILE_PREFIX: &str = "help-";

/// Files this command writes itself; the player's copies (and their .br/.gz) are not used.
const WRITTEN: &[&str] = &["pack.json", "site.json", "strings.json", "manifest.webmanifest", "sw.js"];

#[derive(Debug)]
pub struct Request {
    pub out: PathBuf,
    pub player: Option<PathBuf>,
    pub settings: SiteSettings,
}

pub fn run(origin: &Origin, request: &Request, out: &mut dyn Write, err: &mut dyn Write) -> std::io::Result<u8> {
    let Origin::Folders { content: content_dir, locales: locales_dir } = origin else {
        writeln!(
            err,
            "chatwise site: say which pack to publish: --pack DIR (a folder with content/ and locales/), or --content DIR --locales DIR"
        )?;
        return Ok(EXIT_USAGE);
    };
    // The same check as `chatwise check`: a pack with errors is never published.
    let mut loaded = library::load(origin)?;
    if loaded.error_count() > 0 {
        for d in loaded.diagnostics.iter().filter(|d| d.is_error()) {
            writeln!(out, "{d}")?;
        }
        writeln!(
            err,
            "chatwise site: not published: the pack has {} error(s), listed above with file:line:column. Fix them (`chatwise check` shows warnings too), then run this again.",
            loaded.error_count()
        )?;
        return Ok(1);
    }
    let library = &loaded.library;
    if let Some(problem) = bad_setting(library, &request.settings) {
        writeln!(err, "chatwise site: {problem}")?;
        return Ok(EXIT_USAGE);
    }
    let player = match find_player(request.player.as_deref()) {
        Ok(player) => player,
        Err(problem) => {
            writeln!(err, "chatwise site: {problem}")?;
            return Ok(EXIT_USAGE);
        }
    };
    if let Some(problem) = unsafe_output(&request.out, &player) {
        writeln!(err, "chatwise site: {problem}")?;
        return Ok(EXIT_USAGE);
    }
    let bundle = match Bundle::from_folders(content_dir, locales_dir, request.settings.clone()) {
        Ok(bundle) => bundle,
        Err(e) => {
            writeln!(err, "chatwise site: {e}")?;
            return Ok(1);
        }
    };
    // What the site will show: the pack's defaults with the command's choices over them, as the
    // player will apply them to the same files.
    request.settings.apply_to(&mut loaded.library);
    let library = &loaded.library;
    let shown = &library.pack;
    write_site(&request.out, &player, &bundle, library)?;
    let lessons = library.pack.lessons.len();
    writeln!(
        out,
        "Wrote {} ({lessons} lesson(s); languages {}; starts in {}{}{}).",
        request.out.display(),
        library.pack.languages.iter().map(|l| l.code.as_str()).collect::<Vec<_>>().join(", "),
        shown.default_language.as_deref().unwrap_or("the reader's browser language"),
        shown.default_country.as_deref().map(|c| format!(", help for {c}")).unwrap_or_default(),
        shown.organisation.as_deref().map(|o| format!(", published by {o}")).unwrap_or_default(),
    )?;
    writeln!(
        out,
        "Copy the whole folder to any static web host (it must be served over https, or from localhost, to work offline)."
    )?;
    if loaded.warning_count() > 0 {
        writeln!(out, "Note: the pack has {} warning(s); `chatwise check` lists them.", loaded.warning_count())?;
    }
    Ok(0)
}

/// A language or country the pack cannot show.
fn bad_setting(library: &Library, settings: &SiteSettings) -> Option<String> {
    if let Some(language) = &settings.language
        && !library.pack.languages.iter().any(|l| &l.code == language)
    {
        let codes: Vec<&str> = library.pack.languages.iter().map(|l| l.code.as_str()).collect();
        return Some(format!("--language `{language}` is not one of the pack's languages ({})", codes.join(", ")));
    }
    if let Some(country) = &settings.country
        && library.portals.country(country).is_none()
    {
        return Some(format!(
            "--country `{country}` is not in the pack's help data (portals.ron); use a code listed there, such as UA or IN"
        ));
    }
    None
}

/// The player: `--player`, else `web-player` beside the executable (the release bundle), else
/// `dist/` here (a clone after `./web/build.sh`).
fn find_player(given: Option<&Path>) -> Result<PathBuf, String> {
    let beside_exe = std::env::current_exe().ok().and_then(|e| e.parent().map(|d| d.join(PLAYER_BESIDE_EXE)));
    let candidates: Vec<PathBuf> = match given {
        Some(dir) => vec![dir.to_path_buf()],
        None => beside_exe.into_iter().chain([PathBuf::from("dist")]).collect(),
    };
    for dir in &candidates {
        let missing: Vec<&str> = PLAYER_FILES.iter().copied().filter(|f| !dir.join(f).is_file()).collect();
        if missing.is_empty() {
            return Ok(dir.clone());
        }
        if given.is_some() {
            return Err(format!(
                "{} is not a ChatWise web player: {} missing. Use the release bundle's {PLAYER_BESIDE_EXE} folder, or build one with ./web/build.sh",
                dir.display(),
                missing.join(", ")
            ));
        }
    }
    Err(format!(
        "no web player found (looked in {}). Use --player DIR with the release bundle's {PLAYER_BESIDE_EXE} folder, or build one with ./web/build.sh",
        candidates.iter().map(|c| c.display().to_string()).collect::<Vec<_>>().join(" and ")
    ))
}

/// Writing into a folder that holds something else would mix or lose files: refuse.
fn unsafe_output(out: &Path, player: &Path) -> Option<String> {
    if let (Ok(a), Ok(b)) = (out.canonicalize(), player.canonicalize())
        && a == b
    {
        return Some("--out must not be the player's own folder".to_owned());
    }
    // Hidden entries (a host's `.git`, `.nojekyll`) are the host's business, not ours.
    let entries = std::fs::read_dir(out)
        .map(|d| d.filter_map(Result::ok).filter(|e| !e.file_name().to_string_lossy().starts_with('.')).count())
        .unwrap_or(0);
    if entries > 0 && !out.join("site.json").is_file() {
        return Some(format!(
            "{} is not empty and is not a ChatWise site; choose a new folder (a previous site there is replaced)",
            out.display()
        ));
    }
    None
}

fn write_site(out: &Path, player: &Path, bundle: &Bundle, library: &Library) -> std::io::Result<()> {
    let shown = &library.pack;
    remove_previous_site(out)?;
    std::fs::create_dir_all(out)?;
    let mut names = Vec::new();
    for entry in std::fs::read_dir(player)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let base = name.trim_end_matches(".br").trim_end_matches(".gz");
        if !entry.file_type()?.is_file()
            || WRITTEN.contains(&base)
            || base.starts_with(LANGUAGE_FILE_PREFIX)
            || base.starts_with(HELP_FILE_PREFIX)
        {
            continue;
        }
        std::fs::copy(entry.path(), out.join(&name))?;
        if !name.ends_with(".br") && !name.ends_with(".gz") {
            names.push(name);
        }
    }
    std::fs::write(out.join(bundle::FILE_NAME), bundle.to_json())?;
    let site = serde_json::json!({
        "format": bundle::FORMAT,
        "engine": env!("CARGO_PKG_VERSION"),
        "pack": bundle::FILE_NAME,
        "organisation": shown.organisation,
        "language": shown.default_language,
        "country": shown.default_country,
    });
    std::fs::write(out.join("site.json"), site.to_string())?;
    std::fs::write(out.join("strings.json"), web_strings(library).to_string())?;
    let mut manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(player.join("manifest.webmanifest")).unwrap_or_default())
            .unwrap_or_else(|_| serde_json::json!({"name": "ChatWise", "short_name": "ChatWise", "start_url": "./"}));
    if let Some(organisation) = &shown.organisation {
        manifest["name"] = serde_json::Value::String(format!("ChatWise: {organisation}"));
    }
    std::fs::write(out.join("manifest.webmanifest"), serde_json::to_string_pretty(&manifest).unwrap_or_default())?;
    names.extend(["pack.json", "site.json", "strings.json", "manifest.webmanifest"].map(String::from));
    names.extend(write_pictures(out, library)?);
    names.extend(write_help_pages(out, library)?);
    names.sort();
    let worker = std::fs::read_to_string(player.join("sw.js"))?;
    std::fs::write(out.join("sw.js"), service_worker(&worker, out, &names)?)?;
    Ok(())
}

/// Removes the files a previous `chatwise site` wrote there (its service worker lists them),
/// and nothing else: whatever else the folder holds (a host's settings, `.git`) stays.
fn remove_previous_site(out: &Path) -> std::io::Result<()> {
    let Ok(worker) = std::fs::read_to_string(out.join("sw.js")) else { return Ok(()) };
    let files: Vec<String> = worker
        .lines()
        .find_map(|line| line.strip_prefix("const FILES = "))
        .and_then(|list| serde_json::from_str(list.trim_end_matches(';')).ok())
        .unwrap_or_default();
    for name in files.iter().map(String::as_str).chain(["sw.js"]) {
        // Only plain names in this folder, or pictures in its images/ folder: never a path that
        // leads elsewhere.
        let picture = name
            .strip_prefix(crate::content::images::IMAGES_DIR)
            .is_some_and(|file| !file.is_empty() && !file.contains(['/', '\\']) && !file.starts_with('.'));
        if !picture && (name.is_empty() || name.contains(['/', '\\']) || name.starts_with('.')) {
            continue;
        }
        for suffix in ["", ".br", ".gz"] {
            let _ = std::fs::remove_file(out.join(format!("{name}{suffix}")));
        }
    }
    Ok(())
}

/// The loading page's words (`web-*` messages) in every language of the pack, English as the
/// fallback inside each, in the shape web/loader.js reads.
fn web_strings(library: &Library) -> serde_json::Value {
    let mut all = serde_json::Map::new();
    for language in &library.pack.languages {
        let loc = library.localizer(&[language.code.as_str()]);
        let mut strings = serde_json::Map::new();
        for msg in ui_text::ALL.iter().filter(|m| m.id.starts_with("web-")) {
            // Variables stay as `{ $name }` for the loader to fill in.
            let mut args = crate::i18n::FluentArgs::new();
            for variable in msg.variables {
                args.set(*variable, format!("{{ ${variable} }}"));
            }
            strings.insert(msg.id.to_owned(), serde_json::Value::String(loc.text_with(msg.id, &args)));
        }
        // How the page and the app write this language: its direction, and the script font
        // files the loader fetches from the site when a reader starts in it.
        strings.insert("@dir".to_owned(), language.writing.direction.html().into());
        let fonts = script::fonts().script_files(&language.writing.script);
        strings.insert("@fonts".to_owned(), serde_json::json!(fonts));
        all.insert(language.code.clone(), serde_json::Value::Object(strings));
    }
    serde_json::Value::Object(all)
}

/// The lessons' pictures, under `images/` as the lessons name them: the browser app fetches a
/// lesson's pictures from there when the lesson needs them. Returns their site paths.
fn write_pictures(out: &Path, library: &Library) -> std::io::Result<Vec<String>> {
    let mut written = Vec::new();
    for lesson in &library.pack.lessons {
        for step in &lesson.steps {
            let crate::content::model::StepKind::Story { image: Some(image), .. } = &step.kind else { continue };
            let Some(bytes) = library.images.get(&image.path) else { continue };
            if written.contains(&image.path) {
                continue;
            }
            std::fs::create_dir_all(out.join(crate::content::images::IMAGES_DIR))?;
            std::fs::write(out.join(&image.path), bytes)?;
            written.push(image.path.clone());
        }
    }
    Ok(written)
}

/// `chatwise page-files`: the files a web player needs besides the app itself, for
/// web/build.sh: strings.json for the built-in library's languages, and every script font
/// assets/fonts/fonts.ron names (the browser fetches one only when a language needs it).
pub fn page_files(origin: &Origin, out: &Path, fonts_dir: &Path, err: &mut dyn Write) -> std::io::Result<u8> {
    // Read once: the locale files are both loaded (checked) and written out per language.
    let (content_files, locale_files) = origin.read()?;
    let loaded = library::load_files(content_files, locale_files.clone());
    if loaded.error_count() > 0 {
        writeln!(err, "chatwise page-files: the lessons have errors; run `chatwise check`")?;
        return Ok(1);
    }
    std::fs::create_dir_all(out)?;
    let mut strings = web_strings(&loaded.library);
    // Each language but English in a file of its own, which the loader names from strings.json.
    for language in loaded.library.pack.languages.iter().filter(|l| l.code != crate::i18n::REFERENCE_LANGUAGE) {
        let prefix = format!("{}/", language.code);
        let files: BTreeMap<&str, String> = locale_files
            .iter()
            .filter(|f| f.relative.starts_with(&prefix))
            .map(|f| (f.relative.as_str(), String::from_utf8_lossy(&f.bytes).into_owned()))
            .collect();
        let name = format!("{LANGUAGE_FILE_PREFIX}{}.json", language.code);
        std::fs::write(out.join(&name), serde_json::to_string(&files).unwrap_or_default())?;
        strings[&language.code]["@file"] = serde_json::Value::String(name);
    }
    std::fs::write(out.join("strings.json"), strings.to_string())?;
    write_pictures(out, &loaded.library)?;
    write_help_pages(out, &loaded.library)?;
    let fonts = script::fonts();
    for file in fonts.scripts().flat_map(|s| fonts.script_files(s)) {
        std::fs::copy(fonts_dir.join(file), out.join(file))
            .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", fonts_dir.join(file).display())))?;
    }
    Ok(0)
}

/// Help for the loading page, in one language (`help-<code>.json`): the same words and routes as
/// the app's Help screen, from the same Fluent messages and portals.ron, so a child can find help
/// and leave quickly in plain HTML before the app has downloaded (web/loader.js shows it).
fn help_page(library: &Library, language: &str) -> serde_json::Value {
    use crate::content::portals::{Route, RouteKind, host_of};
    let loc = library.localizer(&[language]);
    let t = |msg: ui_text::UiMsg| serde_json::Value::String(loc.text(msg.id));
    let route = |route: &Route| {
        serde_json::json!({
            "name": route.name,
            "number": route.number,
            "hours": route.hours.as_ref().map(|h| loc.text(h.as_str())),
            "about": route.about.as_ref().map(|a| loc.text(a.as_str())),
            "url": route.url,
            "host": route.url.as_deref().and_then(host_of),
            "anonymous": route.anonymous.map(|a| loc.text(label::anonymity(a).id)),
        })
    };
    let kinds = |person: Vec<&Route>, image: Vec<&Route>, talk: Vec<&Route>| {
        serde_json::json!({
            "person": person.into_iter().map(route).collect::<Vec<_>>(),
            "image": image.into_iter().map(route).collect::<Vec<_>>(),
            "talk": talk.into_iter().map(route).collect::<Vec<_>>(),
        })
    };
    let mut countries: Vec<serde_json::Value> = library
        .portals
        .countries
        .iter()
        .map(|c| {
            let of = |kind| c.routes(kind).collect::<Vec<_>>();
            let mut entry = kinds(of(RouteKind::Person), of(RouteKind::Image), of(RouteKind::Talk));
            entry["code"] = c.code.clone().into();
            entry["name"] = loc.text(c.name.as_str()).into();
            entry["emergency"] = c.emergency_number().into();
            entry
        })
        .collect();
    countries.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
    let emergency = |number: &str| {
        let mut args = crate::i18n::FluentArgs::new();
        args.set("number", number.to_owned());
        loc.text_with(ui_text::HELP_EMERGENCY_NUMBER.id, &args)
    };
    let mut text = serde_json::json!({
        "help": t(ui_text::HELP),
        "quick-exit": t(ui_text::QUICK_EXIT),
        "back": t(ui_text::NAV_BACK),
        "title": t(ui_text::HELP_NEVER_YOUR_FAULT),
        "anonymous": t(ui_text::HELP_ANONYMOUS),
        "crisis-title": t(ui_text::HELP_CRISIS_TITLE),
        "crisis": t(ui_text::HELP_CRISIS),
        "emergency": t(ui_text::HELP_EMERGENCY),
        "country": t(ui_text::HELP_COUNTRY),
        "not-listed": t(ui_text::HELP_COUNTRY_NOT_LISTED),
        "person-title": t(ui_text::HELP_PERSON_TITLE),
        "person-intro": t(ui_text::HELP_PERSON_INTRO),
        "person-none": t(ui_text::HELP_PERSON_NONE),
        "report-title": t(ui_text::HELP_REPORT_TITLE),
        "image-intro": t(ui_text::HELP_IMAGE_INTRO),
        "talk-title": t(ui_text::HELP_TALK_TITLE),
        "international-title": t(ui_text::HELP_INTERNATIONAL_TITLE),
        "opens": t(ui_text::HELP_OPENS_BROWSER),
        "trusted-adult": t(ui_text::HELP_TRUSTED_ADULT),
    });
    // "Call { $number }" per country, filled here so the page needs no Fluent.
    for country in &mut countries {
        if let Some(number) = country["emergency"].as_str().map(|n| n.to_string()) {
            country["emergency-line"] = emergency(&number).into();
        }
    }
    text["dir"] =
        library.pack.languages.iter().find(|l| l.code == language).map_or("ltr", |l| l.writing.direction.html()).into();
    let international = {
        let of = |kind| library.portals.international(kind).collect::<Vec<_>>();
        kinds(of(RouteKind::Person), of(RouteKind::Image), of(RouteKind::Talk))
    };
    serde_json::json!({
        "language": language,
        "text": text,
        "countries": countries,
        "international": international,
        "neutral": library.portals.neutral_url,
    })
}

/// Writes `help-<code>.json` for every language of the pack; returns their names.
fn write_help_pages(out: &Path, library: &Library) -> std::io::Result<Vec<String>> {
    let mut names = Vec::new();
    for language in &library.pack.languages {
        let name = format!("{HELP_FILE_PREFIX}{}.json", language.code);
        std::fs::write(out.join(&name), help_page(library, &language.code).to_string())?;
        names.push(name);
    }
    Ok(names)
}

/// The player's service worker with this site's version and file list: a new publication is a
/// new worker, which the browser installs in the background and uses from the next visit.
fn service_worker(worker: &str, out: &Path, names: &[String]) -> std::io::Result<String> {
    // FNV-1a over every file's name and bytes: any change gives a new version.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut mix = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for name in names {
        mix(name.as_bytes());
        mix(&std::fs::read(out.join(name))?);
    }
    let files: Vec<String> = std::iter::once("./".to_owned()).chain(names.iter().cloned()).collect();
    let mut lines = Vec::new();
    for line in worker.lines() {
        if line.starts_with("const VERSION = ") {
            lines.push(format!("const VERSION = \"{hash:016x}\";"));
        } else if line.starts_with("const FILES = ") {
            lines.push(format!("const FILES = {};", serde_json::to_string(&files).unwrap_or_default()));
        } else {
            lines.push(line.to_owned());
        }
    }
    Ok(lines.join("\n") + "\n")
}
