//! The voice coach's clips: short phrases pre-rendered by `scripts/voice.sh` into
//! `assets/audio/voice/<language>/{day,night}/` (for each language a voice exists for: a day set and, where it
//! was rendered, a slower night set; Ogg Vorbis), installed beside the program as data files, and their decoding
//! into [`Samples`].
//!
//! It owns which clip files exist, in which languages, where they are found and how they are read. The clips are
//! files, not compiled in (issue 19: the release binary stays under 15 MB with room for ten languages' voices):
//! the package installs them as a Tauri resource (`tauri.conf.json`, `bundle.resources`), found by
//! [`voice_dir`]. A voice whose folder is missing is no voice: its sessions get tones only, as a language without
//! a voice does. It must never say a phrase in a language other than the session's (issue 22: a session whose
//! language has no clip set gets tones only, never English words), and never panic on a missing or malformed
//! clip: a clip that cannot be read or decoded is an error the caller logs and skips, so it silences one phrase,
//! never a session. The tests below decode every clip of every language from the source tree, so a missing or
//! corrupt clip fails the tests, and `scripts/install-test.sh` checks that the package installs them.

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

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
        // A voice whose clips are not installed would say nothing: its sessions get tones instead.
        installed()
            .iter()
            .find(|installed| **installed == language)
            .map(|language| Voice { language })
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

/// The languages the coach speaks (whose clips are installed), in the order of [`SETS`].
pub fn languages() -> impl Iterator<Item = &'static str> {
    installed().iter().copied()
}

/// The languages of [`SETS`] whose folder is in [`voice_dir`], looked for once (and a missing one logged once).
fn installed() -> &'static [&'static str] {
    static INSTALLED: OnceLock<Vec<&'static str>> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let Some(dir) = voice_dir() else {
            return Vec::new();
        };
        SETS.iter()
            .map(|set| set.language)
            .filter(|language| {
                let folder = dir.join(language);
                let there = folder.is_dir();
                if !there {
                    log::warn!(
                        "the {language} voice's clips are not in {}; its sessions get tones only",
                        folder.display()
                    );
                }
                there
            })
            .collect()
    })
}

/// One language's clips: a clip of every name in [`CLIP_NAMES`] in `<language>/day/`, and in `<language>/night/`
/// when `night`.
struct ClipSet {
    language: &'static str,
    /// Whether the slower night clips were rendered; a voice with its day clips only (Japanese, README.md "The
    /// voice coach") uses them for bedtime routines, still at the gentler night volume.
    night: bool,
}

/// Every clip's name (a [`Phrase::clip`]): each voice has a file of each name. A test checks this list against
/// the phrases the coach can say and against the files on disk of every language.
pub const CLIP_NAMES: &[&str] = &[
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
];

/// Every language's clips: English (the source) first. A language is added here once `scripts/voice.sh
/// --language <tag>` has rendered its clips (README.md, "The voice coach", says which voice each one has and why
/// some have none).
const SETS: &[ClipSet] = &[
    ClipSet {
        language: "en",
        night: true,
    },
    // Day clips only (README.md, "The voice coach").
    ClipSet {
        language: "ja",
        night: false,
    },
];

/// The folder of the voices (`<language>/{day,night}/<clip>.ogg`), found once: the first of
/// - `LIMBER_VOICE_DIR`, when set (tests, or a voice folder of one's own);
/// - the program's resource folder, where the package installed them (`voice/` in Tauri's resource folder:
///   `/usr/lib/Limber/` beside `/usr/bin/limber` from the .deb, the program's own folder on Windows and in a
///   build's `target/<profile>/`, where tauri-build copies them, `Contents/Resources/` on macOS);
/// - `assets/audio/voice/` of the source tree the program was built from, if it is still there.
///
/// `None` (logged) when none of them holds the clips: then no language has a voice.
pub fn voice_dir() -> Option<&'static Path> {
    static DIR: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIR.get_or_init(|| {
        let exe = std::env::current_exe().ok();
        let found = find_voice_dir(
            std::env::var_os("LIMBER_VOICE_DIR").map(PathBuf::from),
            exe.as_deref(),
            Path::new(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../assets/audio/voice"
            )),
        );
        match &found {
            Some(dir) => log::info!("voice clips: {}", dir.display()),
            None => log::warn!(
                "no voice clips were found beside the program; the coach plays tones only"
            ),
        }
        found
    })
    .as_deref()
}

/// Where the clips are, given the variable, the running program's path and the source tree's folder (see
/// [`voice_dir`]): the first candidate that holds the English voice's folder (every install has it).
fn find_voice_dir(variable: Option<PathBuf>, exe: Option<&Path>, source: &Path) -> Option<PathBuf> {
    if let Some(dir) = variable {
        // Asked for by name: never another folder instead.
        return Some(dir);
    }
    let mut candidates = Vec::new();
    if let Some(folder) = exe.and_then(Path::parent) {
        candidates.push(folder.join("voice"));
        if let Some(above) = folder.parent() {
            candidates.push(above.join("lib/Limber/voice"));
            candidates.push(above.join("Resources/voice"));
        }
    }
    candidates.push(source.to_path_buf());
    candidates
        .into_iter()
        .find(|dir| dir.join(SETS[0].language).is_dir())
}

