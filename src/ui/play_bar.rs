//! Play and the date slider: the row above the map and the overlap table
//! that animates the date cursor so a class can watch the organisations grow.

use chrono::{Days, NaiveDate};
use egui::{Event, Rect, RichText, Ui};

use crate::actions::Action;
use crate::i18n::dates;
use crate::state::ViewState;
use crate::tr;

/// Days the date cursor moves per second of animation: one year per second.
const PLAY_DAYS_PER_SECOND: f64 = 365.25;

/// What Play remembers between frames (not persisted).
#[derive(Clone, Debug, Default)]
pub struct Player {
    /// Whether the date cursor is being animated.
    pub playing: bool,
    /// Fraction of a day the animation has advanced but not yet applied.
    remainder: f64,
    /// Where the Play/Pause button was last frame: pressing it must not count
    /// as the "any input" that stops the animation.
    button: Option<Rect>,
    /// Play takes the keyboard focus on the next frame.
    focus_request: bool,
}

impl Player {
    /// Puts the keyboard focus on Play on the next frame (F6).
    pub fn request_focus(&mut self) {
        self.focus_request = true;
    }

    /// Starts the animation from the view's date.
    pub fn start(&mut self) {
        self.playing = true;
        self.remainder = 0.0;
    }

    /// Stops the animation (its view is hidden, or the user did something else).
    pub fn stop(&mut self) {
        self.playing = false;
        self.remainder = 0.0;
    }

    /// Any key press, click or wheel turn stops the animation (except on the
    /// Play/Pause button itself, which toggles it).
    pub fn stop_on_input(&mut self, ui: &Ui) {
        if !self.playing {
            return;
        }
        let button = self.button;
        // Raw events: the app consumes shortcut keys before the panel runs.
        let interrupted = ui.input(|i| {
            i.raw.events.iter().any(|event| match event {
                // Space is the Play key: it toggles the animation itself.
                Event::Key {
                    pressed: true, key, ..
                } => *key != egui::Key::Space,
                Event::MouseWheel { .. } => true,
                Event::PointerButton {
                    pressed: true, pos, ..
                } => !button.is_some_and(|r| r.contains(*pos)),
                _ => false,
            })
        });
        if interrupted {
            self.stop();
        }
    }

    /// Moves the date cursor while playing, and asks for the next frame.
    pub fn advance_ui(
        &mut self,
        ui: &Ui,
        (_, last): (NaiveDate, NaiveDate),
        view: &ViewState,
        actions: &mut Vec<Action>,
    ) {
        if !self.playing {
            return;
        }
        // stable_dt, not the real frame time: a slow frame must not skip a year.
        let dt = f64::from(ui.input(|i| i.stable_dt).clamp(0.0, 0.1));
        self.remainder += dt * PLAY_DAYS_PER_SECOND;
        let whole = self.remainder.floor();
        self.remainder -= whole;
        let next: Option<NaiveDate> = view.as_of.checked_add_days(Days::new(whole as u64));
        let day = next.unwrap_or(last).min(last);
        if day != view.as_of {
            actions.push(Action::PlayTo(day));
        }
        if day >= last {
            self.stop();
        } else {
            ui.ctx().request_repaint();
        }
    }
}

/// Play/Pause, the "As of" slider and the date, in the current row.
pub fn play_controls_ui(
    ui: &mut Ui,
    span: (NaiveDate, NaiveDate),
    view: &ViewState,
    player: &mut Player,
    actions: &mut Vec<Action>,
) {
    let lang = view.lang;
    let (text, tip) = if player.playing {
        (tr!(lang, "map-pause"), tr!(lang, "map-pause-tip"))
    } else {
        (tr!(lang, "map-play"), tr!(lang, "map-play-tip"))
    };
    let button = ui.button(text).on_hover_text(tip);
    if std::mem::take(&mut player.focus_request) {
        button.request_focus();
    }
    let from_start = ui
        .button(tr!(lang, "map-play-from-start"))
        .on_hover_text(tr!(lang, "map-play-from-start-tip"));
    // Either button toggles or restarts the animation itself: not "any click".
    player.button = Some(button.rect.union(from_start.rect));
    if button.clicked() {
        actions.push(Action::TogglePlay);
    }
    if from_start.clicked() {
        actions.push(Action::PlayFromStart);
    }
    crate::ui::as_of_slider_ui(ui, span, view, (290.0, actions));
    ui.label(RichText::new(dates::day_short(lang, view.as_of)).strong());
}
