//! Live reload for authors: when a lesson or translation file changes, load the pack again.
//! A clean load replaces the library (the learner keeps their place); a broken edit shows the
//! checker's findings and the last good version keeps running.

use std::time::{Duration, SystemTime};

use bevy::prelude::*;
use bevy::winit::{UpdateMode, WinitSettings};

use super::{RunOptions, ShellRes};
use crate::library::{self, origin::Origin};

/// How often the files are looked at.
const POLL: Duration = Duration::from_secs(1);

#[derive(Resource, Default)]
struct Fingerprint(Option<Vec<(String, SystemTime, u64)>>);

pub(super) fn plugin(app: &mut App) {
    // Wake once a second even when idle or unfocused, so saves in an editor show up.
    app.insert_resource(WinitSettings {
        focused_mode: UpdateMode::reactive(POLL),
        unfocused_mode: UpdateMode::reactive_low_power(POLL),
    })
    .init_resource::<Fingerprint>()
    .add_systems(Update, poll.run_if(bevy::time::common_conditions::on_timer(POLL)));
}

fn fingerprint(origin: &Origin) -> Vec<(String, SystemTime, u64)> {
    let Origin::Folders { content, locales } = origin else { return Vec::new() };
    let mut out = Vec::new();
    let mut stack = vec![content.clone(), locales.clone()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(meta) = entry.metadata() else { continue };
            if meta.is_dir() {
                stack.push(path);
            } else {
                out.push((
                    path.to_string_lossy().into_owned(),
                    meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
                    meta.len(),
                ));
            }
        }
    }
    out.sort();
    out
}

fn poll(options: Res<RunOptions>, mut last: ResMut<Fingerprint>, mut shell: ResMut<ShellRes>) {
    let now = fingerprint(&options.0.origin);
    let Some(previous) = last.0.replace(now.clone()) else { return };
    if previous == now {
        return;
    }
    match library::load(&options.0.origin) {
        Ok(loaded) if loaded.error_count() == 0 => shell.replace_library(loaded.library),
        Ok(loaded) => shell.reload_failed(&loaded.diagnostics),
        Err(e) => warn!("could not reload: {e}"),
    }
}
