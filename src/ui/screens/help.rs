//! Help and reporting, one click from every screen. The order is the order of need: calm words
//! for a child in crisis, then where to report a person who is grooming or blackmailing them,
//! then where to report an image, then people to talk to, then help from anywhere. Each route
//! appears under the kind its data gives (`content/portals.ron`), so an image portal is never
//! offered as the place to report a chat.

use crate::saved::CountryChoice;
use crate::text;
use crate::theme::{self, Palette, TARGET, space};
use crate::widgets::{self, ChoiceState, Icon, Mark};
use crate::{Shell, egui};
use chatwise_content::portals::{Country, Route, RouteKind, Trust};
use chatwise_i18n::{FluentArgs, ui_text};
use chatwise_library::label;
use chatwise_runtime::help_points;

pub fn show(shell: &mut Shell, ui: &mut egui::Ui) {
    let palette = Palette::of(ui);
    widgets::heading(ui, &shell.t(ui_text::HELP_NEVER_YOUR_FAULT), egui::TextStyle::Heading);
    widgets::body(ui, &shell.t(ui_text::HELP_ANONYMOUS));
    ui.add_space(space::S3);
    let country = shell.country().cloned();
    let emergency = emergency_line(shell, country.as_ref());
    widgets::semantic_card(ui, palette.help, Icon::Help, &shell.t(ui_text::HELP_CRISIS_TITLE), |ui| {
        widgets::body(ui, &shell.t(ui_text::HELP_CRISIS));
        widgets::body(ui, &emergency);
    });
    ui.add_space(space::S3);
    // Nobody has said where they live and the system gives no region: ask, openly.
    let unknown = shell.settings().country.is_none() && shell.country().is_none();
    country_picker(shell, ui, unknown);
    ui.add_space(space::S3);

    widgets::heading(ui, &shell.t(ui_text::HELP_PERSON_TITLE), theme::h2());
    widgets::body(ui, &shell.t(ui_text::HELP_PERSON_INTRO));
    report_person(shell, ui, country.as_ref(), &emergency, true);
    ui.add_space(space::S3);

    widgets::heading(ui, &shell.t(ui_text::HELP_REPORT_TITLE), theme::h2());
    widgets::body(ui, &shell.t(ui_text::HELP_IMAGE_INTRO));
    let images = routes_of(country.as_ref(), RouteKind::Image);
    if images.is_empty() {
        widgets::body(ui, &shell.t(ui_text::HELP_NO_PORTAL));
    }
    for route in &images {
        route_card(shell, ui, route);
    }
    widgets::semantic_card(ui, palette.info, Icon::Info, &shell.t(ui_text::HELP_AFTER_TITLE), |ui| {
        for (i, step) in
            [ui_text::HELP_AFTER_ANALYST, ui_text::HELP_AFTER_REMOVED, ui_text::HELP_AFTER_POLICE].iter().enumerate()
        {
            widgets::body(ui, &format!("{}. {}", i + 1, shell.t(*step)));
        }
        widgets::body(ui, &shell.t(ui_text::HELP_DO_NOT_SHARE));
    });

    ui.add_space(space::S3);
    talk_to_someone(shell, ui, country.as_ref());
    widgets::body(ui, &shell.t(ui_text::HELP_TRUSTED_ADULT));

    let international = shell.library.portals.international.clone();
    if !international.is_empty() {
        ui.add_space(space::S4);
        widgets::heading(ui, &shell.t(ui_text::HELP_INTERNATIONAL_TITLE), theme::h2());
        for route in &international {
            route_card(shell, ui, route);
        }
    }
    ui.add_space(space::S4);
    widgets::semantic_card(ui, palette.info, Icon::Info, &shell.t(ui_text::HELP_CLEAR_HISTORY_TITLE), |ui| {
        widgets::body(ui, &shell.t(ui_text::HELP_QUICK_EXIT_NOTE));
        widgets::body(ui, &shell.t(ui_text::HELP_CLEAR_HISTORY));
    });
}

/// The two kinds of help a child in a lesson needs first, for their country: where to report a
/// person and who to talk to now. The same sections as on the Help screen.
pub fn nearest_help(shell: &mut Shell, ui: &mut egui::Ui) {
    let country = shell.country().cloned();
    let emergency = emergency_line(shell, country.as_ref());
    ui.add_space(space::S3);
    widgets::heading(ui, &shell.t(ui_text::HELP_PERSON_TITLE), theme::h2());
    report_person(shell, ui, country.as_ref(), &emergency, false);
    if country.as_ref().is_some_and(|c| c.routes(RouteKind::Talk).next().is_some()) {
        ui.add_space(space::S3);
        talk_to_someone(shell, ui, country.as_ref());
    }
    ui.add_space(space::S3);
}

/// The country's routes of one kind (none when the reader's country is not listed).
fn routes_of(country: Option<&Country>, kind: RouteKind) -> Vec<Route> {
    country.map(|c| c.routes(kind).cloned().collect()).unwrap_or_default()
}

