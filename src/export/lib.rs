//! Printable documents made from a lesson's own data: the teacher's lesson plan, the learners'
//! take-home sheet and the family agreement, as one self-contained HTML file each (print
//! stylesheet for A4 and Letter, no scripts, nothing fetched). `chatwise export` writes them;
//! the app prints the family agreement a family has ticked and adjusted.
//!
//! Every word comes from the lesson's messages and `locales/<lang>/export.ftl`, in the chosen
//! language with English as the fallback, so a plan prints in every language the lesson has.

pub mod check;
mod html;

use chatwise_base::script::{self, Writing};
use chatwise_library::label;
use chatwise_runtime::help_points;
use fluent_bundle::FluentArgs;

use chatwise_content::model::{Lesson, StepKind, TranslationStatus, Verdict};
use chatwise_content::portals::{Country, Route, RouteKind, Trust};
use chatwise_i18n::export_text::{self as t, UiMsg};
use chatwise_i18n::{Localizer, ui_text};
use chatwise_library::Library;
use html::Html;

/// Which document to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Document {
    Plan,
    Handout,
    Agreement,
    /// The learning check's counts, before and after (from `Options::check`).
    CheckResults,
}

/// Paper size for the print stylesheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

/// What to put in a document besides the lesson.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub paper: Paper,
    /// ISO country code for the help section; without it, the international services.
    pub country: Option<String>,
    /// Family agreement: which of the lesson's commitments were kept (all when `None`), and
    /// the family's own lines.
    pub agreement_kept: Option<Vec<usize>>,
    pub agreement_own: Vec<String>,
    /// The script font to embed, where this build does not carry it (the browser app passes
    /// the one it fetched). Desktop and the command line use the built-in file.
    pub script_font: Option<Vec<u8>>,
    /// The learning check's counts for `CheckResults` (none counted yet when `None`).
    pub check: Option<check::CheckCounts>,
}

/// Why a document could not be made.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ExportError {
    #[error("there is no lesson `{0}`; `chatwise lessons` lists them")]
    UnknownLesson(String),
    #[error("the lesson is not available in `{language}`; it has: {available}")]
    UnknownLanguage { language: String, available: String },
    #[error("there is no country `{0}` in portals.ron; use an ISO code such as GB or UA, or leave --country out")]
    UnknownCountry(String),
}

/// Makes `document` for `lesson_id` in `language`.
pub fn render(
    library: &Library,
    document: Document,
    lesson_id: &str,
    language: &str,
    options: &Options,
) -> Result<String, ExportError> {
    let lesson = library
        .pack
        .lessons
        .iter()
        .find(|l| l.id == lesson_id)
        .ok_or_else(|| ExportError::UnknownLesson(lesson_id.to_owned()))?;
    let pack_language =
        library.pack.languages.iter().find(|l| l.code.eq_ignore_ascii_case(language)).ok_or_else(|| {
            ExportError::UnknownLanguage {
                language: language.to_owned(),
                available: library.pack.languages.iter().map(|l| l.code.as_str()).collect::<Vec<_>>().join(", "),
            }
        })?;
    let country = match &options.country {
        Some(code) => Some(
            library
                .portals
                .country(&code.to_ascii_uppercase())
                .ok_or_else(|| ExportError::UnknownCountry(code.clone()))?,
        ),
        None => None,
    };
    let doc = Writer {
        loc: library.localizer(&[pack_language.code.as_str()]),
        library,
        lesson,
        country,
        draft: pack_language.status == TranslationStatus::Draft,
        writing: pack_language.writing.clone(),
        script_font: options.script_font.as_deref(),
    };
    Ok(match document {
        Document::Plan => doc.plan(options.paper),
        Document::Handout => doc.handout(options.paper),
        Document::Agreement => doc.agreement(options),
        Document::CheckResults => doc.check_results(options),
    })
}

struct Writer<'a> {
    loc: Localizer,
    library: &'a Library,
    lesson: &'a std::sync::Arc<Lesson>,
    country: Option<&'a Country>,
    draft: bool,
    writing: Writing,
    script_font: Option<&'a [u8]>,
}

