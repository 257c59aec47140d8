//! Scripts and direction, as a reader sees them: every shipped string has a glyph in the fonts
//! the app installs for its language; Urdu reads right to left with numbers, Latin names and
//! brackets the right way round, wrapped paragraphs start with their first words; the Urdu
//! screen is mirrored. Layouts come from the app's own text layer and views, run in egui.

use std::sync::Arc;

use chatwise::base::script::{self, Writing};
use chatwise::content::model::Audience;
use chatwise::library::Library;
use chatwise::ui::{Shell, egui, text, theme};
use egui::accesskit::Role;
use egui::text::TextFormat;
use egui::{FontFamily, FontId, Galley};
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable, by};

/// Lays out `source` in `language` at `width` points with the app's fonts and text layer.
fn lay_out(language: &str, source: &str, width: f32) -> Arc<Galley> {
    let writing = script::fonts().writing(language, None).unwrap();
    let mut out: Option<Arc<Galley>> = None;
    let mut pass = 0;
    let mut harness = Harness::builder().with_size(egui::vec2(800.0, 600.0)).build_ui(|ui| {
        pass += 1;
        if pass == 1 {
            theme::install_fonts(ui.ctx(), &writing);
        }
        let format = TextFormat::simple(FontId::new(20.0, FontFamily::Proportional), egui::Color32::BLACK);
        out = Some(text::galley_with(ui, source, format, Some(width)));
    });
    // Fonts take effect from the next pass.
    harness.run_steps(2);
    drop(harness);
    out.unwrap()
}

/// The x of the (first) glyph for `c` in `row`, which must be drawn (non-zero width).
fn x_of(galley: &Galley, row: usize, c: char) -> f32 {
    galley.rows[row]
        .glyphs
        .iter()
        .find(|g| g.chr == c && g.advance_width > 0.0)
        .unwrap_or_else(|| panic!("no glyph for {c:?} in row {row} of {:?}", galley.rows[row].text()))
        .pos
        .x
}

#[test]
fn an_urdu_sentence_with_a_number_reads_right_to_left_with_its_digits_left_to_right() {
    // "For help, call 1098": مدد first (rightmost), کریں last (leftmost), 1098 in between,
    // its digits in their own order.
    let g = lay_out("ur", "مدد کے لیے 1098 پر کال کریں", 700.0);
    assert_eq!(g.rows.len(), 1);
    let (first_word, last_word) = (x_of(&g, 0, 'د'), x_of(&g, 0, 'ں'));
    let digits: Vec<f32> = ['1', '0', '9', '8'].iter().map(|c| x_of(&g, 0, *c)).collect();
    assert!(digits.windows(2).all(|w| w[0] < w[1]), "1098 reads left to right: {digits:?}");
    assert!(last_word < digits[0] && digits[3] < first_word, "words run right to left around the number");
}

#[test]
fn a_latin_name_and_brackets_inside_urdu_sit_where_a_reader_expects() {
    // "Report to the IWF (Internet Watch Foundation) today".
    let g = lay_out("ur", "آج (IWF) کو رپورٹ کریں", 700.0);
    let (today, report) = (x_of(&g, 0, 'ج'), x_of(&g, 0, 'ٹ'));
    let (i, w, f) = (x_of(&g, 0, 'I'), x_of(&g, 0, 'W'), x_of(&g, 0, 'F'));
    assert!(i < w && w < f, "IWF reads left to right");
    assert!(report < i && f < today, "the first word آج is at the right, IWF after it to the left");
    // The bracket before IWF in reading order is drawn at its right, opening towards it: "(" is
    // the mirrored glyph at the right of IWF, and ")" at its left.
    let open = g.rows[0].glyphs.iter().find(|gl| gl.chr == '(').unwrap().pos.x;
    let close = g.rows[0].glyphs.iter().find(|gl| gl.chr == ')').unwrap().pos.x;
    assert!(open < i && f < close, "brackets enclose IWF, drawn as ( IWF ) ({open} < {i}, {f} < {close})");
}

#[test]
fn a_wrapped_urdu_paragraph_starts_with_its_first_words_on_the_first_row_at_the_right() {
    // One to ten, wrapped to about three rows.
    let words = ["ایک", "دو", "تین", "چار", "پانچ", "چھ", "سات", "آٹھ", "نو", "دس"];
    let g = lay_out("ur", &words.join(" "), 120.0);
    assert!(g.rows.len() >= 3, "wrapped to {} rows", g.rows.len());
    let row_of = |c: char| g.rows.iter().position(|r| r.glyphs.iter().any(|gl| gl.chr == c)).unwrap();
    // ک is only in ایک (one), ٹ only in آٹھ (eight).
    assert_eq!(row_of('ک'), 0, "ایک (one) is on the first row");
    assert!(row_of('ٹ') > 0 && row_of('ٹ') >= g.rows.len() - 2, "آٹھ (eight) is on one of the last rows");
    // On the first row, ایک (ک) is right of دو (و).
    assert!(x_of(&g, 0, 'ک') > x_of(&g, 0, 'و'), "the first word is rightmost");
    // Rows are right-aligned: they end at the same right edge.
    let right = |r: &egui::epaint::text::PlacedRow| r.rect().max.x;
    assert!((right(&g.rows[0]) - right(&g.rows[1])).abs() < 1.0, "rows share their right edge");
}

