//! The app's own text layer: right-to-left and mixed-direction text, laid out in visual order.
//!
//! egui 0.36 shapes text (harfrust joins Arabic letters and forms Devanagari conjuncts) but has
//! no bidi pass: Urdu words come out mirrored, "1098" inside Urdu as "8901", and a wrapped Urdu
//! paragraph shows its last words first. So every learner-facing string that has right-to-left
//! letters, or is shown in a right-to-left language, comes through here:
//!
//! 1. levels per UAX #9 (unicode-bidi), the paragraph direction taken from the UI language, not
//!    from the first letter (an Urdu help line may start with "IWF");
//! 2. our own greedy line breaking on logical words, so the first row holds the first words;
//! 3. per row, the runs in visual order, each cut into pieces that one font draws; egui shapes
//!    each piece as one section, and harfrust gives a right-to-left piece its reversed, joined
//!    glyphs. A piece harfrust would shape the wrong way round (brackets or digits) is reversed
//!    here, with mirrored brackets, so it comes out right;
//! 4. rows are right-aligned in a right-to-left paragraph (within the galley, which starts at
//!    x = 0 like any other, so egui's own widgets can draw it too).
//!
//! Text that is left to right in a left-to-right language (English, Hindi, Ukrainian) takes
//! egui's own path unchanged. The accessible name is always the logical text, never the
//! visual order.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{
    Align, Color32, FontSelection, Galley, Id, Pos2, Response, RichText, Sense, TextStyle, Ui, Vec2, WidgetInfo,
    WidgetText, WidgetType,
};
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};

use super::egui;
use chatwise_base::script::{self, Direction};

/// The reading direction of the UI language, kept in egui's memory for every widget.
pub fn set_direction(ctx: &egui::Context, direction: Direction) {
    ctx.data_mut(|d| d.insert_temp(direction_id(), direction));
}

/// The reading direction of the UI language (left to right until the shell says otherwise).
pub fn direction(ui: &Ui) -> Direction {
    ui.ctx().data(|d| d.get_temp(direction_id())).unwrap_or_default()
}

pub fn is_rtl(ui: &Ui) -> bool {
    direction(ui).is_rtl()
}

fn direction_id() -> Id {
    Id::new("chatwise-text-direction")
}

/// The files of the regular family in the order egui tries them (theme.rs installs them and
/// says so here), for cutting runs into pieces that one font draws.
pub fn set_font_order(ctx: &egui::Context, files: Vec<String>) {
    ctx.data_mut(|d| d.insert_temp(Id::new("chatwise-font-order"), Arc::new(files)));
}

fn font_order(ui: &Ui) -> Arc<Vec<String>> {
    ui.ctx().data(|d| d.get_temp(Id::new("chatwise-font-order"))).unwrap_or_default()
}

/// Whether `text` needs the bidi path in this UI: any right-to-left letter or Arabic digit, or
/// any text at all in a right-to-left language (it is right-aligned, and its neutrals resolve
/// to the language's direction).
pub fn needs_bidi(direction: Direction, text: &str) -> bool {
    direction.is_rtl() || text.chars().any(is_rtl_char)
}

fn is_rtl_char(c: char) -> bool {
    // Fast path: nothing below the Hebrew block is right to left.
    u32::from(c) >= 0x0590 && matches!(bidi_class(c), BidiClass::R | BidiClass::AL | BidiClass::AN)
}

/// Characters harfrust takes as a right-to-left script when it guesses a piece's direction.
fn rtl_script(c: char) -> bool {
    matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Characters with no script of their own (digits, spaces, punctuation): harfrust looks past them.
fn script_neutral(c: char) -> bool {
    !c.is_alphabetic() && !rtl_script(c)
}

fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

/// One row of a laid-out paragraph: its pieces in visual order, left to right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisualRow {
    pub pieces: Vec<String>,
}

impl VisualRow {
    /// The row as a screen shows it, left to right (pieces already in shaping order).
    pub fn text(&self) -> String {
        self.pieces.concat()
    }
}

