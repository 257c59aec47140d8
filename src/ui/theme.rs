//! Colours, type scale, spacing and fonts (the design rules in src/ARCHITECTURE.md), installed into egui.
//!
//! Two themes: light (the default) on `Visuals::light()`, and high contrast on
//! `Visuals::dark()`. Every colour a view paints comes from [`Palette`], so both themes and
//! their contrast ratios are decided here and nowhere else.

use egui::{Color32, CornerRadius, FontDefinitions, FontFamily, FontId, Margin, Stroke, TextStyle, Vec2, Visuals};

use super::egui;
use super::{fonts, text};
use chatwise_base::script::{self, Writing};

/// Every colour the app paints, for one theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub page: Color32,
    pub card: Color32,
    pub text: Color32,
    pub weak_text: Color32,
    pub primary: Color32,
    /// Text on a primary fill.
    pub on_primary: Color32,
    pub hover: Color32,
    pub pressed: Color32,
    pub selection: Color32,
    /// Fill of a selected choice and the text on it.
    pub selected_fill: Color32,
    pub selected_text: Color32,
    pub border: Color32,
    pub divider: Color32,
    pub incoming: Color32,
    pub outgoing: Color32,
    pub bubble_border: Option<Color32>,
    pub avatar: Color32,
    pub focus_inner: Color32,
    pub focus_outer: Color32,
    pub correct: Semantic,
    pub try_again: Semantic,
    pub help: Semantic,
    pub info: Semantic,
    pub exit_fill: Color32,
    pub exit_hover: Color32,
    pub exit_border: Option<Color32>,
}

/// A meaning's colours: a stripe, a tint behind the card and the title colour on it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Semantic {
    pub stripe: Color32,
    pub tint: Color32,
    pub title: Color32,
}

const fn hex(rgb: u32) -> Color32 {
    Color32::from_rgb((rgb >> 16) as u8, (rgb >> 8) as u8, rgb as u8)
}

impl Palette {
    /// The default theme; every text pair is at least 4.5:1 (src/ARCHITECTURE.md, "Design rules").
    pub const LIGHT: Palette = Palette {
        page: hex(0xF6F8FB),
        card: hex(0xFFFFFF),
        text: hex(0x1B1F24),
        weak_text: hex(0x4A5560),
        primary: hex(0x1D5FA8),
        on_primary: hex(0xFFFFFF),
        hover: hex(0xEAF1FA),
        pressed: hex(0xD3E3F6),
        selection: hex(0xCFE0F5),
        selected_fill: hex(0xEAF1FA),
        selected_text: hex(0x1B1F24),
        border: hex(0x6B7785),
        divider: hex(0xC9D1DA),
        incoming: hex(0xE8EDF3),
        outgoing: hex(0xDCEBFF),
        bubble_border: None,
        avatar: hex(0x5B4B8A),
        focus_inner: hex(0xFFDD00),
        focus_outer: hex(0x0B0C0C),
        correct: Semantic { stripe: hex(0x0F7A52), tint: hex(0xE6F4EE), title: hex(0x0B5C3E) },
        try_again: Semantic { stripe: hex(0x8A4B00), tint: hex(0xFFF4E0), title: hex(0x8A4B00) },
        help: Semantic { stripe: hex(0x0B6E75), tint: hex(0xE8F3F4), title: hex(0x0B6E75) },
        info: Semantic { stripe: hex(0x1D5FA8), tint: hex(0xEAF1FA), title: hex(0x1D5FA8) },
        exit_fill: hex(0xB42318),
        exit_hover: hex(0x8F1C13),
        exit_border: None,
    };

    /// High contrast: white on black, all text at least 7:1.
    pub const HIGH_CONTRAST: Palette = Palette {
        page: hex(0x000000),
        card: hex(0x000000),
        text: hex(0xFFFFFF),
        weak_text: hex(0xD6D6D6),
        primary: hex(0x8AC7FF),
        on_primary: hex(0x000000),
        hover: hex(0x1F1F1F),
        pressed: hex(0x333333),
        selection: hex(0x003A70),
        selected_fill: hex(0xFFE600),
        selected_text: hex(0x000000),
        border: hex(0xFFFFFF),
        divider: hex(0x6B6B6B),
        incoming: hex(0x1F1F1F),
        outgoing: hex(0x003A70),
        bubble_border: Some(hex(0xFFFFFF)),
        avatar: hex(0x003A70),
        focus_inner: hex(0x000000),
        focus_outer: hex(0xFFE600),
        correct: Semantic { stripe: hex(0x7EE2A8), tint: hex(0x000000), title: hex(0x7EE2A8) },
        try_again: Semantic { stripe: hex(0xFFC266), tint: hex(0x000000), title: hex(0xFFC266) },
        help: Semantic { stripe: hex(0x7FE3F0), tint: hex(0x000000), title: hex(0x7FE3F0) },
        info: Semantic { stripe: hex(0x8AC7FF), tint: hex(0x000000), title: hex(0x8AC7FF) },
        exit_fill: hex(0xC00000),
        exit_hover: hex(0x8F0000),
        exit_border: Some(hex(0xFFFFFF)),
    };

