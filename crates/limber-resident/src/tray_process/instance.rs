//! The single-instance D-Bus name, as the app's single-instance plugin (tauri-plugin-single-instance) owns
//! it: the well-known name `<identifier>.SingleInstance` with the method
//! `org.SingleInstance.DBus.ExecuteCallback(argv, cwd)`. A second `limber` finds the name taken, calls the
//! method with its arguments and exits; whichever process holds the name answers. Here the answer becomes a
//! [`Request`] for the tray process's loop.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use limber_app::cli::CliCommand;

use super::Request;

/// The well-known name (the app's identifier, `limber_app::state::IDENTIFIER`, plus the plugin's suffix).
pub const NAME: &str = "app.limber.desktop.SingleInstance";

/// The object path the plugin derives from the name.
pub const PATH: &str = "/app/limber/desktop/SingleInstance";

/// The name held on the session bus, with the object that answers second launches.
pub struct Instance {
    connection: zbus::blocking::Connection,
}

impl Instance {
    /// Gives the name up at once (the app is about to start and must find it free).
    pub fn release(self) {
        if let Err(error) = self.connection.release_name(NAME) {
            log::warn!("the single-instance name could not be released: {error}");
        }
    }
}

/// Whether the name was ours to take.
pub enum Claim {
    Owned(Instance),
    /// Another Limber holds it (the app, or a tray process started at login).
    Taken,
}

/// Takes the name, retrying for `wait` while another process holds it (the app that is handing over).
pub fn claim(requests: mpsc::Sender<Request>, wait: Duration) -> zbus::Result<Claim> {
    claim_on(zbus::blocking::connection::Builder::session, requests, wait)
}

/// [`claim`] on the bus `bus` connects to (tests use a private bus).
fn claim_on<'a>(
    bus: impl Fn() -> zbus::Result<zbus::blocking::connection::Builder<'a>>,
    requests: mpsc::Sender<Request>,
    wait: Duration,
) -> zbus::Result<Claim> {
    let deadline = Instant::now() + wait;
    loop {
        let built = bus()?
            .name(NAME)?
            .replace_existing_names(false)
            .allow_name_replacements(false)
            .serve_at(
                PATH,
                SecondLaunch {
                    requests: requests.clone(),
                },
            )?
            .build();
        match built {
            Ok(connection) => return Ok(Claim::Owned(Instance { connection })),
            Err(zbus::Error::NameTaken) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(100));
            }
            Err(zbus::Error::NameTaken) => return Ok(Claim::Taken),
            Err(error) => return Err(error),
        }
    }
}

/// The interface and method the single-instance plugin serves, which a second launch calls.
const INTERFACE: &str = "org.SingleInstance.DBus";
const METHOD: &str = "ExecuteCallback";

/// How long a launch waits for the running Limber to take its arguments. It answers at once (the call only
/// queues a request), so running out of it means that Limber is stuck.
pub const FORWARD_WAIT: Duration = Duration::from_secs(10);

/// What became of a launch's arguments offered to a running Limber.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Forwarded {
    /// The running Limber (the app, or the tray process) took them: this launch's work is done.
    Taken,
    /// No Limber holds the single-instance name, or there is no session bus to ask on: this launch is the
    /// one that runs.
    NoneRunning,
    /// A Limber holds the name but did not take them; the words say why (a timeout, an error it answered).
    NotAnswered(String),
}

/// Offers a launch's arguments (program name first) to the running Limber, the app or this tray process,
/// the way the app's single-instance plugin does, but before the launch starts GTK or WebKit and with a
/// limit on the wait ([`FORWARD_WAIT`]): a second `limber` then ends in milliseconds, and never waits for a
/// stuck Limber without end.
pub fn forward(argv: &[String]) -> Forwarded {
    forward_on(
        zbus::blocking::connection::Builder::session,
        argv,
        FORWARD_WAIT,
    )
}

/// [`forward`] on the bus `bus` connects to, waiting at most `wait` for the answer.
fn forward_on<'a>(
    bus: impl Fn() -> zbus::Result<zbus::blocking::connection::Builder<'a>>,
    argv: &[String],
    wait: Duration,
) -> Forwarded {
    let connection = match bus().and_then(|builder| builder.method_timeout(wait).build()) {
        Ok(connection) => connection,
        Err(error) => {
            log::debug!("no session bus to find a running Limber on ({error})");
            return Forwarded::NoneRunning;
        }
    };
    let cwd = std::env::current_dir()
        .map(|dir| dir.display().to_string())
        .unwrap_or_default();
    match connection.call_method(Some(NAME), PATH, Some(INTERFACE), METHOD, &(argv, cwd)) {
        Ok(_) => Forwarded::Taken,
        Err(zbus::Error::MethodError(name, _, _))
            if name.as_str() == "org.freedesktop.DBus.Error.ServiceUnknown"
                || name.as_str() == "org.freedesktop.DBus.Error.NameHasNoOwner" =>
        {
            Forwarded::NoneRunning
        }
        Err(error) => Forwarded::NotAnswered(error.to_string()),
    }
}