/// Whether the shipped font `file` has a glyph for `c`, read from its own character map.
fn font_has(file: &str, c: char) -> bool {
    use skrifa::MetadataProvider;
    let bytes = script::built_in_file(file).unwrap_or_else(|| panic!("{file} is not built in"));
    skrifa::FontRef::new(bytes).unwrap().charmap().map(c).is_some()
}

/// Every shipped message in every pack language, as the app formats it: each character has a
/// glyph in a font the app installs for that language, regular and bold (no box, no `?`).
#[test]
fn every_shipped_string_has_a_glyph_in_the_fonts_the_app_installs_for_its_language() {
    let library = Library::embedded().library;
    let fonts = script::fonts();
    for language in &library.pack.languages {
        let loc = library.localizer(&[language.code.as_str()]);
        let translations = library.catalog.language(&language.code).expect("every pack language has translations");
        let writing: &Writing = &language.writing;
        let mut missing: Vec<String> = Vec::new();
        for message in translations.messages() {
            let text = loc.text(&message.id);
            for bold in [false, true] {
                let family = fonts.family(writing, bold);
                for c in text.chars().filter(|c| !script::is_invisible(*c) && *c != '\n') {
                    if !family.iter().any(|file| font_has(file, c)) {
                        missing.push(format!("{c:?} (bold: {bold}) in {}", message.id));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "{}: no glyph for {}", language.code, missing[..missing.len().min(5)].join("; "));
    }
}

/// The checker warns about characters from coverage.ron; it must say exactly what the fonts do.
#[test]
fn coverage_ron_is_what_the_shipped_fonts_draw() {
    let fonts = script::fonts();
    let mut files = vec![fonts.base.regular.clone(), fonts.base.bold.clone()];
    for code in fonts.scripts() {
        let s = fonts.script(code).unwrap();
        files.extend(s.files().map(str::to_owned).chain(s.names.clone()));
    }
    for file in &files {
        for c in (0u32..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(
                fonts.file_draws(file, c),
                font_has(file, c),
                "{file}, U+{:04X}: coverage.ron disagrees with the font; run assets/fonts/subset.sh coverage",
                u32::from(c)
            );
        }
    }
}

fn shell_in(language: &str) -> Harness<'static, Shell> {
    crate::support::app_harness(|saved| {
        saved.settings.player = Some(Audience::Solo);
        saved.settings.language = Some(language.into());
    })
}

#[test]
fn in_urdu_the_header_and_the_chat_are_mirrored_and_names_stay_in_reading_order() {
    let mut h = shell_in("ur");
    let t = |h: &Harness<'_, Shell>, id: &str| h.state().loc().text(id);
    let exit = h.get_by_role_and_label(Role::Button, &t(&h, "ui-quick-exit")).rect();
    let help = h.get_by_role_and_label(Role::Button, &t(&h, "ui-help")).rect();
    let settings = h.get_by_role_and_label(Role::Button, &t(&h, "ui-nav-settings")).rect();
    assert!(exit.right() < help.left(), "Quick exit is at the left edge, then Help");
    assert!(help.right() < settings.left(), "Settings is on the right, at the start of an Urdu line");
    // Quick exit still comes first when tabbing.
    h.key_press(egui::Key::Tab);
    h.run();
    assert!(h.get_by_role_and_label(Role::Button, &t(&h, "ui-quick-exit")).is_focused());

    // In a chat, the other person's messages are on the right and the learner's on the left.
    h.state_mut().start_lesson("new-friend", false);
    // Past the opening story to the first chat.
    while !matches!(h.state().session().unwrap().run.step().kind, chatwise::content::model::StepKind::Chat(_)) {
        let pending = h.state().session().unwrap().run.pending();
        let decision = chatwise::runtime::Strategy::First.decide(&pending).expect("a way on");
        h.state_mut().decide(decision);
    }
    h.run();
    let chatwise::content::model::StepKind::Chat(chat) = h.state().session().unwrap().run.step().kind.clone() else {
        unreachable!()
    };
    let reply = t(&h, chat.replies[0].text.as_str());
    // The reply button's accessible name is the logical text, whatever the visual order.
    h.get(crate::app_ui::control(&reply)).click();
    h.run();
    let contact_message = t(&h, chat.messages[0].text.as_str());
    // Bubbles are named with their sender for screen readers ("Sender: text").
    let incoming = h.get(by().label_contains(&contact_message)).rect();
    let outgoing =
        h.query_all(by().label_contains(&reply)).map(|n| n.rect()).find(|r| r.top() > incoming.top()).unwrap();
    assert!(incoming.center().x > outgoing.center().x, "incoming right ({incoming:?}), outgoing left ({outgoing:?})");
}

#[test]
fn in_urdu_the_country_picker_opens_from_its_whole_title_row_with_its_triangle_at_the_right() {
    let mut h = shell_in("ur");
    // With a country chosen the picker starts closed.
    h.state_mut().update_settings(|s| s.country = Some(chatwise::ui::saved::CountryChoice::Code("PK".into())));
    h.state_mut().go(chatwise::ui::Screen::Help);
    h.run();
    let change = h.state().loc().text("help-country-change");
    let not_listed = h.state().loc().text("help-country-not-listed");
    let title = h.get_by_label(&change).rect();
    assert!(title.width() > 200.0, "the whole row is the control");
    let before = h.query_all_by_label(&not_listed).count();
    h.get_by_label(&change).click();
    h.run_steps(5);
    assert!(h.query_all_by_label(&not_listed).count() > before, "the list of countries opened");
}
