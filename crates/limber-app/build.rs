//! Embeds the message catalogue (`assets/locales/<tag>/*.ftl` and `languages.json`) at compile time, the same
//! files the UI reads through Vite, so the program carries its words and never reads a catalogue from disk.
//! It writes one generated list of `include_str!` calls, so adding a language or a file needs no Rust change.
//! The files are embedded as they are, not compressed: the installer compresses them as well as a deflate here
//! would (better, measured: deflating each file made the `.deb` 200 KB bigger), and a program parses only the
//! languages it speaks (`limber_app::i18n`), so the others cost disk, not memory.

use std::error::Error;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

// A build script speaks to cargo through standard output; that is the one print Limber allows.
#[allow(clippy::print_stdout)]
fn main() -> Result<(), Box<dyn Error>> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let locales = manifest.join("../../assets/locales");
    // A folder here makes cargo rerun this script when anything inside it changes.
    println!("cargo:rerun-if-changed={}", locales.display());
    let mut out = String::from("/// Every catalogue file: (language tag, file name, text).\n");
    out.push_str("pub(crate) static FILES: &[(&str, &str, &str)] = &[\n");
    for dir in sorted(&locales)? {
        if !dir.is_dir() {
            continue;
        }
        let tag = name_of(&dir)?;
        for file in sorted(&dir)? {
            if file.extension().is_some_and(|ext| ext == "ftl") {
                let name = name_of(&file)?;
                let path = fs::canonicalize(&file)?;
                writeln!(out, "    ({tag:?}, {name:?}, include_str!({path:?})),")?;
            }
        }
    }
    out.push_str("];\n");
    let languages = fs::canonicalize(locales.join("languages.json"))?;
    writeln!(
        out,
        "/// Which languages exist and how complete each is.\npub(crate) static LANGUAGES: &str = include_str!({languages:?});"
    )?;
    let target = PathBuf::from(std::env::var("OUT_DIR")?).join("catalogue.rs");
    fs::write(target, out)?;
    Ok(())
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
