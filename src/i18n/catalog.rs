//! Parses every `.ftl` file of every language once, reporting syntax errors with positions,
//! and indexes each message's variables and references for the checker.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rustc_hash::FxHashMap;
use std::sync::{Arc, OnceLock};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use chatwise_base::diagnostic::{Diagnostic, Position};
use chatwise_base::script;
use chatwise_base::source::SourceFile;

/// A concurrent Fluent bundle over shared resources (safe to keep in a Bevy resource).
pub type Bundle = FluentBundle<Arc<FluentResource>>;

/// What the checker needs to know about one message in one language.
#[derive(Debug, Clone)]
pub struct MessageInfo {
    pub id: Arc<str>,
    /// The file it is defined in (shared by all its messages).
    pub path: Arc<str>,
    pub at: Position,
    /// `$variables` the message uses anywhere (value, attributes, selectors).
    pub variables: BTreeSet<String>,
    /// Other messages it places with `{ other-message }`.
    pub message_refs: BTreeSet<String>,
    /// Terms it places with `{ -term }`.
    pub term_refs: BTreeSet<String>,
}

/// One language's translations.
pub struct LanguageCatalog {
    pub code: String,
    pub langid: LanguageIdentifier,
    /// Messages in file order, so findings come out in the order authors read them.
    messages: Vec<MessageInfo>,
    index: FxHashMap<Arc<str>, usize>,
    pub terms: BTreeSet<String>,
    resources: Vec<Arc<FluentResource>>,
    /// The file each resource came from, for findings in its text.
    resource_paths: Vec<Arc<str>>,
    bundle: OnceLock<Arc<Bundle>>,
}

impl std::fmt::Debug for LanguageCatalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LanguageCatalog").field("code", &self.code).field("messages", &self.messages.len()).finish()
    }
}

impl LanguageCatalog {
    /// The Fluent bundle for this language, built on first use.
    pub fn bundle(&self) -> Arc<Bundle> {
        self.bundle
            .get_or_init(|| {
                let mut bundle = Bundle::new_concurrent(vec![self.langid.clone()]);
                // Bidi isolation marks show as boxes in egui and noise in terminals;
                // the app does its own direction handling.
                bundle.set_use_isolating(false);
                for resource in &self.resources {
                    // Duplicates were reported by the checker; the first definition wins.
                    let _ = bundle.add_resource(Arc::clone(resource));
                }
                Arc::new(bundle)
            })
            .clone()
    }

    /// Warns, per line, about characters that the fonts for `script` cannot draw.
    pub fn check_drawable(&self, script: &str, diagnostics: &mut Vec<Diagnostic>) {
        for (resource, path) in self.resources.iter().zip(&self.resource_paths) {
            undrawable_characters(resource.source(), path, script, diagnostics);
        }
    }

    pub fn has(&self, id: &str) -> bool {
        self.index.contains_key(id)
    }

    pub fn message(&self, id: &str) -> Option<&MessageInfo> {
        self.index.get(id).map(|&i| &self.messages[i])
    }

    /// Every message, in file order.
    pub fn messages(&self) -> impl Iterator<Item = &MessageInfo> {
        self.messages.iter()
    }
}

/// Every language's translations, by language code (the folder name).
#[derive(Debug, Default)]
pub struct Catalog {
    pub languages: BTreeMap<String, LanguageCatalog>,
}

