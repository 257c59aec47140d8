//! Help and reporting, one click from every screen: the reader's country's reporting portal
//! and helplines, what happens after a report, international options, and how to hide a visit.

use crate::content::portals::{Service, Trust};
use crate::i18n::{FluentArgs, ui_text};
use crate::runtime::help_points;
use crate::ui::saved::CountryChoice;
use crate::ui::theme::{self, Palette, TARGET, space};
use crate::ui::widgets::{self, ChoiceState, Icon, Mark};
use crate::ui::{Shell, egui};

pub fn show(shell: &mut Shell, ui: &mut egui::Ui) {
    let palette = Palette::of(ui);
    widgets::heading(ui, &shell.t(ui_text::HELP_NEVER_YOUR_FAULT), egui::TextStyle::Heading);
    widgets::body(ui, &shell.t(ui_text::HELP_ANONYMOUS));
    ui.add_space(space::S3);
    // Nobody has said where they live and the system gives no region: ask, openly.
    let unknown = shell.settings().country.is_none() && shell.country().is_none();
    country_picker(shell, ui, unknown);
    ui.add_space(space::S3);

    let country = shell.country().cloned();
    widgets::heading(ui, &shell.t(ui_text::HELP_REPORT_TITLE), theme::h2());
    match country.as_ref().filter(|c| !c.portals.is_empty()) {
        Some(country) => {
            for portal in &country.portals {
                service(shell, ui, portal);
            }
        }
        None => {
            widgets::body(ui, &shell.t(ui_text::HELP_NO_PORTAL));
        }
    }
    ui.add_space(space::S3);
    widgets::semantic_card(ui, palette.info, Icon::Info, &shell.t(ui_text::HELP_AFTER_TITLE), |ui| {
        for (i, step) in
            [ui_text::HELP_AFTER_ANALYST, ui_text::HELP_AFTER_REMOVED, ui_text::HELP_AFTER_POLICE].iter().enumerate()
        {
            widgets::body(ui, &format!("{}. {}", i + 1, shell.t(*step)));
        }
        widgets::body(ui, &shell.t(ui_text::HELP_DO_NOT_SHARE));
    });

    if let Some(country) = country.as_ref().filter(|c| !c.helplines.is_empty()) {
        ui.add_space(space::S3);
        widgets::heading(ui, &shell.t(ui_text::HELP_TALK_TITLE), theme::h2());
        for helpline in &country.helplines {
            widgets::card(ui, |ui| {
                ui.label(egui::RichText::new(&helpline.name).strong());
                // Numbers are large, selectable text: tel: links do nothing on most desktops.
                ui.add(
                    egui::Label::new(egui::RichText::new(&helpline.number).text_style(theme::h2())).selectable(true),
                );
                if let Some(hours) = &helpline.hours {
                    widgets::body(ui, &shell.loc.text(hours.as_str()));
                }
                if let Some(about) = &helpline.about {
                    widgets::weak(ui, &shell.loc.text(about.as_str()));
                }
                if let Some(url) = &helpline.url {
                    link_button(shell, ui, &helpline.name, url);
                }
                if helpline.trust == Trust::Unverified {
                    widgets::weak(ui, &shell.t(ui_text::HELP_CHECK_LOCALLY));
                }
            });
            ui.add_space(space::S2);
        }
    }
    ui.add_space(space::S3);
    widgets::body(ui, &shell.t(ui_text::HELP_TRUSTED_ADULT));
    widgets::body(ui, &shell.t(ui_text::HELP_EMERGENCY));

    let international = shell.library.portals.international.clone();
    if !international.is_empty() {
        ui.add_space(space::S4);
        widgets::heading(ui, &shell.t(ui_text::HELP_INTERNATIONAL_TITLE), theme::h2());
        for s in &international {
            service(shell, ui, s);
        }
    }
    ui.add_space(space::S4);
    widgets::semantic_card(ui, palette.info, Icon::Info, &shell.t(ui_text::HELP_CLEAR_HISTORY_TITLE), |ui| {
        widgets::body(ui, &shell.t(ui_text::HELP_QUICK_EXIT_NOTE));
        widgets::body(ui, &shell.t(ui_text::HELP_CLEAR_HISTORY));
    });
}

