//! Reusable widgets: choices of equal weight, primary and secondary buttons, feedback cards,
//! painted icons and the focus ring. Each is a plain function over `egui::Ui`.

use egui::{
    Align2, Color32, CornerRadius, FontId, Pos2, Rect, Response, Sense, Shape, Stroke, StrokeKind, TextStyle, Ui, Vec2,
    WidgetInfo, WidgetType,
};

use super::egui;
use super::text;
use super::theme::{self, CHOICE_HEIGHT, Palette, Semantic, TARGET, WIDGET_RADIUS, space};

/// Icons drawn with shapes, because Noto Sans has no symbol or emoji glyphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    Tick,
    TryAgain,
    Help,
    Exit,
    Info,
    Back,
    Settings,
    Plus,
    Minus,
    /// The back arrow mirrored, for right-to-left languages.
    Forward,
}

/// Paints `icon` centred in `rect`.
pub fn paint_icon(ui: &Ui, rect: Rect, icon: Icon, color: Color32) {
    let p = ui.painter();
    let c = rect.center();
    let r = rect.width().min(rect.height()) * 0.4;
    let stroke = Stroke::new((r * 0.28).max(2.0), color);
    match icon {
        Icon::Tick => {
            p.line(
                vec![c + Vec2::new(-r * 0.8, 0.0), c + Vec2::new(-r * 0.2, r * 0.6), c + Vec2::new(r * 0.9, -r * 0.6)],
                stroke,
            );
        }
        Icon::TryAgain => {
            let points: Vec<Pos2> = (0..=20)
                .map(|i| {
                    let a = -0.3 + i as f32 / 20.0 * 5.0;
                    c + Vec2::angled(a) * r * 0.85
                })
                .collect();
            let end = *points.last().unwrap_or(&c);
            p.line(points, stroke);
            p.line(vec![end + Vec2::new(-r * 0.45, -r * 0.1), end, end + Vec2::new(r * 0.1, -r * 0.5)], stroke);
        }
        Icon::Help => {
            p.circle_stroke(c, r * 0.9, stroke);
            p.circle_stroke(c, r * 0.4, stroke);
            for a in [0.785f32, 2.356, 3.927, 5.498] {
                p.line_segment([c + Vec2::angled(a) * r * 0.4, c + Vec2::angled(a) * r * 0.9], stroke);
            }
        }
        Icon::Exit => {
            p.line_segment([c + Vec2::splat(-r * 0.7), c + Vec2::splat(r * 0.7)], stroke);
            p.line_segment([c + Vec2::new(-r * 0.7, r * 0.7), c + Vec2::new(r * 0.7, -r * 0.7)], stroke);
        }
        Icon::Info => {
            p.circle_stroke(c, r * 0.9, stroke);
            p.line_segment([c + Vec2::new(0.0, -r * 0.05), c + Vec2::new(0.0, r * 0.5)], stroke);
            p.circle_filled(c + Vec2::new(0.0, -r * 0.45), stroke.width * 0.6, color);
        }
        Icon::Settings => {
            // Three sliders: the usual "adjust" symbol, with no text to translate.
            for (i, knob) in [(-1.0f32, 0.35f32), (0.0, -0.35), (1.0, 0.15)] {
                let y = c.y + i * r * 0.6;
                p.line_segment([Pos2::new(c.x - r, y), Pos2::new(c.x + r, y)], Stroke::new(stroke.width * 0.6, color));
                p.circle_filled(Pos2::new(c.x + knob * r * 1.6, y), stroke.width * 1.1, color);
            }
        }
        Icon::Plus => {
            p.line_segment([c + Vec2::new(-r * 0.7, 0.0), c + Vec2::new(r * 0.7, 0.0)], stroke);
            p.line_segment([c + Vec2::new(0.0, -r * 0.7), c + Vec2::new(0.0, r * 0.7)], stroke);
        }
        Icon::Minus => {
            p.line_segment([c + Vec2::new(-r * 0.7, 0.0), c + Vec2::new(r * 0.7, 0.0)], stroke);
        }
        Icon::Forward => {
            p.line(
                vec![c + Vec2::new(-r * 0.3, -r * 0.7), c + Vec2::new(r * 0.4, 0.0), c + Vec2::new(-r * 0.3, r * 0.7)],
                stroke,
            );
        }
        Icon::Back => {
            p.line(
                vec![c + Vec2::new(r * 0.3, -r * 0.7), c + Vec2::new(-r * 0.4, 0.0), c + Vec2::new(r * 0.3, r * 0.7)],
                stroke,
            );
        }
    }
}

