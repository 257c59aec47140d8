//! Class mode's presenter view on the desktop: a second window, on the teacher's screen, drawn
//! from the same `Shell` as the projector window by `Shell::presenter_ui`. Both stay in step
//! because there is one model; keys and clickers work from either window (egui reads the
//! focused one's). Closing the window (or "Back to one screen") puts the notes back beside the
//! lesson.

use bevy::camera::RenderTarget;
use bevy::ecs::schedule::ScheduleLabel;
use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy::window::{WindowClosed, WindowRef, WindowResolution};
use bevy_egui::{EguiContext, EguiSchedule, PrimaryEguiContext, egui};

use super::ShellRes;

#[derive(ScheduleLabel, Clone, Debug, PartialEq, Eq, Hash)]
struct PresenterPass;

/// The presenter window and its camera, while open.
#[derive(Resource, Default)]
struct Open(Option<(Entity, Entity)>);

/// The window's drawing and closing (with the window plugins).
pub(super) fn plugin(app: &mut App) {
    app.add_systems(PresenterPass, draw).add_systems(Update, closed);
}

/// What `carry_out_effects` needs, also without a window (the glue's tests).
pub(super) fn state(app: &mut App) {
    app.init_resource::<Open>();
}

/// Opens and closes the presenter window (for `carry_out_effects`).
#[derive(SystemParam)]
pub(super) struct Presenter<'w, 's> {
    commands: Commands<'w, 's>,
    open: ResMut<'w, Open>,
}

impl Presenter<'_, '_> {
    pub(super) fn open(&mut self, title: &str) {
        if self.open.0.is_some() {
            return;
        }
        let window = self
            .commands
            .spawn(Window {
                title: format!("ChatWise: {title}"),
                resolution: WindowResolution::new(1100, 800),
                ..default()
            })
            .id();
        let camera = self
            .commands
            .spawn((Camera2d, RenderTarget::Window(WindowRef::Entity(window)), EguiSchedule::new(PresenterPass)))
            .id();
        self.open.0 = Some((window, camera));
    }

    pub(super) fn close(&mut self) {
        if let Some((window, camera)) = self.open.0.take() {
            self.commands.entity(camera).despawn();
            self.commands.entity(window).despawn();
        }
    }
}

fn draw(mut context: Single<&mut EguiContext, Without<PrimaryEguiContext>>, mut shell: ResMut<ShellRes>) {
    let ctx = context.get_mut().clone();
    let mut root = egui::Ui::new(
        ctx.clone(),
        egui::Id::new("presenter-root"),
        egui::UiBuilder::new().layer_id(egui::LayerId::background()).max_rect(ctx.content_rect()),
    );
    shell.presenter_ui(&mut root);
}

/// The teacher closed the presenter window: the projector window gets its notes back.
fn closed(
    mut events: MessageReader<WindowClosed>,
    mut open: ResMut<Open>,
    mut shell: ResMut<ShellRes>,
    mut commands: Commands,
) {
    for event in events.read() {
        if let Some((window, camera)) = open.0
            && event.window == window
        {
            commands.entity(camera).despawn();
            open.0 = None;
            shell.presenter_closed();
        }
    }
}
