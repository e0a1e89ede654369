//! The cue sounds, synthesised as pure functions from a [`Sound`] to [`Samples`].
//!
//! It owns what each cue sounds like and the safety limits every cue keeps: soft raised-cosine attacks and
//! releases (so each note starts and ends at exactly zero, with no click), fundamentals between 200 and 900 Hz,
//! and a peak no higher than [`MAX_PEAK`] before the user's volume. People who use break timers complain most
//! about startling chimes, so these are deliberately quiet, low and rounded. It must never do IO or read a clock.

use std::f64::consts::TAU;
use std::ops::RangeInclusive;

use super::Samples;

/// The rate every cue is rendered at; the mixer converts to the device's rate.
pub const SAMPLE_RATE: u32 = 48_000;

/// The loudest any cue may be, as a fraction of full scale, before the user's volume.
pub const MAX_PEAK: f32 = 0.35;

/// The breath cues last as long as the breath they pace, within these bounds; the bounds keep a bad value
/// from allocating minutes of audio or rendering a blip too short to swell.
pub const BREATH_MILLIS: RangeInclusive<u32> = 500..=15_000;

/// A cue of the guided session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sound {
    /// A step begins: a soft rising two-note chime.
    StepStart,
    /// One of the last seconds of a step: a short quiet tone; `remaining` 1 (or 0) is the last and a little
    /// higher and longer, so the ear can tell the end is now.
    Countdown { remaining: u8 },
    /// Change to the other side: one tone that glides up to a second.
    SwitchSides,
    /// A swell that rises in pitch and loudness for the length of the in-breath.
    BreatheIn { millis: u32 },
    /// A tone that falls in pitch and fades for the length of the out-breath.
    BreatheOut { millis: u32 },
    /// Half of a hold is over: one very quiet note.
    Halfway,
    /// A step is done: a soft falling two-note chime.
    StepDone,
    /// The session is done: a warm three-note arpeggio resolving to the tonic.
    SessionDone,
    /// The settings page's "Test sound": a short bright-but-soft three-note figure.
    Test,
}

/// The partials of a note, as (multiple of the fundamental, relative amplitude).
type Timbre = &'static [(f64, f64)];

/// A pure sine: the softest timbre, for ticks and the halfway note.
const PURE: Timbre = &[(1.0, 1.0)];
/// A sine with a little second and third harmonic, which sounds rounder and carries better on laptop speakers.
const WARM: Timbre = &[(1.0, 1.0), (2.0, 0.15), (3.0, 0.04)];

/// How the pitch of a note moves.
#[derive(Debug, Clone, Copy)]
enum Pitch {
    Steady(f64),
    /// From `from` to `to` Hz, moving evenly in musical steps (exponentially in Hz) between `at` and
    /// `at + over` seconds into the note.
    Glide {
        from: f64,
        to: f64,
        at: f64,
        over: f64,
    },
}

impl Pitch {
    fn hz(self, t: f64) -> f64 {
        match self {
            Pitch::Steady(hz) => hz,
            Pitch::Glide { from, to, at, over } => {
                let progress = if over > 0.0 {
                    ((t - at) / over).clamp(0.0, 1.0)
                } else if t >= at {
                    1.0
                } else {
                    0.0
                };
                // Smoothstep, so the glide eases in and out instead of bending sharply.
                let eased = progress * progress * (3.0 - 2.0 * progress);
                from * (to / from).powf(eased)
            }
        }
    }
}

/// One note of a cue. Times are in seconds.
#[derive(Debug, Clone, Copy)]
struct Note {
    start: f64,
    length: f64,
    pitch: Pitch,
    timbre: Timbre,
    /// Raised-cosine fade-in time; at least 15 ms so no note ever starts abruptly.
    attack: f64,
    /// Raised-cosine fade-out time, ending exactly on the note's last sample.
    release: f64,
    /// Time constant of a bell-like exponential decay, or `None` to hold the level.
    decay: Option<f64>,
}

