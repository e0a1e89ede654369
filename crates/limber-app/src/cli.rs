//! The command line: `limber` opens the app; subcommands answer from the same data directory without
//! opening a window, so status bars and scripts can use them while the app runs.
//!
//! Parsing is a pure function over the arguments (tested below); each subcommand lives with its domain
//! and is only dispatched from here.

use std::path::PathBuf;

/// What the user asked for on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CliCommand {
    /// Open the app (or focus the running instance).
    Open,
    /// Start in the tray without opening the window (how start at login launches Limber), so that no
    /// webview is ever created until the person asks for one.
    Background,
    /// Open the app (or the running instance) on this routine's player.
    Start {
        routine_id: String,
    },
    /// Print the next reminders and today's state.
    Status {
        json: bool,
    },
    /// Merge a Limber JSON export into the data directory.
    Import {
        file: PathBuf,
    },
    /// One sync pass through the folder chosen before, or through `folder`, which becomes the one.
    Sync {
        folder: Option<PathBuf>,
    },
    /// Internal, not in the usage: another Limber process (`limber import`) changed the data, so the
    /// running one reads its routines and reminders again. Sent over the single-instance name.
    DataChanged,
    /// Debug builds only, for the fault tests: make `count` sessions and check-ins through the app's own save
    /// paths, numbered from `first`, acknowledging each commit on standard output.
    FaultWrites {
        count: u32,
        first: u32,
    },
    Help,
    Version,
}

/// Why the arguments could not be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CliError {
    #[error("unknown command \"{0}\"; try `limber --help`")]
    UnknownCommand(String),
    #[error("unknown option \"{0}\"; try `limber --help`")]
    UnknownOption(String),
    #[error("`limber {0}` needs {1}")]
    Missing(&'static str, &'static str),
}

/// The argument that carries [`CliCommand::DataChanged`] to the running instance.
pub const DATA_CHANGED: &str = "--data-changed";

pub const USAGE: &str = "\
Limber: gentle bedtime and morning back routines.

Usage:
  limber                      open Limber (or show the running one)
  limber --background         start in the tray without a window (used by start at login)
  limber start <routine-id>   open Limber on a routine, e.g. `limber start bedtime-wind-down`
  limber status [--json]      print the next reminders and today's routines
  limber import <file>        merge a Limber JSON export into your data
  limber sync [--folder DIR]  sync with your other computers through a folder you sync
                              (Syncthing, Nextcloud, Dropbox…); --folder chooses it
  limber --help | --version
";

/// Parses the arguments after the program name. Arguments the desktop environment or WebDriver may add
/// before ours (those starting with `-psn_` on macOS) are ignored.
pub fn parse<I, S>(args: I) -> Result<CliCommand, CliError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let args: Vec<String> = args
        .into_iter()
        .map(|a| a.as_ref().to_owned())
        .filter(|a| !a.starts_with("-psn_"))
        .collect();
    let mut rest = args.iter().map(String::as_str);
    match rest.next() {
        None => Ok(CliCommand::Open),
        Some("--help" | "-h" | "help") => Ok(CliCommand::Help),
        Some("--version" | "-V") => Ok(CliCommand::Version),
        Some("--background") => Ok(CliCommand::Background),
        Some(DATA_CHANGED) => Ok(CliCommand::DataChanged),
        Some("--fault-writes") if cfg!(debug_assertions) => {
            let number = |what: &'static str, value: Option<&str>| {
                value
                    .and_then(|value| value.parse().ok())
                    .ok_or(CliError::Missing("--fault-writes", what))
            };
            Ok(CliCommand::FaultWrites {
                count: number("a count", rest.next())?,
                first: number("a first number", rest.next())?,
            })
        }
        Some("start") => match rest.next() {
            Some(id) if !id.starts_with('-') => Ok(CliCommand::Start {
                routine_id: id.to_owned(),
            }),
            _ => Err(CliError::Missing("start", "a routine id")),
        },
        Some("status") => {
            let mut json = false;
            for option in rest {
                match option {
                    "--json" => json = true,
                    other => return Err(CliError::UnknownOption(other.to_owned())),
                }
            }
            Ok(CliCommand::Status { json })
        }
        Some("import") => match rest.next() {
            Some(file) => Ok(CliCommand::Import {
                file: PathBuf::from(file),
            }),
            None => Err(CliError::Missing("import", "a file")),
        },
        Some("sync") => match (rest.next(), rest.next(), rest.next()) {
            (None, ..) => Ok(CliCommand::Sync { folder: None }),
            (Some("--folder"), Some(folder), None) => Ok(CliCommand::Sync {
                folder: Some(PathBuf::from(folder)),
            }),
            (Some("--folder"), None, _) => Err(CliError::Missing("sync --folder", "a folder")),
            (Some("--folder"), Some(_), Some(other)) | (Some(other), ..) => {
                Err(CliError::UnknownOption(other.to_owned()))
            }
        },
        Some(other) if other.starts_with('-') => Err(CliError::UnknownOption(other.to_owned())),
        Some(other) => Err(CliError::UnknownCommand(other.to_owned())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(args: &[&str], expected: Result<CliCommand, CliError>) {
        assert_eq!(parse(args), expected, "args {args:?}");
    }

    #[test]
    fn arguments_parse_to_commands() {
        check(&[], Ok(CliCommand::Open));
        check(&["--help"], Ok(CliCommand::Help));
        check(&["--data-changed"], Ok(CliCommand::DataChanged));
        check(&["-V"], Ok(CliCommand::Version));
        check(
            &["start", "morning-mobility"],
            Ok(CliCommand::Start {
                routine_id: "morning-mobility".into(),
            }),
        );
        check(&["start"], Err(CliError::Missing("start", "a routine id")));
        check(&["status"], Ok(CliCommand::Status { json: false }));
        check(&["status", "--json"], Ok(CliCommand::Status { json: true }));
        check(
            &["status", "--yaml"],
            Err(CliError::UnknownOption("--yaml".into())),
        );
        check(
            &["import", "backup.json"],
            Ok(CliCommand::Import {
                file: "backup.json".into(),
            }),
        );
        check(&["import"], Err(CliError::Missing("import", "a file")));
        check(&["sync"], Ok(CliCommand::Sync { folder: None }));
        check(
            &["sync", "--folder", "/home/a/Sync"],
            Ok(CliCommand::Sync {
                folder: Some("/home/a/Sync".into()),
            }),
        );
        check(
            &["sync", "--folder"],
            Err(CliError::Missing("sync --folder", "a folder")),
        );
        check(
            &["sync", "--now"],
            Err(CliError::UnknownOption("--now".into())),
        );
        check(
            &["sync", "--folder", "a", "b"],
            Err(CliError::UnknownOption("b".into())),
        );
        check(&["dance"], Err(CliError::UnknownCommand("dance".into())));
        check(&["--fast"], Err(CliError::UnknownOption("--fast".into())));
        check(&["-psn_0_1234"], Ok(CliCommand::Open));
        check(&["--background"], Ok(CliCommand::Background));
    }
}
