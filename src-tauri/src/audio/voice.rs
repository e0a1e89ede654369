//! The voice coach's clips: short phrases pre-rendered by `scripts/voice.sh` into
//! `assets/audio/voice/<language>/{day,night}/` (for each language a voice exists for: a day set and, where the
//! installer's size allows, a slower night set; Ogg Vorbis), embedded in the binary, and their decoding into
//! [`Samples`].
//!
//! It owns which clip files exist, in which languages, and how they are read. It must never read files at run
//! time (the clips are compiled in, so a broken install cannot lose them), never say a phrase in a language other
//! than the session's (issue 22: a session whose language has no clip set gets tones only, never English words),
//! and never panic on a malformed clip: a clip that cannot be decoded is an error the caller logs and skips, so it
//! silences one phrase, never a session. The tests below decode every embedded clip of every language, so a
//! missing or corrupt clip fails the build's tests instead.

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

/// The voice of one language: the clip set rendered in it. There is one only for the languages listed in
/// [`LANGUAGES`]; a session in any other language has no `Voice`, and so no words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Voice {
    language: &'static str,
}

impl Voice {
    /// The English voice (the source language's, which always exists).
    pub const ENGLISH: Voice = Voice { language: "en" };

    /// The voice that speaks `language` (a catalogue tag such as `de` or `pt-BR`, matched exactly), if there is
    /// one. No other language's voice ever stands in: a German session must not hear English words.
    pub fn for_language(language: &str) -> Option<Voice> {
        SETS.iter()
            .find(|set| set.language == language)
            .map(|set| Voice {
                language: set.language,
            })
    }

    /// Its language's catalogue tag.
    pub fn language(self) -> &'static str {
        self.language
    }

    fn set(self) -> &'static ClipSet {
        SETS.iter()
            .find(|set| set.language == self.language)
            .unwrap_or(&SETS[0])
    }
}

/// The catalogue messages (in `voice.ftl`) of the numbers' words, 1 first.
const NUMBER_WORDS: [&str; 20] = [
    "voice-number-1",
    "voice-number-2",
    "voice-number-3",
    "voice-number-4",
    "voice-number-5",
    "voice-number-6",
    "voice-number-7",
    "voice-number-8",
    "voice-number-9",
    "voice-number-10",
    "voice-number-11",
    "voice-number-12",
    "voice-number-13",
    "voice-number-14",
    "voice-number-15",
    "voice-number-16",
    "voice-number-17",
    "voice-number-18",
    "voice-number-19",
    "voice-number-20",
];

/// The catalogue message (in `voice.ftl`) of each fixed phrase's words.
fn fixed_words(phrase: &Phrase) -> Option<&'static str> {
    Some(match phrase {
        Phrase::SwitchSides => "voice-switch-sides",
        Phrase::Rest => "voice-rest",
        Phrase::Halfway => "voice-halfway",
        Phrase::LastOne => "voice-last-one",
        Phrase::WellDone => "voice-well-done",
        Phrase::BreatheIn => "voice-breathe-in",
        Phrase::BreatheOut => "voice-breathe-out",
        Phrase::Sample => "voice-sample",
        Phrase::ExerciseName(_) | Phrase::Instruction(_) | Phrase::Number(_) => return None,
    })
}

/// What the clip of `phrase` says in `language`: the catalogue's words (an exercise's name and spoken sentence
/// from `content-exercises.ftl`, the rest from `voice.ftl`), which `scripts/voice.py --language` renders and
/// notes beside the clips (`WORDS`). `None` when the language's own catalogue lacks them: a voice is never made
/// from another language's words.
pub fn words(phrase: &Phrase, language: &str) -> Option<String> {
    let id = match phrase {
        Phrase::ExerciseName(exercise) => format!("exercise-{exercise}-name"),
        Phrase::Instruction(exercise) => format!("exercise-{exercise}-spoken"),
        Phrase::Number(n) => (*NUMBER_WORDS.get(usize::from(*n).checked_sub(1)?)?).to_owned(),
        fixed => fixed_words(fixed)?.to_owned(),
    };
    limber_app::i18n::catalogue().own_text(language, &id)
}

