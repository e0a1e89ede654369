//! The voice coach's clips: short phrases pre-rendered by `scripts/voice.sh` into `assets/audio/voice/` (a day
//! set and a slower night set, Ogg Vorbis) and embedded in the binary, and their decoding into [`Samples`].
//!
//! It owns which clip files exist and how they are read. It must never read files at run time (the clips are
//! compiled in, so a broken install cannot lose them) and never panic on a malformed clip: a clip that cannot
//! be decoded is an error the caller logs and skips, so it silences one phrase, never a session. The tests below
//! decode every embedded clip, so a missing or corrupt clip fails the build's tests instead.

use std::io::Cursor;

use limber_core::speech::Phrase;
use rodio::{Decoder, Source};

use super::{AudioError, Samples};

/// Which set of clips: the day voice, or the same words said more slowly for bedtime routines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pace {
    Day,
    Night,
}

impl Pace {
    /// The clips a bedtime routine (when `night`) or any other routine uses with these settings.
    pub fn of(settings: &limber_app::settings::AudioSettings, night: bool) -> Pace {
        if settings.night_clips(night) {
            Pace::Night
        } else {
            Pace::Day
        }
    }
}

macro_rules! clips {
    ($pace:literal, [$($name:literal),* $(,)?]) => {
        &[$(
            (
                $name,
                include_bytes!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/../assets/audio/voice/",
                    $pace,
                    "/",
                    $name,
                    ".ogg"
                )) as &[u8],
            ),
        )*]
    };
}

macro_rules! all_clips {
    ($($name:literal),* $(,)?) => {
        /// Every clip's name (a [`Phrase::clip`]), in the same order as the embedded sets. A test checks this
        /// list against the phrases the coach can say and against the files on disk.
        pub const CLIP_NAMES: &[&str] = &[$($name),*];
        const DAY: &[(&str, &[u8])] = clips!("day", [$($name),*]);
        const NIGHT: &[(&str, &[u8])] = clips!("night", [$($name),*]);
    };
}

all_clips!(
    "breathe-in",
    "breathe-out",
    "halfway",
    "instruction-abdominal-bracing",
    "instruction-cat-cow",
    "instruction-diaphragmatic-breathing",
    "instruction-head-tilt",
    "instruction-knee-to-chest",
    "instruction-log-roll",
    "instruction-open-book",
    "instruction-plank",
    "instruction-plank-knees",
    "instruction-progressive-muscle-relaxation",
    "instruction-scapular-clocks",
    "instruction-shoulder-rows",
    "instruction-supine-knee-twist",
    "last-one",
    "name-abdominal-bracing",
    "name-cat-cow",
    "name-diaphragmatic-breathing",
    "name-head-tilt",
    "name-knee-to-chest",
    "name-log-roll",
    "name-open-book",
    "name-plank",
    "name-plank-knees",
    "name-progressive-muscle-relaxation",
    "name-scapular-clocks",
    "name-shoulder-rows",
    "name-supine-knee-twist",
    "number-1",
    "number-2",
    "number-3",
    "number-4",
    "number-5",
    "number-6",
    "number-7",
    "number-8",
    "number-9",
    "number-10",
    "number-11",
    "number-12",
    "number-13",
    "number-14",
    "number-15",
    "number-16",
    "number-17",
    "number-18",
    "number-19",
    "number-20",
    "rest",
    "sample",
    "switch-sides",
    "well-done",
);

/// The embedded bytes of a clip, if there is one by that name.
pub fn clip_bytes(name: &str, pace: Pace) -> Option<&'static [u8]> {
    let set = match pace {
        Pace::Day => DAY,
        Pace::Night => NIGHT,
    };
    set.iter()
        .find(|(clip, _)| *clip == name)
        .map(|(_, bytes)| *bytes)
}

/// Decodes the clip of `phrase` at `pace` into mono samples at the clip's own rate.
pub fn decode_clip(phrase: &Phrase, pace: Pace) -> Result<Samples, AudioError> {
    let name = phrase.clip();
    let bytes = clip_bytes(&name, pace).ok_or_else(|| AudioError::UnknownClip(name.clone()))?;
    decode(bytes).map_err(|reason| AudioError::InvalidClip { clip: name, reason })
}

/// Decodes Ogg Vorbis (or any format the enabled decoders read); several channels are averaged to one.
fn decode(bytes: &'static [u8]) -> Result<Samples, String> {
    let decoder = Decoder::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let channels = usize::from(decoder.channels().get());
    let rate = decoder.sample_rate().get();
    let interleaved: Vec<f32> = decoder.collect();
    if interleaved.is_empty() {
        return Err("it holds no sound".to_owned());
    }
    let data = interleaved
        .chunks_exact(channels)
        .map(|frame| frame.iter().sum::<f32>() / frame.len() as f32)
        .collect();
    Ok(Samples { rate, data })
}