/// Draws the two-colour focus ring around a focused control (WCAG 2.4.7 / 2.4.13).
///
/// A control that gains keyboard focus is also scrolled into view (WCAG 2.4.11: never hidden
/// below the fold while focused); egui 0.36 does not do this itself.
pub fn focus_ring(ui: &Ui, response: &Response) {
    if response.gained_focus() {
        response.scroll_to_me(None);
    }
    if response.has_focus() {
        let p = Palette::of(ui);
        let r = CornerRadius::same(WIDGET_RADIUS + 2);
        ui.painter().rect_stroke(response.rect.expand(2.0), r, Stroke::new(3.0, p.focus_inner), StrokeKind::Outside);
        ui.painter().rect_stroke(response.rect.expand(5.0), r, Stroke::new(3.0, p.focus_outer), StrokeKind::Outside);
    }
}

/// How a choice looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ChoiceState {
    pub selected: bool,
    /// Already tried: shown with "You tried this" and not clickable.
    pub tried: bool,
    /// A radio (single) or checkbox (multiple) mark before the letter.
    pub mark: Option<Mark>,
}

/// The selection mark of a quiz option.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Radio,
    Checkbox,
}

/// A full-width, wrapping choice with its letter (A, B, C...). All choices share one size and
/// style; only the selected one changes (primary border, filled mark, the word "Selected").
pub fn choice(ui: &mut Ui, letter: Option<char>, text: &str, state: ChoiceState, note: Option<&str>) -> Response {
    let p = Palette::of(ui);
    let width = ui.available_width();
    let pad = Vec2::new(space::S4, space::S3);
    let lead = if state.mark.is_some() { 36.0 } else { 0.0 } + if letter.is_some() { 32.0 } else { 0.0 };
    let wrap_width = (width - pad.x * 2.0 - lead).max(40.0);
    let galley = text::galley(ui, text, &TextStyle::Button, Some(wrap_width));
    let note_galley = note.map(|n| text::galley(ui, n, &TextStyle::Small, Some(wrap_width)));
    let note_height = note_galley.as_ref().map_or(0.0, |g| g.size().y + space::S1);
    let height = (galley.size().y + note_height + pad.y * 2.0).max(CHOICE_HEIGHT);
    let sense = if state.tried { Sense::hover() } else { Sense::click() };
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, height), sense);
    response.widget_info(|| {
        // What a screen reader says it is: a quiz's single answer or a setting picked from a
        // list is a radio button, a "tick all that apply" answer a checkbox, a sort card a
        // toggle (selected or not). A chat reply acts at once, so it has no state to report.
        let typ = match state.mark {
            Some(Mark::Radio) => WidgetType::RadioButton,
            Some(Mark::Checkbox) => WidgetType::Checkbox,
            None => WidgetType::Button,
        };
        let acts_at_once = letter.is_some() && state.mark.is_none();
        let mut info = WidgetInfo::labeled(typ, !state.tried, text);
        info.selected = (!acts_at_once).then_some(state.selected);
        info
    });
    if ui.is_rect_visible(rect) {
        let (fill, border) = if state.selected {
            (p.selected_fill, Stroke::new(3.0, p.primary))
        } else if response.is_pointer_button_down_on() {
            (p.pressed, Stroke::new(2.0, p.primary))
        } else if response.hovered() {
            (p.hover, Stroke::new(2.0, p.primary))
        } else {
            (p.card, Stroke::new(2.0, p.border))
        };
        let text_color = if state.selected { p.selected_text } else { p.text };
        let painter = ui.painter();
        painter.rect(rect, CornerRadius::same(WIDGET_RADIUS), fill, border, StrokeKind::Inside);
        // Offsets from the start edge: the left, or the right in a right-to-left language,
        // where the mark and the letter come first and the text is right-aligned.
        let rtl = text::is_rtl(ui);
        let at = |offset: f32, width: f32| if rtl { rect.right() - offset - width } else { rect.left() + offset };
        let mut x = pad.x;
        let top = rect.top() + pad.y;
        let line_center = top + galley.rows.first().map_or(12.0, |r| r.height() / 2.0);
        if let Some(mark) = state.mark {
            let box_rect = Rect::from_min_size(Pos2::new(at(x, 24.0), line_center - 12.0), Vec2::splat(24.0));
            match mark {
                Mark::Radio => {
                    painter.circle_stroke(box_rect.center(), 11.0, Stroke::new(2.0, text_color));
                    if state.selected {
                        painter.circle_filled(box_rect.center(), 6.0, text_color);
                    }
                }
                Mark::Checkbox => {
                    painter.rect_stroke(
                        box_rect,
                        CornerRadius::same(4),
                        Stroke::new(2.0, text_color),
                        StrokeKind::Inside,
                    );
                    if state.selected {
                        paint_icon(ui, box_rect, Icon::Tick, text_color);
                    }
                }
            }
            x += 36.0;
        }
        if let Some(letter) = letter {
            let (pos, align) = if rtl {
                (Pos2::new(rect.right() - x, line_center), Align2::RIGHT_CENTER)
            } else {
                (Pos2::new(rect.left() + x, line_center), Align2::LEFT_CENTER)
            };
            ui.painter().text(
                pos,
                align,
                letter,
                FontId::new(ui.text_style_height(&TextStyle::Button) * 0.8, theme::bold_family()),
                text_color,
            );
            x += 32.0;
        }
        let text_height = galley.size().y;
        text::paint(ui, Pos2::new(at(x, galley.size().x), top), galley, text_color);
        if let Some(note) = note_galley {
            text::paint(ui, Pos2::new(at(x, note.size().x), top + text_height + space::S1), note, text_color);
        }
    }
    focus_ring(ui, &response);
    response
}

