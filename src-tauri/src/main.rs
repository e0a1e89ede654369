//! The `limber` binary: hands straight over to the library so that the whole app stays testable.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    std::process::exit(limber_shell::run());
}