/// Lays out `text` in rows no wider than `max_width`, in visual order. `measure` gives a
/// logical word's width; `face` the index of the font that draws a character. Pure logic, so
/// tests can check the order of words without a window.
pub fn visual_rows(
    text: &str,
    base: Direction,
    max_width: f32,
    mut measure: impl FnMut(&str) -> f32,
    face: impl Fn(char) -> usize,
) -> Vec<VisualRow> {
    let level = if base.is_rtl() { Level::rtl() } else { Level::ltr() };
    let mut rows = Vec::new();
    for paragraph in text.split('\n') {
        let info = ParagraphBidiInfo::new(paragraph, Some(level));
        for line in break_lines(paragraph, max_width, &mut measure) {
            let (levels, runs) = info.visual_runs(line.clone());
            let mut pieces = Vec::new();
            for run in runs {
                let rtl = levels[run.start].is_rtl();
                let mut run_pieces = split_by_face(&paragraph[run], &face);
                if rtl {
                    run_pieces.reverse();
                }
                pieces.extend(run_pieces.into_iter().map(|piece| shape_ready(piece, rtl)));
            }
            rows.push(VisualRow { pieces });
        }
    }
    rows
}

/// Greedy line breaking on logical words (break after spaces), trailing spaces trimmed.
fn break_lines(paragraph: &str, max_width: f32, measure: &mut impl FnMut(&str) -> f32) -> Vec<std::ops::Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut end = 0;
    let mut width = 0.0;
    let space = measure(" ");
    for (at, word) in words(paragraph) {
        let trimmed = word.trim_end();
        let word_width = measure(trimmed);
        if end > start && width + word_width > max_width {
            lines.push(start..trim_end(paragraph, start, end));
            start = at;
            width = 0.0;
        }
        width += word_width + (word.len() - trimmed.len()) as f32 * space;
        end = at + word.len();
    }
    if end > start || lines.is_empty() {
        lines.push(start..trim_end(paragraph, start, end));
    }
    lines
}

fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// The paragraph's words with the spaces after them, and where each starts.
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = 0;
    std::iter::from_fn(move || {
        if rest >= text.len() {
            return None;
        }
        let tail = &text[rest..];
        let word_end = tail.find(char::is_whitespace).unwrap_or(tail.len());
        let after = tail[word_end..].find(|c: char| !c.is_whitespace()).map_or(tail.len(), |i| word_end + i);
        let item = (rest, &tail[..after]);
        rest += after;
        Some(item)
    })
}

fn split_by_face(run: &str, face: &impl Fn(char) -> usize) -> Vec<String> {
    let mut pieces: Vec<(usize, String)> = Vec::new();
    for c in run.chars().filter(|c| !script::is_invisible(*c)) {
        let f = face(c);
        match pieces.last_mut() {
            // Combining marks stay with their letter whichever font has them.
            Some((last, piece)) if *last == f || is_mark(c) => piece.push(c),
            _ => pieces.push((f, c.to_string())),
        }
    }
    pieces.into_iter().map(|(_, p)| p).collect()
}

fn is_mark(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::NSM)
}

/// The piece as egui should receive it to draw it in `rtl` direction: harfrust guesses each
/// piece's direction from its first letter's script, so a piece it would shape the other way
/// (digits or brackets at a right-to-left level, Arabic digits at a left-to-right one) is
/// handed over reversed, brackets mirrored where it ends up right to left.
fn shape_ready(piece: String, rtl: bool) -> String {
    let shaped_rtl = piece.chars().find(|c| !script_neutral(*c)).is_some_and(rtl_script)
        || (piece.chars().all(script_neutral) && piece.chars().any(rtl_script));
    if shaped_rtl == rtl {
        return piece;
    }
    if rtl { piece.chars().rev().map(mirrored).collect() } else { piece.chars().rev().collect() }
}