/// A primary button whose accessible name adds context to its visible text, e.g. "Start" on a
/// lesson card is announced as "Start: When a new friend wants secrets" (WCAG 2.5.3: the
/// visible words come first in the name).
pub fn primary_button_for(ui: &mut Ui, label: &str, context: &str) -> Response {
    let p = Palette::of(ui);
    let galley = text::galley(ui, label, &TextStyle::Button, None);
    let padding = ui.spacing().button_padding;
    let size = Vec2::new(
        (galley.size().x + padding.x * 2.0).max(TARGET * 2.0),
        (galley.size().y + padding.y * 2.0).max(TARGET),
    );
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    let name = format!("{label}: {context}");
    response.widget_info(|| WidgetInfo::labeled(WidgetType::Button, true, &name));
    if ui.is_rect_visible(rect) {
        let fill = if response.is_pointer_button_down_on() || response.hovered() {
            p.primary.gamma_multiply(0.85)
        } else {
            p.primary
        };
        ui.painter().rect(
            rect,
            CornerRadius::same(WIDGET_RADIUS),
            fill,
            Stroke::new(2.0, p.primary),
            StrokeKind::Inside,
        );
        let pos = rect.center() - galley.size() / 2.0;
        text::paint(ui, pos, galley, p.on_primary);
    }
    focus_ring(ui, &response);
    response
}

/// A button drawn by the app's text layer (right-to-left or mixed text), wrapping when it
/// does not fit, at least the size of egui's buttons; its accessible name is the logical text.
fn bidi_button(ui: &mut Ui, label: &str, fill: Color32, stroke: Stroke, text_color: Color32) -> Response {
    let padding = ui.spacing().button_padding;
    let max_text = (ui.available_width() - padding.x * 2.0).max(40.0);
    let galley = text::galley(ui, label, &TextStyle::Button, Some(max_text));
    let size = Vec2::new(
        (galley.size().x + padding.x * 2.0).max(TARGET * 2.0),
        (galley.size().y + padding.y * 2.0).max(TARGET),
    );
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::labeled(WidgetType::Button, true, label));
    if ui.is_rect_visible(rect) {
        let p = Palette::of(ui);
        let fill = if response.is_pointer_button_down_on() || response.hovered() {
            if fill == p.primary { fill.gamma_multiply(0.85) } else { p.hover }
        } else {
            fill
        };
        ui.painter().rect(rect, CornerRadius::same(WIDGET_RADIUS), fill, stroke, StrokeKind::Inside);
        let pos = rect.center() - galley.size() / 2.0;
        text::paint(ui, pos, galley, text_color);
    }
    response
}