/// The shortest fade-in any note may have.
const MIN_ATTACK: f64 = 0.015;

impl Note {
    /// A chime note: quick but soft attack, exponential decay, long release.
    fn chime(start: f64, length: f64, hz: f64) -> Note {
        Note {
            start,
            length,
            pitch: Pitch::Steady(hz),
            timbre: WARM,
            attack: 0.025,
            release: length * 0.45,
            decay: Some(0.45),
        }
    }
}

/// Note names used below, in Hz (equal temperament, A4 = 440 Hz).
const E4: f64 = 329.63;
const G4: f64 = 392.00;
const A4: f64 = 440.00;
const C5: f64 = 523.25;
const D5: f64 = 587.33;
const E5: f64 = 659.25;
const G5: f64 = 783.99;
const A5: f64 = 880.00;

/// The notes of a cue and the peak it is normalised to.
fn score(sound: Sound) -> (Vec<Note>, f32) {
    match sound {
        Sound::StepStart => (
            vec![Note::chime(0.0, 0.55, G4), Note::chime(0.16, 0.60, C5)],
            0.25,
        ),
        Sound::Countdown { remaining } if remaining <= 1 => (vec![tick(0.22, A5, 0.15)], 0.16),
        Sound::Countdown { .. } => (vec![tick(0.12, D5, 0.08)], 0.13),
        Sound::SwitchSides => (
            vec![Note {
                start: 0.0,
                length: 0.70,
                pitch: Pitch::Glide {
                    from: A4,
                    to: E5,
                    at: 0.18,
                    over: 0.14,
                },
                timbre: WARM,
                attack: 0.03,
                release: 0.30,
                decay: None,
            }],
            0.22,
        ),
        Sound::BreatheIn { millis } => {
            let length = breath_seconds(millis);
            // The swell keeps growing for most of the breath and lets go only at the top.
            (vec![breath(length, 220.0, 330.0, 0.7)], 0.16)
        }
        Sound::BreatheOut { millis } => {
            let length = breath_seconds(millis);
            // The mirror image: a short rise, then a long fall with the air going out.
            (vec![breath(length, 330.0, 220.0, 0.2)], 0.16)
        }
        Sound::Halfway => (
            vec![Note {
                start: 0.0,
                length: 0.35,
                pitch: Pitch::Steady(C5),
                timbre: PURE,
                attack: 0.03,
                release: 0.25,
                decay: None,
            }],
            0.07,
        ),
        Sound::StepDone => (
            vec![Note::chime(0.0, 0.50, E5), Note::chime(0.14, 0.60, C5)],
            0.22,
        ),
        Sound::SessionDone => {
            // The three notes end together, so the arpeggio settles into one chord and fades as one.
            let end = 1.9;
            let notes = [(0.0, E4), (0.22, G4), (0.44, C5)]
                .into_iter()
                .map(|(start, hz)| Note {
                    start,
                    length: end - start,
                    pitch: Pitch::Steady(hz),
                    timbre: WARM,
                    attack: 0.03,
                    release: 0.8,
                    decay: Some(1.2),
                })
                .collect();
            (notes, 0.28)
        }
        Sound::Test => (
            vec![
                Note::chime(0.0, 0.45, C5),
                Note::chime(0.12, 0.45, E5),
                Note::chime(0.24, 0.50, G5),
            ],
            0.25,
        ),
    }
}

/// A short countdown tone of `length` seconds.
fn tick(length: f64, hz: f64, release: f64) -> Note {
    Note {
        start: 0.0,
        length,
        pitch: Pitch::Steady(hz),
        timbre: PURE,
        attack: MIN_ATTACK,
        release,
        decay: None,
    }
}

