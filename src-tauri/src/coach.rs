//! The voice coach's side of the session driver: the words of each cue (from `limber_core::speech`), handed to
//! the sound thread a little ahead of the cue, so that the sound thread places them on the output stream at the
//! cue's exact instant however late the driver's task wakes on a busy machine.
//!
//! It owns which cues' words were already handed over, so that none is said twice. It must never decide what
//! is said (the core does) nor when a cue is due (the engine does), and never block: `Audio` calls return at
//! once. A phrase handed over ahead of a cue that a pause or a skip then moves still sounds at the old instant,
//! at most [`AHEAD_MS`] after the command; the cue's words are not said again.

use std::time::{Duration, Instant};

use limber_core::session::{Cue, Ms, Plan};
use limber_core::speech::{self, Coach, Phrase};

use crate::audio::{Audio, Voice};

/// How long before its cue a phrase is handed to the sound thread, in session time: far more than the driver's
/// worst wake-up delay seen under load (about 30 ms), far less than the shortest time between two cues.
pub const AHEAD_MS: u64 = 300;

/// How far ahead the driver looks for cues with words.
pub const LOOK_AHEAD_MS: u64 = 1_500;

/// Where the session stands when words are handed over: its time, and how many times faster than real time it
/// runs (1 except in debug test runs), to turn session time into a real instant.
#[derive(Debug, Clone, Copy)]
pub struct SessionTime {
    pub now: Ms,
    pub scale: f64,
}

/// How the session's words are said: in its language's voice, and at night or not (the gentle night clips when
/// the settings allow).
#[derive(Debug, Clone, Copy)]
pub struct Speaking {
    pub voice: Voice,
    pub night: bool,
}

/// The cues whose words were handed over ahead of time.
#[derive(Debug, Default)]
pub struct VoiceCoach {
    handed: Vec<Cue>,
}

impl VoiceCoach {
    /// The words to say now for `cue`, and whether the coach speaks at this cue at all (then it gets no tone).
    /// Words already handed over ahead of the cue are not said again.
    pub fn words_now(&mut self, cue: &Cue, plan: &Plan, coach: Coach) -> (bool, Vec<Phrase>) {
        let words = speech::phrases(cue, plan, coach);
        let speaks = !words.is_empty();
        if let Some(i) = self.handed.iter().position(|c| c == cue) {
            self.handed.swap_remove(i);
            return (speaks, Vec::new());
        }
        (speaks, words)
    }

    /// Hands the words of the cues in `upcoming` that are due within [`AHEAD_MS`] of `now` to the sound thread,
    /// each with its cue's exact instant, said as `speaking` says (in the session's language's voice).
    pub fn hand_ahead(
        &mut self,
        upcoming: &[Cue],
        plan: &Plan,
        coach: Coach,
        time: SessionTime,
        speaking: Speaking,
        audio: &Audio,
    ) {
        let SessionTime { now, scale } = time;
        let Speaking { voice, night } = speaking;
        // Cues long past were either said or passed over by a command; forget them.
        self.handed
            .retain(|c| c.at.0.saturating_add(LOOK_AHEAD_MS) >= now.0);
        for cue in upcoming {
            if cue.at.0 > now.0.saturating_add(AHEAD_MS) || self.handed.contains(cue) {
                continue;
            }
            let words = speech::phrases(cue, plan, coach);
            if words.is_empty() {
                continue;
            }
            let due = Instant::now() + real_duration(cue.at.0.saturating_sub(now.0), scale);
            for phrase in words {
                audio.say(phrase, voice, due, night);
            }
            self.handed.push(*cue);
        }
    }

    /// When the driver must wake to hand over the next cue's words: [`AHEAD_MS`] before the first cue in
    /// `upcoming` with words not handed over yet.
    pub fn next_wake(&self, upcoming: &[Cue], plan: &Plan, coach: Coach) -> Option<Ms> {
        upcoming
            .iter()
            .filter(|cue| !self.handed.contains(cue))
            .find(|cue| !speech::phrases(cue, plan, coach).is_empty())
            .map(|cue| Ms(cue.at.0.saturating_sub(AHEAD_MS)))
    }
}

/// Real time for `engine_ms` of session time at `scale` times real speed.
fn real_duration(engine_ms: u64, scale: f64) -> Duration {
    Duration::from_secs_f64(engine_ms as f64 / 1000.0 / scale.max(1.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use limber_core::library::Library;
    use limber_core::session::{Command, CueKind, Session};

    fn plan() -> Plan {
        let library = Library::builtin().unwrap();
        library
            .plan(library.routine("two-minute-reset").unwrap())
            .unwrap()
    }

    fn cue(at: u64, step: usize, kind: CueKind) -> Cue {
        Cue {
            at: Ms(at),
            step,
            kind,
        }
    }

    #[test]
    fn words_handed_over_ahead_are_not_said_again_on_their_cue() {
        let plan = plan();
        let audio = Audio::spawn_with(limber_app::settings::AudioSettings::default(), NoDevice);
        let mut coach = VoiceCoach::default();
        let three = cue(2_000, 0, CueKind::Countdown { n: 3 });
        let two = cue(3_000, 0, CueKind::Countdown { n: 2 });
        let upcoming = [three, two];
        // (now, next wake, cues handed over so far)
        let rows = [
            (Ms(0), Some(Ms(1_700)), 0),
            (Ms(1_699), Some(Ms(1_700)), 0),
            (Ms(1_700), Some(Ms(2_700)), 1),
            (Ms(2_000), Some(Ms(2_700)), 1),
            (Ms(2_700), None, 2),
        ];
        for (now, wake, handed) in rows {
            coach.hand_ahead(
                &upcoming,
                &plan,
                Coach::Cues,
                SessionTime { now, scale: 1.0 },
                Speaking {
                    voice: Voice::ENGLISH,
                    night: false,
                },
                &audio,
            );
            assert_eq!(
                coach.next_wake(&upcoming, &plan, Coach::Cues),
                wake,
                "at {now:?}"
            );
            assert_eq!(coach.handed.len(), handed, "at {now:?}");
        }
        assert_eq!(
            coach.words_now(&three, &plan, Coach::Cues),
            (true, Vec::new())
        );
        let one = cue(4_000, 0, CueKind::Countdown { n: 1 });
        assert_eq!(
            coach.words_now(&one, &plan, Coach::Cues),
            (true, vec![Phrase::Number(1)])
        );
        assert_eq!(
            coach.words_now(&one, &plan, Coach::Off),
            (false, Vec::new())
        );
        // Cues the engine has not reached are what a driver passes in: a clone of the session, advanced.
        let mut session = Session::new(plan.clone());
        session.apply(Command::Start, Ms(0)).unwrap();
        let ahead: Vec<Cue> = session.clone().advance(Ms(LOOK_AHEAD_MS + 2_000));
        assert!(ahead.contains(&three) && ahead.contains(&two));
    }

    /// A device that is never there, so the test needs no sound.
    struct NoDevice;

    impl crate::audio::Device for NoDevice {
        type Output = NoOutput;
        fn open(&mut self) -> Result<NoOutput, crate::audio::AudioError> {
            Err(crate::audio::AudioError::NoDevice(
                "none in this test".into(),
            ))
        }
    }

    struct NoOutput;

    impl crate::audio::Output for NoOutput {
        fn play(&mut self, _play: crate::audio::Play) -> Result<(), crate::audio::AudioError> {
            Ok(())
        }
    }
}
