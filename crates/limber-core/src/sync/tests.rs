//! The sync rules as tables, and the merge law as properties: replicas that saw the same changes,
//! in any order, duplicated, through torn files, hold the same data, and it is the data of applying
//! every change once.

use super::*;
use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::json;

fn device(n: u8) -> DeviceId {
    DeviceId::from_bytes([n; 8])
}

fn hlc(millis: i64, counter: u32, n: u8) -> Hlc {
    Hlc {
        millis,
        counter,
        device: device(n),
    }
}

#[test]
fn device_ids_table() {
    fn check(text: &str, valid: bool) {
        assert_eq!(DeviceId::parse(text).is_some(), valid, "{text:?}");
    }
    check("0123456789abcdef", true);
    check(device(0xab).as_str(), true);
    check("0123456789ABCDEF", false);
    check("0123456789abcde", false);
    check("0123456789abcdef0", false);
    check("0123456789abcdeg", false);
    check("", false);
    assert_eq!(device(0xab).as_str(), "abababababababab");
    assert_eq!(device(0xab).short(), "abab");
}

#[test]
fn clock_readings_table() {
    // (last seen, now) -> the next reading.
    fn check(last: Option<(i64, u32)>, now: i64, expected: (i64, u32)) {
        let seen = last.map(|(millis, counter)| hlc(millis, counter, 9));
        let mut clock = HlcClock::after(seen.as_ref());
        let got = clock.tick(now, &device(1));
        assert_eq!((got.millis, got.counter), expected, "{last:?} at {now}");
        assert_eq!(got.device, device(1));
    }
    check(None, 1_000, (1_000, 0));
    check(Some((500, 7)), 1_000, (1_000, 0));
    // The wall clock went back (or another device is ahead): the counter moves on instead.
    check(Some((1_000, 0)), 1_000, (1_000, 1));
    check(Some((2_000, 3)), 1_000, (2_000, 4));
    check(Some((i64::MAX, u32::MAX)), 0, (i64::MAX, u32::MAX));
}