/// The languages the coach speaks, in the order of [`SETS`].
pub fn languages() -> impl Iterator<Item = &'static str> {
    SETS.iter().map(|set| set.language)
}

/// One language's embedded clips, in the order of [`CLIP_NAMES`].
struct ClipSet {
    language: &'static str,
    day: &'static [(&'static str, &'static [u8])],
    /// The slower night clips; `None` for a voice shipped with its day clips only (to keep the `.deb` under
    /// 10 MB), whose bedtime routines use the day clips, still at the gentler night volume.
    night: Option<&'static [(&'static str, &'static [u8])]>,
}

/// Calls `$callback!($($args)* [every clip name])`: the one list of clip names, used for [`CLIP_NAMES`] and for
/// each language's set, so that every language has the same clips.
macro_rules! with_clip_names {
    ($callback:ident ! ($($args:tt)*)) => {
        $callback!($($args)* [
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
        ])
    };
}

macro_rules! name_list {
    ([$($name:literal),* $(,)?]) => {
        &[$($name),*]
    };
}

macro_rules! clips {
    ($language:literal, $pace:literal, [$($name:literal),* $(,)?]) => {
        &[$(
            (
                $name,
                include_bytes!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/../assets/audio/voice/",
                    $language,
                    "/",
                    $pace,
                    "/",
                    $name,
                    ".ogg"
                )) as &[u8],
            ),
        )*]
    };
}

macro_rules! clip_set {
    ($language:literal [$($name:literal),* $(,)?]) => {
        ClipSet {
            language: $language,
            day: clips!($language, "day", [$($name),*]),
            night: Some(clips!($language, "night", [$($name),*])),
        }
    };
    ($language:literal day_only [$($name:literal),* $(,)?]) => {
        ClipSet {
            language: $language,
            day: clips!($language, "day", [$($name),*]),
            night: None,
        }
    };
}

/// Every clip's name (a [`Phrase::clip`]), in the same order as the embedded sets. A test checks this list
/// against the phrases the coach can say and against the files on disk of every language.
pub const CLIP_NAMES: &[&str] = with_clip_names!(name_list!());

/// Every language's clips: English (the source) first. A language is added here once `scripts/voice.sh
/// --language <tag>` has rendered its clips (README.md, "The voice coach", says which voice each one has and why
/// some have none).
const SETS: &[ClipSet] = &[
    with_clip_names!(clip_set!("en")),
    // Day clips only: with a night set the .deb would pass 10 MB (README.md, "The voice coach").
    with_clip_names!(clip_set!("ja" day_only)),
];

/// The embedded bytes of a clip of `voice`, if there is one by that name.
pub fn clip_bytes(name: &str, voice: Voice, pace: Pace) -> Option<&'static [u8]> {
    let set = match pace {
        Pace::Day => voice.set().day,
        Pace::Night => voice.set().night.unwrap_or(voice.set().day),
    };
    set.iter()
        .find(|(clip, _)| *clip == name)
        .map(|(_, bytes)| *bytes)
}

