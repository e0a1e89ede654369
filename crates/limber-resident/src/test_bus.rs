//! A private D-Bus daemon for tests (`dbus-daemon --session`), so that tests of D-Bus listeners never touch
//! the session they run in. Test-only: a failure to start the bus fails the test at once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use zbus::blocking::Connection;

/// A private bus for the test: `dbus-daemon --session`, ended when dropped.
pub struct PrivateBus {
    daemon: std::process::Child,
    address: String,
}

impl PrivateBus {
    pub fn start() -> PrivateBus {
        use std::io::BufRead;
        let mut daemon = std::process::Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("dbus-daemon (package dbus-daemon) runs the private test bus");
        let mut address = String::new();
        std::io::BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        PrivateBus {
            daemon,
            address: address.trim().to_owned(),
        }
    }

    pub fn connect(&self) -> Connection {
        zbus::blocking::connection::Builder::address(self.address.as_str())
            .unwrap()
            .build()
            .unwrap()
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}
