//! The corpus of routine files in `tests/routine-files/`: every bad file gives exactly the problems
//! written in its `.expected` file (one `field: message` line each), and every good file loads and
//! survives a write-and-read round trip unchanged.
//!
//! To add a case, drop `<name>.limber-routine.json` and `<name>.expected` into `bad/` (or just the
//! routine into `good/`); no code changes.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests fail loudly by design, helpers included.

use std::fs;
use std::path::{Path, PathBuf};

use limber_core::library::{routine_file, Library, Problem};

fn corpus(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/routine-files")
        .join(kind);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.to_string_lossy().ends_with(routine_file::EXTENSION))
        .collect();
    files.sort();
    files
}

fn name_of(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// How a problem reads in an `.expected` file: the field path, then the message.
fn line(problem: &Problem) -> String {
    match &problem.field {
        Some(field) => format!("{field}: {}", problem.message),
        None => problem.message.clone(),
    }
}

/// Parses one file and compares its problems with `expected`, naming the file on failure.
fn check(library: &Library, path: &Path, expected: &[String]) {
    let file = name_of(path);
    let bytes = fs::read(path).unwrap();
    let got: Vec<String> = match routine_file::parse(&file, &bytes, library) {
        Ok(custom) => panic!("{file} loaded but must not: {custom:?}"),
        Err(problems) => {
            for p in &problems {
                assert_eq!(p.file, file, "every problem names the file");
            }
            problems.iter().map(line).collect()
        }
    };
    assert_eq!(got, expected, "{file}");
}

#[test]
fn every_bad_file_gives_its_expected_problems() {
    let library = Library::builtin().unwrap();
    let files = corpus("bad");
    assert!(files.len() >= 40, "the corpus is missing: {}", files.len());
    for path in files {
        let expected_path = PathBuf::from(
            path.to_string_lossy()
                .replace(routine_file::EXTENSION, ".expected"),
        );
        let expected: Vec<String> = fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()))
            .lines()
            .map(str::to_owned)
            .collect();
        check(&library, &path, &expected);
    }
}

#[test]
fn every_good_file_loads_and_round_trips() {
    let library = Library::builtin().unwrap();
    let files = corpus("good");
    assert!(files.len() >= 4);
    for path in files {
        let file = name_of(&path);
        let custom = routine_file::parse(&file, &fs::read(&path).unwrap(), &library)
            .unwrap_or_else(|p| panic!("{file}: {p:?}"));
        assert_eq!(library.validate_routine(&custom.routine), vec![], "{file}");
        let text = routine_file::to_text(&custom);
        let again = routine_file::parse(&file, text.as_bytes(), &library).unwrap();
        assert_eq!(again, custom, "{file}");
        // A custom routine read from a file joins the library and can be planned like a built-in.
        let (with, problems) = library.with_custom(vec![custom.clone()]);
        assert_eq!(problems, vec![], "{file}");
        assert!(with.plan(&custom.routine).is_ok(), "{file}");
    }
}
