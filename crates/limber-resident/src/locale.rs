//! The system's language, read from the environment: the one place Limber reads LANG, LC_ALL, LC_MESSAGES and
//! LANGUAGE (`limber_app::i18n::System::from_posix` says what they mean), and the debug switch
//! `LIMBER_PSEUDO_LOCALE=1` that offers the pseudo language (`en-XA`) to find text cut off by long words. It
//! never chooses a language itself: `limber_app::i18n` does, with the person's setting.

use limber_app::i18n::System;

/// What the system asks for now. Windows and macOS keep their language outside these variables; there it is
/// English unless they are set (reading the OS setting there is the next step of issue 22).
pub fn system() -> System {
    System::from_posix(
        |name| std::env::var(name).ok(),
        std::env::var("LIMBER_PSEUDO_LOCALE").is_ok_and(|value| value == "1"),
    )
}
