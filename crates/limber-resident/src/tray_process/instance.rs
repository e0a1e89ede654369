//! The single-instance D-Bus name, as the app's single-instance plugin (tauri-plugin-single-instance) owns
//! it: the well-known name `<identifier>.SingleInstance` with the method
//! `org.SingleInstance.DBus.ExecuteCallback(argv, cwd)`. A second `limber` finds the name taken, calls the
//! method with its arguments and exits; whichever process holds the name answers. Here the answer becomes a
//! [`Request`] for the tray process's loop.

use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::cli::CliCommand;

use super::Request;

/// The well-known name (the app's identifier, `crate::state::IDENTIFIER`, plus the plugin's suffix).
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
    let deadline = Instant::now() + wait;
    loop {
        let built = zbus::blocking::connection::Builder::session()?
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

/// What a second launch with these arguments (program name first) asks the tray process for: as in the
/// app, `limber start <id>` opens that routine, `limber --background` (start at login) changes nothing but
/// counts as using the computer, and anything else shows the window.
pub fn request_for(argv: &[String]) -> Request {
    match crate::cli::parse(argv.iter().skip(1)) {
        Ok(CliCommand::Start { routine_id }) => Request::Open(Some(routine_id)),
        Ok(CliCommand::Background) => Request::Activity,
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
    fn execute_callback(&self, argv: Vec<String>, _cwd: String) {
        if self.requests.send(request_for(&argv)).is_err() {
            log::debug!("the tray process is ending; a second launch was dropped");
        }
    }
}