/// Tells the running Limber (the app or this tray process, whichever holds the single-instance name) that
/// the data changed, the way a second launch reaches it. Returns whether one was told; none running is not
/// an error (the next start reads the data anyway).
pub fn tell_data_changed() -> bool {
    let argv = [
        "limber".to_owned(),
        limber_app::cli::DATA_CHANGED.to_owned(),
    ];
    match forward(&argv) {
        Forwarded::Taken => true,
        Forwarded::NoneRunning => false,
        Forwarded::NotAnswered(error) => {
            log::warn!("the running Limber was not told of the change ({error})");
            false
        }
    }
}

/// What a second launch with these arguments (program name first) asks the tray process for: as in the
/// app, `limber start <id>` opens that routine, `limber --background` (start at login) changes nothing but
/// counts as using the computer, and anything else shows the window.
pub fn request_for(argv: &[String]) -> Request {
    match limber_app::cli::parse(argv.iter().skip(1)) {
        Ok(CliCommand::Start { routine_id }) => Request::Open(Some(routine_id)),
        Ok(CliCommand::Background) => Request::Activity,
        Ok(CliCommand::DataChanged) => Request::DataChanged,
        Ok(_) => Request::Open(None),
        Err(error) => {
            log::warn!("a second launch passed arguments Limber does not understand: {error}");
            Request::Open(None)
        }
    }
}

struct SecondLaunch {
    requests: mpsc::Sender<Request>,
}

#[zbus::interface(name = "org.SingleInstance.DBus")]
impl SecondLaunch {
    async fn execute_callback(
        &self,
        argv: Vec<String>,
        _cwd: String,
        #[zbus(connection)] connection: &zbus::Connection,
        #[zbus(header)] header: zbus::message::Header<'_>,
    ) {
        // Only the person's own programs may open Limber or start a routine: a session bus can be shared
        // with other users by its policy, so a caller of another user is refused.
        if !same_user(connection, &header).await {
            log::warn!("a second-launch call from another user's program was refused");
            return;
        }
        if self.requests.send(request_for(&argv)).is_err() {
            log::debug!("the tray process is ending; a second launch was dropped");
        }
    }
}

/// Whether the sender of a call runs as the same user as this process (the bus daemon tells).
async fn same_user(connection: &zbus::Connection, header: &zbus::message::Header<'_>) -> bool {
    let Some(sender) = header.sender() else {
        return false;
    };
    let Ok(dbus) = zbus::fdo::DBusProxy::new(connection).await else {
        return false;
    };
    let caller = dbus
        .get_connection_unix_user(zbus::names::BusName::Unique(sender.to_owned()))
        .await;
    matches!((caller, own_uid()), (Ok(caller), Some(own)) if caller == own)
}