#[cfg(test)]
mod tests {
    use super::*;
    use limber_core::library::Library;
    use std::collections::BTreeSet;
    use std::path::Path;

    fn all_phrases() -> Vec<Phrase> {
        let mut all = Phrase::fixed();
        for exercise in Library::builtin().unwrap().exercises() {
            all.push(Phrase::ExerciseName(exercise.id.clone()));
            all.push(Phrase::Instruction(exercise.id.clone()));
        }
        all
    }

    /// Issue 17: a phrase the coach can say without a clip, or a clip file left out of the binary, fails here
    /// (a build error), never in a session.
    #[test]
    fn every_phrase_has_a_clip_in_both_paces_and_every_clip_file_is_embedded() {
        let expected: BTreeSet<String> = all_phrases().iter().map(Phrase::clip).collect();
        let embedded: BTreeSet<String> = CLIP_NAMES.iter().map(|n| (*n).to_owned()).collect();
        assert_eq!(
            embedded, expected,
            "run scripts/voice.sh and update CLIP_NAMES"
        );
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/audio/voice");
        for pace in ["day", "night"] {
            let on_disk: BTreeSet<String> = std::fs::read_dir(root.join(pace))
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "ogg"))
                .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
                .collect();
            assert_eq!(
                on_disk, expected,
                "{pace}: run scripts/voice.sh and update CLIP_NAMES"
            );
        }
    }

    /// Issue 17: every embedded clip decodes to short, gentle speech with soft edges; a corrupt clip fails here.
    #[test]
    fn every_clip_decodes_to_short_quiet_speech_that_starts_and_ends_softly() {
        for phrase in all_phrases() {
            for pace in [Pace::Day, Pace::Night] {
                let name = format!("{pace:?} {}", phrase.clip());
                let samples = decode_clip(&phrase, pace).unwrap_or_else(|e| panic!("{name}: {e}"));
                assert!(samples.rate <= 24_000, "{name} is at {} Hz", samples.rate);
                let seconds = samples.duration().as_secs_f32();
                let longest = match phrase {
                    Phrase::Instruction(_) | Phrase::Sample => 10.0,
                    _ => 3.0,
                };
                assert!(
                    (0.15..=longest).contains(&seconds),
                    "{name} lasts {seconds} s"
                );
                let peak = samples.peak();
                // The script normalises to -8 dBFS (0.40); Vorbis moves peaks a little.
                assert!((0.3..=0.5).contains(&peak), "{name} peaks at {peak}");
                let edge = |s: &[f32]| s.iter().fold(0.0_f32, |m, x| m.max(x.abs()));
                assert!(edge(&samples.data[..8]) < 0.02, "{name} starts abruptly");
                assert!(
                    edge(&samples.data[samples.data.len() - 8..]) < 0.02,
                    "{name} ends abruptly"
                );
            }
        }
    }

    /// The neural voice's timing varies a little from clip to clip (a one-word clip may even come out shorter),
    /// so the law holds for the sentences and for the set as a whole.
    #[test]
    fn the_night_voice_is_slower_than_the_day_voice() {
        let (mut day_total, mut night_total) = (0.0, 0.0);
        for phrase in all_phrases() {
            let day = decode_clip(&phrase, Pace::Day)
                .unwrap()
                .duration()
                .as_secs_f64();
            let night = decode_clip(&phrase, Pace::Night)
                .unwrap()
                .duration()
                .as_secs_f64();
            if matches!(phrase, Phrase::Instruction(_) | Phrase::Sample) {
                assert!(
                    night > day * 1.1,
                    "{}: night {night} s, day {day} s",
                    phrase.clip()
                );
            }
            day_total += day;
            night_total += night;
        }
        assert!(
            night_total > day_total * 1.15,
            "night {night_total} s, day {day_total} s"
        );
    }

    #[test]
    fn the_embedded_clips_stay_small() {
        let total: usize = DAY.iter().chain(NIGHT).map(|(_, bytes)| bytes.len()).sum();
        assert!(total < 1_600_000, "the voice clips take {total} bytes");
    }

    #[test]
    fn a_corrupt_or_unknown_clip_is_an_error_never_a_panic() {
        let good = clip_bytes("rest", Pace::Day).unwrap();
        let rows: Vec<&'static [u8]> = vec![
            b"",
            b"OggS",
            b"RIFF\0\0\0\0WAVE",
            &good[..good.len() / 3],
            &good[..64],
        ];
        for bytes in rows {
            let _ = decode(bytes);
        }
        assert!(decode(b"not a sound file at all").is_err());
        assert_eq!(
            decode_clip(&Phrase::ExerciseName("no-such-move".into()), Pace::Day),
            Err(AudioError::UnknownClip("name-no-such-move".into()))
        );
        assert_eq!(
            decode_clip(&Phrase::Number(21), Pace::Night),
            Err(AudioError::UnknownClip("number-21".into()))
        );
    }
}
