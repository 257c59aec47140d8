//! A small HTML writer for the printable documents: escaped text, balanced tags, one
//! embedded stylesheet for screen and print. No scripts and nothing fetched.

use crate::Paper;
use chatwise_base::script::{self, Writing};

/// The documents' stylesheet: readable on screen, plain on paper. Colours from the app's palette (src/ui/theme.rs).
const STYLE: &str = r#"
:root { color: #1B1F24; background: #FFFFFF; font: 12pt/1.5 "Noto Sans", system-ui, sans-serif; }
body { max-width: 46em; margin: 2em auto; padding: 0 1.5em; }
h1 { font-size: 22pt; margin: 0.2em 0; color: #1D5FA8; }
h2 { font-size: 15pt; margin: 1.4em 0 0.4em; border-bottom: 2px solid #C9D1DA; padding-bottom: 0.2em; }
h3 { font-size: 12.5pt; margin: 1em 0 0.3em; }
h4 { font-size: 12pt; margin: 0.6em 0 0.2em; }
figure { margin: 0.6em 0; break-inside: avoid; }
figure img { display: block; max-width: 100%; max-height: 60mm; border-radius: 8px; }
figcaption { color: #4A5560; font-size: 10pt; }
p { margin: 0.3em 0; }
.kicker { color: #4A5560; font-size: 10pt; text-transform: uppercase; letter-spacing: 0.05em; margin: 0; }
.summary { font-size: 13pt; }
.draft { border: 2px solid #8A4B00; background: #FFF4E0; padding: 0.4em 0.7em; border-radius: 6px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #6B7785; padding: 0.25em 0.5em; text-align: start; vertical-align: top; }
td.number { text-align: end; }
ol.script { padding-inline-start: 0; list-style: none; }
li.step { border-top: 1px solid #C9D1DA; padding-top: 0.4em; margin-top: 0.6em; }
.chat { border-inline-start: 4px solid #C9D1DA; padding-inline-start: 0.7em; }
.bubble { margin: 0.15em 0; }
.prompt, .label { font-weight: bold; }
.feedback, .verdict, .url { color: #4A5560; }
.correct { color: #0B5C3E; font-weight: bold; }
.notes { background: #EAF1FA; padding: 0.4em 0.7em; border-radius: 6px; margin-top: 0.4em; }
.service { margin: 0.5em 0; }
.service-name { font-weight: bold; }
.url { word-break: break-all; }
.unverified { font-style: italic; }
ul.commitments { list-style: none; padding-inline-start: 0; }
ul.commitments li { padding-inline-start: 2em; position: relative; margin: 0.6em 0; min-height: 1.4em; }
ul.commitments li::before { content: ""; position: absolute; inset-inline-start: 0; top: 0.15em; width: 1.1em; height: 1.1em; border: 2px solid #1B1F24; border-radius: 3px; }
ul.commitments li.blank { border-bottom: 1px solid #6B7785; }
.signature { display: flex; gap: 2em; margin-top: 2em; }
.signature span { flex: 1; border-top: 1px solid #1B1F24; padding-top: 0.2em; font-size: 10pt; }
footer { margin-top: 2em; color: #4A5560; font-size: 10pt; border-top: 1px solid #C9D1DA; }
@media print {
  :root { font-size: 11pt; }
  body { margin: 0; max-width: none; padding: 0; }
  h2, h3, h4 { break-after: avoid; }
  li.step, .service, tr, .signature { break-inside: avoid; }
  .notes { border: 1px solid #6B7785; }
}
"#;

/// An HTML document being written.
pub struct Html {
    out: String,
    open: Vec<&'static str>,
}

/// Escapes text for element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Fluent's bidi isolation marks are off, but never print them if they appear.
            '\u{2068}' | '\u{2069}' => {}
            c => out.push(c),
        }
    }
    out
}

impl Html {
    /// A document in `language`, written as `writing`. `script_font` is the shipped font for
    /// the script, embedded, so the page reads right on a machine that has no font for Hindi or
    /// Urdu; the common system fonts for the script are named after it.
    pub fn new(language: &str, writing: &Writing, script_font: Option<&[u8]>, title: &str, paper: Paper) -> Html {
        let size = match paper {
            Paper::A4 => "A4",
            Paper::Letter => "letter",
        };
        let mut out = String::with_capacity(32 * 1024);
        out.push_str("<!doctype html>\n");
        out.push_str(&format!(
            "<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n",
            escape(language),
            writing.direction.html()
        ));
        // The file is opened from disk and printed: it runs nothing and loads nothing but the
        // font inside it.
        out.push_str(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:\">\n",
        );
        out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        // The script's font, embedded, comes first for the characters it draws (unicode-range):
        // Chromium on a machine with no font for the script drew boxes for headings when it came
        // after the system fonts. The system fonts for the script follow, for anything else.
        let manifest = script::fonts();
        let fonts = manifest.script(&writing.script);
        let mut script_css = String::new();
        if let (Some(bytes), Some(file)) = (script_font, fonts.and_then(|f| f.regular.as_deref())) {
            use base64::Engine;
            let data = base64::engine::general_purpose::STANDARD.encode(bytes);
            let ranges: Vec<String> = manifest
                .coverage(file)
                .iter()
                .map(|(from, to)| if from == to { format!("U+{from:04X}") } else { format!("U+{from:04X}-{to:04X}") })
                .collect();
            script_css.push_str(&format!(
                "@font-face {{ font-family: \"ChatWise Script\"; src: url(data:font/ttf;base64,{data}) format(\"truetype\"); unicode-range: {}; }}\n",
                ranges.join(", ")
            ));
        }
        let stack = fonts.and_then(|f| f.css.as_deref()).map(|css| format!("{css}, ")).unwrap_or_default();
        script_css.push_str(&format!(
            ":root {{ font-family: \"ChatWise Script\", \"Noto Sans\", {stack}system-ui, sans-serif; }}\n"
        ));
        out.push_str(&format!("<title>{}</title>\n<style>{STYLE}{script_css}@page {{ size: {size}; margin: 16mm 15mm; }}\n</style>\n</head>\n<body>\n<main>\n", escape(title)));
        Html { out, open: Vec::new() }
    }

    fn attributes(&mut self, attributes: &[(&str, &str)]) {
        for (name, value) in attributes {
            self.out.push_str(&format!(" {name}=\"{}\"", escape(value)));
        }
    }

    /// Opens `tag`; every open is closed by [`Html::close`] in reverse order.
    pub fn open(&mut self, tag: &'static str, attributes: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(tag);
        self.attributes(attributes);
        self.out.push('>');
        self.open.push(tag);
    }

    pub fn close(&mut self, tag: &'static str) {
        let open = self.open.pop();
        debug_assert_eq!(open, Some(tag), "unbalanced HTML");
        self.out.push_str(&format!("</{tag}>\n"));
    }

    /// A whole element with text content.
    pub fn el(&mut self, tag: &'static str, attributes: &[(&str, &str)], text: &str) {
        self.open(tag, attributes);
        self.text(text);
        self.out.push_str(&format!("</{tag}>\n"));
        self.open.pop();
    }

    pub fn text(&mut self, text: &str) {
        self.out.push_str(&escape(text));
    }

    /// A picture carried inside the file (a data URI), with its description; the description
    /// alone when the picture's bytes are not at hand.
    pub fn picture(&mut self, png: Option<&[u8]>, alt: &str) {
        self.open("figure", &[]);
        if let Some(bytes) = png {
            use base64::Engine;
            let data = format!("data:image/png;base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes));
            self.out.push_str(&format!("<img src=\"{data}\" alt=\"{}\">", escape(alt)));
        }
        self.el("figcaption", &[], alt);
        self.close("figure");
    }

    /// A term and its description in a `<dl>`.
    pub fn pair(&mut self, term: &str, description: &str) {
        self.el("dt", &[], term);
        self.el("dd", &[], description);
    }

    pub fn finish(mut self) -> String {
        debug_assert!(self.open.is_empty(), "unclosed tags: {:?}", self.open);
        self.out.push_str("</main>\n</body>\n</html>\n");
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_tags_balance() {
        let writing = script::fonts().writing("uk", None).unwrap();
        let mut h = Html::new("uk", &writing, None, "A <b> & \"c\"", Paper::Letter);
        h.open("p", &[("class", "x\"y")]);
        h.text("<script>alert(1)</script>");
        h.close("p");
        let out = h.finish();
        assert!(out.contains("<title>A &lt;b&gt; &amp; &quot;c&quot;</title>"));
        assert!(out.contains("<p class=\"x&quot;y\">&lt;script&gt;"));
        assert!(out.contains("size: letter"));
        assert!(out.contains("<html lang=\"uk\""));
        assert!(!out.contains("<script>"));
    }

    #[test]
    fn right_to_left_documents_say_so_and_carry_their_font() {
        let writing = script::fonts().writing("ur", None).unwrap();
        let font = script::built_in_file("NotoNaskhArabicUI-Regular.ttf").unwrap();
        let out = Html::new("ur", &writing, Some(font), "مدد", Paper::A4).finish();
        assert!(out.contains("<html lang=\"ur\" dir=\"rtl\">"));
        assert!(out.contains("@font-face { font-family: \"ChatWise Script\"; src: url(data:font/ttf;base64,"));
        assert!(out.contains("unicode-range: U+0600-0604"), "the embedded font is limited to its script");
        assert!(out.contains("\"Noto Naskh Arabic\""), "the system fonts for the script are named too");
        assert!(out.contains("font-src data:"), "the page's own policy lets the embedded font load");
    }
}
