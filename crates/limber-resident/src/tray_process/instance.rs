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

/// Tells the running Limber (the app or this tray process, whichever holds the single-instance name) that
/// the data changed, the way a second launch reaches it. Returns whether one was told; none running is not
/// an error (the next start reads the data anyway).
pub fn tell_data_changed() -> bool {
    let told = zbus::blocking::Connection::session().and_then(|connection| {
        let cwd = std::env::current_dir()
            .map(|dir| dir.display().to_string())
            .unwrap_or_default();
        let argv = vec![
            "limber".to_owned(),
            limber_app::cli::DATA_CHANGED.to_owned(),
        ];
        connection.call_method(
            Some(NAME),
            PATH,
            Some("org.SingleInstance.DBus"),
            "ExecuteCallback",
            &(argv, cwd),
        )
    });
    match told {
        Ok(_) => true,
        Err(error) => {
            log::debug!("no running Limber was told of the change ({error})");
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

    /// Issue 15: a second-launch call is taken only from the person's own programs. On a bus whose policy
    /// also lets anonymous peers in, such a peer's call is refused, while the person's own call opens Limber.
    #[test]
    fn second_launch_calls_are_taken_only_from_the_same_user() {
        let dir = tempfile::tempdir().unwrap();
        let config = dir.path().join("bus.conf");
        std::fs::write(
            &config,
            format!(
                "<busconfig><type>session</type><listen>unix:dir={}</listen>\
                 <auth>EXTERNAL</auth><auth>ANONYMOUS</auth><allow_anonymous/>\
                 <policy context=\"default\"><allow user=\"*\"/><allow send_destination=\"*\"/>\
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
        let address = address.trim().to_owned();
        let (requests, incoming) = mpsc::channel();
        let claimed = claim_on(
            || zbus::blocking::connection::Builder::address(address.as_str()),
            requests,
            Duration::ZERO,
        )
        .unwrap();
        assert!(matches!(claimed, Claim::Owned(_)));
        let call = |mechanism: zbus::AuthMechanism, routine: &str| {
            let client = zbus::blocking::connection::Builder::address(address.as_str())
                .unwrap()
                .auth_mechanism(mechanism)
                .build()
                .unwrap();
            let argv = vec!["limber".to_owned(), "start".to_owned(), routine.to_owned()];
            client
                .call_method(
                    Some(NAME),
                    PATH,
                    Some("org.SingleInstance.DBus"),
                    "ExecuteCallback",
                    &(argv, "/".to_owned()),
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
        let _ = daemon.kill();
        let _ = daemon.wait();
    }
}