/// This process's user id, read from /proc (no unsafe call needed).
pub(crate) fn own_uid() -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").ok().map(|meta| meta.uid())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A private session bus (a `dbus-daemon` of its own) for one test, ended when dropped.
    struct PrivateBus {
        daemon: std::process::Child,
        address: String,
        _dir: tempfile::TempDir,
    }

    impl PrivateBus {
        /// A bus whose policy lets anyone in, anonymous peers too (`anonymous`), or only the same user.
        fn start(anonymous: bool) -> PrivateBus {
            let dir = tempfile::tempdir().unwrap();
            let config = dir.path().join("bus.conf");
            let (auth, allow) = if anonymous {
                (
                    "<auth>EXTERNAL</auth><auth>ANONYMOUS</auth><allow_anonymous/>",
                    "<allow user=\"*\"/>",
                )
            } else {
                ("<auth>EXTERNAL</auth>", "")
            };
            std::fs::write(
                &config,
                format!(
                    "<busconfig><type>session</type><listen>unix:dir={}</listen>{auth}\
                     <policy context=\"default\">{allow}<allow send_destination=\"*\"/>\
                     <allow receive_sender=\"*\"/><allow own=\"*\"/></policy>\
                     </busconfig>",
                    dir.path().display()
                ),
            )
            .unwrap();
            let mut daemon = std::process::Command::new("dbus-daemon")
                .arg(format!("--config-file={}", config.display()))
                .args(["--nofork", "--print-address=1"])
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            let mut address = String::new();
            std::io::BufRead::read_line(
                &mut std::io::BufReader::new(daemon.stdout.take().unwrap()),
                &mut address,
            )
            .unwrap();
            PrivateBus {
                daemon,
                address: address.trim().to_owned(),
                _dir: dir,
            }
        }

        fn builder(&self) -> zbus::Result<zbus::blocking::connection::Builder<'_>> {
            zbus::blocking::connection::Builder::address(self.address.as_str())
        }
    }

    impl Drop for PrivateBus {
        fn drop(&mut self) {
            let _ = self.daemon.kill();
            let _ = self.daemon.wait();
        }
    }

    fn argv(args: &[&str]) -> Vec<String> {
        std::iter::once("limber")
            .chain(args.iter().copied())
            .map(str::to_owned)
            .collect()
    }

    /// Issue 15: a second-launch call is taken only from the person's own programs. On a bus whose policy
    /// also lets anonymous peers in, such a peer's call is refused, while the person's own call opens Limber.
    #[test]
    fn second_launch_calls_are_taken_only_from_the_same_user() {
        let bus = PrivateBus::start(true);
        let (requests, incoming) = mpsc::channel();
        let claimed = claim_on(|| bus.builder(), requests, Duration::ZERO).unwrap();
        assert!(matches!(claimed, Claim::Owned(_)));
        let call = |mechanism: zbus::AuthMechanism, routine: &str| {
            let client = bus
                .builder()
                .unwrap()
                .auth_mechanism(mechanism)
                .build()
                .unwrap();
            client
                .call_method(
                    Some(NAME),
                    PATH,
                    Some(INTERFACE),
                    METHOD,
                    &(argv(&["start", routine]), "/".to_owned()),
                )
                .unwrap();
        };
        call(zbus::AuthMechanism::Anonymous, "from-someone-else");
        call(zbus::AuthMechanism::External, "plank");
        let first = incoming.recv_timeout(Duration::from_secs(5)).unwrap();
        assert!(
            matches!(&first, Request::Open(Some(routine)) if routine == "plank"),
            "{first:?}"
        );
        assert!(incoming.try_recv().is_err(), "the anonymous call was taken");
    }

    /// A launch hands its arguments to the Limber that holds the name, and is told it was taken; the holder
    /// gets them as the request they mean.
    #[test]
    fn a_launch_is_taken_by_the_limber_that_holds_the_name() {
        let bus = PrivateBus::start(false);
        let (requests, incoming) = mpsc::channel();
        let claimed = claim_on(|| bus.builder(), requests, Duration::ZERO).unwrap();
        assert!(matches!(claimed, Claim::Owned(_)));
        let launch = argv(&["start", "plank"]);
        assert_eq!(
            forward_on(|| bus.builder(), &launch, FORWARD_WAIT),
            Forwarded::Taken
        );
        assert_eq!(
            incoming.recv_timeout(Duration::from_secs(5)).unwrap(),
            Request::Open(Some("plank".to_owned()))
        );
        assert_eq!(
            forward_on(|| bus.builder(), &argv(&[]), FORWARD_WAIT),
            Forwarded::Taken
        );
        assert_eq!(
            incoming.recv_timeout(Duration::from_secs(5)).unwrap(),
            Request::Open(None)
        );
    }

    /// With nobody holding the name, or no bus at all, the launch is the one that runs.
    #[test]
    fn with_no_limber_running_the_launch_runs_itself() {
        let bus = PrivateBus::start(false);
        assert_eq!(
            forward_on(|| bus.builder(), &argv(&[]), FORWARD_WAIT),
            Forwarded::NoneRunning
        );
        // A name held and then given up (a tray process handing over) is free again.
        let (requests, _incoming) = mpsc::channel();
        let Ok(Claim::Owned(instance)) = claim_on(|| bus.builder(), requests, Duration::ZERO)
        else {
            panic!("the name was not free");
        };
        instance.release();
        assert_eq!(
            forward_on(|| bus.builder(), &argv(&[]), FORWARD_WAIT),
            Forwarded::NoneRunning
        );
        let dir = tempfile::tempdir().unwrap();
        let nowhere = format!("unix:path={}", dir.path().join("no-bus").display());
        assert_eq!(
            forward_on(
                || zbus::blocking::connection::Builder::address(nowhere.as_str()),
                &argv(&[]),
                FORWARD_WAIT
            ),
            Forwarded::NoneRunning
        );
    }

    /// A holder of the name that never answers.
    struct Stuck;

    #[zbus::interface(name = "org.SingleInstance.DBus")]
    impl Stuck {
        async fn execute_callback(&self, _argv: Vec<String>, _cwd: String) {
            std::future::pending::<()>().await;
        }
    }

    /// A Limber that holds the name but is stuck does not keep the launch waiting: past the wait, it is told
    /// so in words, and neither runs as a second Limber nor waits on.
    #[test]
    fn a_stuck_limber_does_not_keep_a_launch_waiting() {
        let bus = PrivateBus::start(false);
        let _holder = bus
            .builder()
            .unwrap()
            .name(NAME)
            .unwrap()
            .serve_at(PATH, Stuck)
            .unwrap()
            .build()
            .unwrap();
        let answer = forward_on(|| bus.builder(), &argv(&[]), Duration::from_millis(300));
        let Forwarded::NotAnswered(words) = answer else {
            panic!("a stuck holder was taken for {answer:?}");
        };
        assert!(words.to_lowercase().contains("timed out"), "{words}");
    }
}
