//! The Bevy glue without a window: key presses reach the quick-exit counter, and the shell's
//! effects are carried out (progress saved to disk, the app asked to exit).

use crate::app::{ShellRes, add_glue, storage::Storage};
use crate::library::Library;
use crate::runtime::Decision;
use crate::ui::Shell;
use crate::ui::saved::Saved;
use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;

fn app(data: &std::path::Path) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, bevy::input::InputPlugin));
    let shell = Shell::new(Library::embedded().library, Saved::default(), vec!["en".into()]);
    add_glue(&mut app, shell, Storage::desktop(Some(data.to_path_buf())));
    app
}

fn key(app: &mut App, code: KeyCode, state: ButtonState) {
    let logical_key = if matches!(code, KeyCode::ShiftLeft) { Key::Shift } else { Key::Character("a".into()) };
    app.world_mut().write_message(KeyboardInput {
        key_code: code,
        logical_key,
        state,
        text: None,
        repeat: false,
        window: Entity::PLACEHOLDER,
    });
    app.update();
}

fn data_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("chatwise-glue-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn three_shift_presses_quit_the_app() {
    let dir = data_dir("keys");
    let mut app = app(&dir);
    app.update();
    for _ in 0..2 {
        key(&mut app, KeyCode::ShiftLeft, ButtonState::Pressed);
        key(&mut app, KeyCode::ShiftLeft, ButtonState::Released);
    }
    key(&mut app, KeyCode::KeyA, ButtonState::Pressed);
    key(&mut app, KeyCode::KeyA, ButtonState::Released);
    assert!(!app.world().resource::<ShellRes>().exited(), "a letter in between starts the count again");
    for _ in 0..3 {
        key(&mut app, KeyCode::ShiftLeft, ButtonState::Pressed);
        key(&mut app, KeyCode::ShiftLeft, ButtonState::Released);
    }
    assert!(app.world().resource::<ShellRes>().exited());
    let exits: Vec<AppExit> = app.world_mut().resource_mut::<Messages<AppExit>>().drain().collect();
    assert_eq!(exits, vec![AppExit::Success], "the app is asked to close");
}

#[test]
fn progress_is_written_to_the_data_folder_and_read_back() {
    let dir = data_dir("save");
    let mut app = app(&dir);
    {
        let mut shell = app.world_mut().resource_mut::<ShellRes>();
        shell.start_lesson("new-friend", false);
        shell.decide(Decision::Continue);
        shell.decide(Decision::Reply(0));
    }
    app.update();
    let (saved, corrupt) = Storage::desktop(Some(dir.clone())).load();
    assert!(!corrupt);
    assert_eq!(saved.progress["new-friend"].decisions, vec![Decision::Continue, Decision::Reply(0)]);

    // A new app resumes the lesson at the same step.
    let mut shell = Shell::new(Library::embedded().library, saved, vec!["en".into()]);
    shell.open_lesson("new-friend");
    assert_eq!(shell.session().unwrap().run.step().id, "chat-1");
    let _ = std::fs::remove_dir_all(&dir);
}