    /// The palette of the theme `ui` is drawn with.
    pub fn of(ui: &egui::Ui) -> &'static Palette {
        if ui.visuals().dark_mode { &Palette::HIGH_CONTRAST } else { &Palette::LIGHT }
    }
}

/// Avatar fills (white initials on each at least 6:1).
pub const AVATAR_FILLS: [Color32; 4] = [hex(0x5B4B8A), hex(0x1D5FA8), hex(0x0B6E75), hex(0x4A5560)];

/// The layout class, from the width available.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Under 600 pt: phones in portrait.
    Compact,
    /// 600 to 1023 pt: phones in landscape, tablets.
    Medium,
    /// 1024 pt and up: laptops and desktops.
    Wide,
    /// A teacher's projector: larger type, wider column.
    Class,
}

impl Layout {
    pub fn for_width(width: f32, class_mode: bool) -> Layout {
        match width {
            _ if class_mode => Layout::Class,
            w if w < 600.0 => Layout::Compact,
            w if w < 1024.0 => Layout::Medium,
            _ => Layout::Wide,
        }
    }

    /// The widest the reading column gets.
    pub fn column_width(self) -> f32 {
        if self == Layout::Class { 1280.0 } else { 720.0 }
    }

    pub fn margin(self) -> f32 {
        match self {
            Layout::Compact => 16.0,
            Layout::Medium => 24.0,
            Layout::Wide | Layout::Class => 32.0,
        }
    }

    pub fn header_height(self) -> f32 {
        match self {
            Layout::Compact => 56.0,
            Layout::Medium => 64.0,
            Layout::Wide => 64.0,
            Layout::Class => 80.0,
        }
    }

    /// (small, body, h2, h1) in points at 100% text size.
    fn sizes(self) -> (f32, f32, f32, f32) {
        match self {
            Layout::Compact => (14.0, 18.0, 22.0, 26.0),
            Layout::Medium | Layout::Wide => (15.0, 20.0, 26.0, 32.0),
            Layout::Class => (22.0, 32.0, 40.0, 52.0),
        }
    }
}

/// The second-level heading style.
pub fn h2() -> TextStyle {
    TextStyle::Name("h2".into())
}

/// The bold family (egui's `strong()` only recolours).
pub fn bold_family() -> FontFamily {
    FontFamily::Name("bold".into())
}

/// Smallest gap, and the 4-pt scale above it.
pub mod space {
    pub const S1: f32 = 4.0;
    pub const S2: f32 = 8.0;
    pub const S3: f32 = 12.0;
    pub const S4: f32 = 16.0;
    pub const S5: f32 = 24.0;
    pub const S6: f32 = 32.0;
}

/// The minimum height of a choice (design: at least 48 pt).
pub const CHOICE_HEIGHT: f32 = 48.0;
/// The minimum target size for every control (WCAG 2.5.5).
pub const TARGET: f32 = 44.0;
/// Corner radius of cards and of widgets.
pub const CARD_RADIUS: u8 = 12;
pub const WIDGET_RADIUS: u8 = 8;

/// Installs the fonts for text written as `writing`: Noto Sans (Latin, Cyrillic) first, then
/// the language's own script, then every other script the app has, then the built-in
/// language-name fonts (so a language picker shows हिन्दी and اردو in any language, in the
/// browser too, where other scripts' fonts are never downloaded for an English reader). assets/fonts/fonts.ron says which file is which.
/// Files not here yet (the browser) are asked for; the shell reinstalls when they arrive.
pub fn install_fonts(ctx: &egui::Context, writing: &Writing) {
    let manifest = script::fonts();
    let mut definitions = FontDefinitions::empty();
    let own = manifest.script(&writing.script);
    let others: Vec<_> =
        manifest.scripts().filter(|s| *s != writing.script).filter_map(|s| manifest.script(s)).collect();
    let regular: Vec<&str> = std::iter::once(manifest.base.regular.as_str())
        .chain(own.and_then(|s| s.regular.as_deref()))
        .chain(others.iter().filter_map(|s| s.regular.as_deref()))
        .collect();
    // Last, the built-in language-name fonts: until a script's own font is here (the browser),
    // they still draw its language names.
    let names: Vec<&str> = own.iter().chain(others.iter()).filter_map(|s| s.names.as_deref()).collect();
    let regular: Vec<&str> = regular.into_iter().chain(names.iter().copied()).collect();
    let bold: Vec<&str> = std::iter::once(manifest.base.bold.as_str())
        .chain(own.and_then(|s| s.bold.as_deref()))
        .chain(others.iter().filter_map(|s| s.bold.as_deref()))
        .chain(regular.iter().copied())
        .collect();
    fonts::want(own.into_iter().flat_map(|s| s.files()).map(str::to_owned));
    let mut family = |files: &[&str]| -> Vec<String> {
        let mut names = Vec::new();
        for file in files {
            if let Some(data) = fonts::data(file) {
                definitions.font_data.entry((*file).to_owned()).or_insert_with(|| data.into());
                if !names.iter().any(|n| n == file) {
                    names.push((*file).to_owned());
                }
            }
        }
        names
    };
    let regular = family(&regular);
    let bold = family(&bold);
    let regular_order = regular.clone();
    definitions.families.insert(FontFamily::Proportional, regular.clone());
    definitions.families.insert(FontFamily::Monospace, regular);
    definitions.families.insert(bold_family(), bold);
    ctx.set_fonts(definitions);
    text::set_font_order(ctx, regular_order);
    text::set_direction(ctx, writing.direction);
}

