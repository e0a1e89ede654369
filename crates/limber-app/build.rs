//! Embeds the message catalogue (`assets/locales/<tag>/*.ftl` and `languages.json`) at compile time, the same
//! files the UI reads through Vite, so the program carries its words and never reads a catalogue from disk.
//! Adding a language or a file needs no Rust change.
//!
//! Each language's files are joined, their comment lines (translator notes, a quarter of the English) left
//! out, and the whole compressed with deflate: eleven languages are about 1.4 MB of text and 0.3 MB deflated,
//! and both programs (`limber` and `limber-tray`) carry them. A program inflates and parses only the languages
//! it speaks (`limber_app::i18n`), the first time it needs one. The installer is compressed with xz
//! (`scripts/package.sh`), so the files compressed here cost it little.

use std::error::Error;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Deflate's strongest level: compressing runs once per build, inflating is as quick at any level.
const LEVEL: u8 = 10;

// A build script speaks to cargo through standard output; that is the one print Limber allows.
#[allow(clippy::print_stdout)]
fn main() -> Result<(), Box<dyn Error>> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let out_dir = PathBuf::from(std::env::var("OUT_DIR")?);
    let locales = manifest.join("../../assets/locales");
    // A folder here makes cargo rerun this script when anything inside it changes.
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut out = String::from(
        "/// Every language's catalogue: (language tag, its files joined and deflated, each file's name and\n\
         /// byte range in the inflated text).\n",
    );
    out.push_str("pub(crate) static LANGUAGE_FILES: &[LanguageFiles] = &[\n");
    for dir in sorted(&locales)? {
        if !dir.is_dir() {
            continue;
        }
        let tag = name_of(&dir)?;
        let mut joined = String::new();
        let mut ranges = Vec::new();
        for file in sorted(&dir)? {
            if file.extension().is_some_and(|ext| ext == "ftl") {
                let start = joined.len();
                joined.push_str(&without_comments(&fs::read_to_string(&file)?));
                ranges.push((name_of(&file)?, start, joined.len()));
            }
        }
        let deflated = miniz_oxide::deflate::compress_to_vec(joined.as_bytes(), LEVEL);
        let blob = out_dir.join(format!("catalogue-{tag}.deflate"));
        fs::write(&blob, deflated)?;
        write!(out, "    ({tag:?}, include_bytes!({blob:?}), &[")?;
        for (name, start, end) in ranges {
            write!(out, "({name:?}, {start}, {end}), ")?;
        }
        out.push_str("]),\n");
    }
    out.push_str("];\n");
    let languages = fs::canonicalize(locales.join("languages.json"))?;
    writeln!(
        out,
        "/// Which languages exist and how complete each is.\npub(crate) static LANGUAGES: &str = include_str!({languages:?});"
    )?;
    fs::write(out_dir.join("catalogue.rs"), out)?;
    Ok(())
}

/// A Fluent file without its comment lines. A comment is a line that starts with `#` (`#`, `##`, `###`); a
/// message's value never does (its continuation lines are indented), so nothing a program says is lost.
fn without_comments(text: &str) -> String {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| [line, "\n"])
        .collect()
}

/// The entries of a folder in name order, so the generated file is the same on every machine.
fn sorted(dir: &Path) -> Result<Vec<PathBuf>, Box<dyn Error>> {
    let mut paths = fs::read_dir(dir)?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<Result<Vec<_>, _>>()?;
    paths.sort();
    Ok(paths)
}

fn name_of(path: &Path) -> Result<String, Box<dyn Error>> {
    path.file_name()
        .and_then(|name| name.to_str())
        .map(str::to_owned)
        .ok_or_else(|| format!("{} has no name in UTF-8", path.display()).into())
}
