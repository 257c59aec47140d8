//! Where to get help, by country, from `content/portals.ron`: every route says what it is for
//! (report an image, report a person, talk to someone now, an emergency), whether a child can use
//! it without giving their name, its source and when it was checked. Unverified entries are marked
//! so the app can add "check with a local organisation".
//!
//! The kinds matter for safety: an image portal (the IWF's, say) cannot act on a person who is
//! grooming or blackmailing a child, so the Help screen never presents one as the place to report
//! a chat (docs: content/README.md, "Help and reporting").
//!
//! The file also declares the only hosts the app may open links to (https only) and the
//! neutral page the browser build's quick exit goes to.

use std::collections::HashSet;

use serde::Deserialize;

use crate::check_lesson::{MsgRef, VarContext};
use crate::locate::Locator;
use crate::model::MsgId;
use chatwise_base::diagnostic::{Diagnostic, Position};
use chatwise_base::source::SourceFile;

/// The portal file inside a content folder.
pub const PORTALS_FILE: &str = "portals.ron";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Portals")]
struct RawPortals {
    allowed_hosts: Vec<String>,
    neutral_url: String,
    countries: Vec<RawCountry>,
    #[serde(default)]
    international: Vec<RawRoute>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    code: String,
    name: String,
    #[serde(default)]
    routes: Vec<RawRoute>,
    #[serde(default)]
    partners: Vec<String>,
    source: String,
    verified_on: String,
}

/// A way to get help: a portal, a helpline, a police route or an emergency number.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRoute {
    /// What it is for; one service may serve several kinds (a helpline that also takes reports).
    kinds: Vec<RouteKind>,
    /// The service's own name (a proper noun, not translated), e.g. "CEOP Safety Centre".
    name: String,
    /// A number to call or text, written as the source writes it.
    #[serde(default)]
    number: Option<String>,
    /// Opening hours, as a message id (e.g. `help-hours-always`).
    #[serde(default)]
    hours: Option<String>,
    /// What it is and who it is for, as a message id.
    #[serde(default)]
    about: Option<String>,
    #[serde(default)]
    url: Option<String>,
    /// Whether a child can use it without giving their name. Required for person routes.
    #[serde(default)]
    anonymous: Option<Anonymity>,
    #[serde(default)]
    languages: Vec<String>,
    source: String,
    verified_on: String,
    #[serde(default)]
    unverified: bool,
}

/// What a route is for. The Help screen shows each kind under its own heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum RouteKind {
    /// Report an image or video of a child (IWF portals, national hotlines, Take It Down).
    Image,
    /// Report a person who is grooming, threatening or blackmailing a child (police, CEOP).
    Person,
    /// Talk to someone now: child helplines.
    Talk,
    /// Immediate danger: the emergency number.
    Emergency,
}

/// Whether a route can be used without giving a name, as its source states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Anonymity {
    /// The source says reports or calls can be anonymous.
    Yes,
    /// The source says a name is needed (CEOP: "we can't receive anonymous reports").
    No,
    /// No source says either way; the app says so rather than guess.
    Unknown,
}

/// How sure we are of an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    /// A stored copy of the cited source states it.
    Verified,
    /// Believed true but not confirmed: the app adds "check with a local organisation".
    Unverified,
}

/// A checked route.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub kinds: Vec<RouteKind>,
    pub name: String,
    pub number: Option<String>,
    pub hours: Option<MsgId>,
    pub about: Option<MsgId>,
    pub url: Option<String>,
    pub anonymous: Option<Anonymity>,
    pub languages: Vec<String>,
    pub source: String,
    pub verified_on: String,
    pub trust: Trust,
}

impl Route {
    pub fn is(&self, kind: RouteKind) -> bool {
        self.kinds.contains(&kind)
    }
}

/// One country's help.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: String,
    pub name: MsgId,
    pub routes: Vec<Route>,
    pub partners: Vec<String>,
    pub source: String,
    pub verified_on: String,
}

