//! The spoken cues: short phrases pre-rendered by `scripts/voice.sh` into `assets/audio/voice/` and embedded in
//! the binary, plus the small WAV reader that turns them into [`Samples`].
//!
//! It owns which phrases exist and how their files are read. It must never read files at run time (the clips are
//! compiled in, so a broken install cannot lose them) and never panic on a malformed file: the reader checks
//! every length before it slices.

use super::{AudioError, Samples};

/// A phrase the app can speak.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Voice {
    /// The display name of the exercise with this id (for example "cat-cow").
    Exercise(String),
    SwitchSides,
    Rest,
    WellDone,
}

impl Voice {
    /// The clip's name in `assets/audio/voice/`, without `.wav`.
    pub fn clip_name(&self) -> &str {
        match self {
            Voice::Exercise(id) => id,
            Voice::SwitchSides => "switch-sides",
            Voice::Rest => "rest",
            Voice::WellDone => "well-done",
        }
    }

    /// Decodes this phrase's clip.
    pub fn render(&self) -> Result<Samples, AudioError> {
        let name = self.clip_name();
        let bytes = VOICE_CLIPS
            .iter()
            .find(|(clip, _)| *clip == name)
            .map(|(_, bytes)| *bytes)
            .ok_or_else(|| AudioError::UnknownClip(name.to_owned()))?;
        decode_wav(bytes).map_err(|error| match error {
            AudioError::InvalidClip { reason, .. } => AudioError::InvalidClip {
                clip: name.to_owned(),
                reason,
            },
            other => other,
        })
    }
}

macro_rules! clip {
    ($name:literal) => {
        (
            $name,
            include_bytes!(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../assets/audio/voice/",
                $name,
                ".wav"
            )) as &[u8],
        )
    };
}

/// Every embedded clip by name: one per exercise id, then the other phrases. A test checks this list against
/// `assets/exercises/` and the files on disk.
pub const VOICE_CLIPS: &[(&str, &[u8])] = &[
    clip!("abdominal-bracing"),
    clip!("cat-cow"),
    clip!("diaphragmatic-breathing"),
    clip!("head-tilt"),
    clip!("knee-to-chest"),
    clip!("log-roll"),
    clip!("open-book"),
    clip!("plank"),
    clip!("plank-knees"),
    clip!("progressive-muscle-relaxation"),
    clip!("scapular-clocks"),
    clip!("shoulder-rows"),
    clip!("supine-knee-twist"),
    clip!("switch-sides"),
    clip!("rest"),
    clip!("well-done"),
];