/// The style settings that depend on the reader: layout, text size and motion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StyleKey {
    pub layout: Layout,
    /// 1.0 to 2.0.
    pub text_scale: f32,
    pub high_contrast: bool,
    pub reduced_motion: bool,
}

/// Applies colours, type scale and spacing for `key` (cheap; call when `key` changes).
pub fn apply(ctx: &egui::Context, key: StyleKey) {
    let palette = if key.high_contrast { &Palette::HIGH_CONTRAST } else { &Palette::LIGHT };
    let visuals = visuals(palette, key.high_contrast);
    let (small, body, h2_size, h1) = key.layout.sizes();
    let s = key.text_scale.clamp(1.0, 2.0);
    let theme = if key.high_contrast { egui::Theme::Dark } else { egui::Theme::Light };
    ctx.set_theme(theme);
    ctx.style_mut_of(theme, |style| {
        style.visuals = visuals.clone();
        style.text_styles = [
            (TextStyle::Small, FontId::new(small * s, FontFamily::Proportional)),
            (TextStyle::Body, FontId::new(body * s, FontFamily::Proportional)),
            (TextStyle::Button, FontId::new(body * s, FontFamily::Proportional)),
            (TextStyle::Monospace, FontId::new(body * s, FontFamily::Monospace)),
            (h2(), FontId::new(h2_size * s, bold_family())),
            (TextStyle::Heading, FontId::new(h1 * s, bold_family())),
        ]
        .into();
        let spacing = &mut style.spacing;
        spacing.item_spacing = Vec2::new(space::S2, space::S3);
        spacing.button_padding = Vec2::new(space::S4, 10.0);
        spacing.interact_size = Vec2::new(TARGET, TARGET);
        spacing.icon_width = 24.0;
        spacing.icon_spacing = space::S2;
        spacing.scroll.bar_width = 10.0;
        style.animation_time = if key.reduced_motion { 0.0 } else { 0.15 };
        style.scroll_animation = if key.reduced_motion {
            egui::style::ScrollAnimation::none()
        } else {
            egui::style::ScrollAnimation::default()
        };
        style.url_in_tooltip = false;
    });
}

fn visuals(p: &Palette, high_contrast: bool) -> Visuals {
    let mut v = if high_contrast { Visuals::dark() } else { Visuals::light() };
    v.panel_fill = p.page;
    v.window_fill = p.card;
    v.extreme_bg_color = p.card;
    v.faint_bg_color = p.page;
    v.override_text_color = Some(p.text);
    v.weak_text_color = Some(p.weak_text);
    v.hyperlink_color = p.primary;
    v.warn_fg_color = p.try_again.title;
    v.error_fg_color = p.try_again.title;
    v.selection.bg_fill = p.selection;
    v.selection.stroke = Stroke::new(2.0, p.primary);
    let radius = CornerRadius::same(WIDGET_RADIUS);
    let border = Stroke::new(2.0, p.border);
    for (w, fill) in [
        (&mut v.widgets.inactive, p.card),
        (&mut v.widgets.hovered, p.hover),
        (&mut v.widgets.active, p.pressed),
        (&mut v.widgets.open, p.hover),
    ] {
        w.bg_fill = fill;
        w.weak_bg_fill = fill;
        w.bg_stroke = border;
        w.fg_stroke = Stroke::new(1.5, p.text);
        w.corner_radius = radius;
        w.expansion = 0.0;
    }
    v.widgets.hovered.bg_stroke = Stroke::new(2.0, p.primary);
    v.widgets.noninteractive.bg_stroke = Stroke::new(1.0, p.divider);
    v.widgets.noninteractive.fg_stroke = Stroke::new(1.0, p.text);
    v.widgets.noninteractive.bg_fill = p.card;
    v.window_corner_radius = CornerRadius::same(CARD_RADIUS);
    v
}

/// The inner margin of a card.
pub fn card_margin() -> Margin {
    Margin::symmetric(24, 16)
}

impl Palette {
    /// Text and icons on the Help button's fill.
    pub fn on_help(&self) -> egui::Color32 {
        if self.page == Palette::HIGH_CONTRAST.page { egui::Color32::BLACK } else { egui::Color32::WHITE }
    }
}