impl Catalog {
    /// Loads `.ftl` files, grouped by their first folder (`uk/lesson.ftl` is Ukrainian).
    /// Problems become diagnostics; whatever parses is kept.
    pub fn load(files: Vec<SourceFile>, diagnostics: &mut Vec<Diagnostic>) -> Catalog {
        let mut catalog = Catalog::default();
        for file in files {
            if !file.relative.ends_with(".ftl") {
                continue;
            }
            let Some((code, _)) = file.relative.split_once('/') else {
                diagnostics.push(Diagnostic::warning(
                    &file.path,
                    Position::START,
                    "ftl-outside-language",
                    "this .ftl file is not inside a language folder and was ignored; move it to locales/<language>/, e.g. locales/en/",
                ));
                continue;
            };
            let language = match catalog.languages.get_mut(code) {
                Some(language) => language,
                None => {
                    let Ok(langid) = code.parse::<LanguageIdentifier>() else {
                        diagnostics.push(Diagnostic::error(
                            &file.path,
                            Position::START,
                            "bad-language-folder",
                            format!(
                                "`{code}` is not a language code; name the folder with a code such as en, uk, kk or mn"
                            ),
                        ));
                        continue;
                    };
                    catalog.languages.entry(code.to_owned()).or_insert_with(|| LanguageCatalog {
                        code: code.to_owned(),
                        langid,
                        messages: Vec::new(),
                        index: FxHashMap::default(),
                        terms: BTreeSet::new(),
                        resources: Vec::new(),
                        resource_paths: Vec::new(),
                        bundle: OnceLock::new(),
                    })
                }
            };
            load_file(language, file, diagnostics);
        }
        catalog
    }

    pub fn language(&self, code: &str) -> Option<&LanguageCatalog> {
        self.languages.get(code)
    }

    /// Language codes that have at least one file.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.languages.keys().map(String::as_str)
    }
}

/// One warning per line that has characters the language's fonts cannot draw (comments aside).
fn undrawable_characters(source: &str, path: &str, script: &str, diagnostics: &mut Vec<Diagnostic>) {
    let fonts = script::fonts();
    let script_name = fonts.script(script).map_or(script, |s| s.name.as_str());
    let draws = fonts.draws_in(script);
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if !line.trim_start().starts_with('#') {
            let bad: Vec<char> = line.chars().filter(|c| !draws(*c)).collect();
            if let Some(first) = bad.first() {
                let at = offset + line.find(*first).unwrap_or(0);
                let shown: Vec<String> = bad.iter().map(|c| format!("`{c}` (U+{:04X})", u32::from(*c))).collect();
                diagnostics.push(Diagnostic::warning(
                    path,
                    Position::of_offset(source, at),
                    "undrawable-character",
                    format!(
                        "{} cannot be drawn by the fonts for this language ({script_name} script, see assets/fonts/fonts.ron) and would show as a box; write it in words or in the language's own script, leave it out, or declare the language's `script:` in pack.ron if it is wrong",
                        shown.join(", ")
                    ),
                ));
            }
        }
        offset += line.len();
    }
}

/// Recognises the two mistakes machine translation makes most often in a broken entry: a
/// translated message id (the part before `=`) and a translated `{ $variable }`. Returns where
/// the mistake is and what to do, in words a translator understands.
fn translator_mistake(source: &str, entry: std::ops::Range<usize>) -> Option<(usize, String)> {
    let text = source.get(entry.clone())?;
    let is_name = |name: &str| {
        let mut chars = name.chars();
        chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    };
    let first_line = text.lines().next().unwrap_or_default();
    if let Some((id, _)) = first_line.split_once('=') {
        let id = id.trim();
        if !id.is_empty() && !id.starts_with(['#', ' ', '.', '*', '[', '}']) && !is_name(id) {
            return Some((
                entry.start,
                format!(
                    "`{id}` is not a message id: never translate the part before `=`; keep the id exactly as in the English file (letters a-z, digits and hyphens) and translate only the text after `=`"
                ),
            ));
        }
    }
    let mut from = 0;
    while let Some(open) = text[from..].find('{') {
        let open = from + open;
        let inside = text[open + 1..].trim_start();
        let inside_at = text.len() - inside.len();
        if let Some(rest) = inside.strip_prefix('$') {
            let name: String = rest.chars().take_while(|c| !c.is_whitespace() && *c != '}').collect();
            if !is_name(&name) {
                return Some((
                    entry.start + inside_at,
                    format!(
                        "`{{ ${name} }}` is not a variable the app knows: keep every `{{ $variable }}` exactly as in English (for example `{{ $contact }}`); the app fills it in, so its name is never translated"
                    ),
                ));
            }
        }
        from = open + 1;
    }
    None
}

