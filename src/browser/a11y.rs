//! The browser's accessibility tree: a hidden, positioned DOM mirror of egui's AccessKit tree.
//!
//! A canvas is one opaque image to a screen reader, and AccessKit has no web adapter (eframe
//! drops the tree on the web). So, as Flutter's web engine does, every frame's tree is mirrored
//! into `#a11y` (web/index.html): one transparent element per node that means something, with
//! its ARIA role, name, state and language, at the same place as the widget it stands for, so
//! explore-by-touch finds it and a screen reader's double-tap lands on the widget. Only what
//! changed since the last frame is written.
//!
//! - Focus stays on the canvas (eframe reads keys there); `aria-activedescendant` points at the
//!   mirror of egui's focused widget, so a screen reader says what Tab reached. While a text
//!   field is edited, eframe moves focus to its hidden `<input>`, which takes the field's name.
//! - A click on a mirror element (a screen reader's "activate") or its focus becomes an AccessKit
//!   action request for egui, handed over at the next frame ([`MirrorPlugin::input_hook`]), and
//!   the app is asked for that frame.
//! - Mouse and touch never meet the mirror (`pointer-events: none`); they go to the canvas.
//!
//! eframe does not pass the tree on, so an egui plugin reads it from each frame's output
//! ([`MirrorPlugin::output_hook`]).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use eframe::egui;
use egui::accesskit::{Action, ActionRequest, Node, NodeId, Role, Toggled, TreeId, TreeUpdate};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

thread_local! {
    static MIRROR: RefCell<Mirror> = RefCell::new(Mirror::default());
    /// Requests from the mirror (click, focus), waiting for the next frame.
    static PENDING: RefCell<Vec<ActionRequest>> = const { RefCell::new(Vec::new()) };
}

/// What one mirror element says, to write only what changed.
#[derive(Debug, Clone, PartialEq, Default)]
struct Spec {
    /// The ARIA role ("" for plain text).
    role: &'static str,
    /// The accessible name (`aria-label`) of a control, image, log or group.
    name: String,
    /// The element's own text (a label's or heading's words).
    text: String,
    level: Option<usize>,
    /// `aria-checked` (radio, checkbox) or `aria-pressed` (a toggle button).
    checked: Option<&'static str>,
    pressed: Option<&'static str>,
    disabled: bool,
    lang: Option<String>,
    /// Left, top, width, height in CSS pixels, relative to the parent element.
    rect: [i32; 4],
}

#[derive(Default)]
struct Mirror {
    elements: HashMap<NodeId, (Spec, web_sys::HtmlElement)>,
    /// Each parent's children as last placed (`None`: the `#a11y` container).
    children: HashMap<Option<NodeId>, Vec<NodeId>>,
    focus: Option<NodeId>,
    lang: String,
    /// Trees mirrored so far, on `#a11y[data-frame]`: a test (or a script) can wait for the
    /// mirror of the frame after an action instead of guessing a delay.
    frames: u64,
    /// Milliseconds spent mirroring, all frames together.
    busy_ms: f64,
}

/// Starts the mirror: egui builds its tree only when asked (no platform adapter asks on the
/// web), and the page's listeners pass a screen reader's acts back.
pub(super) fn start(ctx: &egui::Context) {
    ctx.enable_accesskit();
    ctx.add_plugin(MirrorPlugin);
    let Some(container) = element("a11y") else { return };
    // A screen reader's activate arrives as a click on the element; its focus as focusin.
    for (event, action) in [("click", Action::Click), ("focusin", Action::Focus)] {
        let ctx = ctx.clone();
        let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
            let Some(target) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
            let Ok(Some(node)) = target.closest("[data-ak]") else { return };
            let Some(id) = node.get_attribute("data-ak").and_then(|id| id.parse::<u64>().ok()) else { return };
            PENDING.with_borrow_mut(|pending| {
                pending.push(ActionRequest { action, target_tree: TreeId::ROOT, target_node: NodeId(id), data: None });
            });
            if action == Action::Focus
                && let Some(canvas) = element("chatwise")
            {
                // Keys belong to the canvas (eframe listens there); egui moves its own focus.
                let _ = canvas.focus();
            }
            ctx.request_repaint();
        });
        let _ = container.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        // The page lives as long as the app.
        listener.forget();
    }
}

/// Hands egui the mirror's requests, and mirrors each frame's tree. It keeps no state of its
/// own (egui plugins must be `Send`; the page's elements are not): that is in `MIRROR`.
struct MirrorPlugin;