/// Decodes the clip of `phrase` in `voice` at `pace` into mono samples at the clip's own rate.
pub fn decode_clip(phrase: &Phrase, voice: Voice, pace: Pace) -> Result<Samples, AudioError> {
    let name = phrase.clip();
    let bytes =
        clip_bytes(&name, voice, pace).ok_or_else(|| AudioError::UnknownClip(name.clone()))?;
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

    fn voices() -> Vec<Voice> {
        languages()
            .map(|language| Voice::for_language(language).unwrap())
            .collect()
    }

    fn root() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/audio/voice")
    }

    /// Issue 17: a phrase the coach can say without a clip, or a clip file left out of the binary, fails here
    /// (a build error), never in a session. Issue 22: the same in every language that has a voice, and a
    /// language's rendered clips that the binary does not embed fail too.
    #[test]
    fn every_phrase_has_a_clip_in_both_paces_of_every_voice_and_every_clip_file_is_embedded() {
        let expected: BTreeSet<String> = all_phrases().iter().map(Phrase::clip).collect();
        let embedded: BTreeSet<String> = CLIP_NAMES.iter().map(|n| (*n).to_owned()).collect();
        assert_eq!(
            embedded, expected,
            "run scripts/voice.sh and update the clip names"
        );
        for voice in voices() {
            let set = voice.set();
            let night_folder = root().join(voice.language()).join("night");
            assert_eq!(
                night_folder.exists(),
                set.night.is_some(),
                "{}: a night set is embedded exactly when it is rendered",
                voice.language()
            );
            for (pace, clips) in [("day", Some(set.day)), ("night", set.night)] {
                let Some(clips) = clips else { continue };
                let names: Vec<&str> = clips.iter().map(|(name, _)| *name).collect();
                assert_eq!(names, CLIP_NAMES, "{} {pace}", voice.language());
                let on_disk: BTreeSet<String> =
                    std::fs::read_dir(root().join(voice.language()).join(pace))
                        .unwrap()
                        .map(|e| e.unwrap().path())
                        .filter(|p| p.extension().is_some_and(|x| x == "ogg"))
                        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
                        .collect();
                assert_eq!(
                    on_disk,
                    expected,
                    "{} {pace}: run scripts/voice.sh --language {} and update the clip names",
                    voice.language(),
                    voice.language()
                );
            }
        }
        let folders: BTreeSet<String> = std::fs::read_dir(root())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir())
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        let with_voice: BTreeSet<String> = languages().map(str::to_owned).collect();
        assert_eq!(folders, with_voice, "every rendered language is embedded");
    }

    /// Issue 22: a voice speaks its own language only. Every language of the catalogue either has its own voice
    /// or none (tones only); none borrows another's, and a tag is matched exactly.
    #[test]
    fn a_language_gets_its_own_voice_or_none() {
        assert_eq!(Voice::for_language("en"), Some(Voice::ENGLISH));
        assert_eq!(Voice::ENGLISH.language(), "en");
        for tag in ["", "EN", "en-US", "en-XA", "xx", "pt", "zh"] {
            assert_eq!(Voice::for_language(tag), None, "{tag:?}");
        }
        let catalogue = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/locales");
        for entry in std::fs::read_dir(&catalogue).unwrap() {
            let path = entry.unwrap().path();
            if !path.is_dir() {
                continue;
            }
            let tag = path.file_name().unwrap().to_string_lossy().into_owned();
            if let Some(voice) = Voice::for_language(&tag) {
                assert_eq!(voice.language(), tag);
                assert_eq!(
                    clip_bytes("rest", voice, Pace::Day),
                    voice
                        .set()
                        .day
                        .iter()
                        .find(|(n, _)| *n == "rest")
                        .map(|(_, b)| *b)
                );
            }
        }
        for language in languages() {
            assert!(
                catalogue.join(language).is_dir(),
                "the voice {language} is not a language of the catalogue"
            );
        }
    }

    /// Issue 22: each voice's clips say its own language's catalogue words as they are now: `WORDS`, written by
    /// `scripts/voice.py` beside the clips, notes what each clip was rendered from. A changed translation (or a
    /// new exercise) fails here until the clips are rendered again.
    #[test]
    fn every_voice_says_its_own_catalogue_words_as_they_are_now() {
        for voice in voices() {
            let language = voice.language();
            let path = root().join(language).join("WORDS");
            let noted = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let rendered: std::collections::BTreeMap<&str, &str> = noted
                .lines()
                .filter_map(|line| line.split_once('\t'))
                .collect();
            for phrase in all_phrases() {
                let clip = phrase.clip();
                let now = words(&phrase, language)
                    .unwrap_or_else(|| panic!("{language}: the catalogue has no words for {clip}"));
                assert_eq!(
                    rendered.get(clip.as_str()).copied(),
                    Some(now.as_str()),
                    "{language} {clip}: run scripts/voice.sh --language {language}"
                );
            }
            assert_eq!(rendered.len(), CLIP_NAMES.len(), "{language}: {noted}");
        }
        assert_eq!(words(&Phrase::Number(0), "en"), None);
        assert_eq!(words(&Phrase::Number(21), "en"), None);
        assert_eq!(words(&Phrase::Rest, "xx"), None);
    }

    /// Issue 17: every embedded clip decodes to short, gentle speech with soft edges; a corrupt clip fails here.
    #[test]
    fn every_clip_decodes_to_short_quiet_speech_that_starts_and_ends_softly() {
        for voice in voices() {
            for phrase in all_phrases() {
                for pace in [Pace::Day, Pace::Night] {
                    let name = format!("{} {pace:?} {}", voice.language(), phrase.clip());
                    let samples =
                        decode_clip(&phrase, voice, pace).unwrap_or_else(|e| panic!("{name}: {e}"));
                    assert!(samples.rate <= 24_000, "{name} is at {} Hz", samples.rate);
                    let seconds = samples.duration().as_secs_f32();
                    // Japanese says the same sentences in about 45% more time: its slow night instructions run
                    // to 13.5 s (the lane drops what they overlap, as it does for any long clip).
                    let longest = match phrase {
                        Phrase::Instruction(_) | Phrase::Sample => 14.0,
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
    }

    /// The neural voice's timing varies a little from clip to clip (a one-word clip may even come out shorter),
    /// so the law holds for the sentences and for the set as a whole, in every language.
    #[test]
    fn the_night_voice_is_slower_than_the_day_voice() {
        for voice in voices() {
            if voice.set().night.is_none() {
                // Its bedtime routines use the day clips.
                assert_eq!(
                    clip_bytes("rest", voice, Pace::Night),
                    clip_bytes("rest", voice, Pace::Day)
                );
                continue;
            }
            let (mut day_total, mut night_total) = (0.0, 0.0);
            for phrase in all_phrases() {
                let length = |pace| {
                    decode_clip(&phrase, voice, pace)
                        .unwrap()
                        .duration()
                        .as_secs_f64()
                };
                let (day, night) = (length(Pace::Day), length(Pace::Night));
                if matches!(phrase, Phrase::Instruction(_) | Phrase::Sample) {
                    assert!(
                        night > day * 1.1,
                        "{} {}: night {night} s, day {day} s",
                        voice.language(),
                        phrase.clip()
                    );
                }
                day_total += day;
                night_total += night;
            }
            assert!(
                night_total > day_total * 1.15,
                "{}: night {night_total} s, day {day_total} s",
                voice.language()
            );
        }
    }

    #[test]
    fn the_embedded_clips_stay_small() {
        let mut all = 0;
        for voice in voices() {
            let set = voice.set();
            let total: usize = set
                .day
                .iter()
                .chain(set.night.unwrap_or_default())
                .map(|(_, bytes)| bytes.len())
                .sum();
            assert!(
                total < 1_600_000,
                "the {} voice clips take {total} bytes",
                voice.language()
            );
            all += total;
        }
        assert!(all < ALL_VOICES_AT_MOST, "the voice clips take {all} bytes");
    }

    /// What the clips of every language together may take, for the `.deb`'s 10 MB: with English and Japanese's
    /// day set (1,928,403 bytes) the release `.deb` measured 10,227,682 bytes (9.75 MiB) on 2026-12-07, and
    /// clips shrink by only about a fifth in it (README.md, "The voice coach").
    const ALL_VOICES_AT_MOST: usize = 2_000_000;

    #[test]
    fn a_corrupt_or_unknown_clip_is_an_error_never_a_panic() {
        let good = clip_bytes("rest", Voice::ENGLISH, Pace::Day).unwrap();
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
            decode_clip(
                &Phrase::ExerciseName("no-such-move".into()),
                Voice::ENGLISH,
                Pace::Day
            ),
            Err(AudioError::UnknownClip("name-no-such-move".into()))
        );
        assert_eq!(
            decode_clip(&Phrase::Number(21), Voice::ENGLISH, Pace::Night),
            Err(AudioError::UnknownClip("number-21".into()))
        );
    }
}