impl Writer<'_> {
    fn m(&self, msg: UiMsg) -> String {
        self.loc.text(msg.id)
    }

    fn m_with(&self, msg: UiMsg, name: &'static str, value: impl Into<fluent_bundle::FluentValue<'static>>) -> String {
        let mut args = FluentArgs::new();
        args.set(name, value);
        self.loc.text_with(msg.id, &args)
    }

    fn text(&self, id: &chatwise_content::model::MsgId) -> String {
        self.loc.text(id.as_str())
    }

    fn minutes(&self, minutes: u32) -> String {
        self.m_with(t::MINUTES, "minutes", minutes)
    }

    /// The page: head, title block and draft notice, then `body`, then the footer.
    fn page(&self, document: UiMsg, paper: Paper, body: impl FnOnce(&mut Html)) -> String {
        let title = self.text(&self.lesson.title);
        let fonts = script::fonts();
        let font_file = fonts.script(&self.writing.script).and_then(|s| s.regular.as_deref());
        let built_in = font_file.and_then(script::built_in_file);
        let embedded = self.script_font.or(built_in);
        let mut h =
            Html::new(self.loc.language(), &self.writing, embedded, &format!("{}: {title}", self.m(document)), paper);
        h.open("header", &[("class", "title")]);
        h.el("p", &[("class", "kicker")], &format!("ChatWise · {}", self.m(document)));
        h.el("h1", &[], &title);
        if self.draft {
            h.el("p", &[("class", "draft"), ("role", "note")], &self.m(t::DRAFT_NOTICE));
        }
        h.close("header");
        body(&mut h);
        h.open("footer", &[]);
        h.el("p", &[], &self.m_with(t::MADE_BY, "lesson", title));
        h.close("footer");
        h.finish()
    }

    fn list(&self, h: &mut Html, class: &str, items: impl IntoIterator<Item = String>) {
        h.open("ul", &[("class", class)]);
        for item in items {
            h.el("li", &[], &item);
        }
        h.close("ul");
    }

    fn section(&self, h: &mut Html, id: &str, heading: UiMsg, body: impl FnOnce(&mut Html)) {
        h.open("section", &[("id", id)]);
        h.el("h2", &[], &self.m(heading));
        body(h);
        h.close("section");
    }

    fn plan(&self, paper: Paper) -> String {
        let lesson = self.lesson;
        self.page(t::PLAN, paper, |h| {
            h.el("p", &[("class", "summary")], &self.text(&lesson.summary));
            self.section(h, "facts", t::FACTS, |h| {
                h.open("dl", &[("class", "facts")]);
                h.pair(&self.m(t::AGES), &format!("{}–{}", lesson.ages.0, lesson.ages.1));
                h.pair(&self.m(t::DURATION), &self.minutes(lesson.minutes));
                h.pair(&self.m(t::TOPIC), &self.loc.text(label::topic(lesson.topic).id));
                let audiences: Vec<String> =
                    lesson.audiences.iter().map(|a| self.loc.text(label::audience(*a).id)).collect();
                h.pair(&self.m(t::AUDIENCES), &audiences.join(", "));
                let language = self.library.pack.languages.iter().find(|l| l.code == self.loc.language());
                h.pair(&self.m(t::LANGUAGE), language.map_or(self.loc.language(), |l| l.name.as_str()));
                h.close("dl");
            });
            self.section(h, "objectives", t::OBJECTIVES, |h| {
                self.list(h, "objectives", lesson.objectives.iter().map(|o| self.text(o)));
            });
            self.section(h, "materials", t::MATERIALS, |h| {
                if lesson.materials.is_empty() {
                    h.el("p", &[], &self.m(t::NO_MATERIALS));
                } else {
                    self.list(h, "materials", lesson.materials.iter().map(|m| self.text(m)));
                }
            });
            self.section(h, "timings", t::TIMINGS, |h| self.timings(h));
            self.section(h, "before", t::BEFORE, |h| {
                if let Some(note) = &lesson.content_note {
                    h.el("h3", &[], &self.m(t::CONTENT_NOTE));
                    h.el("blockquote", &[], &self.text(note));
                }
                if !lesson.facilitator_notes.is_empty() {
                    h.el("h3", &[], &self.m(t::FACILITATOR));
                    for note in &lesson.facilitator_notes {
                        h.el("p", &[], &self.text(note));
                    }
                }
            });
            self.section(h, "safeguarding", t::SAFEGUARDING, |h| {
                for note in &lesson.safeguarding_notes {
                    h.el("p", &[], &self.text(note));
                }
                h.el("p", &[("class", "always")], &self.m(t::SAFEGUARDING_ALWAYS));
            });
            self.section(h, "script", t::SCRIPT, |h| self.script(h));
            self.help(h);
            if !lesson.sources.is_empty() {
                self.section(h, "sources", t::SOURCES, |h| {
                    h.open("ul", &[("class", "sources")]);
                    for source in &lesson.sources {
                        h.open("li", &[]);
                        h.text(&format!("{}: ", source.title));
                        h.el("span", &[("class", "url")], &source.url);
                        h.close("li");
                    }
                    h.close("ul");
                });
            }
        })
    }

    /// The kind of a step in the reader's words.
    fn kind(&self, kind: &StepKind) -> String {
        chatwise_runtime::kind_name(&self.loc, kind)
    }

    /// Opens a table with its column headings, ready for its rows (`tbody` is open).
    fn table_start<const N: usize>(&self, h: &mut Html, class: &str, headings: [UiMsg; N]) {
        h.open("table", &[("class", class)]);
        h.open("thead", &[]);
        h.open("tr", &[]);
        for heading in headings {
            h.el("th", &[("scope", "col")], &self.m(heading));
        }
        h.close("tr");
        h.close("thead");
        h.open("tbody", &[]);
    }

    fn timings(&self, h: &mut Html) {
        self.table_start(h, "timings", [t::TIMING_STEP, t::TIMING_WHAT, t::TIMING_MINUTES]);
        // Steps a class only reaches after some answers (support after a risky reply) are
        // marked, and left out of the total: it is the time for the main path.
        let main_path = self.main_path();
        let mut total = 0;
        for (i, step) in self.lesson.steps.iter().enumerate() {
            let on_path = main_path.contains(&step.id);
            h.open("tr", &[]);
            h.el("td", &[], &(i + 1).to_string());
            let mut what = self.kind(&step.kind);
            if !on_path {
                what.push_str(&format!(" ({})", self.m(t::TIMING_BRANCH)));
            }
            h.el("td", &[], &what);
            let minutes = step.minutes.map(|m| m.to_string()).unwrap_or_default();
            if on_path {
                total += step.minutes.unwrap_or(0);
            }
            h.el("td", &[("class", "number")], &minutes);
            h.close("tr");
        }
        h.close("tbody");
        h.open("tfoot", &[]);
        h.open("tr", &[]);
        h.el("th", &[("scope", "row"), ("colspan", "2")], &self.m(t::TIMING_TOTAL));
        h.el("td", &[("class", "number")], &total.to_string());
        h.close("tr");
        h.close("tfoot");
        h.close("table");
    }

    /// The ids of the steps a class passes through choosing the first reply and answer each
    /// time (the lessons' safe path comes first).
    fn main_path(&self) -> std::collections::HashSet<String> {
        let mut run = chatwise_runtime::LessonRun::start(self.lesson.clone());
        let mut strategy = chatwise_runtime::Strategy::First;
        let mut seen: std::collections::HashSet<String> = [run.step().id.clone()].into();
        for _ in 0..1000 {
            let Some(decision) = strategy.decide(&run.pending()) else { break };
            if run.apply(&decision).is_err() {
                break;
            }
            seen.insert(run.step().id.clone());
        }
        seen
    }

    fn script(&self, h: &mut Html) {
        h.open("ol", &[("class", "script")]);
        for (i, step) in self.lesson.steps.iter().enumerate() {
            h.open("li", &[("class", "step"), ("id", &format!("step-{}", step.id))]);
            let mut heading = format!("{} · {}", self.m_with(t::STEP, "number", (i + 1) as u32), self.kind(&step.kind));
            if let Some(minutes) = step.minutes {
                heading.push_str(&format!(" · {}", self.minutes(minutes)));
            }
            h.el("h3", &[], &heading);
            self.step_body(h, &step.kind);
            if !step.notes.is_empty() {
                h.open("aside", &[("class", "notes")]);
                h.el("h4", &[], &self.m(t::STEP_NOTES));
                for note in &step.notes {
                    h.el("p", &[], &self.text(note));
                }
                h.close("aside");
            }
            h.close("li");
        }
        h.close("ol");
    }

    fn step_body(&self, h: &mut Html, kind: &StepKind) {
        match kind {
            StepKind::Story { title, body, image, .. } => {
                if let Some(title) = title {
                    h.el("h4", &[], &self.text(title));
                }
                if let Some(image) = image {
                    h.picture(self.library.images.get(&image.path).map(|b| &b[..]), &self.text(&image.alt));
                }
                h.el("p", &[], &self.text(body));
            }
            StepKind::Help { title, body, .. } => {
                if let Some(title) = title {
                    h.el("h4", &[], &self.text(title));
                }
                if let Some(body) = body {
                    h.el("p", &[], &self.text(body));
                }
            }
            StepKind::Chat(chat) => {
                let name = self.text(&chat.contact.name);
                h.el("h4", &[], &self.m_with(t::CHAT_WITH, "name", name.clone()));
                h.open("div", &[("class", "chat")]);
                for message in &chat.messages {
                    h.open("p", &[("class", "bubble")]);
                    h.el("b", &[], &format!("{name}: "));
                    h.text(&self.chat_text(&message.text, &name));
                    h.close("p");
                }
                h.close("div");
                if let Some(prompt) = &chat.prompt {
                    h.el(
                        "p",
                        &[("class", "prompt")],
                        &format!("{}: {}", self.m(t::CHAT_PROMPT), self.chat_text(prompt, &name)),
                    );
                }
                h.el("h4", &[], &self.m(t::REPLIES));
                h.open("ol", &[("class", "options"), ("type", "A")]);
                for reply in &chat.replies {
                    let verdict = match reply.verdict {
                        Verdict::Safe => t::VERDICT_SAFE,
                        Verdict::Risky => t::VERDICT_RISKY,
                        Verdict::Neutral => t::VERDICT_NEUTRAL,
                    };
                    h.open("li", &[]);
                    h.text(&self.chat_text(&reply.text, &name));
                    h.el("span", &[("class", "verdict")], &format!(" ({})", self.m(verdict)));
                    if let Some(feedback) = &reply.feedback {
                        h.el("p", &[("class", "feedback")], &self.chat_text(feedback, &name));
                    }
                    h.close("li");
                }
                h.close("ol");
            }
            StepKind::Quiz(quiz) => {
                h.el("h4", &[], &self.text(&quiz.question));
                h.open("ol", &[("class", "options"), ("type", "A")]);
                for option in &quiz.options {
                    h.open("li", &[]);
                    h.text(&self.text(&option.text));
                    let mark = if option.correct { t::CORRECT } else { t::NOT_CORRECT };
                    h.el(
                        "span",
                        &[("class", if option.correct { "correct" } else { "verdict" })],
                        &format!(" ({})", self.m(mark)),
                    );
                    if let Some(feedback) = &option.feedback {
                        h.el("p", &[("class", "feedback")], &self.text(feedback));
                    }
                    h.close("li");
                }
                h.close("ol");
                if let Some(explanation) = &quiz.explanation {
                    h.el(
                        "p",
                        &[("class", "explanation")],
                        &format!("{}: {}", self.m(t::EXPLANATION), self.text(explanation)),
                    );
                }
            }
            StepKind::Sort(sort) => {
                h.el("h4", &[], &self.text(&sort.prompt));
                let groups: Vec<String> = sort.groups.iter().map(|g| self.text(&g.label)).collect();
                h.el("p", &[], &format!("{}: {}", self.m(t::SORT_GROUPS), groups.join(" · ")));
                h.open("ul", &[("class", "cards")]);
                for card in &sort.cards {
                    h.open("li", &[]);
                    h.text(&self.text(&card.text));
                    h.el(
                        "p",
                        &[("class", "feedback")],
                        &self.m_with(t::SORT_ANSWER, "group", groups[card.group].clone()),
                    );
                    h.close("li");
                }
                h.close("ul");
            }
            StepKind::Discussion(talk) => {
                h.el("h4", &[], &self.text(&talk.prompt));
                if !talk.starters.is_empty() {
                    h.el("p", &[("class", "label")], &self.m(t::QUESTIONS));
                    self.list(h, "questions", talk.starters.iter().map(|s| self.text(s)));
                }
                if let Some(answer) = &talk.model_answer {
                    h.el("p", &[("class", "label")], &self.m(t::MODEL_ANSWER));
                    h.el("p", &[("class", "model-answer")], &self.text(answer));
                }
                if let Some(tip) = &talk.parent_tip {
                    h.el("p", &[("class", "label")], &self.m(t::PARENT_TIP));
                    h.el("p", &[], &self.text(tip));
                }
            }
            StepKind::End { title, summary, key_messages } => {
                h.el("h4", &[], &self.text(title));
                if let Some(summary) = summary {
                    h.el("p", &[], &self.text(summary));
                }
                h.el("p", &[("class", "label")], &self.m(t::KEY_MESSAGES));
                self.list(h, "key-messages", key_messages.iter().map(|k| self.text(k)));
            }
        }
    }

    /// Chat messages may name the contact (`$contact`).
    fn chat_text(&self, id: &chatwise_content::model::MsgId, contact: &str) -> String {
        self.loc.chat_text(id.as_str(), contact)
    }

    /// The help and reporting section: the country's portals and helplines, or the
    /// international services, with the lines every help screen carries.
    fn help(&self, h: &mut Html) {
        let heading = match self.country {
            Some(country) => self.m_with(t::HELP, "country", self.text(&country.name)),
            None => self.m(t::HELP_ANYWHERE),
        };
        h.open("section", &[("id", "help")]);
        h.el("h2", &[], &heading);
        // The points every Help step and End says, in the lesson's words for its age, then
        // what to do in a crisis (the Help screen has both too).
        let crisis = [ui_text::HELP_CRISIS, ui_text::HELP_EMERGENCY].map(|m| self.loc.text(m.id));
        self.list(h, "help-lines", help_points(&self.loc, self.lesson.ages.0).into_iter().chain(crisis));
        // The same kinds, in the same order, as the Help screen (src/ui/screens/help.rs).
        if let Some(country) = self.country {
            h.el("h3", &[], &self.loc.text(ui_text::HELP_PERSON_TITLE.id));
            let mut person = country.routes(RouteKind::Person).peekable();
            if person.peek().is_none() {
                h.el("p", &[], &self.loc.text(ui_text::HELP_PERSON_NONE.id));
            }
            for route in person {
                self.route(h, route);
            }
            let mut emergency = country.routes(RouteKind::Emergency).peekable();
            if emergency.peek().is_some() {
                h.el("h3", &[], &self.loc.text(ui_text::HELP_EMERGENCY_TITLE.id));
                for route in emergency {
                    self.route(h, route);
                }
            }
            for (kind, title) in [(RouteKind::Image, t::REPORT), (RouteKind::Talk, t::TALK)] {
                let mut routes = country.routes(kind).peekable();
                if routes.peek().is_some() {
                    h.el("h3", &[], &self.m(title));
                    for route in routes {
                        self.route(h, route);
                    }
                }
            }
        }
        h.el("h3", &[], &self.m(t::INTERNATIONAL));
        for route in &self.library.portals.international {
            self.route(h, route);
        }
        h.close("section");
    }

    /// One route as printed: its name and number, address in full, what it is for, hours,
    /// whether a child must give their name, and a note when it is unconfirmed.
    fn route(&self, h: &mut Html, route: &Route) {
        h.open("div", &[("class", "service")]);
        let name = match &route.number {
            Some(number) => format!("{}: {number}", route.name),
            None => route.name.clone(),
        };
        h.el("p", &[("class", "service-name")], &name);
        if let Some(url) = &route.url {
            // Printed, so the address is written out in full.
            h.el("p", &[("class", "url")], url);
        }
        if let Some(about) = &route.about {
            h.el("p", &[], &self.text(about));
        }
        if let Some(hours) = &route.hours {
            h.el("p", &[], &self.m_with(t::HOURS, "hours", self.text(hours)));
        }
        if let Some(anonymous) = route.anonymous {
            h.el("p", &[], &self.loc.text(label::anonymity(anonymous).id));
        }
        if route.trust == Trust::Unverified {
            h.el("p", &[("class", "unverified")], &self.m(t::UNVERIFIED));
        }
        h.close("div");
    }

    fn handout(&self, paper: Paper) -> String {
        self.page(t::HANDOUT, paper, |h| {
            h.el("p", &[("class", "summary")], &self.m(t::HANDOUT_INTRO));
            // The lesson's opening picture, so the sheet reminds the child which story it was.
            let opening = self.lesson.steps.iter().find_map(|s| match &s.kind {
                StepKind::Story { image: Some(image), .. } => Some(image),
                _ => None,
            });
            if let Some(image) = opening {
                h.picture(self.library.images.get(&image.path).map(|b| &b[..]), &self.text(&image.alt));
            }
            h.open("section", &[("id", "remember")]);
            h.el("h2", &[], &self.m(t::HANDOUT_REMEMBER));
            // Every End's key messages, each once (a lesson's Ends often share them).
            let mut seen = std::collections::HashSet::new();
            let key_messages: Vec<String> = self
                .lesson
                .steps
                .iter()
                .filter_map(|s| match &s.kind {
                    StepKind::End { key_messages, .. } => Some(key_messages),
                    _ => None,
                })
                .flatten()
                .filter(|k| seen.insert(k.as_str()))
                .map(|k| self.text(k))
                .collect();
            self.list(h, "key-messages", key_messages);
            h.close("section");
            h.open("section", &[("id", "steps")]);
            h.el("h2", &[], &self.m(t::HANDOUT_STEPS));
            h.open("ol", &[("class", "what-to-do")]);
            for step in [t::HANDOUT_STEP_STOP, t::HANDOUT_STEP_KEEP, t::HANDOUT_STEP_BLOCK, t::HANDOUT_STEP_TELL] {
                h.el("li", &[], &self.m(step));
            }
            h.close("ol");
            h.close("section");
            self.help(h);
        })
    }

    /// Each question with its answers' counts before and after, as numbers and shares, the
    /// answer the lesson teaches marked in words (not only by a colour).
    fn check_results(&self, options: &Options) -> String {
        use check::When;
        let empty = check::CheckCounts::default();
        let counts = options.check.as_ref().unwrap_or(&empty);
        self.page(t::CHECK, options.paper, |h| {
            h.el("p", &[("class", "summary")], &self.m(t::CHECK_INTRO));
            if !counts.from.is_empty() {
                let mut args = FluentArgs::new();
                args.set("from", counts.from.clone());
                args.set("to", counts.to.clone());
                h.el("p", &[], &self.loc.text_with(t::CHECK_PERIOD.id, &args));
            }
            let answered = [counts.answered(When::Before), counts.answered(When::After)];
            if answered == [0, 0] {
                h.el("p", &[], &self.m(t::CHECK_NONE));
            }
            let share = |n: u32, of: u32| match (n * 100 + of / 2).checked_div(of) {
                Some(percent) => format!("{n} ({percent}%)"),
                None => "-".to_owned(),
            };
            for question in &self.lesson.check {
                h.open("section", &[("class", "check-question")]);
                h.el("h2", &[], &self.text(&question.question));
                self.table_start(h, "check", [t::CHECK_ANSWER, t::CHECK_BEFORE, t::CHECK_AFTER]);
                let totals = [When::Before, When::After]
                    .map(|when| (0..question.answer_count()).map(|a| counts.count(when, &question.id, a)).sum::<u32>());
                for answer in 0..question.answer_count() {
                    h.open("tr", &[]);
                    let mut text = check::answer_label(&self.loc, question, answer);
                    if question.best == Some(answer) {
                        text.push_str(&format!(" ({})", self.m(t::CHECK_BEST)));
                    }
                    h.el("th", &[("scope", "row")], &text);
                    for (when, total) in [When::Before, When::After].into_iter().zip(totals) {
                        h.el("td", &[("class", "number")], &share(counts.count(when, &question.id, answer), total));
                    }
                    h.close("tr");
                }
                h.close("tbody");
                h.close("table");
                h.close("section");
            }
        })
    }

    fn agreement(&self, options: &Options) -> String {
        self.page(t::AGREEMENT, options.paper, |h| {
            h.el("p", &[("class", "summary")], &self.m(t::AGREEMENT_INTRO));
            h.open("section", &[("id", "commitments")]);
            h.open("ul", &[("class", "commitments")]);
            for (i, item) in self.lesson.agreement.iter().enumerate() {
                if options.agreement_kept.as_ref().is_none_or(|kept| kept.contains(&i)) {
                    h.el("li", &[], &self.text(item));
                }
            }
            h.close("ul");
            h.close("section");
            h.open("section", &[("id", "own")]);
            h.el("h2", &[], &self.m(t::AGREEMENT_OURS));
            h.open("ul", &[("class", "commitments own")]);
            for line in options.agreement_own.iter().filter(|l| !l.trim().is_empty()) {
                h.el("li", &[], line.trim());
            }
            // Room to write more by hand.
            for _ in 0..2 {
                h.el("li", &[("class", "blank")], "");
            }
            h.close("ul");
            h.close("section");
            h.open("section", &[("id", "signatures")]);
            for _ in 0..2 {
                h.open("p", &[("class", "signature")]);
                h.el("span", &[], &self.m(t::AGREEMENT_SIGNED));
                h.el("span", &[], &self.m(t::AGREEMENT_DATE));
                h.close("p");
            }
            h.close("section");
            self.help(h);
        })
    }
}