/// Reads a RIFF/WAVE file of 16-bit PCM (what `scripts/voice.sh` writes); several channels are averaged to one.
pub fn decode_wav(bytes: &[u8]) -> Result<Samples, AudioError> {
    let invalid = |reason| AudioError::InvalidClip {
        clip: String::new(),
        reason,
    };
    if bytes.get(0..4) != Some(b"RIFF") || bytes.get(8..12) != Some(b"WAVE") {
        return Err(invalid("it does not start with a RIFF/WAVE header"));
    }
    let mut format: Option<(u16, u32)> = None;
    let mut rest = bytes.get(12..).unwrap_or_default();
    while rest.len() >= 8 {
        let id = &rest[0..4];
        let size = u32::from_le_bytes([rest[4], rest[5], rest[6], rest[7]]) as usize;
        let body = rest
            .get(8..8usize.saturating_add(size))
            .ok_or_else(|| invalid("a chunk runs past the end of the file"))?;
        match id {
            b"fmt " => {
                let field = |at: usize| -> Result<u16, AudioError> {
                    body.get(at..at + 2)
                        .map(|b| u16::from_le_bytes([b[0], b[1]]))
                        .ok_or_else(|| invalid("the format chunk is too short"))
                };
                let (encoding, channels, bits) = (field(0)?, field(2)?, field(14)?);
                let rate = u32::from(field(4)?) | (u32::from(field(6)?) << 16);
                if encoding != 1 || bits != 16 {
                    return Err(invalid("only 16-bit PCM is supported"));
                }
                if channels == 0 || rate == 0 {
                    return Err(invalid("it declares no channels or a zero sample rate"));
                }
                format = Some((channels, rate));
            }
            b"data" => {
                let (channels, rate) =
                    format.ok_or_else(|| invalid("the data chunk comes before the format"))?;
                let frame = usize::from(channels) * 2;
                let data = body
                    .chunks_exact(frame)
                    .map(|frame| {
                        let sum: f32 = frame
                            .chunks_exact(2)
                            .map(|b| f32::from(i16::from_le_bytes([b[0], b[1]])) / 32_768.0)
                            .sum();
                        sum / f32::from(channels)
                    })
                    .collect();
                return Ok(Samples { rate, data });
            }
            _ => {}
        }
        // Chunks are padded to an even length.
        let next = 8usize.saturating_add(size).saturating_add(size % 2);
        rest = rest.get(next..).unwrap_or_default();
    }
    Err(invalid("it has no data chunk"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Builds a WAV file from its parts, so malformed variants can be made by changing one argument.
    fn wav(encoding: u16, channels: u16, rate: u32, bits: u16, samples: &[i16]) -> Vec<u8> {
        let data: Vec<u8> = samples.iter().flat_map(|s| s.to_le_bytes()).collect();
        let mut out = Vec::new();
        out.extend_from_slice(b"RIFF");
        out.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
        out.extend_from_slice(b"WAVEfmt ");
        out.extend_from_slice(&16u32.to_le_bytes());
        out.extend_from_slice(&encoding.to_le_bytes());
        out.extend_from_slice(&channels.to_le_bytes());
        out.extend_from_slice(&rate.to_le_bytes());
        out.extend_from_slice(&(rate * u32::from(channels) * 2).to_le_bytes());
        out.extend_from_slice(&(channels * 2).to_le_bytes());
        out.extend_from_slice(&bits.to_le_bytes());
        out.extend_from_slice(b"data");
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&data);
        out
    }

    fn check(bytes: &[u8], expected: Result<Samples, &str>) {
        let got = decode_wav(bytes);
        match (got, expected) {
            (Ok(got), Ok(expected)) => assert_eq!(got, expected),
            (Err(AudioError::InvalidClip { reason, .. }), Err(expected)) => {
                assert_eq!(reason, expected)
            }
            (got, expected) => panic!("got {got:?}, expected {expected:?}"),
        }
    }

    #[test]
    fn decodes_wav_files_and_refuses_malformed_ones() {
        let mono = wav(1, 1, 16_000, 16, &[0, 16_384, -32_768]);
        let with_list = {
            // A LIST chunk of odd length (padded) before "fmt " must be skipped.
            let mut b = b"RIFF\0\0\0\0WAVELIST\x03\0\0\0abc\0".to_vec();
            b.extend_from_slice(&mono[12..]);
            b
        };
        let half = |v: f32| {
            Ok(Samples {
                rate: 16_000,
                data: vec![v],
            })
        };
        let rows: Vec<(Vec<u8>, Result<Samples, &str>)> = vec![
            (
                mono.clone(),
                Ok(Samples {
                    rate: 16_000,
                    data: vec![0.0, 0.5, -1.0],
                }),
            ),
            (
                with_list,
                Ok(Samples {
                    rate: 16_000,
                    data: vec![0.0, 0.5, -1.0],
                }),
            ),
            (wav(1, 2, 16_000, 16, &[16_384, 0]), half(0.25)),
            (
                wav(1, 1, 16_000, 16, &[]),
                Ok(Samples {
                    rate: 16_000,
                    data: vec![],
                }),
            ),
            (
                wav(3, 1, 16_000, 16, &[0]),
                Err("only 16-bit PCM is supported"),
            ),
            (
                wav(1, 1, 16_000, 8, &[0]),
                Err("only 16-bit PCM is supported"),
            ),
            (
                wav(1, 0, 16_000, 16, &[0]),
                Err("it declares no channels or a zero sample rate"),
            ),
            (
                wav(1, 1, 0, 16, &[0]),
                Err("it declares no channels or a zero sample rate"),
            ),
            (
                mono[..mono.len() - 1].to_vec(),
                Err("a chunk runs past the end of the file"),
            ),
            (
                mono[..30].to_vec(),
                Err("a chunk runs past the end of the file"),
            ),
            (mono[..36].to_vec(), Err("it has no data chunk")),
            (
                b"RIFF\0\0\0\0WAVEdata\0\0\0\0".to_vec(),
                Err("the data chunk comes before the format"),
            ),
            (
                b"RIFX\0\0\0\0WAVE".to_vec(),
                Err("it does not start with a RIFF/WAVE header"),
            ),
            (Vec::new(), Err("it does not start with a RIFF/WAVE header")),
            (
                b"RIFF\xff\xff\xff\xffWAVEfmt \xff\xff\xff\xff".to_vec(),
                Err("a chunk runs past the end of the file"),
            ),
        ];
        for (bytes, expected) in rows {
            check(&bytes, expected);
        }
    }

    #[test]
    fn decoding_any_prefix_of_a_clip_never_panics() {
        let clip = VOICE_CLIPS[0].1;
        for end in 0..200.min(clip.len()) {
            let _ = decode_wav(&clip[..end]);
        }
    }

    #[test]
    fn every_embedded_clip_is_short_quiet_speech_that_starts_and_ends_softly() {
        for (name, bytes) in VOICE_CLIPS {
            let samples = decode_wav(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(samples.rate <= 22_050, "{name} is at {} Hz", samples.rate);
            let seconds = samples.duration().as_secs_f32();
            assert!((0.2..=3.0).contains(&seconds), "{name} lasts {seconds} s");
            let peak = samples.peak();
            // The script normalises to -8 dBFS (0.40); leave room for rounding.
            assert!((0.3..=0.45).contains(&peak), "{name} peaks at {peak}");
            let edge = |s: &[f32]| s.iter().fold(0.0_f32, |m, x| m.max(x.abs()));
            assert!(edge(&samples.data[..8]) < 0.02, "{name} starts abruptly");
            assert!(
                edge(&samples.data[samples.data.len() - 8..]) < 0.02,
                "{name} ends abruptly"
            );
        }
    }

    #[test]
    fn every_exercise_and_phrase_has_a_clip_and_every_clip_file_is_embedded() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut expected = BTreeSet::new();
        for entry in std::fs::read_dir(root.join("assets/exercises")).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let json: serde_json::Value = serde_json::from_str(&text).unwrap();
            expected.insert(json["id"].as_str().unwrap().to_owned());
        }
        for phrase in [Voice::SwitchSides, Voice::Rest, Voice::WellDone] {
            expected.insert(phrase.clip_name().to_owned());
        }
        let embedded: BTreeSet<String> = VOICE_CLIPS
            .iter()
            .map(|(name, _)| (*name).to_owned())
            .collect();
        let on_disk: BTreeSet<String> = std::fs::read_dir(root.join("assets/audio/voice"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "wav"))
            .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            embedded, expected,
            "run scripts/voice.sh and update VOICE_CLIPS"
        );
        assert_eq!(
            on_disk, expected,
            "run scripts/voice.sh and update VOICE_CLIPS"
        );
    }

    #[test]
    fn the_embedded_clips_stay_small() {
        let total: usize = VOICE_CLIPS.iter().map(|(_, bytes)| bytes.len()).sum();
        assert!(total < 600_000, "the voice clips take {total} bytes");
    }

    #[test]
    fn phrases_render_and_unknown_exercises_are_reported() {
        let rows = [
            (Voice::Exercise("cat-cow".into()), None),
            (Voice::SwitchSides, None),
            (Voice::Rest, None),
            (Voice::WellDone, None),
            (
                Voice::Exercise("no-such-move".into()),
                Some(AudioError::UnknownClip("no-such-move".into())),
            ),
            (
                Voice::Exercise(String::new()),
                Some(AudioError::UnknownClip(String::new())),
            ),
        ];
        for (voice, error) in rows {
            match (voice.render(), error) {
                (Ok(samples), None) => assert!(!samples.data.is_empty(), "{voice:?} is empty"),
                (Err(got), Some(expected)) => assert_eq!(got, expected),
                (got, expected) => panic!("{voice:?}: got {got:?}, expected {expected:?}"),
            }
        }
    }
}
