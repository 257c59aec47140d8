//! The real `chatwise` binary: exit codes, finding format, JSON output, and walk failures.

use std::process::{Command, Output};

use crate::support::{mini, repo};

fn chatwise(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chatwise"))
        .args(args)
        .current_dir(repo())
        .env("LANG", "C")
        .output()
        .expect("the chatwise binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn check_passes_on_the_shipped_content() {
    let o = chatwise(&["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains("0 error(s), 0 warning(s)"), "{}", stdout(&o));
}

#[test]
fn check_fails_with_file_line_column_on_a_broken_pack_and_reports_json() {
    let dir = mini().overlay(&repo().join("tests/broken/dangling-id")).write_to_temp("cli-check");
    let content = dir.join("content");
    let o = chatwise(&["check", "--content", content.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let text = stdout(&o);
    let line = text.lines().find(|l| l.contains("unknown") || l.contains("nowhere")).unwrap_or_default();
    assert!(line.ends_with("does not have; use one of: end, intro"), "{text}");
    assert!(line.contains("lessons/bad.ron:12:54: error: `next` names a step `nowhere`"), "{text}");

    let o = chatwise(&["check", "--content", content.to_str().unwrap(), "--format", "json"]);
    assert_eq!(o.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("valid JSON");
    assert_eq!(json["errors"], 1);
    let finding = &json["findings"][0];
    assert_eq!((finding["line"].as_u64(), finding["column"].as_u64()), (Some(12), Some(54)));
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["code"], "unknown-step");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(chatwise(&["check", "--format", "yaml"]).status.code(), Some(2));
    assert_eq!(chatwise(&["walk"]).status.code(), Some(2));
    assert_eq!(chatwise(&["walk", "new-friend", "--auto", "sometimes"]).status.code(), Some(2));
    let o = chatwise(&["walk", "no-such-lesson", "--auto", "first"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("new-friend"), "lists the lessons there are: {}", stderr(&o));
    // Without the app feature, no subcommand explains the terminal commands (with it, the
    // window opens: that is covered by the app tests).
    #[cfg(not(feature = "app"))]
    {
        let o = chatwise(&[]);
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(&o).contains("chatwise check"));
    }
}

#[test]
fn walk_plays_the_ukrainian_sample_to_its_end() {
    let o = chatwise(&["walk", "new-friend", "--lang", "uk", "--auto", "first"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.contains("Урок завершено"), "finishes in Ukrainian: {text}");
    assert!(text.contains("Це ніколи не твоя провина."), "the ending signposts help");
}

#[test]
fn walk_reads_choices_from_stdin_and_explains_a_bad_one() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_chatwise"))
        .args(["walk", "new-friend", "--lang", "en"])
        .current_dir(repo())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // 9 is not on the list: explained, then asked again; input then ends mid-lesson.
    child.stdin.take().unwrap().write_all(b"9\n1\n").unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("choice `9` is not on the list (choose 1-3)"), "{}", stdout(&o));
    assert!(stdout(&o).contains("Good thinking"), "the valid reply got feedback");
    assert!(stderr(&o).contains("input ended before the lesson did"), "{}", stderr(&o));
}

#[test]
fn walk_fails_clearly_when_scripted_choices_run_out_or_are_not_on_the_list() {
    let o = chatwise(&["walk", "new-friend", "--lang", "en", "--choose", "1"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("the --choose list ran out; this step needs a reply number 1-3 (at step `chat-2`)"),
        "{}",
        stderr(&o)
    );
    let o = chatwise(&["walk", "new-friend", "--lang", "en", "--choose", "4"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("choice `4` is not on the list (choose 1-3) (at step `chat-1`)"), "{}", stderr(&o));
}

#[test]
fn walk_stops_at_the_step_limit() {
    let o = chatwise(&["walk", "new-friend", "--auto", "first", "--max-steps", "3"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("gave up after 3 actions"), "{}", stderr(&o));
}

#[test]
fn lessons_lists_the_ten_lessons_with_full_coverage_in_three_languages() {
    let o = chatwise(&["lessons", "--format", "json", "--lang", "uk"]);
    assert_eq!(o.status.code(), Some(0));
    let lessons: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let lessons = lessons.as_array().expect("an array");
    let ids: Vec<&str> = lessons.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "just-one-photo",
            "photos-we-share",
            "new-friend",
            "secret-friend",
            "under-pressure",
            "no-more-secrets",
            "not-your-fault",
            "friend-tells-you",
            "tell-a-grown-up",
            "report-it"
        ]
    );
    for lesson in lessons {
        for language in ["en", "uk", "kk"] {
            assert_eq!(lesson["coverage"][language], 100.0, "{} in {language}", lesson["id"]);
        }
    }
    let class = lessons.iter().filter(|l| l["audiences"].as_array().unwrap().iter().any(|a| a == "Class")).count();
    let family = lessons.iter().filter(|l| l["audiences"].as_array().unwrap().iter().any(|a| a == "Family")).count();
    assert!(class >= 4 && family >= 3, "a class lesson per topic plus report-it, and a family session per topic");
    let text = stdout(&chatwise(&["lessons", "--lang", "uk"]));
    assert!(text.contains("Онлайн-грумінг") || text.contains("грумінг"), "topics in Ukrainian: {text}");
}

#[test]
fn walk_speaks_the_learners_language_in_its_own_labels_too() {
    // new-friend's first path: a chat (the learner's replies), a sort (groups and cards), the end.
    let o = chatwise(&["walk", "new-friend", "--lang", "uk", "--auto", "first"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = stdout(&o);
    for english in ["you: ", "Groups: ", "  card 1: ", "(score "] {
        assert!(!text.contains(english), "`{english}` left in English:\n{text}");
    }
    for ukrainian in ["ти: ", "Групи: ", "  картка 1: ", "(бали: "] {
        assert!(text.contains(ukrainian), "`{ukrainian}` missing:\n{text}");
    }
}

#[test]
fn a_pack_of_only_the_authors_files_checks_clean_and_plays() {
    // No engine messages (ui.ftl, help.ftl, ...) and no portals.ron: the engine brings its own.
    let dir = mini().write_to_temp("cli-author-only");
    for language in ["en", "uk"] {
        for file in chatwise::library::origin::ENGINE_MESSAGE_FILES {
            let _ = std::fs::remove_file(dir.join("locales").join(language).join(file));
        }
    }
    std::fs::remove_file(dir.join("content/portals.ron")).unwrap();
    let (content, locales) = (dir.join("content"), dir.join("locales"));
    let args = ["--content", content.to_str().unwrap(), "--locales", locales.to_str().unwrap()];
    let o = chatwise(&[&["check"][..], &args].concat());
    let text = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{text}");
    assert!(text.contains("0 error(s)"), "{text}");
    assert!(!text.contains("ui.ftl") && !text.contains("help.ftl"), "no findings about the engine's files: {text}");
    let o = chatwise(&[&["walk", "mini", "--lang", "uk", "--auto", "first"][..], &args].concat());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Добре подумано"), "the engine's own Ukrainian: {}", stdout(&o));
}

/// A stand-in for the web player: the files `chatwise site` needs, with a real service worker.
fn fake_player(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("chatwise-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for file in ["index.html", "loader.js", "chatwise.js", "chatwise_bg.wasm", "style.css", "icon.svg"] {
        std::fs::write(dir.join(file), file).unwrap();
    }
    std::fs::write(dir.join("chatwise_bg.wasm.br"), "compressed").unwrap();
    std::fs::write(dir.join("strings.json.br"), "stale").unwrap();
    for file in ["sw.js", "manifest.webmanifest"] {
        std::fs::copy(repo().join("web").join(file), dir.join(file)).unwrap();
    }
    dir
}

#[test]
fn site_publishes_a_pack_with_its_defaults_and_a_worker_that_covers_every_file() {
    let player = fake_player("player");
    let out = std::env::temp_dir().join(format!("chatwise-test-{}-site", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let pack = repo().join("tests/packs/site");
    let args = ["site", "--pack", pack.to_str().unwrap(), "--player", player.to_str().unwrap()];
    let o = chatwise(&[&args[..], &["--out", out.to_str().unwrap(), "--organisation", "Test NGO"]].concat());
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let site: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("site.json")).unwrap()).unwrap();
    assert_eq!(site["language"], "uk", "pack.ron's default language");
    assert_eq!(site["country"], "MN", "pack.ron's default country");
    assert_eq!(site["organisation"], "Test NGO", "the command's organisation over the pack's");
    let bundle = std::fs::read_to_string(out.join("pack.json")).unwrap();
    let bundle = chatwise::library::bundle::Bundle::from_json(&bundle).unwrap();
    assert!(bundle.content.contains_key("lessons/mini.ron"));
    // The browser app carries only English, so the pack file brings the engine's own words in
    // the pack's other languages (here Ukrainian), and each language's direction and fonts.
    assert!(bundle.locales.contains_key("uk/ui.ftl"), "the engine's Ukrainian messages travel with the pack");
    assert!(!bundle.locales.keys().any(|k| k.starts_with("hi/")), "but no language the pack does not have");
    let loaded = bundle.load();
    assert_eq!(loaded.error_count(), 0, "{:?}", loaded.diagnostics);
    let strings: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("strings.json")).unwrap()).unwrap();
    assert_eq!(strings["uk"]["web-loading-percent"], "Завантажено { $percent }%", "variables left for the loader");
    assert_eq!(strings["uk"]["@dir"], "ltr");
    assert_eq!(strings["uk"]["@fonts"], serde_json::json!([]), "Cyrillic needs no font beyond the built-in one");
    // Help for the loading page, before the app has downloaded: the same routes and words.
    let help: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("help-uk.json")).unwrap()).unwrap();
    let mongolia = help["countries"].as_array().unwrap().iter().find(|c| c["code"] == "MN").expect("MN's help");
    assert!(mongolia["talk"].as_array().is_some_and(|r| !r.is_empty()), "Mongolia's routes to talk to someone");
    assert_eq!(help["text"]["help"], "Допомога", "in the site's language");
    let manifest = std::fs::read_to_string(out.join("manifest.webmanifest")).unwrap();
    assert!(manifest.contains("ChatWise: Test NGO"), "{manifest}");
    let worker = std::fs::read_to_string(out.join("sw.js")).unwrap();
    for file in ["pack.json", "site.json", "strings.json", "chatwise_bg.wasm", "index.html", "help-uk.json"] {
        assert!(worker.contains(&format!("\"{file}\"")), "the worker keeps {file} for offline use:\n{worker}");
    }
    assert!(!worker.contains("__VERSION__") && !worker.contains("__FILES__"));
    assert!(out.join("chatwise_bg.wasm.br").is_file(), "the player's precompressed copies come along");
    assert!(!out.join("strings.json.br").exists(), "but not stale copies of files the site rewrites");

    // Publishing again replaces the site's own files and keeps the host's (a CNAME, a .git);
    // a folder with other things in it is refused.
    std::fs::write(out.join("CNAME"), "lessons.example.org").unwrap();
    std::fs::create_dir_all(out.join(".git")).unwrap();
    std::fs::write(out.join(".git/HEAD"), "ref: refs/heads/main").unwrap();
    let again = chatwise(&[&args[..], &["--out", out.to_str().unwrap(), "--language", "en"]].concat());
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert!(out.join("CNAME").is_file() && out.join(".git/HEAD").is_file(), "the host's files stay");
    let site: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("site.json")).unwrap()).unwrap();
    assert_eq!(site["language"], "en", "the new publication replaced the old");
    let elsewhere = player.join("..").join(format!("chatwise-test-{}-busy", std::process::id()));
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("thesis.docx"), "mine").unwrap();
    let refused = chatwise(&[&args[..], &["--out", elsewhere.to_str().unwrap()]].concat());
    assert_eq!(refused.status.code(), Some(2));
    assert!(elsewhere.join("thesis.docx").is_file(), "nothing of the author's is lost");
    let bad = chatwise(&[&args[..], &["--out", out.to_str().unwrap(), "--language", "fr"]].concat());
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("`fr` is not one of the pack's languages (en, uk)"), "{}", stderr(&bad));
}