/// A filled button in the primary colour, for the main action of a screen ("Continue").
pub fn primary_button(ui: &mut Ui, text: &str) -> Response {
    let p = Palette::of(ui);
    if text::needs_bidi(text::direction(ui), text) {
        let response = bidi_button(ui, text, p.primary, Stroke::new(2.0, p.primary), p.on_primary);
        focus_ring(ui, &response);
        return response;
    }
    let button = egui::Button::new(egui::RichText::new(text).color(p.on_primary))
        .fill(p.primary)
        .stroke(Stroke::new(2.0, p.primary))
        .min_size(Vec2::new(TARGET * 2.0, TARGET))
        .wrap();
    let response = ui.add(button);
    focus_ring(ui, &response);
    response
}

/// An outlined button for other actions, at the same size as the primary one.
pub fn secondary_button(ui: &mut Ui, text: &str) -> Response {
    if text::needs_bidi(text::direction(ui), text) {
        let p = Palette::of(ui);
        let response = bidi_button(ui, text, p.card, Stroke::new(2.0, p.border), p.text);
        focus_ring(ui, &response);
        return response;
    }
    let button = egui::Button::new(text).min_size(Vec2::new(TARGET * 2.0, TARGET)).wrap();
    let response = ui.add(button);
    focus_ring(ui, &response);
    response
}

/// A button with an icon before its text, in a semantic colour (Help, Quick exit).
pub fn icon_button(
    ui: &mut Ui,
    icon: Icon,
    text: &str,
    fill: Color32,
    text_color: Color32,
    border: Option<Color32>,
) -> Response {
    let galley = text::galley(ui, text, &TextStyle::Button, None);
    let icon_size = 20.0;
    let size = Vec2::new(icon_button_width(ui, text), (galley.size().y + space::S3).max(TARGET));
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| WidgetInfo::labeled(WidgetType::Button, true, text));
    if ui.is_rect_visible(rect) {
        let fill = if response.hovered() { fill.gamma_multiply(0.85) } else { fill };
        let stroke = border.map_or(Stroke::NONE, |b| Stroke::new(2.0, b));
        ui.painter().rect(rect, CornerRadius::same(WIDGET_RADIUS), fill, stroke, StrokeKind::Inside);
        // The icon comes first in reading order: at the left, or at the right in a
        // right-to-left language (where the back arrow also points right).
        let rtl = text::is_rtl(ui);
        let icon_x =
            if rtl { rect.right() - space::S4 - icon_size / 2.0 } else { rect.left() + space::S4 + icon_size / 2.0 };
        let icon_rect = Rect::from_center_size(Pos2::new(icon_x, rect.center().y), Vec2::splat(icon_size));
        paint_icon(ui, icon_rect, mirror_icon(icon, rtl), text_color);
        let text_x = if rtl { icon_rect.left() - space::S2 - galley.size().x } else { icon_rect.right() + space::S2 };
        let pos = Pos2::new(text_x, rect.center().y - galley.size().y / 2.0);
        text::paint(ui, pos, galley, text_color);
    }
    focus_ring(ui, &response);
    response
}

/// Quick exit as a full-width red strip (phones at large text sizes), like GOV.UK's
/// "Exit this page" on mobile.
pub fn quick_exit_strip(ui: &mut Ui, text: &str) -> Response {
    let p = Palette::of(ui);
    let galley = text::galley(ui, text, &TextStyle::Button, Some(ui.available_width() - 60.0));
    let (rect, response) =
        ui.allocate_exact_size(Vec2::new(ui.available_width(), (galley.size().y + 16.0).max(TARGET)), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(WidgetType::Button, true, text));
    let fill = if response.hovered() { p.exit_hover } else { p.exit_fill };
    let stroke = p.exit_border.map_or(Stroke::NONE, |b| Stroke::new(2.0, b));
    ui.painter().rect(rect, CornerRadius::same(WIDGET_RADIUS), fill, stroke, StrokeKind::Inside);
    let width = galley.size().x + 28.0;
    let left = rect.center().x - width / 2.0;
    let (icon_x, text_x) = if text::is_rtl(ui) { (left + width - 10.0, left) } else { (left + 10.0, left + 28.0) };
    paint_icon(
        ui,
        Rect::from_center_size(Pos2::new(icon_x, rect.center().y), Vec2::splat(20.0)),
        Icon::Exit,
        Color32::WHITE,
    );
    text::paint(ui, Pos2::new(text_x, rect.center().y - galley.size().y / 2.0), galley, Color32::WHITE);
    focus_ring(ui, &response);
    response
}

