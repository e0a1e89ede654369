//! Issue 22: the command line speaks the system's language. `limber status` runs on a fresh data folder with
//! LANG set (and LC_ALL, LC_MESSAGES and LANGUAGE cleared, as the locale is read from them in that order), and
//! its lines are checked that do not depend on the date: with no reminder set and nothing done yet.

// Helpers outside `#[test]` functions are test code too; clippy's in-test exemption misses them.
#![allow(clippy::unwrap_used)]
#![cfg(target_os = "linux")]

use std::process::Command;

/// `limber status` on a fresh data folder with `LANG=lang`: its standard output.
fn status(lang: &str) -> String {
    let home = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_limber"))
        .arg("status")
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env_remove("LIMBER_PSEUDO_LOCALE")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn limber_status_speaks_the_systems_language() {
    fn check(lang: &str, lines: &[&str]) {
        let text = status(lang);
        assert!(text.starts_with("Limber"), "{lang}: {text}");
        for line in lines {
            assert!(
                text.lines().any(|l| l.trim() == *line),
                "{lang}: no line {line:?} in\n{text}"
            );
        }
    }
    check(
        "de_DE.UTF-8",
        &[
            "Nächste Erinnerung: keine eingerichtet",
            "keine Erinnerung",
            "heute: noch nicht erledigt",
            "Serie: 0 Tage (bisher beste: 0)",
            // The built-in routines are content, named in the language too.
            "Zur Ruhe kommen am Abend (10 Min.)",
            "Beweglich in den Morgen (6 Min.)",
        ],
    );
    check(
        "C.UTF-8",
        &[
            "Next reminder: none set",
            "no reminder",
            "today: not done yet",
            "streak: 0 days (best 0)",
        ],
    );
    check(
        "fr_FR.UTF-8",
        &[
            "Prochain rappel\u{a0}: aucun réglé",
            "Détente du soir (10 min)",
        ],
    );
    check(
        "ja_JP.UTF-8",
        &["次のリマインダー：未設定", "就寝前のリラックス（10分）"],
    );
    // A language Limber does not have: English stands in.
    check("sv_SE.UTF-8", &["Next reminder: none set"]);
}