impl Country {
    /// The routes of one kind, in file order.
    pub fn routes(&self, kind: RouteKind) -> impl Iterator<Item = &Route> {
        self.routes.iter().filter(move |r| r.is(kind))
    }

    /// The first emergency number the data knows, if any.
    pub fn emergency_number(&self) -> Option<&str> {
        self.routes(RouteKind::Emergency).find_map(|r| r.number.as_deref())
    }
}

/// The checked portal file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Portals {
    pub allowed_hosts: Vec<String>,
    pub neutral_url: String,
    pub countries: Vec<Country>,
    pub international: Vec<Route>,
}

impl Portals {
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code.eq_ignore_ascii_case(code))
    }

    /// The international routes of one kind, in file order.
    pub fn international(&self, kind: RouteKind) -> impl Iterator<Item = &Route> {
        self.international.iter().filter(move |r| r.is(kind))
    }

    /// Whether the app may open `url`: https, on a host the file declares. Nothing else leaves.
    pub fn allows(&self, url: &str) -> bool {
        host_of(url).is_some_and(|host| self.allowed_hosts.iter().any(|h| h.eq_ignore_ascii_case(host)))
    }
}

/// The host of an `https://` address, or `None` for anything else.
pub fn host_of(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    (!host.is_empty() && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')).then_some(host)
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// Checks the portal file; returns what can be used, with findings and message references.
pub fn check(file: &SourceFile, diagnostics: &mut Vec<Diagnostic>, refs: &mut Vec<MsgRef>) -> Option<Portals> {
    let raw: RawPortals = match crate::ron_options().from_str(&file.text) {
        Ok(raw) => raw,
        Err(error) => {
            diagnostics.push(crate::ron_error(file, &error, "Portals"));
            return None;
        }
    };
    let mut c = Checker {
        file,
        path: std::sync::Arc::from(file.path.as_str()),
        loc: Locator::new(&file.text),
        hosts: raw.allowed_hosts.iter().map(|h| h.to_ascii_lowercase()).collect(),
        diagnostics,
        refs,
        errors: 0,
    };
    c.url(&raw.neutral_url, "neutral_url");
    let mut seen = HashSet::new();
    let mut countries = Vec::new();
    // Entries are found in file order, so a repeated code points at its second occurrence.
    let mut cursor = Position::START;
    for country in &raw.countries {
        let at = c.loc.field_after(cursor, "code", &country.code).unwrap_or(cursor);
        cursor = Position { line: at.line, column: at.column + 1 };
        if country.code.len() != 2 || !country.code.chars().all(|ch| ch.is_ascii_uppercase()) {
            c.error(
                at,
                "bad-country-code",
                format!("`{}` is not an ISO 3166-1 code; use two capital letters such as MN or UA", country.code),
            );
        }
        if !seen.insert(country.code.clone()) {
            c.error(
                at,
                "duplicate-country",
                format!("country `{}` is listed twice; merge the two entries", country.code),
            );
        }
        let source_at = c.loc.field_after(at, "source", &country.source).unwrap_or(at);
        c.provenance(source_at, &format!("country `{}`", country.code), &country.source, &country.verified_on);
        let routes = country.routes.iter().map(|r| c.route(r, at)).collect();
        countries.push(Country {
            code: country.code.clone(),
            name: c.msg(&country.name, at),
            routes,
            partners: country.partners.clone(),
            source: country.source.clone(),
            verified_on: country.verified_on.clone(),
        });
    }
    let international = raw.international.iter().map(|r| c.route(r, Position::START)).collect();
    (c.errors == 0).then_some(Portals {
        allowed_hosts: c.hosts,
        neutral_url: raw.neutral_url,
        countries,
        international,
    })
}

struct Checker<'a> {
    file: &'a SourceFile,
    path: std::sync::Arc<str>,
    loc: Locator<'a>,
    hosts: Vec<String>,
    diagnostics: &'a mut Vec<Diagnostic>,
    refs: &'a mut Vec<MsgRef>,
    errors: usize,
}

impl Checker<'_> {
    fn error(&mut self, at: Position, code: &'static str, message: String) {
        self.errors += 1;
        self.diagnostics.push(Diagnostic::error(&self.file.path, at, code, message));
    }

    fn msg(&mut self, id: &str, after: Position) -> MsgId {
        let at = self.loc.value_after(after, id).unwrap_or(after);
        self.refs.push(MsgRef {
            id: id.to_owned(),
            path: std::sync::Arc::clone(&self.path),
            at,
            context: VarContext::Plain,
        });
        MsgId(id.to_owned())
    }

    /// A link must be https and on a declared host.
    fn url(&mut self, url: &str, field: &str) {
        let at = self.loc.field(field, url);
        self.url_at(url, at);
    }

    fn url_at(&mut self, url: &str, at: Position) {
        match host_of(url) {
            None => self.error(
                at,
                "insecure-link",
                format!("`{url}` must be an https:// address; the app opens only https links"),
            ),
            Some(host) if !self.hosts.iter().any(|h| h.eq_ignore_ascii_case(host)) => self.error(
                at,
                "unknown-host",
                format!(
                    "`{host}` is not in allowed_hosts; add it there if this link is meant to open, or fix the address"
                ),
            ),
            Some(_) => {}
        }
    }

    /// Every entry names its source and the date it was checked.
    fn provenance(&mut self, at: Position, what: &str, source: &str, verified_on: &str) {
        if source.trim().is_empty() {
            self.error(at, "no-source", format!("{what} has no source; give the page that states these facts"));
        }
        if !is_date(verified_on) {
            self.error(at, "bad-date", format!("{what}: verified_on `{verified_on}` must be a date like 2026-11-23"));
        }
    }

    /// A route: its link is https on a declared host, and it says what a child needs to know
    /// before using it (a number to call, whether they must give their name).
    fn route(&mut self, r: &RawRoute, after: Position) -> Route {
        let at = self.loc.value_after(after, &r.name).unwrap_or(after);
        if let Some(url) = &r.url {
            let url_at = self.loc.value_after(at, url).unwrap_or(at);
            self.url_at(url, url_at);
        }
        self.provenance(at, &format!("`{}`", r.name), &r.source, &r.verified_on);
        if r.kinds.is_empty() {
            self.error(
                at,
                "no-route-kind",
                format!(
                    "`{}` has no kinds; say what it is for, e.g. `kinds: [Person]` (Image, Person, Talk or Emergency)",
                    r.name
                ),
            );
        }
        if r.kinds.contains(&RouteKind::Person) && r.anonymous.is_none() {
            self.error(
                at,
                "anonymity-unstated",
                format!(
                    "`{}` takes reports about a person, so say whether a child can report without giving their name: `anonymous: Yes`, `No` or `Unknown` (as its source states)",
                    r.name
                ),
            );
        }
        if r.kinds.contains(&RouteKind::Emergency) && r.number.is_none() {
            self.error(at, "no-way-to-reach", format!("`{}` is an emergency route; give its `number`", r.name));
        }
        Route {
            kinds: r.kinds.clone(),
            name: r.name.clone(),
            number: r.number.clone(),
            hours: r.hours.as_ref().map(|x| self.msg(x, after)),
            about: r.about.as_ref().map(|x| self.msg(x, after)),
            url: r.url.clone(),
            anonymous: r.anonymous,
            languages: r.languages.clone(),
            source: r.source.clone(),
            verified_on: r.verified_on.clone(),
            trust: if r.unverified { Trust::Unverified } else { Trust::Verified },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_hosts_count() {
        assert_eq!(host_of("https://report.iwf.org.uk/mn"), Some("report.iwf.org.uk"));
        assert_eq!(host_of("https://user@example.org:443/x?y"), Some("example.org"));
        assert_eq!(host_of("http://report.iwf.org.uk/mn"), None);
        assert_eq!(host_of("javascript:alert(1)"), None);
        assert_eq!(host_of("https://"), None);
    }
}