/// A square 44-pt button showing only an icon; `label` is what screen readers and tests find.
pub fn icon_only_button(ui: &mut Ui, icon: Icon, label: &str) -> Response {
    let p = Palette::of(ui);
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(TARGET), Sense::click());
    response.widget_info(|| WidgetInfo::labeled(WidgetType::Button, true, label));
    if ui.is_rect_visible(rect) {
        let fill = if response.hovered() { p.hover } else { p.card };
        ui.painter().rect(
            rect,
            CornerRadius::same(WIDGET_RADIUS),
            fill,
            Stroke::new(2.0, p.border),
            StrokeKind::Inside,
        );
        paint_icon(ui, rect.shrink(10.0), mirror_icon(icon, text::is_rtl(ui)), p.primary);
    }
    focus_ring(ui, &response);
    response.on_hover_text(label)
}

/// The width an [`icon_button`] with this text takes.
pub fn icon_button_width(ui: &Ui, text: &str) -> f32 {
    let galley = text::galley(ui, text, &TextStyle::Button, None);
    (galley.size().x + 20.0 + space::S2 + space::S4 * 2.0).max(TARGET * 2.0)
}

/// A card: white (or black) panel with a rounded border.
pub fn card<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> R {
    let p = Palette::of(ui);
    egui::Frame::new()
        .fill(p.card)
        .stroke(Stroke::new(1.0, p.divider))
        .corner_radius(CornerRadius::same(theme::CARD_RADIUS))
        .inner_margin(theme::card_margin())
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            add(ui)
        })
        .inner
}

/// How a verdict looks, everywhere one is shown (a reply's feedback, a quiz's summary, a
/// teacher's reveal): its colours and its icon, so the meaning is never in colour alone.
pub fn verdict_style(palette: &Palette, verdict: chatwise_content::model::Verdict) -> (Semantic, Icon) {
    use chatwise_content::model::Verdict;
    match verdict {
        Verdict::Safe => (palette.correct, Icon::Tick),
        Verdict::Risky => (palette.try_again, Icon::TryAgain),
        Verdict::Neutral => (palette.info, Icon::Info),
    }
}

/// A feedback or notice card: 6-pt stripe, tint, icon and title in the semantic colour.
pub fn semantic_card<R>(
    ui: &mut Ui,
    meaning: Semantic,
    icon: Icon,
    title: &str,
    add: impl FnOnce(&mut Ui) -> R,
) -> (Response, R) {
    let p = Palette::of(ui);
    // The stripe marks the start edge: left, or right in a right-to-left language.
    let rtl = text::is_rtl(ui);
    let (start, end) = if rtl { (24, 30) } else { (30, 24) };
    let frame = egui::Frame::new()
        .fill(meaning.tint)
        .stroke(if ui.visuals().dark_mode { Stroke::new(1.0, meaning.stripe) } else { Stroke::NONE })
        .corner_radius(CornerRadius::same(theme::CARD_RADIUS))
        .inner_margin(egui::Margin { left: start, right: end, top: 16, bottom: 16 });
    let inner = frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        let title_response = row(ui, |ui| {
            let (icon_rect, _) = ui.allocate_exact_size(Vec2::splat(28.0), Sense::hover());
            paint_icon(ui, icon_rect, icon, meaning.title);
            text::label(ui, egui::RichText::new(title).text_style(theme::h2()).color(meaning.title))
        })
        .inner;
        ui.style_mut().visuals.override_text_color = Some(p.text);
        (title_response, add(ui))
    });
    let card = inner.response.rect;
    let (stripe, corners) = if rtl {
        (
            Rect::from_min_max(Pos2::new(card.right() - 6.0, card.top()), card.right_bottom()),
            CornerRadius { ne: theme::CARD_RADIUS, se: theme::CARD_RADIUS, nw: 0, sw: 0 },
        )
    } else {
        (
            Rect::from_min_max(card.left_top(), Pos2::new(card.left() + 6.0, card.bottom())),
            CornerRadius { nw: theme::CARD_RADIUS, sw: theme::CARD_RADIUS, ne: 0, se: 0 },
        )
    };
    ui.painter().add(Shape::rect_filled(stripe, corners, meaning.stripe));
    inner.inner
}