#[test]
fn site_refuses_a_pack_with_errors_and_says_where() {
    let player = fake_player("player-refuse");
    let dir = mini().overlay(&repo().join("tests/broken/dangling-id")).write_to_temp("site-refuse");
    let out = dir.join("site");
    let o = chatwise(&[
        "site",
        "--pack",
        dir.to_str().unwrap(),
        "--player",
        player.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("lessons/bad.ron:12:54: error:"), "{}", stdout(&o));
    assert!(stderr(&o).contains("not published"), "{}", stderr(&o));
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn a_pack_can_add_its_lessons_to_the_built_in_library_instead_of_replacing_it() {
    let dir = mini().write_to_temp("cli-with-built-in");
    let pack = repo().join("tests/packs/site");
    let lessons = |dir: &std::path::Path| -> Vec<String> {
        let o = chatwise(&["lessons", "--pack", dir.to_str().unwrap(), "--format", "json"]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        v.as_array().unwrap().iter().map(|l| l["id"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(lessons(&pack), ["mini"], "by default a pack replaces the built-in library");
    std::fs::create_dir_all(dir.join("content")).unwrap();
    let ron = std::fs::read_to_string(pack.join("content/pack.ron")).unwrap();
    std::fs::write(
        dir.join("content/pack.ron"),
        ron.replace("default_country: \"MN\",", "default_country: \"MN\",\n    with_built_in_lessons: true,"),
    )
    .unwrap();
    let both = lessons(&dir);
    assert!(both.contains(&"mini".to_owned()) && both.contains(&"new-friend".to_owned()), "{both:?}");
    assert_eq!(both.len(), 11, "the pack's lesson and the ten built-in ones: {both:?}");
    let o = chatwise(&["check", "--pack", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
}

#[test]
fn merge_checks_adds_up_check_files_and_export_results_prints_them() {
    let dir = std::env::temp_dir().join(format!("chatwise-merge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = |name: &str| dir.join(name).to_string_lossy().into_owned();
    // An empty sheet for the lesson, then two "classes" filled in from it.
    let o = chatwise(&["export", "results", "new-friend", "--lang", "en", "--out", &path("empty.csv")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let empty = std::fs::read_to_string(path("empty.csv")).unwrap();
    let fill = |before: u32| {
        let mut lines: Vec<String> = empty.lines().map(str::to_owned).collect();
        for line in lines.iter_mut().skip(1) {
            *line = format!("{},{before},0,1", line.strip_suffix(",0,0,1").expect("an empty sheet counts nothing"));
        }
        lines.join("\n")
    };
    std::fs::write(path("a.csv"), fill(4)).unwrap();
    std::fs::write(path("b.csv"), fill(7)).unwrap();
    let o = chatwise(&["merge-checks", &path("a.csv"), &path("b.csv"), "--out", &path("sum.csv")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("2 file(s)"), "{}", stdout(&o));
    let sum = std::fs::read_to_string(path("sum.csv")).unwrap();
    assert!(sum.lines().skip(1).all(|l| l.ends_with(",11,0,2")), "each answer 4 + 7 before, from 2 files:\n{sum}");
    let o = chatwise(&["export", "results", "new-friend", "--counts", &path("sum.csv"), "--out", &path("sum.html")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read_to_string(path("sum.html")).unwrap().contains("11 ("));
    // Not a check file: the line and what a check file has.
    std::fs::write(path("bad.csv"), "name,score\nAlex,3\n").unwrap();
    let o = chatwise(&["merge-checks", &path("bad.csv"), "--out", &path("x.csv")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.csv") && stderr(&o).contains("columns lesson, language"), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&dir);
}