/// A galley for `text` in `format`, wrapped at `wrap_width` (`None`: one row), laid out by the
/// bidi pass when it needs one. Paint it with [`paint`], which knows where a right-aligned
/// galley starts.
pub fn galley_with(ui: &Ui, text: &str, format: TextFormat, wrap_width: Option<f32>) -> Arc<Galley> {
    let direction = direction(ui);
    if !needs_bidi(direction, text) {
        let mut job = LayoutJob::single_section(text.to_owned(), format);
        job.wrap.max_width = wrap_width.unwrap_or(f32::INFINITY);
        return ui.fonts_mut(|f| f.layout_job(job));
    }
    let order = font_order(ui);
    let fonts = script::fonts();
    let face = |c: char| order.iter().position(|file| fonts.file_draws(file, c)).unwrap_or(0);
    let font_id = format.font_id.clone();
    let measure =
        |word: &str| ui.fonts_mut(|f| f.layout_no_wrap(word.to_owned(), font_id.clone(), Color32::WHITE).size().x);
    let rows = visual_rows(text, direction, wrap_width.unwrap_or(f32::INFINITY), measure, face);
    let mut job = LayoutJob::default();
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            job.append("\n", 0.0, format.clone());
        }
        for piece in &row.pieces {
            job.append(piece, 0.0, format.clone());
        }
    }
    job.wrap.max_width = f32::INFINITY;
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    if !direction.is_rtl() || galley.rows.len() < 2 {
        return galley;
    }
    // Right-align the rows inside the galley, which still starts at x = 0 (egui's own
    // right alignment would put it left of its position, and egui's widgets would draw it there).
    let mut aligned = Arc::unwrap_or_clone(galley);
    let width = aligned.rect.width();
    for row in &mut aligned.rows {
        row.pos.x = width - row.size.x;
    }
    Arc::new(aligned)
}

/// A galley for `text` in a text style, coloured later by the painter.
pub fn galley(ui: &Ui, text: &str, style: &TextStyle, wrap_width: Option<f32>) -> Arc<Galley> {
    let format = TextFormat::simple(style.resolve(ui.style()), Color32::PLACEHOLDER);
    galley_with(ui, text, format, wrap_width)
}

/// Paints `galley` with its top-left corner at `left_top`.
pub fn paint(ui: &Ui, left_top: Pos2, galley: Arc<Galley>, color: Color32) {
    let pos = left_top - galley.rect.min.to_vec2();
    ui.painter().galley_with_override_text_color(pos, galley, color);
}

/// A label: egui's own for left-to-right text, otherwise a bidi-laid-out galley whose rows are
/// right-aligned in a right-to-left language. Its accessible name is the logical text.
pub fn label(ui: &mut Ui, text: impl Into<RichText>) -> Response {
    let rich: RichText = text.into();
    if !needs_bidi(direction(ui), rich.text()) {
        return ui.add(egui::Label::new(rich).wrap());
    }
    let Some((logical, galley, color)) = bidi_galley(ui, rich) else {
        return ui.allocate_response(Vec2::ZERO, Sense::hover());
    };
    // As wide as its widest row: the layout puts it at the start edge (widgets::column and
    // widgets::row line up on the right in a right-to-left language).
    let (rect, response) = ui.allocate_exact_size(galley.size(), Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(WidgetType::Label, true, &logical));
    if ui.is_rect_visible(rect) {
        paint(ui, rect.left_top(), galley, color);
    }
    response
}

/// A one-line label (the header's lesson title): egui's own truncated label for left-to-right
/// text; otherwise the bidi galley's first row, clipped to it, so a long title never spills out
/// of its bar. Its accessible name is the whole logical text either way.
pub fn label_one_line(ui: &mut Ui, text: impl Into<RichText>) -> Response {
    let rich: RichText = text.into();
    if !needs_bidi(direction(ui), rich.text()) {
        return ui.add(egui::Label::new(rich).truncate());
    }
    let Some((logical, galley, color)) = bidi_galley(ui, rich) else {
        return ui.allocate_response(Vec2::ZERO, Sense::hover());
    };
    let first_row = galley.rows.first().map_or(galley.size(), |row| row.rect().size());
    let (rect, response) = ui.allocate_exact_size(Vec2::new(galley.size().x, first_row.y), Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(WidgetType::Label, true, &logical));
    if ui.is_rect_visible(rect) {
        let painter = ui.painter().with_clip_rect(ui.clip_rect().intersect(rect));
        painter.galley_with_override_text_color(rect.left_top() - galley.rect.min.to_vec2(), galley, color);
    }
    response
}