/// The path of a clip of `voice`, if there is a clip by that name.
fn clip_path(name: &str, voice: Voice, pace: Pace) -> Option<PathBuf> {
    if !CLIP_NAMES.contains(&name) {
        return None;
    }
    let folder = match pace {
        Pace::Night if voice.set().night => "night",
        _ => "day",
    };
    Some(
        voice_dir()?
            .join(voice.language())
            .join(folder)
            .join(format!("{name}.ogg")),
    )
}

/// The bytes of a clip of `voice`: [`AudioError::UnknownClip`] for a name that is no clip, and
/// [`AudioError::InvalidClip`] for a clip file that cannot be read.
pub fn clip_bytes(name: &str, voice: Voice, pace: Pace) -> Result<Vec<u8>, AudioError> {
    let path =
        clip_path(name, voice, pace).ok_or_else(|| AudioError::UnknownClip(name.to_owned()))?;
    read_clip(name, &path)
}

fn read_clip(name: &str, path: &Path) -> Result<Vec<u8>, AudioError> {
    std::fs::read(path).map_err(|error| AudioError::InvalidClip {
        clip: name.to_owned(),
        reason: format!("{} cannot be read ({error})", path.display()),
    })
}

/// Reads and decodes the clip of `phrase` in `voice` at `pace` into mono samples at the clip's own rate.
pub fn decode_clip(phrase: &Phrase, voice: Voice, pace: Pace) -> Result<Samples, AudioError> {
    let name = phrase.clip();
    let bytes = clip_bytes(&name, voice, pace)?;
    decode(bytes).map_err(|reason| AudioError::InvalidClip { clip: name, reason })
}

/// Decodes Ogg Vorbis (or any format the enabled decoders read); several channels are averaged to one.
fn decode(bytes: Vec<u8>) -> Result<Samples, String> {
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
                set.night,
                "{}: a night set is listed exactly when it is rendered",
                voice.language()
            );
            let paces: &[&str] = if set.night {
                &["day", "night"]
            } else {
                &["day"]
            };
            for pace in paces {
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
        assert_eq!(folders, with_voice, "every rendered language is listed");
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
                    clip_bytes("rest", voice, Pace::Day).unwrap(),
                    std::fs::read(root().join(&tag).join("day/rest.ogg")).unwrap()
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
            if !voice.set().night {
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
    fn the_clips_stay_small() {
        let mut all = 0;
        for voice in voices() {
            let mut total = 0;
            let paces: &[&str] = if voice.set().night {
                &["day", "night"]
            } else {
                &["day"]
            };
            for pace in paces {
                for name in CLIP_NAMES {
                    let path = root()
                        .join(voice.language())
                        .join(pace)
                        .join(format!("{name}.ogg"));
                    total += std::fs::metadata(&path).unwrap().len();
                }
            }
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
    /// day set (1,928,403 bytes) the release `.deb` (xz) measured 6,460,752 bytes on 2026-12-07, and Ogg clips
    /// hardly compress (README.md, "The voice coach").
    const ALL_VOICES_AT_MOST: u64 = 5_000_000;

    /// Issue 19: the clips are found where the package installs them, beside the program, or in the source tree,
    /// in that order; a folder named by LIMBER_VOICE_DIR is used as it is.
    #[test]
    fn the_voice_folder_is_found_where_the_package_puts_it() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path();
        let make = |path: &str| {
            std::fs::create_dir_all(base.join(path).join("en")).unwrap();
            base.join(path)
        };
        let source = make("src/assets/audio/voice");
        let exe = base.join("usr/bin/limber");
        let find = |variable: Option<PathBuf>| find_voice_dir(variable, Some(&exe), &source);
        // Nothing installed: the source tree.
        assert_eq!(find(None), Some(source.clone()));
        // Installed by the .deb: /usr/lib/Limber/voice beside /usr/bin/limber.
        let deb = make("usr/lib/Limber/voice");
        assert_eq!(find(None), Some(deb.clone()));
        // Beside the program (a build's target/<profile>/, Windows) comes first.
        let beside = make("usr/bin/voice");
        assert_eq!(find(None), Some(beside));
        // A folder without the English voice is not a voice folder.
        std::fs::remove_dir(base.join("usr/bin/voice/en")).unwrap();
        assert_eq!(find(None), Some(deb));
        // The variable wins, even over a folder that has clips.
        let own = base.join("mine");
        assert_eq!(find(Some(own.clone())), Some(own));
        // No program path and no source tree: none.
        assert_eq!(find_voice_dir(None, None, &base.join("gone")), None);
    }

    #[test]
    fn a_corrupt_or_unknown_clip_is_an_error_never_a_panic() {
        let good = clip_bytes("rest", Voice::ENGLISH, Pace::Day).unwrap();
        let rows: Vec<Vec<u8>> = vec![
            b"".to_vec(),
            b"OggS".to_vec(),
            b"RIFF\0\0\0\0WAVE".to_vec(),
            good[..good.len() / 3].to_vec(),
            good[..64].to_vec(),
        ];
        for bytes in rows {
            let _ = decode(bytes);
        }
        assert!(decode(b"not a sound file at all".to_vec()).is_err());
        // A clip file that is not there (a damaged install) is an error with its path, never a panic.
        let missing = Path::new("/nonexistent/limber/voice/en/day/rest.ogg");
        match read_clip("rest", missing) {
            Err(AudioError::InvalidClip { clip, reason }) => {
                assert_eq!(clip, "rest");
                assert!(
                    reason.contains("/nonexistent/limber/voice/en/day/rest.ogg"),
                    "{reason}"
                );
            }
            other => panic!("{other:?}"),
        }
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