/// A breath swell gliding from `from` to `to` Hz whose loudness peaks at `crest` (a fraction of the length).
fn breath(length: f64, from: f64, to: f64, crest: f64) -> Note {
    Note {
        start: 0.0,
        length,
        pitch: Pitch::Glide {
            from,
            to,
            at: 0.0,
            over: length,
        },
        timbre: WARM,
        attack: (length * crest).max(MIN_ATTACK),
        release: (length * (1.0 - crest)).max(MIN_ATTACK),
        decay: None,
    }
}

fn breath_seconds(millis: u32) -> f64 {
    let millis = millis.clamp(*BREATH_MILLIS.start(), *BREATH_MILLIS.end());
    f64::from(millis) / 1000.0
}

/// Renders a cue at [`SAMPLE_RATE`]. Pure: the same sound always gives the same samples.
pub fn render(sound: Sound) -> Samples {
    let (notes, peak) = score(sound);
    let rate = f64::from(SAMPLE_RATE);
    let total = notes
        .iter()
        .map(|note| seconds_to_samples(note.start + note.length))
        .max()
        .unwrap_or(0);
    let mut data = vec![0.0_f64; total];
    for note in &notes {
        let first = seconds_to_samples(note.start);
        let len = seconds_to_samples(note.length);
        let attack = seconds_to_samples(note.attack.max(MIN_ATTACK)).max(1);
        let release = seconds_to_samples(note.release.max(MIN_ATTACK)).max(1);
        // The phase is accumulated, not computed from t, so a gliding pitch stays continuous.
        let mut phase = 0.0_f64;
        for (i, slot) in data.iter_mut().skip(first).take(len).enumerate() {
            let t = i as f64 / rate;
            let envelope = fade(i, attack)
                * fade(len - 1 - i, release)
                * note.decay.map_or(1.0, |d| (-t / d).exp());
            let wave: f64 = note
                .timbre
                .iter()
                .map(|(multiple, amplitude)| amplitude * (phase * multiple).sin())
                .sum();
            *slot += envelope * wave;
            phase = (phase + TAU * note.pitch.hz(t) / rate) % (TAU * 64.0);
        }
    }
    let loudest = data.iter().fold(0.0_f64, |m, s| m.max(s.abs()));
    let scale = if loudest > 0.0 {
        f64::from(peak.min(MAX_PEAK)) / loudest
    } else {
        0.0
    };
    Samples {
        rate: SAMPLE_RATE,
        data: data.into_iter().map(|s| (s * scale) as f32).collect(),
    }
}

/// A raised-cosine ramp: 0 at `i = 0`, rising smoothly to 1 at `i = len`, and 1 after.
fn fade(i: usize, len: usize) -> f64 {
    if i >= len {
        1.0
    } else {
        0.5 * (1.0 - (std::f64::consts::PI * i as f64 / len as f64).cos())
    }
}

