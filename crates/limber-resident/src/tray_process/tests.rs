use super::*;

#[test]
fn arguments_table() {
    let none: [&str; 0] = [];
    assert_eq!(parse_args(none), Ok(Options::default()));
    assert_eq!(
        parse_args(["--after", "4242"]),
        Ok(Options { after: Some(4242) })
    );
    assert_eq!(
        parse_args(["--after"]),
        Err("--after needs a process id".to_owned())
    );
    assert_eq!(
        parse_args(["--after", "me"]),
        Err("--after needs a process id, not \"me\"".to_owned())
    );
    assert_eq!(
        parse_args(["--window"]),
        Err("unknown argument \"--window\"".to_owned())
    );
}

fn taken(rx: &mpsc::Receiver<Message>) -> Vec<String> {
    rx.try_iter()
        .map(|message| format!("{message:?}"))
        .collect()
}

#[test]
fn requests_that_need_the_window_hand_over_and_count_as_use() {
    let (scheduler, rx) = Scheduler::channel();
    let unused = |_| panic!("no routine to pick");
    assert_eq!(
        handle(Request::Open(None), &scheduler, unused),
        Step::HandOver(None)
    );
    assert_eq!(
        handle(
            Request::Open(Some("bedtime-wind-down".into())),
            &scheduler,
            unused
        ),
        Step::HandOver(Some("bedtime-wind-down".into()))
    );
    let picked = handle(Request::StartFor(TimeOfDay::Morning), &scheduler, |time| {
        assert_eq!(time, TimeOfDay::Morning);
        Some("morning-mobility".into())
    });
    assert_eq!(picked, Step::HandOver(Some("morning-mobility".into())));
    // No routine of that kind: the window opens on its home screen.
    assert_eq!(
        handle(Request::StartFor(TimeOfDay::Bedtime), &scheduler, |_| None),
        Step::HandOver(None)
    );
    assert_eq!(taken(&rx), vec!["Activity"; 4]);
}

#[test]
fn pause_activity_and_quit_stay_in_the_tray_process() {
    let (scheduler, rx) = Scheduler::channel();
    let unused = |_| panic!("no routine to pick");
    assert_eq!(
        handle(Request::Pause(true), &scheduler, unused),
        Step::Continue
    );
    assert_eq!(
        handle(Request::Pause(false), &scheduler, unused),
        Step::Continue
    );
    assert_eq!(
        handle(Request::Activity, &scheduler, unused),
        Step::Continue
    );
    assert_eq!(handle(Request::Quit, &scheduler, unused), Step::Quit);
    assert_eq!(
        taken(&rx),
        vec![
            "Activity",
            "PauseToday { ack: None }",
            "Activity",
            "Resume { ack: None }",
            "Activity",
        ]
    );
}

#[test]
fn the_app_starts_on_the_routine_asked_for() {
    assert_eq!(app_args(None), Vec::<String>::new());
    assert_eq!(
        app_args(Some("bedtime-wind-down")),
        vec!["start", "bedtime-wind-down"]
    );
}

#[test]
fn second_launches_mean_what_they_mean_to_the_app() {
    let argv = |args: &[&str]| -> Vec<String> {
        std::iter::once("/usr/bin/limber")
            .chain(args.iter().copied())
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(instance::request_for(&argv(&[])), Request::Open(None));
    assert_eq!(
        instance::request_for(&argv(&["start", "morning-mobility"])),
        Request::Open(Some("morning-mobility".into()))
    );
    assert_eq!(
        instance::request_for(&argv(&["--background"])),
        Request::Activity
    );
    assert_eq!(
        instance::request_for(&argv(&["--frobnicate"])),
        Request::Open(None)
    );
}

#[test]
fn the_single_instance_name_is_the_plugins() {
    // tauri-plugin-single-instance: the identifier plus ".SingleInstance", the path from its dots.
    assert_eq!(
        instance::NAME,
        format!("{}.SingleInstance", limber_app::state::IDENTIFIER)
    );
    assert_eq!(
        instance::PATH,
        format!("/{}", instance::NAME.replace('.', "/").replace('-', "_"))
    );
}

#[test]
fn the_tray_icon_is_decoded_to_argb() {
    let icon = icon::pixmap(include_bytes!("../../../../src-tauri/icons/32x32.png")).unwrap();
    assert_eq!((icon.width, icon.height), (32, 32));
    assert_eq!(icon.data.len(), 32 * 32 * 4);
    // Some pixels are opaque and some are see-through: alpha comes first in each pixel.
    let alphas: Vec<u8> = icon.data.chunks_exact(4).map(|pixel| pixel[0]).collect();
    assert!(alphas.contains(&255));
    assert!(alphas.contains(&0));
    assert!(icon::pixmap(b"not a png").is_none());
}

#[test]
fn a_process_that_ended_is_seen_as_ended() {
    assert!(!has_ended(std::process::id(), None));
    let mut child = Command::new("true").spawn().unwrap();
    let pid = child.id();
    child.wait().unwrap();
    assert!(has_ended(pid, None));
}

#[test]
fn start_time_is_field_22_even_with_odd_command_names() {
    let fields: String = (3..=30).map(|n| format!(" f{n}")).collect();
    let check =
        |stat: String, expected: Option<&str>| assert_eq!(start_time(&stat), expected, "{stat}");
    check(format!("123 (limber){fields}"), Some("f22"));
    check(format!("123 (a ) b) c){fields}"), Some("f22"));
    check("123 (short) S 1".to_owned(), None);
    check("garbage".to_owned(), None);
}

/// Issue 15: the hand-over waits for the app to be really gone before the tray keeps the reminders, even
/// when that takes longer than the patience it logs after.
#[test]
fn the_tray_waits_for_the_app_to_be_really_gone() {
    let mut app = std::process::Command::new("sleep")
        .arg("0.6")
        .spawn()
        .unwrap();
    let pid = app.id();
    assert!(!has_ended(pid, None), "a running process has not ended");
    // Reap it on another thread when it ends, as the app's parent would.
    let reaper = std::thread::spawn(move || app.wait());
    wait_for_exit(pid, Duration::from_millis(50));
    assert!(
        has_ended(pid, None),
        "wait_for_exit returned while the app still ran"
    );
    reaper.join().unwrap().unwrap();
    // A pid now used by another process (another start time) counts as ended.
    let own = std::process::id();
    assert!(!has_ended(own, None));
    assert!(has_ended(own, Some("not-my-start-time")));
}
