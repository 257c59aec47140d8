//! Quick exit by keyboard: Shift pressed three times, each within 5 s of the last, as in
//! GOV.UK's "Exit this page". A Shift used as a modifier (a capital, Shift+Tab) does not count,
//! and any other key in between starts the count again.

/// Seconds allowed between one Shift press and the next.
pub const WINDOW_SECONDS: f64 = 5.0;
/// Presses that trigger the quick exit.
pub const PRESSES: u8 = 3;

/// A key event, reduced to what the counter needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Shift,
    Other,
}

/// Counts Shift presses towards a quick exit.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ShiftCounter {
    presses: u8,
    last_press: Option<f64>,
    shift_held: bool,
    /// Another key went down while Shift was held: this Shift is a modifier.
    used_as_modifier: bool,
}

impl ShiftCounter {
    /// Presses counted so far (for the dots beside the button), forgetting stale ones.
    pub fn presses(&self, now: f64) -> u8 {
        if self.last_press.is_some_and(|t| now - t > WINDOW_SECONDS) { 0 } else { self.presses }
    }

    /// When the count will lapse, so the dots can be redrawn empty.
    pub fn lapses_at(&self) -> Option<f64> {
        (self.presses > 0).then(|| self.last_press.unwrap_or_default() + WINDOW_SECONDS)
    }

    /// A key went down at `now` (seconds). Key repeat of a held Shift is ignored.
    pub fn key_down(&mut self, key: Key, _now: f64) {
        match key {
            Key::Shift => {
                if !self.shift_held {
                    self.shift_held = true;
                    self.used_as_modifier = false;
                }
            }
            Key::Other => {
                self.presses = 0;
                self.last_press = None;
                if self.shift_held {
                    self.used_as_modifier = true;
                }
            }
        }
    }

    /// A key came up at `now`. Returns true when this completes the third press.
    pub fn key_up(&mut self, key: Key, now: f64) -> bool {
        if key != Key::Shift || !self.shift_held {
            return false;
        }
        self.shift_held = false;
        if self.used_as_modifier {
            return false;
        }
        if self.last_press.is_some_and(|t| now - t > WINDOW_SECONDS) {
            self.presses = 0;
        }
        self.presses += 1;
        self.last_press = Some(now);
        if self.presses >= PRESSES {
            *self = ShiftCounter::default();
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(c: &mut ShiftCounter, at: f64) -> bool {
        c.key_down(Key::Shift, at);
        c.key_up(Key::Shift, at + 0.05)
    }

    #[test]
    fn three_presses_within_the_window_trigger() {
        let mut c = ShiftCounter::default();
        assert!(!press(&mut c, 0.0));
        assert!(!press(&mut c, 4.0));
        assert_eq!(c.presses(4.1), 2);
        assert!(press(&mut c, 8.5), "each press is within 5 s of the last");
        assert_eq!(c.presses(8.6), 0, "the count starts again after firing");
    }

    #[test]
    fn slow_presses_do_not_trigger() {
        let mut c = ShiftCounter::default();
        assert!(!press(&mut c, 0.0));
        assert!(!press(&mut c, 6.0), "6 s after the first: the count starts again");
        assert!(!press(&mut c, 10.5), "so this is only the second press");
        assert_eq!(c.presses(10.6), 2);
        assert_eq!(c.presses(17.0), 0, "the dots empty once the window passes");
    }

    #[test]
    fn other_keys_in_between_or_shift_as_a_modifier_do_not_count() {
        let mut c = ShiftCounter::default();
        press(&mut c, 0.0);
        press(&mut c, 1.0);
        c.key_down(Key::Other, 1.5);
        c.key_up(Key::Other, 1.6);
        assert!(!press(&mut c, 2.0), "a key in between starts the count again");
        // Shift+A (typing a capital) is not a press.
        c.key_down(Key::Shift, 3.0);
        c.key_down(Key::Other, 3.1);
        assert!(!c.key_up(Key::Shift, 3.2));
        assert!(!press(&mut c, 3.5));
        assert!(!press(&mut c, 4.0));
        assert!(press(&mut c, 4.5));
    }

    #[test]
    fn a_held_shift_counts_once() {
        let mut c = ShiftCounter::default();
        c.key_down(Key::Shift, 0.0);
        c.key_down(Key::Shift, 0.3);
        c.key_down(Key::Shift, 0.6);
        assert!(!c.key_up(Key::Shift, 0.9));
        assert_eq!(c.presses(1.0), 1);
    }
}