/// A heading at the given style, wrapping. Screen readers get a heading of level 1 for the
/// screen's title (`TextStyle::Heading`) and level 2 for a section, so they can jump by heading.
pub fn heading(ui: &mut Ui, text: &str, style: TextStyle) -> Response {
    let level = if style == TextStyle::Heading { 1 } else { 2 };
    let response = text::label(ui, egui::RichText::new(text).text_style(style));
    mark_heading(ui, &response, text, level);
    response
}

/// Tells screen readers that a label is a heading of `level` (egui has no heading role).
pub fn mark_heading(ui: &Ui, label: &Response, text: &str, level: usize) {
    ui.ctx().accesskit_node_builder(label.id, |node| {
        node.set_role(egui::accesskit::Role::Heading);
        node.set_level(level);
        // egui keeps a label's text as its value; a heading's text is its name.
        node.clear_value();
        node.set_label(text);
    });
}

/// Body text that wraps.
pub fn body(ui: &mut Ui, text: &str) -> Response {
    text::label(ui, text)
}

/// Secondary text (never used for essential text on a projector).
pub fn weak(ui: &mut Ui, text: &str) -> Response {
    let color = Palette::of(ui).weak_text;
    text::label(ui, egui::RichText::new(text).color(color))
}

/// A section that opens and closes under its title (country picker, notes for adults). The
/// whole title row is the control: at least 44 points tall, exactly as wide as the column (egui's
/// CollapsingHeader is shorter and can end past the column, which then widens everything under
/// it), and its triangle sits where reading starts (at the right in a right-to-left language).
pub fn disclosure(
    ui: &mut Ui,
    id: impl std::hash::Hash + std::fmt::Debug,
    title: &str,
    default_open: bool,
    add_body: impl FnOnce(&mut Ui),
) {
    let id = ui.make_persistent_id(id);
    let rtl = text::is_rtl(ui);
    let mut state = egui::collapsing_header::CollapsingState::load_with_default_open(ui.ctx(), id, default_open);
    let width = ui.available_width();
    let icon = ui.spacing().icon_width;
    let galley = text::galley_with(
        ui,
        title,
        egui::text::TextFormat::simple(TextStyle::Body.resolve(ui.style()), Color32::PLACEHOLDER),
        Some(width - icon - space::S1),
    );
    let height = (galley.size().y + space::S2).max(TARGET);
    let (rect, response) = ui.allocate_exact_size(Vec2::new(width, height), Sense::click());
    response.widget_info(|| {
        let mut info = WidgetInfo::labeled(WidgetType::CollapsingHeader, true, title);
        info.selected = Some(state.is_open());
        info
    });
    if response.clicked() {
        state.toggle(ui);
    }
    if ui.is_rect_visible(rect) {
        let color = ui.style().interact(&response).text_color();
        let icon_x = if rtl { rect.right() - icon / 2.0 } else { rect.left() + icon / 2.0 };
        let center = Pos2::new(icon_x, rect.center().y);
        let r = icon * 0.3;
        // Points the way the text runs when closed, down when open.
        let along = if rtl { -1.0 } else { 1.0 };
        let points = if state.is_open() {
            vec![center + Vec2::new(-r, -r * 0.6), center + Vec2::new(r, -r * 0.6), center + Vec2::new(0.0, r * 0.8)]
        } else {
            vec![
                center + Vec2::new(-along * r * 0.6, -r),
                center + Vec2::new(-along * r * 0.6, r),
                center + Vec2::new(along * r * 0.8, 0.0),
            ]
        };
        ui.painter().add(Shape::convex_polygon(points, color, Stroke::NONE));
        let left = if rtl { rect.right() - icon - space::S1 - galley.size().x } else { rect.left() + icon + space::S1 };
        text::paint(ui, Pos2::new(left, rect.center().y - galley.size().y / 2.0), galley, color);
    }
    focus_ring(ui, &response);
    state.show_body_unindented(ui, add_body);
}