impl egui::Plugin for MirrorPlugin {
    fn debug_name(&self) -> &'static str {
        "chatwise accessibility mirror"
    }

    fn input_hook(&mut self, _ctx: &egui::Context, input: &mut egui::RawInput) {
        let pending = PENDING.with_borrow_mut(std::mem::take);
        input.events.extend(pending.into_iter().map(egui::Event::AccessKitActionRequest));
    }

    /// Mirrors this frame's tree (egui sends the whole tree every pass while it is enabled).
    fn output_hook(&mut self, ctx: &egui::Context, output: &mut egui::FullOutput) {
        let Some(update) = &output.platform_output.accesskit_update else { return };
        // AccessKit's bounds are in egui points; the page's are CSS pixels. A point is a CSS
        // pixel times the text-size zoom: the device's pixel ratio is egui's native scale.
        let scale = ctx.pixels_per_point() / ctx.native_pixels_per_point().unwrap_or(1.0);
        let performance = web_sys::window().and_then(|w| w.performance());
        let started = performance.as_ref().map_or(0.0, |p| p.now());
        MIRROR.with_borrow_mut(|mirror| {
            mirror.apply(update, scale);
            // Its running cost, for tests/web/load-time.mjs (time per mirrored frame).
            mirror.busy_ms += performance.as_ref().map_or(0.0, |p| p.now()) - started;
            if let Some(container) = element("a11y") {
                let _ = container.set_attribute("data-busy-ms", &format!("{:.2}", mirror.busy_ms));
            }
        });
    }
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?.document()?.get_element_by_id(id)?.dyn_into().ok()
}

impl Mirror {
    fn apply(&mut self, update: &TreeUpdate, scale: f32) {
        let Some(tree) = &update.tree else { return };
        let Some(container) = element("a11y") else { return };
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let nodes: HashMap<NodeId, &Node> = update.nodes.iter().map(|(id, node)| (*id, node)).collect();
        let Some(root) = nodes.get(&tree.root) else { return };
        if let Some(lang) = root.language()
            && lang != self.lang
        {
            self.lang = lang.to_owned();
            let _ = container.set_attribute("lang", lang);
        }

        // Walk the tree in order: each node that means something, under its nearest kept ancestor.
        let mut placed: Vec<(NodeId, Option<NodeId>, Spec)> = Vec::new();
        let mut stack: Vec<(NodeId, Option<NodeId>, [f64; 2])> =
            root.children().iter().rev().map(|&c| (c, None, [0.0, 0.0])).collect();
        while let Some((id, parent, origin)) = stack.pop() {
            let Some(node) = nodes.get(&id) else { continue };
            let bounds = node
                .bounds()
                .map(|b| [b.x0 * scale as f64, b.y0 * scale as f64, b.x1 * scale as f64, b.y1 * scale as f64]);
            let spec = spec(node, bounds, origin);
            let (next_parent, next_origin) = match &spec {
                Some(spec) => {
                    placed.push((id, parent, spec.clone()));
                    (Some(id), bounds.map_or(origin, |b| [b[0], b[1]]))
                }
                None => (parent, origin),
            };
            // A label's or heading's words are its own; egui's text runs under it are not read twice.
            if matches!(node.role(), Role::Label | Role::Heading) {
                continue;
            }
            for &child in node.children().iter().rev() {
                stack.push((child, next_parent, next_origin));
            }
        }

        // Create or update elements; drop those whose node is gone.
        let seen: HashSet<NodeId> = placed.iter().map(|(id, _, _)| *id).collect();
        let mut children: HashMap<Option<NodeId>, Vec<NodeId>> = HashMap::new();
        for (id, parent, spec) in &placed {
            children.entry(*parent).or_default().push(*id);
            let (old, element) = match self.elements.remove(id) {
                Some((old, element)) => (Some(old), element),
                None => {
                    let Some(element) =
                        document.create_element("div").ok().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    else {
                        continue;
                    };
                    let _ = element.set_attribute("id", &format!("ak-{}", id.0));
                    let _ = element.set_attribute("data-ak", &id.0.to_string());
                    (None, element)
                }
            };
            write(&element, old.as_ref(), spec);
            self.elements.insert(*id, (spec.clone(), element));
        }
        self.elements.retain(|id, (_, element)| {
            let keep = seen.contains(id);
            if !keep {
                element.remove();
            }
            keep
        });

        // Put children in order under their parent where that changed (append moves a node).
        for (parent, ids) in &children {
            if self.children.get(parent) == Some(ids) {
                continue;
            }
            let parent_element: web_sys::HtmlElement = match parent {
                Some(p) => match self.elements.get(p) {
                    Some((_, el)) => el.clone(),
                    None => continue,
                },
                None => container.clone(),
            };
            for id in ids {
                if let Some((_, el)) = self.elements.get(id) {
                    let _ = parent_element.append_child(el);
                }
            }
        }
        self.children = children;
        self.frames += 1;
        let _ = container.set_attribute("data-frame", &self.frames.to_string());

        // The canvas keeps DOM focus; it names the mirror of egui's focused widget.
        let focus = Some(update.focus).filter(|f| *f != tree.root && self.elements.contains_key(f));
        // The first mirrored frame names eframe's text agent too (below), before any focus.
        if focus != self.focus || self.frames == 1 {
            self.focus = focus;
            if let Some(canvas) = element("chatwise") {
                match focus {
                    Some(id) => {
                        let _ = canvas.set_attribute("aria-activedescendant", &format!("ak-{}", id.0));
                    }
                    None => {
                        let _ = canvas.remove_attribute("aria-activedescendant");
                    }
                }
                // While a text field is edited, eframe gives DOM focus to its own hidden
                // `<input>` (the "text agent", for phones' keyboards and IMEs), inserted just
                // after the canvas. It has no name of its own: give it the field's, so a screen
                // reader says what is being typed into.
                if let Some(agent) = canvas.next_element_sibling().filter(|e| e.tag_name() == "INPUT") {
                    let name = focus.and_then(|id| self.elements.get(&id)).map(|(spec, _)| spec.name.as_str());
                    let _ = agent.set_attribute("aria-label", name.filter(|n| !n.is_empty()).unwrap_or("ChatWise"));
                    let _ = agent.set_attribute("lang", &self.lang);
                }
            }
        }
    }
}