/// A portal or service: its name, what it is for, its languages, and a button that opens it.
fn service(shell: &mut Shell, ui: &mut egui::Ui, s: &Service) {
    widgets::card(ui, |ui| {
        ui.label(egui::RichText::new(&s.name).strong());
        if let Some(about) = &s.about {
            widgets::body(ui, &shell.loc.text(about.as_str()));
        }
        if !s.languages.is_empty() {
            let names: Vec<String> = s.languages.iter().map(|code| language_name(shell, code)).collect();
            let mut args = FluentArgs::new();
            args.set("languages", names.join(", "));
            widgets::weak(ui, &shell.t_with(ui_text::HELP_LANGUAGES, &args));
        }
        if let Some(url) = &s.url {
            link_button(shell, ui, &s.name, url);
        }
        if s.trust == Trust::Unverified {
            widgets::weak(ui, &shell.t(ui_text::HELP_CHECK_LOCALLY));
        }
    });
    ui.add_space(space::S2);
}

/// Languages' names for themselves, for portal languages the pack does not ship.
const ENDONYMS: &[(&str, &str)] = &[
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("hi", "Hindi"),
    ("kk", "Қазақ тілі"),
    ("mn", "Монгол"),
    ("pt", "Português"),
    ("uk", "Українська"),
    ("wo", "Wolof"),
];

/// A language's own name (from the pack, else the table above), else its code.
fn language_name(shell: &Shell, code: &str) -> String {
    shell
        .library
        .pack
        .languages
        .iter()
        .find(|l| l.code == code)
        .map(|l| l.name.clone())
        .or_else(|| ENDONYMS.iter().find(|(c, _)| *c == code).map(|(_, n)| (*n).to_owned()))
        .unwrap_or_else(|| code.to_owned())
}

/// "-> report.iwf.org.uk (opens in your browser)": the domain is shown before anything opens.
fn link_button(shell: &mut Shell, ui: &mut egui::Ui, name: &str, url: &str) {
    let host = crate::content::portals::host_of(url).unwrap_or(url).to_owned();
    let label = format!("{name}: {host} ({})", shell.t(ui_text::HELP_OPENS_BROWSER));
    let palette = Palette::of(ui);
    let response = ui.add(
        egui::Button::new(egui::RichText::new(label).color(palette.on_help()))
            .fill(palette.help.stripe)
            .min_size(egui::vec2(TARGET * 2.0, TARGET))
            .wrap(),
    );
    widgets::focus_ring(ui, &response);
    if response.clicked() {
        shell.open_url(url);
    }
}

/// The reader's country, changeable; "my country is not listed" leads to international help.
pub fn country_picker(shell: &mut Shell, ui: &mut egui::Ui, open: bool) {
    let current = shell.country().map(|c| shell.loc.text(c.name.as_str()));
    let not_listed = shell.t(ui_text::HELP_COUNTRY_NOT_LISTED);
    // The current country wraps as body text; the header stays short so it never widens the column.
    widgets::body(
        ui,
        &format!("{}: {}", shell.t(ui_text::HELP_COUNTRY), current.unwrap_or_else(|| not_listed.clone())),
    );
    let title = shell.t(ui_text::HELP_COUNTRY_CHANGE);
    let mut countries: Vec<(String, String)> =
        shell.library.portals.countries.iter().map(|c| (shell.loc.text(c.name.as_str()), c.code.clone())).collect();
    countries.sort();
    egui::CollapsingHeader::new(egui::RichText::new(title).strong()).id_salt("country-picker").default_open(open).show(
        ui,
        |ui| {
            widgets::weak(ui, &shell.t(ui_text::HELP_COUNTRY_QUESTION));
            let chosen = shell.country().map(|c| c.code.clone());
            for (name, code) in &countries {
                let state =
                    ChoiceState { selected: chosen.as_deref() == Some(code), tried: false, mark: Some(Mark::Radio) };
                if widgets::choice(ui, None, name, state, None).clicked() {
                    let code = code.clone();
                    shell.update_settings(|s| s.country = Some(CountryChoice::Code(code)));
                }
            }
            let state = ChoiceState { selected: chosen.is_none(), tried: false, mark: Some(Mark::Radio) };
            if widgets::choice(ui, None, &not_listed, state, None).clicked() {
                shell.update_settings(|s| s.country = Some(CountryChoice::NotListed));
            }
        },
    );
}

/// The help card shared by Help steps and the End: the standing messages, a lesson's own
/// words if it has any, and the way to the full Help screen.
pub fn help_card(shell: &mut Shell, ui: &mut egui::Ui, body: Option<&str>, extra_points: &[String]) {
    let palette = Palette::of(ui);
    let points = if extra_points.is_empty() { help_points(&shell.loc) } else { extra_points.to_vec() };
    widgets::semantic_card(ui, palette.help, Icon::Help, &shell.t(ui_text::HELP), |ui| {
        if let Some(body) = body {
            widgets::body(ui, body);
        }
        for point in &points {
            ui.horizontal_top(|ui| {
                ui.label("•");
                widgets::body(ui, point);
            });
        }
    });
}