#[test]
fn a_device_with_a_wrong_clock_does_not_win_forever() {
    let year = 365 * 24 * 3_600_000_i64;
    let mut ahead = HlcClock::default();
    let mut right = HlcClock::default();
    let from_the_future = ahead.tick(1_000 + year, &device(1));
    right.observe(&from_the_future);
    let later_here = right.tick(2_000, &device(2));
    assert!(wins(&later_here, Some(&from_the_future)));
    // Readings and their text form.
    for reading in [from_the_future, later_here, hlc(-5, 0, 3)] {
        assert_eq!(Hlc::parse(&reading.to_string()), Some(reading));
    }
    for bad in [
        "",
        "1-2",
        "1-2-zz",
        "x-0-0101010101010101",
        "1--0101010101010101",
    ] {
        assert_eq!(Hlc::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn order_breaks_ties_by_counter_then_device() {
    assert!(hlc(5, 0, 1) < hlc(5, 1, 0));
    assert!(hlc(5, 1, 1) < hlc(5, 1, 2));
    assert!(hlc(4, 9, 9) < hlc(5, 0, 0));
    assert!(wins(&hlc(1, 0, 1), None));
    assert!(
        !wins(&hlc(1, 0, 1), Some(&hlc(1, 0, 1))),
        "a change never replaces itself"
    );
}

/// Two computers apart each create a routine that gets the id `desk`: both are kept, the first made
/// under its id and the other under an alias, whichever a replica reads first.
#[test]
fn two_routines_created_apart_with_one_id_are_both_kept() {
    let older = json!({"id": "desk", "createdAt": "2027-01-10T08:00:00Z", "routine": {"id": "desk", "name": "Desk"}});
    let newer = json!({"id": "desk", "createdAt": "2027-01-11T09:30:00Z", "routine": {"id": "desk", "name": "Desk"}});
    let key = SyncKey::Routine("desk".into());
    let alias = routine_alias("desk", 1_799_660_000_000 + 3_400_000);
    assert_eq!(home(&key, Some(&older), Some(&older)), Home::Here);
    assert_eq!(
        home(&key, Some(&newer), Some(&older)),
        Home::Elsewhere(routine_alias(
            "desk",
            chrono::DateTime::parse_from_rfc3339("2027-01-11T09:30:00Z")
                .unwrap()
                .timestamp_millis()
        ))
    );
    assert!(matches!(
        home(&key, Some(&older), Some(&newer)),
        Home::Displaces(_)
    ));
    assert_eq!(
        home(&SyncKey::Session("desk".into()), Some(&newer), Some(&older)),
        Home::Here
    );
    assert_eq!(home(&key, None, Some(&older)), Home::Nowhere);
    let _ = alias;
    let a = Change {
        seq: 1,
        hlc: hlc(10, 0, 1),
        key: key.clone(),
        value: Some(older.clone()),
    };
    let b = Change {
        seq: 1,
        hlc: hlc(20, 0, 2),
        key: key.clone(),
        value: Some(newer.clone()),
    };
    let mut ab = Replica::default();
    ab.apply(&a);
    ab.apply(&b);
    let mut ba = Replica::default();
    ba.apply(&b);
    ba.apply(&a);
    assert_eq!(ab, ba);
    let values = ab.values();
    assert_eq!(values.len(), 2);
    assert_eq!(values[&key]["createdAt"], "2027-01-10T08:00:00Z");
    let (moved_key, moved_value) = values.iter().find(|(k, _)| **k != key).unwrap();
    let SyncKey::Routine(moved_id) = moved_key else {
        panic!("{moved_key:?}")
    };
    assert!(moved_id.starts_with("desk-"), "{moved_id}");
    assert_eq!(moved_value["id"], json!(moved_id));
    assert_eq!(moved_value["routine"]["id"], json!(moved_id));
    assert_eq!(moved_value["routine"]["name"], "Desk");
}

#[test]
fn keys_table() {
    let day = NaiveDate::from_ymd_opt(2027, 1, 13).unwrap();
    fn check(text: &str, expected: Option<SyncKey>) {
        let parsed = SyncKey::parse(text);
        assert_eq!(parsed, expected, "{text:?}");
        if let Some(key) = parsed {
            assert_eq!(key.to_string(), text);
        }
    }
    check("session:abc", Some(SyncKey::Session("abc".into())));
    check("feel:abc", Some(SyncKey::Feel("abc".into())));
    check("checklist:abc", Some(SyncKey::Checklist("abc".into())));
    check("routine:my-desk", Some(SyncKey::Routine("my-desk".into())));
    check("journal:2027-01-13", Some(SyncKey::Journal(day)));
    check(
        "rest:bedtime-wind-down:2027-01-13",
        Some(SyncKey::Rest {
            routine_id: "bedtime-wind-down".into(),
            day,
        }),
    );
    check(
        "setting:reminders",
        Some(SyncKey::Setting("reminders".into())),
    );
    check("setting:plan", Some(SyncKey::Setting("plan".into())));
    check(
        "setting:progress",
        Some(SyncKey::Setting("progress".into())),
    );
    check(
        "setting:schedule-history",
        Some(SyncKey::Setting("schedule-history".into())),
    );
    // Settings that stay with a computer, and anything unknown, are not keys.
    check("setting:audio", None);
    check("setting:reminder-state", None);
    check("journal:2027-02-30", None);
    check("rest:2027-01-13", None);
    check("session:", None);
    check(&format!("session:{}", "x".repeat(101)), None);
    check("session:a\nb", None);
    check("sessions:abc", None);
    check("abc", None);
    // A session is applied before its answers.
    assert!(SyncKey::Session("z".into()) < SyncKey::Feel("a".into()));
    assert!(SyncKey::Setting("z".into()) < SyncKey::Session("a".into()));
}

#[test]
fn file_names_table() {
    let id = device(0x3f);
    fn check(name: &str, expected: FileName) {
        assert_eq!(classify_file_name(name), expected, "{name:?}");
    }
    check(&file_name(&id), FileName::Device(id.clone()));
    check(
        "limber-3f3f3f3f3f3f3f3f.sync-conflict-20270113-100000-ABCDEFG.jsonl",
        FileName::ConflictCopy,
    );
    check(
        "limber-3f3f3f3f3f3f3f3f (conflicted copy 2027-01-13).jsonl",
        FileName::ConflictCopy,
    );
    check(
        "limber-3f3f3f3f3f3f3f3f (Case Conflict).jsonl",
        FileName::ConflictCopy,
    );
    check(".limber-3f3f3f3f3f3f3f3f.jsonl.tmp", FileName::Partial);
    check(
        ".syncthing.limber-3f3f3f3f3f3f3f3f.jsonl.tmp",
        FileName::Partial,
    );
    check(
        "~syncthing~limber-3f3f3f3f3f3f3f3f.jsonl.tmp",
        FileName::Partial,
    );
    check("limber-3F3F3F3F3F3F3F3F.jsonl", FileName::Unknown);
    check("limber-notes.jsonl", FileName::Unknown);
    check("limber-3f3f3f3f3f3f3f3f.json", FileName::Unknown);
    check("holiday.jpg", FileName::Unrelated);
    check(".stfolder", FileName::Unrelated);
}

fn change(seq: u64, millis: i64, n: u8, key: &str, value: Option<serde_json::Value>) -> Change {
    Change {
        seq,
        hlc: hlc(millis, 0, n),
        key: SyncKey::parse(key).unwrap(),
        value,
    }
}

#[test]
fn a_device_file_reads_back_as_written() {
    let id = device(1);
    let changes = vec![
        change(
            1,
            10,
            1,
            "session:s1",
            Some(json!({"routineId": "x", "ü": "ß"})),
        ),
        change(2, 11, 1, "feel:s1", Some(json!(3))),
        change(3, 12, 1, "journal:2027-01-13", None),
    ];
    let text = write_device_file(&id, "laptop", &changes);
    let file = parse_device_file(&id, &text).unwrap();
    assert_eq!(file.name, "laptop");
    assert_eq!(file.changes, changes);
    assert!(file.problems.is_empty());
}

#[test]
fn device_file_problems_table() {
    let id = device(1);
    let good = write_device_file(
        &id,
        "laptop",
        &[change(1, 10, 1, "session:s1", Some(json!(1)))],
    );
    let header = good.lines().next().unwrap().to_owned() + "\n";
    fn check(text: &str, expected: Result<(usize, Vec<FileProblem>), FileProblem>) {
        let got =
            parse_device_file(&device(1), text).map(|file| (file.changes.len(), file.problems));
        assert_eq!(got, expected, "{text:?}");
    }
    check(&good, Ok((1, vec![])));
    check("", Err(FileProblem::NoHeader));
    check("junk\n", Err(FileProblem::NoHeader));
    check(&header[..header.len() - 1], Err(FileProblem::NoHeader));
    check(
        "{\"format\":\"limber-sync\",\"version\":2,\"device\":\"0101010101010101\"}\n",
        Err(FileProblem::NewerFormat(2)),
    );
    check(
        "{\"format\":\"limber-sync\",\"version\":1,\"device\":\"0202020202020202\"}\n",
        Err(FileProblem::OtherDevice("0202020202020202".into())),
    );
    // A torn last line is left for later; the lines before it count.
    let torn = &good[..good.len() - 5];
    check(torn, Ok((0, vec![FileProblem::TornLine(2)])));
    let line2 = good.lines().nth(1).unwrap();
    check(
        &format!("{good}{}", &line2[..9]),
        Ok((1, vec![FileProblem::TornLine(3)])),
    );
    // Junk, a forged device, an unknown kind, a repeated number: each line left out with its reason.
    let forged = change(2, 10, 2, "session:s2", Some(json!(1)));
    let forged = write_device_file(&device(2), "x", &[forged]);
    let unknown = line2
        .replace("session:s1", "mood:s1")
        .replace("\"seq\":1", "\"seq\":3");
    check(
        &format!(
            "{good}junk\n{}{unknown}\n{line2}\n",
            forged.lines().nth(1).unwrap().to_owned() + "\n"
        ),
        Ok((
            1,
            vec![
                FileProblem::BadLine {
                    line: 3,
                    reason: "not a change",
                },
                FileProblem::BadLine {
                    line: 4,
                    reason: "a change signed by another computer",
                },
                FileProblem::BadLine {
                    line: 5,
                    reason: "a kind of change this version does not know",
                },
                FileProblem::BadLine {
                    line: 6,
                    reason: "its running number does not follow the line before",
                },
            ],
        )),
    );
    for problem in [
        FileProblem::NoHeader,
        FileProblem::NewerFormat(2),
        FileProblem::TornLine(4),
        FileProblem::OtherDevice("x".into()),
    ] {
        assert!(!problem.to_string().is_empty());
    }
}

/// One device in the simulation: its clock, its own changes and what it has merged.
struct Sim {
    id: DeviceId,
    clock: HlcClock,
    skew: i64,
    own: Vec<Change>,
    replica: Replica,
    read_up_to: Vec<u64>,
}

#[derive(Debug, Clone)]
enum Step {
    /// Device `device` sets `key` (one of a few) to `value` (None deletes) at `at` on its own clock.
    Edit {
        device: usize,
        key: usize,
        value: Option<u8>,
        at: i64,
    },
    /// Device `reader` reads `writer`'s file as the sync tool delivered it: whole, or cut after
    /// `cut` bytes (torn), or read again from the start (duplicates).
    Read {
        reader: usize,
        writer: usize,
        cut: Option<usize>,
        again: bool,
    },
}

const KEYS: [&str; 7] = [
    "session:a",
    "session:b",
    "feel:a",
    "journal:2027-01-13",
    "rest:bedtime:2027-01-13",
    "setting:reminders",
    "routine:desk",
];

/// When each of three routines that all got the id `desk` was created.
const CREATED: [&str; 3] = [
    "2027-01-10T08:00:00Z",
    "2027-01-11T08:00:00Z",
    "2027-01-12T08:00:00.500Z",
];

/// The value an edit sets: a number, or for the routine key one of three routines created apart.
fn value_for(key: &str, value: u8) -> serde_json::Value {
    if key.starts_with("routine:") {
        json!({"id": "desk", "createdAt": CREATED[usize::from(value) % 3], "n": value, "routine": {"id": "desk"}})
    } else {
        json!(value)
    }
}

fn step(devices: usize) -> impl Strategy<Value = Step> {
    prop_oneof![
        (
            0..devices,
            0..KEYS.len(),
            proptest::option::weighted(0.8, any::<u8>()),
            0..50i64
        )
            .prop_map(|(device, key, value, at)| Step::Edit {
                device,
                key,
                value,
                at
            }),
        (
            0..devices,
            0..devices,
            proptest::option::of(0..400usize),
            any::<bool>()
        )
            .prop_map(|(reader, writer, cut, again)| Step::Read {
                reader,
                writer,
                cut,
                again
            }),
    ]
}

fn read(sims: &mut [Sim], reader: usize, writer: usize, cut: Option<usize>, again: bool) {
    if reader == writer {
        return;
    }
    let text = write_device_file(&sims[writer].id, "w", &sims[writer].own);
    let text = match cut {
        Some(cut) if cut < text.len() => &text[..cut],
        _ => &text[..],
    };
    let Ok(file) = parse_device_file(&sims[writer].id, text) else {
        return;
    };
    let sim = &mut sims[reader];
    if again {
        sim.read_up_to[writer] = 0;
    }
    for change in file.changes {
        if change.seq > sim.read_up_to[writer] {
            sim.clock.observe(&change.hlc);
            sim.replica.apply(&change);
            sim.read_up_to[writer] = change.seq;
        }
    }
}

fn scenario() -> impl Strategy<Value = (usize, Vec<i64>, Vec<Step>)> {
    (2..=5usize).prop_flat_map(|devices| {
        (
            Just(devices),
            proptest::collection::vec(-40..40i64, devices),
            proptest::collection::vec(step(devices), 0..60),
        )
    })
}

proptest! {
    #[test]
    fn replicas_that_saw_every_file_converge((devices, skews, steps) in scenario()) {
        let mut sims: Vec<Sim> = (0..devices)
            .map(|n| Sim {
                id: device(n as u8 + 1),
                clock: HlcClock::default(),
                skew: skews[n],
                own: Vec::new(),
                replica: Replica::default(),
                read_up_to: vec![0; devices],
            })
            .collect();
        for (time, step) in steps.iter().enumerate() {
            match *step {
                Step::Edit { device, key, value, at } => {
                    let sim = &mut sims[device];
                    let now = time as i64 * 10 + at + sim.skew;
                    let hlc = sim.clock.tick(now, &sim.id);
                    let change = Change {
                        seq: sim.own.len() as u64 + 1,
                        hlc,
                        key: SyncKey::parse(KEYS[key]).unwrap(),
                        value: value.map(|v| value_for(KEYS[key], v)),
                    };
                    // A device's own change wins on that device: it is later than all it has seen
                    // (a routine is never removed: such a change is dropped).
                    let removes_a_routine =
                        change.value.is_none() && matches!(change.key, SyncKey::Routine(_));
                    prop_assert!(sim.replica.apply(&change) || removes_a_routine);
                    sim.own.push(change);
                }
                Step::Read { reader, writer, cut, again } => read(&mut sims, reader, writer, cut, again),
            }
        }
        // Bring every file to every device, whole.
        for reader in 0..devices {
            for writer in 0..devices {
                read(&mut sims, reader, writer, None, false);
            }
        }
        // The oracle: every change applied once, in the order it was made.
        let mut oracle = Replica::default();
        for sim in &sims {
            for change in &sim.own {
                oracle.apply(change);
            }
        }
        for sim in &sims {
            prop_assert_eq!(&sim.replica, &oracle);
        }
        // No change is lost: each key's winner is the greatest change any device made to it; for the
        // routine id that several routines took, each routine keeps its greatest change somewhere.
        let values = oracle.values();
        for created in CREATED {
            let greatest = sims
                .iter()
                .flat_map(|sim| sim.own.iter())
                .filter(|c| c.value.as_ref().and_then(|v| v.get("createdAt")) == Some(&json!(created)))
                .max_by(|a, b| a.hlc.cmp(&b.hlc));
            if let Some(greatest) = greatest {
                let n = &greatest.value.as_ref().unwrap()["n"];
                let kept = values.iter().any(|(key, v)| {
                    matches!(key, SyncKey::Routine(_)) && v["createdAt"] == json!(created) && &v["n"] == n
                        && v["id"] == v["routine"]["id"]
                        && key == &SyncKey::Routine(v["id"].as_str().unwrap().to_owned())
                });
                prop_assert!(kept, "the routine created {} lost its change {}", created, n);
            }
        }
        for key in KEYS.iter().filter(|key| !key.starts_with("routine:")) {
            let key = SyncKey::parse(key).unwrap();
            let greatest = sims
                .iter()
                .flat_map(|sim| sim.own.iter())
                .filter(|change| change.key == key)
                .max_by(|a, b| a.hlc.cmp(&b.hlc))
                .map(|change| change.value.clone());
            let held = oracle.values().get(&key).cloned();
            prop_assert_eq!(greatest.flatten(), held);
        }
    }

    #[test]
    fn the_order_of_delivery_does_not_matter(
        changes in proptest::collection::vec((1..4u8, 0..KEYS.len(), any::<Option<u8>>(), 0..20i64, 0..3u32), 0..40),
        order in any::<proptest::sample::Index>(),
    ) {
        let changes: Vec<Change> = changes
            .into_iter()
            .enumerate()
            .map(|(n, (device_n, key, value, millis, counter))| Change {
                seq: n as u64 + 1,
                hlc: hlc(millis, counter, device_n),
                key: SyncKey::parse(KEYS[key]).unwrap(),
                value: value.map(|v| value_for(KEYS[key], v)),
            })
            // Two different changes never share a reading (a device's clock never repeats one).
            .fold(Vec::<Change>::new(), |mut kept, change| {
                if !kept.iter().any(|k| k.hlc == change.hlc) {
                    kept.push(change);
                }
                kept
            });
        let mut forward = Replica::default();
        changes.iter().for_each(|c| { forward.apply(c); });
        let mut shuffled = changes.clone();
        if !shuffled.is_empty() {
            let turn = order.index(shuffled.len());
            shuffled.rotate_left(turn);
            shuffled.reverse();
        }
        let mut backward = Replica::default();
        // Every change twice, in another order.
        shuffled.iter().chain(changes.iter()).for_each(|c| { backward.apply(c); });
        prop_assert_eq!(forward, backward);
    }
}