/// Under "Report a person": the country's police or child-protection routes and the emergency
/// line; without such a route, "a trusted adult can help you go to the police", the emergency
/// line and, with `from_anywhere`, the services that take such reports from any country.
fn report_person(
    shell: &mut Shell,
    ui: &mut egui::Ui,
    country: Option<&Country>,
    emergency: &str,
    from_anywhere: bool,
) {
    let mut routes = routes_of(country, RouteKind::Person);
    if routes.is_empty() {
        widgets::body(ui, &shell.t(ui_text::HELP_PERSON_NONE));
        widgets::body(ui, emergency);
        if from_anywhere {
            routes = shell.library.portals.international(RouteKind::Person).cloned().collect();
        }
        for route in &routes {
            route_card(shell, ui, route);
        }
    } else {
        for route in &routes {
            route_card(shell, ui, route);
        }
        widgets::body(ui, emergency);
    }
}

/// "Talk to someone": the country's helplines.
fn talk_to_someone(shell: &mut Shell, ui: &mut egui::Ui, country: Option<&Country>) {
    widgets::heading(ui, &shell.t(ui_text::HELP_TALK_TITLE), theme::h2());
    for route in &routes_of(country, RouteKind::Talk) {
        route_card(shell, ui, route);
    }
}

/// "If someone is in danger right now, call 999", with the country's number where the data
/// knows it, else the general line.
fn emergency_line(shell: &Shell, country: Option<&Country>) -> String {
    match country.and_then(Country::emergency_number) {
        Some(number) => {
            let mut args = FluentArgs::new();
            args.set("number", number.to_owned());
            shell.t_with(ui_text::HELP_EMERGENCY_NUMBER, &args)
        }
        None => shell.t(ui_text::HELP_EMERGENCY),
    }
}

/// A route: its name, a number to call in large selectable text, what it is for, its hours,
/// whether a child must give their name, its languages, and a button that opens its page.
fn route_card(shell: &mut Shell, ui: &mut egui::Ui, route: &Route) {
    widgets::card(ui, |ui| {
        text::label(ui, egui::RichText::new(&route.name).strong());
        if let Some(number) = &route.number {
            // Numbers are large, selectable text: tel: links do nothing on most desktops.
            ui.add(egui::Label::new(egui::RichText::new(number).text_style(theme::h2())).selectable(true).wrap());
        }
        if let Some(about) = &route.about {
            widgets::body(ui, &shell.loc.text(about.as_str()));
        }
        if let Some(hours) = &route.hours {
            widgets::body(ui, &shell.loc.text(hours.as_str()));
        }
        if let Some(anonymous) = route.anonymous {
            widgets::body(ui, &shell.t(label::anonymity(anonymous)));
        }
        if !route.languages.is_empty() {
            let names: Vec<String> = route.languages.iter().map(|code| language_name(shell, code)).collect();
            let mut args = FluentArgs::new();
            args.set("languages", names.join(", "));
            widgets::weak(ui, &shell.t_with(ui_text::HELP_LANGUAGES, &args));
        }
        if let Some(url) = &route.url {
            link_button(shell, ui, &route.name, url);
        }
        if route.trust == Trust::Unverified {
            widgets::weak(ui, &shell.t(ui_text::HELP_CHECK_LOCALLY));
        }
    });
    ui.add_space(space::S2);
}

/// A language's own name (from the pack, else assets/fonts/fonts.ron), else its code.
fn language_name(shell: &Shell, code: &str) -> String {
    shell
        .library
        .pack
        .languages
        .iter()
        .find(|l| l.code == code)
        .map(|l| l.name.clone())
        .or_else(|| chatwise_base::script::fonts().endonym(code).map(str::to_owned))
        .unwrap_or_else(|| code.to_owned())
}

/// "-> report.iwf.org.uk (opens in your browser)": the domain is shown before anything opens.
fn link_button(shell: &mut Shell, ui: &mut egui::Ui, name: &str, url: &str) {
    let host = chatwise_content::portals::host_of(url).unwrap_or(url).to_owned();
    let label = format!("{name}: {host} ({})", shell.t(ui_text::HELP_OPENS_BROWSER));
    let palette = Palette::of(ui);
    let text =
        text::widget_text(ui, egui::RichText::new(&label).color(palette.on_help()), Some(ui.available_width() - 32.0));
    let response =
        ui.add(egui::Button::new(text).fill(palette.help.stripe).min_size(egui::vec2(TARGET * 2.0, TARGET)).wrap());
    text::name(&response, egui::WidgetType::Button, &label);
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
    widgets::disclosure(ui, "country-picker", &title, open, |ui| {
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
    });
}

/// The help card shared by Help steps and the End: the standing messages, a lesson's own
/// words if it has any, and the way to the full Help screen.
pub fn help_card(shell: &mut Shell, ui: &mut egui::Ui, body: Option<&str>, extra_points: &[String]) {
    let palette = Palette::of(ui);
    let points = if extra_points.is_empty() { help_points(&shell.loc, u8::MAX) } else { extra_points.to_vec() };
    widgets::semantic_card(ui, palette.help, Icon::Help, &shell.t(ui_text::HELP), |ui| {
        if let Some(body) = body {
            widgets::body(ui, body);
        }
        for point in &points {
            widgets::row_top(ui, |ui| {
                text::label(ui, "•");
                widgets::body(ui, point);
            });
        }
    });
}