/// What a node becomes in the page, or `None` for a node that only groups others.
fn spec(node: &Node, bounds: Option<[f64; 4]>, origin: [f64; 2]) -> Option<Spec> {
    let label = node.label().unwrap_or_default().to_owned();
    let value = node.value().unwrap_or_default().to_owned();
    let toggled = node.toggled().map(|t| match t {
        Toggled::True => "true",
        Toggled::False => "false",
        Toggled::Mixed => "mixed",
    });
    let mut spec = Spec { disabled: node.is_disabled(), lang: node.language().map(str::to_owned), ..Spec::default() };
    match node.role() {
        Role::Button => {
            spec.role = "button";
            spec.name = label;
            spec.pressed = toggled;
        }
        Role::RadioButton => {
            spec.role = "radio";
            spec.name = label;
            spec.checked = Some(toggled.unwrap_or("false"));
        }
        Role::CheckBox => {
            spec.role = "checkbox";
            spec.name = label;
            spec.checked = Some(toggled.unwrap_or("false"));
        }
        Role::TextInput | Role::MultilineTextInput => {
            spec.role = "textbox";
            spec.name = label;
            spec.text = value;
        }
        Role::Heading => {
            spec.role = "heading";
            spec.level = node.level();
            spec.text = if label.is_empty() { value } else { label };
        }
        Role::Label => {
            spec.text = if value.is_empty() { label } else { value };
            if spec.text.is_empty() {
                return None;
            }
        }
        // Roles that are a role and a name, nothing more (a log is polite by its role).
        Role::Link | Role::Image | Role::RadioGroup | Role::Log | Role::ProgressIndicator => {
            spec.role = match node.role() {
                Role::Link => "link",
                Role::Image => "img",
                Role::RadioGroup => "radiogroup",
                Role::Log => "log",
                _ => "progressbar",
            };
            spec.name = label;
        }
        Role::GenericContainer | Role::Unknown if !label.is_empty() => {
            spec.role = "group";
            spec.name = label;
        }
        _ => return None,
    }
    if let Some(b) = bounds {
        spec.rect = [
            (b[0] - origin[0]).round() as i32,
            (b[1] - origin[1]).round() as i32,
            (b[2] - b[0]).round() as i32,
            (b[3] - b[1]).round() as i32,
        ];
    }
    Some(spec)
}

/// Writes the attributes of `spec` that differ from `old`.
fn write(element: &web_sys::HtmlElement, old: Option<&Spec>, spec: &Spec) {
    let attr = |name: &str, value: Option<&str>| {
        let _ = match value {
            Some(v) if !v.is_empty() => element.set_attribute(name, v),
            _ => element.remove_attribute(name),
        };
    };
    if old.is_none_or(|o| o.role != spec.role) {
        attr("role", Some(spec.role));
    }
    if old.is_none_or(|o| o.name != spec.name) {
        attr("aria-label", Some(&spec.name));
    }
    if old.is_none_or(|o| o.text != spec.text) {
        element.set_text_content(Some(&spec.text));
    }
    if old.is_none_or(|o| o.level != spec.level) {
        attr("aria-level", spec.level.map(|l| l.to_string()).as_deref());
    }
    if old.is_none_or(|o| o.checked != spec.checked) {
        attr("aria-checked", spec.checked);
    }
    if old.is_none_or(|o| o.pressed != spec.pressed) {
        attr("aria-pressed", spec.pressed);
    }
    if old.is_none_or(|o| o.disabled != spec.disabled) {
        attr("aria-disabled", spec.disabled.then_some("true"));
    }
    if old.is_none_or(|o| o.lang != spec.lang) {
        attr("lang", spec.lang.as_deref());
    }
    if old.is_none_or(|o| o.rect != spec.rect) {
        // CSSOM writes: allowed under the page's style-src 'self' (a style="" attribute is not).
        let style = element.style();
        let [left, top, width, height] = spec.rect;
        let _ = style.set_property("left", &format!("{left}px"));
        let _ = style.set_property("top", &format!("{top}px"));
        let _ = style.set_property("width", &format!("{width}px"));
        let _ = style.set_property("height", &format!("{height}px"));
    }
}