fn load_file(language: &mut LanguageCatalog, file: SourceFile, diagnostics: &mut Vec<Diagnostic>) {
    let path: Arc<str> = Arc::from(file.path.as_str());
    // The resource takes the text without a copy; positions are read back from it.
    let (resource, errors) = match FluentResource::try_new(file.text) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let source = resource.source();
    for error in errors {
        // Point at the start of the broken entry, where the author's eye goes first, unless it is
        // a mistake translators often make; then point at it and say what to do.
        let entry = error.slice.clone().unwrap_or(error.pos.clone());
        let (start, message) = match translator_mistake(source, entry.clone()) {
            Some((at, advice)) => (at, format!("{advice}; this entry was skipped")),
            None => (
                entry.start,
                format!(
                    "Fluent syntax error: {}; this entry was skipped. Check it starts with `id = `, that braces are closed and that continuation lines are indented",
                    error.kind
                ),
            ),
        };
        diagnostics.push(Diagnostic::error(&path, Position::of_offset(source, start), "ftl-syntax", message));
    }
    let starts = entry_starts(source);
    for entry in resource.entries() {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name;
                let at = starts.get(id).copied().unwrap_or(Position::START);
                let mut info = MessageInfo {
                    id: Arc::from(id),
                    path: Arc::clone(&path),
                    at,
                    variables: BTreeSet::new(),
                    message_refs: BTreeSet::new(),
                    term_refs: BTreeSet::new(),
                };
                if let Some(value) = &message.value {
                    collect_pattern(value, &mut info);
                }
                for attribute in &message.attributes {
                    collect_pattern(&attribute.value, &mut info);
                }
                if let Some(first) = language.message(id) {
                    diagnostics.push(Diagnostic::error(
                        &path,
                        at,
                        "duplicate-message",
                        format!(
                            "message `{id}` is defined twice in `{}` (first at {}:{}:{}); delete or rename one",
                            language.code, first.path, first.at.line, first.at.column
                        ),
                    ));
                } else {
                    language.index.insert(Arc::clone(&info.id), language.messages.len());
                    language.messages.push(info);
                }
            }
            ast::Entry::Term(term) => {
                language.terms.insert(term.id.name.to_owned());
            }
            _ => {}
        }
    }
    language.resources.push(Arc::new(resource));
    language.resource_paths.push(path);
}

/// Where each entry (`id =` or `-term =` at the start of a line) begins.
fn entry_starts(text: &str) -> HashMap<&str, Position> {
    let mut starts = HashMap::new();
    for (i, line) in text.lines().enumerate() {
        let name_end = line.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(line.len());
        if name_end == 0 || !line[name_end..].trim_start().starts_with('=') {
            continue;
        }
        starts.entry(&line[..name_end]).or_insert(Position { line: i + 1, column: 1 });
    }
    starts
}

fn collect_pattern(pattern: &ast::Pattern<&str>, info: &mut MessageInfo) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, info);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, info: &mut MessageInfo) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, info);
            for variant in variants {
                collect_pattern(&variant.value, info);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, info),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, info: &mut MessageInfo) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            info.message_refs.insert(id.name.to_owned());
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            info.term_refs.insert(id.name.to_owned());
            if let Some(arguments) = arguments {
                collect_arguments(arguments, info);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => collect_arguments(arguments, info),
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, info),
        ast::InlineExpression::StringLiteral { .. } | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn collect_arguments(arguments: &ast::CallArguments<&str>, info: &mut MessageInfo) {
    for positional in &arguments.positional {
        collect_inline(positional, info);
    }
    for named in &arguments.named {
        collect_inline(&named.value, info);
    }
}