/// A label's text laid out by the bidi pass, wrapped to the available width: its logical text
/// (the accessible name), the galley and the colour to paint it in. `None` for empty text.
fn bidi_galley(ui: &Ui, rich: RichText) -> Option<(String, Arc<Galley>, Color32)> {
    let logical = rich.text().to_owned();
    let job = WidgetText::from(rich).into_layout_job(ui.style(), FontSelection::Default, Align::Center);
    let format = job.sections.first()?.format.clone();
    let color = if format.color == Color32::PLACEHOLDER { ui.visuals().text_color() } else { format.color };
    let galley = galley_with(ui, &logical, format, Some(ui.available_width()));
    Some((logical, galley, color))
}

/// Text for one of egui's own widgets (a button, a collapsing header): unchanged when egui draws
/// it right, else a galley from the bidi pass. Such a widget takes its accessible name from the
/// galley, which is in visual order, so give it the logical one back with [`name`].
pub fn widget_text(ui: &Ui, text: impl Into<RichText>, wrap_width: Option<f32>) -> WidgetText {
    let rich: RichText = text.into();
    if !needs_bidi(direction(ui), rich.text()) {
        return rich.into();
    }
    let logical = rich.text().to_owned();
    let job = WidgetText::from(rich).into_layout_job(ui.style(), FontSelection::Default, Align::Center);
    let format = job.sections.first().map(|s| s.format.clone()).unwrap_or_default();
    WidgetText::Galley(galley_with(ui, &logical, format, wrap_width))
}

/// Sets a widget's accessible name to the logical `text` (see [`widget_text`]).
pub fn name(response: &Response, kind: WidgetType, text: &str) {
    response.widget_info(|| WidgetInfo::labeled(kind, response.enabled(), text));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character one unit wide; faces: Latin and digits 0, Arabic script 1.
    fn rows(text: &str, base: Direction, width: f32) -> Vec<String> {
        let face = |c: char| usize::from(rtl_script(c));
        visual_rows(text, base, width, |w| w.chars().count() as f32, face).iter().map(VisualRow::text).collect()
    }

    /// The text as a reader sees it: right-to-left pieces are reversed by the shaper.
    fn seen(text: &str, base: Direction, width: f32) -> Vec<String> {
        let face = |c: char| usize::from(rtl_script(c));
        visual_rows(text, base, width, |w| w.chars().count() as f32, face)
            .iter()
            .map(|row| {
                row.pieces
                    .iter()
                    .map(|p| if p.chars().any(rtl_script) { p.chars().rev().collect() } else { p.clone() })
                    .collect::<String>()
            })
            .collect()
    }

    #[test]
    fn left_to_right_text_is_untouched() {
        assert_eq!(rows("Call 1098 (IWF)", Direction::LeftToRight, 100.0), ["Call 1098 (IWF)"]);
    }

    #[test]
    fn numbers_inside_urdu_read_left_to_right() {
        // "For help call 1098": the number keeps its digit order, the words run right to left.
        let shown = seen("مدد کے لیے 1098 پر کال کریں", Direction::RightToLeft, 100.0);
        assert_eq!(shown, ["ںیرک لاک رپ 1098 ےیل ےک ددم"]);
    }

    #[test]
    fn brackets_and_latin_names_inside_urdu() {
        let shown = seen("رپورٹ کریں (IWF) آج", Direction::RightToLeft, 100.0);
        // Visually: آج at the left, then "(IWF)" with its brackets the right way round.
        assert_eq!(shown, ["جآ (IWF) ںیرک ٹروپر"]);
    }

    #[test]
    fn a_wrapped_paragraph_starts_with_its_first_words() {
        let text = "ایک دو تین چار پانچ چھ سات آٹھ نو دس";
        let shown = seen(text, Direction::RightToLeft, 14.0);
        assert!(shown.len() >= 3, "{shown:?}");
        // The first row holds the first words, rightmost first (reversed letters here are
        // how the test reads a right-to-left piece back).
        assert!(shown[0].ends_with("کیا"), "{shown:?}");
        assert!(shown.last().unwrap().starts_with("سد"), "{shown:?}");
    }

    #[test]
    fn arabic_digits_keep_their_order() {
        let face = |c: char| usize::from(rtl_script(c));
        let rows = visual_rows("نمبر ۱۰۹۸", Direction::RightToLeft, 100.0, |w| w.chars().count() as f32, face);
        // The digit piece is handed over reversed, so the shaper's reversal restores ۱۰۹۸.
        assert!(rows[0].pieces.contains(&"۸۹۰۱".to_owned()), "{rows:?}");
    }
}
