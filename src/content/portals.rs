//! Where to get help, by country: IWF reporting portals, child helplines and international
//! services, from `content/portals.ron`. Every entry names its source and when it was checked;
//! unverified entries are marked so the app can add "check with a local organisation".
//!
//! The file also declares the only hosts the app may open links to (https only) and the
//! neutral page the browser build's quick exit goes to.

use std::collections::HashSet;

use serde::Deserialize;

use super::check_lesson::{MsgRef, VarContext};
use super::diagnostic::{Diagnostic, Position};
use super::locate::Locator;
use super::model::MsgId;
use super::source::SourceFile;

/// The portal file inside a content folder.
pub const PORTALS_FILE: &str = "portals.ron";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Portals")]
struct RawPortals {
    allowed_hosts: Vec<String>,
    neutral_url: String,
    countries: Vec<RawCountry>,
    #[serde(default)]
    international: Vec<RawService>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    code: String,
    name: String,
    #[serde(default)]
    portals: Vec<RawService>,
    #[serde(default)]
    helplines: Vec<RawHelpline>,
    #[serde(default)]
    partners: Vec<String>,
    source: String,
    verified_on: String,
}

/// A reporting portal or an international service.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    /// The service's own name (a proper noun, not translated), e.g. "IWF reporting portal".
    name: String,
    /// What it is and who it is for, as a message id.
    #[serde(default)]
    about: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    languages: Vec<String>,
    source: String,
    verified_on: String,
    #[serde(default)]
    unverified: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHelpline {
    name: String,
    number: String,
    /// Opening hours, as a message id (e.g. `help-hours-always`).
    #[serde(default)]
    hours: Option<String>,
    #[serde(default)]
    about: Option<String>,
    #[serde(default)]
    url: Option<String>,
    source: String,
    verified_on: String,
    #[serde(default)]
    unverified: bool,
}

/// How sure we are of an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trust {
    /// A stored copy of the cited source states it.
    Verified,
    /// Believed true but not confirmed: the app adds "check with a local organisation".
    Unverified,
}

/// A link-bearing service: a reporting portal or an international option.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub name: String,
    pub about: Option<MsgId>,
    pub url: Option<String>,
    pub languages: Vec<String>,
    pub source: String,
    pub verified_on: String,
    pub trust: Trust,
}

/// A helpline to call or text.
#[derive(Debug, Clone, PartialEq)]
pub struct Helpline {
    pub name: String,
    pub number: String,
    pub hours: Option<MsgId>,
    pub about: Option<MsgId>,
    pub url: Option<String>,
    pub source: String,
    pub verified_on: String,
    pub trust: Trust,
}

/// One country's help.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: String,
    pub name: MsgId,
    pub portals: Vec<Service>,
    pub helplines: Vec<Helpline>,
    pub partners: Vec<String>,
    pub source: String,
    pub verified_on: String,
}

/// The checked portal file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Portals {
    pub allowed_hosts: Vec<String>,
    pub neutral_url: String,
    pub countries: Vec<Country>,
    pub international: Vec<Service>,
}

impl Portals {
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code.eq_ignore_ascii_case(code))
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
    let raw: RawPortals = match super::ron_options().from_str(&file.text) {
        Ok(raw) => raw,
        Err(error) => {
            diagnostics.push(super::ron_error(file, &error, "Portals"));
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
        let portals = country.portals.iter().map(|p| c.service(p, at)).collect();
        let helplines = country.helplines.iter().map(|h| c.helpline(h, at)).collect();
        countries.push(Country {
            code: country.code.clone(),
            name: c.msg(&country.name, at),
            portals,
            helplines,
            partners: country.partners.clone(),
            source: country.source.clone(),
            verified_on: country.verified_on.clone(),
        });
    }
    let international = raw.international.iter().map(|s| c.service(s, Position::START)).collect();
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

    fn service(&mut self, s: &RawService, after: Position) -> Service {
        let at = self.loc.value_after(after, &s.name).unwrap_or(after);
        if let Some(url) = &s.url {
            self.url(url, "url");
        }
        self.provenance(at, &format!("`{}`", s.name), &s.source, &s.verified_on);
        Service {
            name: s.name.clone(),
            about: s.about.as_ref().map(|a| self.msg(a, after)),
            url: s.url.clone(),
            languages: s.languages.clone(),
            source: s.source.clone(),
            verified_on: s.verified_on.clone(),
            trust: if s.unverified { Trust::Unverified } else { Trust::Verified },
        }
    }

    fn helpline(&mut self, h: &RawHelpline, after: Position) -> Helpline {
        let at = self.loc.value_after(after, &h.name).unwrap_or(after);
        if let Some(url) = &h.url {
            self.url(url, "url");
        }
        self.provenance(at, &format!("helpline `{}`", h.name), &h.source, &h.verified_on);
        Helpline {
            name: h.name.clone(),
            number: h.number.clone(),
            hours: h.hours.as_ref().map(|x| self.msg(x, after)),
            about: h.about.as_ref().map(|x| self.msg(x, after)),
            url: h.url.clone(),
            source: h.source.clone(),
            verified_on: h.verified_on.clone(),
            trust: if h.unverified { Trust::Unverified } else { Trust::Verified },
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