/// A Story picture, scaled to the column with its shape kept (never taller than 40% of the
/// window), with `alt` as its accessible name. While it is coming (the browser) or when it
/// cannot be drawn, its description shows in its place.
pub fn picture(ui: &mut Ui, library: &chatwise_library::Library, path: &str, alt: &str) -> Response {
    use super::images::{Picture, picture};
    let p = Palette::of(ui);
    let width = ui.available_width();
    let max_height = (ui.ctx().content_rect().height() * 0.4).max(120.0);
    match picture(ui.ctx(), library, path) {
        Picture::Ready(texture) => {
            let natural = texture.size_vec2();
            let scale = (width / natural.x).min(max_height / natural.y).min(1.0);
            let size = natural * scale;
            let (rect, response) = ui.allocate_exact_size(Vec2::new(width, size.y), Sense::hover());
            let image_rect = Rect::from_center_size(rect.center(), size);
            egui::Image::new(&texture).corner_radius(CornerRadius::same(theme::CARD_RADIUS)).paint_at(ui, image_rect);
            response.widget_info(|| WidgetInfo::labeled(WidgetType::Image, true, alt));
            response
        }
        state => {
            // The description in a frame of the picture's usual shape (16:10).
            let loading = matches!(state, Picture::Loading);
            let galley = text::galley(ui, alt, &TextStyle::Body, Some(width - 2.0 * space::S5));
            let height = (width * 0.625).min(max_height).max(galley.size().y + 2.0 * space::S4);
            let (rect, response) = ui.allocate_exact_size(Vec2::new(width, height), Sense::hover());
            ui.painter().rect(
                rect,
                CornerRadius::same(theme::CARD_RADIUS),
                p.card,
                Stroke::new(1.0, p.divider),
                StrokeKind::Inside,
            );
            let color = if loading { p.weak_text } else { p.text };
            text::paint(ui, rect.center() - galley.size() / 2.0, galley, color);
            if loading {
                ui.ctx().request_repaint_after_secs(0.2);
            }
            response.widget_info(|| WidgetInfo::labeled(WidgetType::Image, true, alt));
            response
        }
    }
}

/// A back arrow points the way the reader came from: right in a right-to-left language.
fn mirror_icon(icon: Icon, rtl: bool) -> Icon {
    match icon {
        Icon::Back if rtl => Icon::Forward,
        other => other,
    }
}

/// A row of widgets in reading order: left to right, or right to left in a right-to-left
/// language (widgets are still added, and tabbed through, in reading order).
pub fn row<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
    row_with(ui, egui::Align::Center, false, add)
}

/// A row aligned to the top of its tallest widget (a bullet beside a wrapped line).
pub fn row_top<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
    row_with(ui, egui::Align::Min, false, add)
}

/// A row that wraps onto more rows when it does not fit (filter buttons, tags).
pub fn row_wrapped<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
    row_with(ui, egui::Align::Center, true, add)
}

fn row_with<R>(ui: &mut Ui, align: egui::Align, wrap: bool, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
    let layout = if text::is_rtl(ui) { egui::Layout::right_to_left(align) } else { egui::Layout::left_to_right(align) };
    let height = ui.spacing().interact_size.y;
    // As `Ui::horizontal`: the row is at least one control high.
    let size = Vec2::new(ui.available_size_before_wrap().x, height);
    ui.allocate_ui_with_layout(size, layout.with_main_wrap(wrap), add)
}

/// A column whose widgets line up at the start edge: left, or right in a right-to-left language.
pub fn column<R>(ui: &mut Ui, add: impl FnOnce(&mut Ui) -> R) -> egui::InnerResponse<R> {
    let align = if text::is_rtl(ui) { egui::Align::Max } else { egui::Align::Min };
    ui.with_layout(egui::Layout::top_down(align), add)
}
