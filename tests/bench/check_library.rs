//! Benchmark for `chatwise check`: generates synthetic libraries (30-step lessons in three
//! languages) on disk and times loading and checking them, as `chatwise check` does.
//!
//! Run with `cargo bench --bench check_library` (add `-- 100 1000` to choose sizes).
//! It prints figures; it asserts nothing, so a slow shared machine never fails a build.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chatwise::library::{self, origin::Origin};

const STEPS_PER_LESSON: usize = 30;
const LANGUAGES: [&str; 3] = ["en", "uk", "kk"];

fn main() {
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![100, 1_000, 10_000] } else { sizes };
    println!("chatwise check benchmark: {STEPS_PER_LESSON} steps per lesson, {} languages", LANGUAGES.len());
    println!("{:>8} {:>10} {:>10} {:>14} {:>10}", "lessons", "messages", "seconds", "lessons/sec", "findings");
    for &lessons in &sizes {
        let dir = std::env::temp_dir().join(format!("chatwise-bench-{lessons}"));
        let messages = generate(&dir, lessons);
        let origin = Origin::Folders { content: dir.join("content"), locales: dir.join("locales") };
        // One warm-up pass fills the OS file cache, so the figure is the checker's own work.
        let _ = library::load(&origin).expect("generated files are readable");
        let started = Instant::now();
        let loaded = library::load(&origin).expect("generated files are readable");
        let seconds = started.elapsed().as_secs_f64();
        assert_eq!(loaded.library.pack.lessons.len(), lessons, "every generated lesson loads");
        println!(
            "{lessons:>8} {messages:>10} {seconds:>10.3} {:>14.0} {:>10}",
            lessons as f64 / seconds,
            loaded.diagnostics.len()
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// Writes a pack of `lessons` lessons; returns how many messages each language has.
fn generate(dir: &Path, lessons: usize) -> usize {
    let _ = std::fs::remove_dir_all(dir);
    let content = dir.join("content");
    std::fs::create_dir_all(content.join("lessons")).unwrap();
    let languages: String = LANGUAGES
        .iter()
        .map(|l| format!("(code: \"{l}\", name: \"{l}\", status: {}),", if *l == "en" { "Reference" } else { "Draft" }))
        .collect();
    std::fs::write(
        content.join("pack.ron"),
        format!("Pack(id: \"bench\", title: \"pack-title\", languages: [{languages}])"),
    )
    .unwrap();
    let ui: Vec<PathBuf> = LANGUAGES.iter().map(|l| PathBuf::from(format!("locales/{l}/ui.ftl"))).collect();
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut message_count = 0;
    for (language, ui) in LANGUAGES.iter().zip(&ui) {
        let folder = dir.join("locales").join(language);
        std::fs::create_dir_all(&folder).unwrap();
        // The engine's own words: real ones where shipped, English otherwise.
        let shipped = repo.join(ui);
        let source = if shipped.exists() { shipped } else { repo.join("locales/en/ui.ftl") };
        std::fs::copy(source, folder.join("ui.ftl")).unwrap();
        std::fs::write(folder.join("pack.ftl"), format!("pack-title = Bench ({language})\n")).unwrap();
    }
    for n in 0..lessons {
        let (ron, ids) = lesson(n);
        std::fs::write(content.join(format!("lessons/l{n}.ron")), ron).unwrap();
        message_count = ids.len();
        for language in LANGUAGES {
            let mut ftl = String::with_capacity(ids.len() * 60);
            for id in &ids {
                let _ = writeln!(ftl, "{id} = Text of {id} in {language}");
            }
            std::fs::write(dir.join("locales").join(language).join(format!("l{n}.ftl")), ftl).unwrap();
        }
    }
    message_count * lessons
}

/// One lesson: chats, quizzes, sorts, discussions and stories in turn, then help and an end.
/// Every message is plain text, so the variable checks pass.
fn lesson(n: usize) -> (String, Vec<String>) {
    let mut ids = Vec::new();
    let mut id = |name: String| {
        let id = format!("l{n}-{name}");
        ids.push(id.clone());
        id
    };
    let mut steps = String::new();
    let body_steps = STEPS_PER_LESSON - 2;
    for s in 0..body_steps {
        let next = if s + 1 < body_steps { format!("s{}", s + 1) } else { "help".to_owned() };
        let step = match s % 5 {
            0 => format!(
                "Chat(id: \"s{s}\", contact: (id: \"c\", name: \"{}\"), messages: [(text: \"{}\", time: \"10:00\"), (text: \"{}\")], replies: [(text: \"{}\", verdict: Safe, feedback: \"{}\", score: 1, next: \"{next}\"), (text: \"{}\", verdict: Risky, feedback: \"{}\", set: [\"f{s}\"], next: \"{next}\"), (text: \"{}\", verdict: Neutral, feedback: \"{}\")]),",
                id(format!("s{s}-name")),
                id(format!("s{s}-m1")),
                id(format!("s{s}-m2")),
                id(format!("s{s}-r1")),
                id(format!("s{s}-f1")),
                id(format!("s{s}-r2")),
                id(format!("s{s}-f2")),
                id(format!("s{s}-r3")),
                id(format!("s{s}-f3"))
            ),
            1 => format!(
                "Quiz(id: \"s{s}\", question: \"{}\", options: [(text: \"{}\", correct: true, feedback: \"{}\"), (text: \"{}\", correct: false), (text: \"{}\", correct: false)], hint: \"{}\", branches: [(when: Flag(\"f{}\"), go: \"{next}\")], next: \"{next}\"),",
                id(format!("s{s}-q")),
                id(format!("s{s}-o1")),
                id(format!("s{s}-o1f")),
                id(format!("s{s}-o2")),
                id(format!("s{s}-o3")),
                id(format!("s{s}-hint")),
                s - 1
            ),
            2 => format!(
                "Sort(id: \"s{s}\", prompt: \"{}\", groups: [(id: \"a\", label: \"{}\"), (id: \"b\", label: \"{}\")], cards: [(text: \"{}\", group: \"a\"), (text: \"{}\", group: \"b\"), (text: \"{}\", group: \"a\")], next: \"{next}\"),",
                id(format!("s{s}-p")),
                id(format!("s{s}-ga")),
                id(format!("s{s}-gb")),
                id(format!("s{s}-c1")),
                id(format!("s{s}-c2")),
                id(format!("s{s}-c3"))
            ),
            3 => format!(
                "Discussion(id: \"s{s}\", prompt: \"{}\", model_answer: \"{}\", parent_tip: \"{}\", next: \"{next}\"),",
                id(format!("s{s}-p")),
                id(format!("s{s}-a")),
                id(format!("s{s}-tip"))
            ),
            _ => format!(
                "Story(id: \"s{s}\", title: \"{}\", body: \"{}\", next: \"{next}\"),",
                id(format!("s{s}-t")),
                id(format!("s{s}-b"))
            ),
        };
        steps.push_str(&step);
        steps.push('\n');
    }
    let help = id("help".into());
    let end = id("end".into());
    let key = id("key".into());
    let title = id("title".into());
    let ron = format!(
        "Lesson(id: \"l{n}\", topic: Grooming, ages: (11, 14), minutes: 30, audiences: [Class], title: \"{title}\", summary: \"{title}\", objectives: [\"{title}\"], start: \"s0\", steps: [\n{steps}Help(id: \"help\", body: \"{help}\", next: \"end\"),\nEnd(id: \"end\", title: \"{end}\", key_messages: [\"{key}\"]),\n])\n"
    );
    (ron, ids)
}