fn seconds_to_samples(seconds: f64) -> usize {
    (seconds * f64::from(SAMPLE_RATE)).round().max(0.0) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every cue, including the edge values of the countdown and the breath bounds.
    fn all_sounds() -> Vec<Sound> {
        vec![
            Sound::StepStart,
            Sound::Countdown { remaining: 3 },
            Sound::Countdown { remaining: 2 },
            Sound::Countdown { remaining: 1 },
            Sound::Countdown { remaining: 0 },
            Sound::SwitchSides,
            Sound::BreatheIn { millis: 4000 },
            Sound::BreatheOut { millis: 4000 },
            Sound::BreatheIn { millis: 0 },
            Sound::BreatheOut { millis: u32::MAX },
            Sound::Halfway,
            Sound::StepDone,
            Sound::SessionDone,
            Sound::Test,
        ]
    }

    /// The magnitude of one frequency in `samples` (the Goertzel algorithm), normalised by length.
    fn magnitude(samples: &[f32], hz: f64) -> f64 {
        let w = TAU * hz / f64::from(SAMPLE_RATE);
        let coeff = 2.0 * w.cos();
        let (mut s1, mut s2) = (0.0_f64, 0.0_f64);
        for &x in samples {
            let s0 = f64::from(x) + coeff * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        (s1 * s1 + s2 * s2 - coeff * s1 * s2).max(0.0).sqrt() / samples.len() as f64
    }

    /// The strongest frequency between 50 Hz and 2 kHz, in 5 Hz steps.
    fn dominant_hz(samples: &[f32]) -> f64 {
        (10..=400)
            .map(|step| f64::from(step) * 5.0)
            .map(|hz| (hz, magnitude(samples, hz)))
            .fold(
                (0.0, 0.0),
                |best, (hz, m)| if m > best.1 { (hz, m) } else { best },
            )
            .0
    }

    /// At most `len` samples of `s` around index `centre`, which keeps the spectral scans quick.
    fn window(s: &[f32], centre: usize, len: usize) -> &[f32] {
        let start = centre
            .saturating_sub(len / 2)
            .min(s.len().saturating_sub(len));
        &s[start..(start + len).min(s.len())]
    }

    /// The index of the loudest sample.
    fn loudest(s: &[f32]) -> usize {
        (0..s.len()).fold(
            0,
            |best, i| if s[i].abs() > s[best].abs() { i } else { best },
        )
    }

    fn check_length(sound: Sound, expected_millis: u32) {
        let samples = render(sound);
        let expected = (expected_millis * SAMPLE_RATE / 1000) as usize;
        assert_eq!(
            samples.data.len(),
            expected,
            "{sound:?} has the wrong length"
        );
        assert_eq!(samples.rate, SAMPLE_RATE);
    }

    #[test]
    fn each_cue_has_its_designed_length() {
        let table = [
            (Sound::StepStart, 760),
            (Sound::Countdown { remaining: 3 }, 120),
            (Sound::Countdown { remaining: 2 }, 120),
            (Sound::Countdown { remaining: 9 }, 120),
            (Sound::Countdown { remaining: 1 }, 220),
            (Sound::Countdown { remaining: 0 }, 220),
            (Sound::SwitchSides, 700),
            (Sound::BreatheIn { millis: 4000 }, 4000),
            (Sound::BreatheOut { millis: 6000 }, 6000),
            (Sound::BreatheIn { millis: 500 }, 500),
            (Sound::BreatheIn { millis: 499 }, 500),
            (Sound::BreatheIn { millis: 0 }, 500),
            (Sound::BreatheOut { millis: 15_000 }, 15_000),
            (Sound::BreatheOut { millis: u32::MAX }, 15_000),
            (Sound::Halfway, 350),
            (Sound::StepDone, 740),
            (Sound::SessionDone, 1900),
            (Sound::Test, 740),
        ];
        for (sound, millis) in table {
            check_length(sound, millis);
        }
    }

    #[test]
    fn every_cue_starts_and_ends_at_zero_without_clicks() {
        for sound in all_sounds() {
            let s = render(sound).data;
            let first = s.first().copied().unwrap_or(1.0);
            let last = s.last().copied().unwrap_or(1.0);
            assert!(first.abs() < 1e-6, "{sound:?} starts at {first}");
            assert!(last.abs() < 1e-6, "{sound:?} ends at {last}");
            // A click is a jump between neighbouring samples far larger than a 900 Hz tone at full cue level
            // can make (2 pi 900 / 48000 * 0.35 = 0.041).
            let jump = s
                .windows(2)
                .map(|w| (w[1] - w[0]).abs())
                .fold(0.0_f32, f32::max);
            assert!(jump < 0.06, "{sound:?} jumps by {jump} between samples");
        }
    }

    #[test]
    fn every_cue_fades_in_over_at_least_fifteen_milliseconds() {
        for sound in all_sounds() {
            let samples = render(sound);
            let peak = samples.peak();
            // A raised cosine of 15 ms is at 25% after 5 ms; an abrupt start would be near the peak.
            let early = samples.data[..(SAMPLE_RATE as usize / 200)]
                .iter()
                .fold(0.0_f32, |m, s| m.max(s.abs()));
            assert!(
                early <= 0.3 * peak,
                "{sound:?} reaches {early} of {peak} in its first 5 ms"
            );
        }
    }

    #[test]
    fn every_cue_is_finite_and_gently_loud() {
        for sound in all_sounds() {
            let samples = render(sound);
            assert!(
                samples.data.iter().all(|s| s.is_finite()),
                "{sound:?} holds NaN or infinity"
            );
            let peak = samples.peak();
            assert!(peak <= MAX_PEAK + 1e-6, "{sound:?} peaks at {peak}");
            assert!(peak >= 0.05, "{sound:?} is inaudible (peak {peak})");
        }
    }

    #[test]
    fn every_cue_sits_between_200_and_900_hz() {
        for sound in all_sounds() {
            let s = render(sound).data;
            let hz = dominant_hz(window(&s, loudest(&s), 16_384));
            assert!(
                (200.0..=900.0).contains(&hz),
                "{sound:?} is dominated by {hz} Hz"
            );
        }
    }

    #[test]
    fn the_quiet_cues_stay_below_the_chimes() {
        let chime = render(Sound::StepStart).peak();
        for quiet in [
            Sound::Halfway,
            Sound::Countdown { remaining: 3 },
            Sound::BreatheIn { millis: 4000 },
        ] {
            assert!(
                render(quiet).peak() < chime,
                "{quiet:?} is as loud as a chime"
            );
        }
    }

    #[test]
    fn breathing_in_rises_and_breathing_out_falls() {
        let check = |sound: Sound, rising: bool| {
            let s = render(sound).data;
            let quarter = s.len() / 4;
            let early = dominant_hz(window(&s, quarter / 2, quarter.min(8192)));
            let late = dominant_hz(window(&s, 3 * quarter + quarter / 2, quarter.min(8192)));
            assert_eq!(late > early, rising, "{sound:?}: {early} Hz then {late} Hz");
        };
        check(Sound::BreatheIn { millis: 4000 }, true);
        check(Sound::BreatheOut { millis: 4000 }, false);
        check(Sound::BreatheIn { millis: 500 }, true);
        check(Sound::BreatheOut { millis: 12_000 }, false);
    }

    #[test]
    fn the_last_countdown_tick_differs_from_the_others() {
        let last = render(Sound::Countdown { remaining: 1 });
        let other = render(Sound::Countdown { remaining: 2 });
        assert!(dominant_hz(&last.data) > dominant_hz(&other.data));
        assert_eq!(render(Sound::Countdown { remaining: 3 }), other);
        assert_eq!(render(Sound::Countdown { remaining: 0 }), last);
    }

    #[test]
    fn distinct_cues_sound_different() {
        let sounds = [
            Sound::StepStart,
            Sound::Countdown { remaining: 2 },
            Sound::Countdown { remaining: 1 },
            Sound::SwitchSides,
            Sound::BreatheIn { millis: 4000 },
            Sound::BreatheOut { millis: 4000 },
            Sound::Halfway,
            Sound::StepDone,
            Sound::SessionDone,
            Sound::Test,
        ];
        let rendered: Vec<_> = sounds.iter().map(|&s| render(s).data).collect();
        for (i, a) in rendered.iter().enumerate() {
            for (j, b) in rendered.iter().enumerate().skip(i + 1) {
                let n = a.len().min(b.len());
                let diff = (a[..n]
                    .iter()
                    .zip(&b[..n])
                    .map(|(x, y)| (x - y).powi(2))
                    .sum::<f32>()
                    / n as f32)
                    .sqrt();
                assert!(
                    a.len() != b.len() || diff > 0.02,
                    "{:?} and {:?} are nearly the same (rms difference {diff})",
                    sounds[i],
                    sounds[j]
                );
            }
        }
    }

    #[test]
    fn rendering_is_deterministic() {
        for sound in all_sounds() {
            assert_eq!(render(sound), render(sound));
        }
    }
}
