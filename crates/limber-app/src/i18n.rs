//! The words Limber says, in the person's language: the message catalogue (Project Fluent files under
//! `assets/locales/<tag>/`, embedded at compile time; the UI reads the same files), which languages exist and
//! how complete each is (`assets/locales/languages.json`), the negotiation between what the system asks for and
//! what Limber offers, and the per-computer language choice (the "language" setting).
//!
//! Lookup and formatting are pure: every function takes the language as an argument. Reading LANG, LC_ALL,
//! LC_MESSAGES or LANGUAGE is an OS effect, done by `limber_resident::locale`, which fills a [`System`] and
//! passes it in. Plurals and variables are Fluent's: no sentence is ever assembled by concatenation here.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use limber_store::{Setting, SettingKey, Store, StoreError};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentArgs as Args;

mod embedded {
    /// A file's name and its byte range in its language's inflated text.
    pub(crate) type FileRange = (&'static str, usize, usize);
    /// A language's tag, its files joined and deflated, and where each file is in the inflated text.
    pub(crate) type LanguageFiles = (&'static str, &'static [u8], &'static [FileRange]);
    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
}

/// The source language: every message exists in it, and a message missing elsewhere falls back to it.
pub const SOURCE: &str = "en";

/// How far a language's translation has come. Only complete languages are offered to people; the pseudo
/// language only behind the debug switch ([`System::pseudo`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationStatus {
    Complete,
    InProgress,
    Pseudo,
}

/// One language of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LanguageEntry {
    /// Its BCP 47 tag, which is also its folder's name ("de", "pt-BR").
    pub tag: String,
    pub status: TranslationStatus,
}

#[derive(Deserialize)]
struct LanguagesFile {
    languages: Vec<LanguageEntry>,
}

/// What the operating system asks for, read by the OS layer: the languages in the order the person prefers
/// them, and whether the debug switch that offers the pseudo language is on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct System {
    pub languages: Vec<LanguageIdentifier>,
    pub pseudo: bool,
}

impl System {
    /// The system's languages from the POSIX variables, looked up by `var` (the OS layer passes the real
    /// environment; tests pass a table). The locale for messages is the first set of LC_ALL, LC_MESSAGES and
    /// LANG; when it is C or POSIX the system asks for no language (and GNU's LANGUAGE list is ignored, as
    /// gettext does). Otherwise LANGUAGE's colon-separated list comes first, then that locale.
    pub fn from_posix(var: impl Fn(&str) -> Option<String>, pseudo: bool) -> System {
        let set = |name: &str| var(name).filter(|value| !value.is_empty());
        let messages = set("LC_ALL")
            .or_else(|| set("LC_MESSAGES"))
            .or_else(|| set("LANG"));
        let Some(messages) = messages.as_deref().and_then(posix_locale) else {
            return System {
                languages: Vec::new(),
                pseudo,
            };
        };
        let mut languages: Vec<LanguageIdentifier> = set("LANGUAGE")
            .map(|list| list.split(':').filter_map(posix_locale).collect())
            .unwrap_or_default();
        if !languages.contains(&messages) {
            languages.push(messages);
        }
        System { languages, pseudo }
    }
}

/// A POSIX locale name as a language tag: "de_DE.UTF-8" is de-DE, "pt_BR" is pt-BR, "sr_RS@latin" is sr-RS.
/// "C", "POSIX" and their codeset forms ("C.UTF-8") name no language, so they give `None`, as does anything
/// that is not a well-formed tag.
pub fn posix_locale(value: &str) -> Option<LanguageIdentifier> {
    let value = value.trim();
    let without_modifier = value.split('@').next().unwrap_or(value);
    let name = without_modifier
        .split('.')
        .next()
        .unwrap_or(without_modifier);
    if name.is_empty() || name == "C" || name == "POSIX" {
        return None;
    }
    name.replace('_', "-").parse().ok()
}

/// The files of one language, as (file name, text) in file order; empty for a language the catalogue lacks.
type Loader = Box<dyn Fn(&str) -> Vec<(&'static str, String)> + Send + Sync>;

/// The catalogue: which languages exist, and each one's messages, read and parsed the first time that language
/// is asked for, so a program that speaks German and falls back to English never holds the other eight.
pub struct Catalogue {
    languages: Vec<LanguageEntry>,
    /// Reads one language's files (the embedded ones are inflated then).
    load: Loader,
    bundles: HashMap<String, OnceLock<FluentBundle<FluentResource>>>,
}

/// The embedded catalogue, built on first use. A file that does not parse keeps the messages that do (and is
/// logged); the catalogue check (`scripts/i18n-check.mjs`) and this module's tests refuse such a file first.
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue::new(embedded::LANGUAGES, Box::new(embedded_language)))
}

/// One language's embedded files, inflated (see `build.rs`): (file name, text without comment lines).
fn embedded_language(tag: &str) -> Vec<(&'static str, String)> {
    let Some((_, deflated, ranges)) = embedded::LANGUAGE_FILES
        .iter()
        .find(|(file_tag, _, _)| *file_tag == tag)
    else {
        return Vec::new();
    };
    let text = match miniz_oxide::inflate::decompress_to_vec(deflated)
        .map_err(|error| format!("{error:?}"))
        .and_then(|bytes| String::from_utf8(bytes).map_err(|error| error.to_string()))
    {
        Ok(text) => text,
        Err(error) => {
            log::error!(
                "the catalogue of {tag} cannot be read ({error}); it falls back to English"
            );
            return Vec::new();
        }
    };
    ranges
        .iter()
        .filter_map(|(name, start, end)| {
            text.get(*start..*end).map(|file| (*name, file.to_owned()))
        })
        .collect()
}

impl Catalogue {
    fn new(languages: &str, load: Loader) -> Catalogue {
        let languages = match serde_json::from_str::<LanguagesFile>(languages) {
            Ok(file) => file.languages,
            Err(error) => {
                log::error!(
                    "the list of languages cannot be read ({error}); only English is offered"
                );
                vec![LanguageEntry {
                    tag: SOURCE.to_owned(),
                    status: TranslationStatus::Complete,
                }]
            }
        };
        let mut bundles = HashMap::new();
        for entry in &languages {
            if entry.tag.parse::<LanguageIdentifier>().is_err() {
                log::error!("\"{}\" is not a language tag; it is left out", entry.tag);
                continue;
            }
            bundles.insert(entry.tag.clone(), OnceLock::new());
        }
        Catalogue {
            languages,
            load,
            bundles,
        }
    }

    /// The messages of `tag`, read and parsed on first use; `None` for a language the catalogue lacks.
    fn bundle(&self, tag: &str) -> Option<&FluentBundle<FluentResource>> {
        let cell = self.bundles.get(tag)?;
        Some(cell.get_or_init(|| self.parse(tag)))
    }

    fn parse(&self, tag: &str) -> FluentBundle<FluentResource> {
        let id = tag.parse::<LanguageIdentifier>().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks around variables would reach notification servers and accessible names as
        // invisible characters; the UI's bundles turn them off too, so both sides say the same.
        bundle.set_use_isolating(false);
        for (name, text) in (self.load)(tag) {
            let resource = FluentResource::try_new(text).unwrap_or_else(|(resource, errors)| {
                log::error!("{tag}/{name} has errors: {errors:?}");
                resource
            });
            if let Err(errors) = bundle.add_resource(resource) {
                log::error!("{tag}/{name} repeats messages: {errors:?}");
            }
        }
        bundle
    }

    /// Every language of the catalogue, complete or not, in the list's order.
    pub fn languages(&self) -> &[LanguageEntry] {
        &self.languages
    }

    /// The languages a person may choose: the complete ones, and the pseudo language with the debug switch.
    pub fn offered(&self, pseudo: bool) -> Vec<&str> {
        self.languages
            .iter()
            .filter(|entry| match entry.status {
                TranslationStatus::Complete => true,
                TranslationStatus::InProgress => false,
                TranslationStatus::Pseudo => pseudo,
            })
            .map(|entry| entry.tag.as_str())
            .collect()
    }

    /// The message `id` in `language`, with `args` for its variables. A message the language lacks comes
    /// from English; one that English lacks too is returned as its id, so a mistake shows instead of a blank.
    pub fn text(&self, language: &str, id: &str, args: Option<&FluentArgs>) -> String {
        [language, SOURCE]
            .into_iter()
            .find_map(|tag| self.format(tag, id, args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// The message `id` in `language` itself, without falling back: `None` when the language lacks it. The
    /// content's words use this, because their fallback is the English of the content files themselves.
    pub fn own_text(&self, language: &str, id: &str) -> Option<String> {
        self.format(language, id, None)
    }

    fn format(&self, tag: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundle(tag)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if !errors.is_empty() {
            log::warn!("{tag}/{id}: {errors:?}");
        }
        Some(text)
    }

    /// The language to speak for a stored choice and what the system asks for: the choice when it is offered,
    /// else the best offered match for the system's languages, else English.
    pub fn in_force(&self, choice: Option<&str>, system: &System) -> String {
        let offered = self.offered(system.pseudo);
        if let Some(choice) = choice.filter(|choice| offered.contains(choice)) {
            return choice.to_owned();
        }
        self.negotiate(&system.languages, &offered)
    }

    /// The offered language that best matches `requested` (Fluent's lookup strategy, so "de-AT" finds "de"
    /// and "pt-PT" finds "pt-BR"), or English.
    fn negotiate(&self, requested: &[LanguageIdentifier], offered: &[&str]) -> String {
        let available: Vec<LanguageIdentifier> =
            offered.iter().filter_map(|tag| tag.parse().ok()).collect();
        let Ok(default) = SOURCE.parse::<LanguageIdentifier>() else {
            return SOURCE.to_owned();
        };
        negotiate_languages(
            requested,
            &available,
            Some(&default),
            NegotiationStrategy::Lookup,
        )
        .first()
        .map_or_else(|| SOURCE.to_owned(), |id| id.to_string())
    }
}

/// The message `id` in `language` from the embedded catalogue (see [`Catalogue::text`]).
pub fn text(language: &str, id: &str) -> String {
    catalogue().text(language, id, None)
}

/// The same with variables.
pub fn text_with(language: &str, id: &str, args: &FluentArgs) -> String {
    catalogue().text(language, id, Some(args))
}

/// The language a person chose for this computer, or none to follow the system. Exported with the person's
/// settings; never synced (a computer's language is its own, like its look).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct LanguageChoice {
    pub language: Option<String>,
}

impl Setting for LanguageChoice {
    const KEY: SettingKey = SettingKey::Language;
}

/// What the language menu shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LanguageView {
    /// The stored choice; `null` follows the system.
    pub choice: Option<String>,
    /// The language in force now.
    pub in_force: String,
    /// The language the system's settings give (what "System (…)" names).
    pub system: String,
    /// Every language of the catalogue; only the offered ones can be chosen.
    pub languages: Vec<LanguageEntry>,
    /// The tags that can be chosen.
    pub offered: Vec<String>,
}

/// The language in force for this store's choice and the system: what notifications and the tray use. A choice
/// that cannot be read follows the system.
pub fn language_in_force(store: &Store, system: &System) -> String {
    let choice: LanguageChoice = store.load_setting().unwrap_or_else(|error| {
        log::warn!("the language setting cannot be read ({error}); the system's language is used");
        LanguageChoice::default()
    });
    catalogue().in_force(choice.language.as_deref(), system)
}

/// The language menu's view.
pub fn language_view(store: &Store, system: &System) -> Result<LanguageView, StoreError> {
    let choice: LanguageChoice = store.load_setting()?;
    let catalogue = catalogue();
    Ok(LanguageView {
        in_force: catalogue.in_force(choice.language.as_deref(), system),
        system: catalogue.in_force(None, system),
        choice: choice.language,
        languages: catalogue.languages().to_vec(),
        offered: catalogue
            .offered(system.pseudo)
            .into_iter()
            .map(str::to_owned)
            .collect(),
    })
}

/// Stores a choice (`None` follows the system) and returns the menu's view. A language that is not offered
/// is refused with [`UnknownLanguage`].
pub fn set_language(
    store: &Store,
    choice: Option<String>,
    system: &System,
) -> Result<Result<LanguageView, UnknownLanguage>, StoreError> {
    if let Some(tag) = &choice {
        if !catalogue().offered(system.pseudo).contains(&tag.as_str()) {
            return Ok(Err(UnknownLanguage(tag.clone())));
        }
    }
    store.save_setting(&LanguageChoice { language: choice })?;
    language_view(store, system).map(Ok)
}

/// A language Limber does not offer was asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

impl std::fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Limber has no complete translation for \"{}\".", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(tag: &str) -> LanguageIdentifier {
        tag.parse().unwrap()
    }

    #[test]
    fn posix_locale_names_table() {
        fn check(value: &str, expected: Option<&str>) {
            assert_eq!(
                posix_locale(value).map(|id| id.to_string()),
                expected.map(str::to_owned),
                "{value}"
            );
        }
        check("de_DE.UTF-8", Some("de-DE"));
        check("pt_BR", Some("pt-BR"));
        check("zh_CN.UTF-8", Some("zh-CN"));
        check("sr_RS.UTF-8@latin", Some("sr-RS"));
        check("en_US.utf8", Some("en-US"));
        check("fr", Some("fr"));
        check("C", None);
        check("C.UTF-8", None);
        check("POSIX", None);
        check("", None);
        check("not a locale", None);
    }

    #[test]
    fn system_languages_follow_the_posix_order_table() {
        fn check(vars: &[(&str, &str)], expected: &[&str]) {
            let system = System::from_posix(
                |name| {
                    vars.iter()
                        .find(|(key, _)| *key == name)
                        .map(|(_, value)| (*value).to_owned())
                },
                false,
            );
            let got: Vec<String> = system.languages.iter().map(|id| id.to_string()).collect();
            assert_eq!(got, expected, "{vars:?}");
        }
        check(&[("LANG", "de_DE.UTF-8")], &["de-DE"]);
        check(
            &[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "pt_BR")],
            &["pt-BR"],
        );
        check(
            &[
                ("LANG", "de_DE.UTF-8"),
                ("LC_MESSAGES", "pt_BR"),
                ("LC_ALL", "zh_CN.UTF-8"),
            ],
            &["zh-CN"],
        );
        check(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "")], &["de-DE"]);
        check(
            &[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "fr:en_GB")],
            &["fr", "en-GB", "de-DE"],
        );
        // C and POSIX ask for no language, and then LANGUAGE is ignored, as gettext does.
        check(&[("LANG", "C")], &[]);
        check(&[("LANG", "C.UTF-8"), ("LANGUAGE", "de")], &[]);
        check(&[("LC_ALL", "POSIX"), ("LANG", "de_DE.UTF-8")], &[]);
        check(&[], &[]);
    }

    #[test]
    fn negotiation_table() {
        fn check(choice: Option<&str>, system: &[&str], pseudo: bool, expected: &str) {
            let system = System {
                languages: system.iter().map(|tag| id(tag)).collect(),
                pseudo,
            };
            assert_eq!(
                catalogue().in_force(choice, &system),
                expected,
                "{choice:?} {system:?}"
            );
        }
        check(None, &["de-DE"], false, "de");
        check(None, &["de-AT"], false, "de");
        check(None, &["en-US"], false, "en");
        check(None, &[], false, "en");
        // Every language Limber has, from the system's region variants.
        check(None, &["es-ES"], false, "es");
        check(None, &["es-MX"], false, "es");
        check(None, &["fr-FR"], false, "fr");
        check(None, &["fr-CA"], false, "fr");
        check(None, &["pt-BR"], false, "pt-BR");
        check(None, &["it-IT"], false, "it");
        check(None, &["nl-BE"], false, "nl");
        check(None, &["pl-PL"], false, "pl");
        check(None, &["ja-JP"], false, "ja");
        check(None, &["zh-CN"], false, "zh-CN");
        // A language Limber does not have: the next the system lists, else English.
        check(None, &["sv-SE", "de-DE"], false, "de");
        check(None, &["sv-SE"], false, "en");
        // The choice wins over the system, but only when it is offered.
        check(Some("en"), &["de-DE"], false, "en");
        check(Some("de"), &[], false, "de");
        check(Some("ja"), &["de-DE"], false, "ja");
        check(Some("klingon"), &[], false, "en");
        // The pseudo language only behind the debug switch.
        check(Some("en-XA"), &[], false, "en");
        check(Some("en-XA"), &[], true, "en-XA");
        check(None, &["en-XA"], true, "en-XA");
    }

    #[test]
    fn plurals_and_variables_table() {
        fn check(language: &str, routine: &str, minutes: u32, expected: &str) {
            let mut args = FluentArgs::new();
            args.set("routine", routine);
            args.set("minutes", minutes);
            assert_eq!(
                text_with(language, "notice-title", &args),
                expected,
                "{language} {minutes}"
            );
        }
        check("en", "Wind-down", 1, "Wind-down: 1 minute");
        check("en", "Wind-down", 9, "Wind-down: 9 minutes");
        check("en", "Wind-down", 0, "Wind-down: 0 minutes");
        check("de", "Abend", 1, "Abend: 1 Minute");
        check("de", "Abend", 2, "Abend: 2 Minuten");
        check("de", "Abend", 21, "Abend: 21 Minuten");
    }

    #[test]
    fn a_missing_message_falls_back_to_english() {
        let files: &'static [(&str, &str, &str)] = &[
            ("fr", "a.ftl", "hello = Bonjour\n"),
            ("en", "a.ftl", "hello = Hello\nbye = Goodbye\n"),
            ("de", "a.ftl", "hello = Hallo\n"),
        ];
        let catalogue = Catalogue::new(
            r#"{"source":"en","languages":[{"tag":"en","status":"complete"},{"tag":"de","status":"in-progress"},{"tag":"fr","status":"in-progress"}]}"#,
            Box::new(move |tag: &str| {
                files
                    .iter()
                    .filter(|(file_tag, _, _)| *file_tag == tag)
                    .map(|(_, name, text)| (*name, (*text).to_owned()))
                    .collect()
            }),
        );
        assert_eq!(catalogue.text("de", "hello", None), "Hallo");
        assert_eq!(catalogue.text("de", "bye", None), "Goodbye");
        // A language is read only when it is asked for: English and German now, never the third.
        let read = |tag: &str| catalogue.bundles[tag].get().is_some();
        assert_eq!((read("en"), read("de"), read("fr")), (true, true, false));
        // A language Limber does not have at all speaks English.
        assert_eq!(catalogue.text("xx", "bye", None), "Goodbye");
        // A message missing everywhere shows its id rather than nothing.
        assert_eq!(catalogue.text("de", "nowhere", None), "nowhere");
        // A language in progress is never offered nor in force: a German system falls back to English.
        assert_eq!(catalogue.offered(false), vec!["en"]);
        let german = System {
            languages: vec![id("de-DE")],
            pseudo: false,
        };
        assert_eq!(catalogue.in_force(None, &german), "en");
        assert_eq!(catalogue.in_force(Some("de"), &german), "en");
        // And the real catalogue: a language Limber does not have reads English, Spanish its own words.
        assert_eq!(text("xx", "exercise-cat-cow-name"), "Cat-cow");
        assert_eq!(text("es", "exercise-cat-cow-name"), "Gato-vaca");
        assert_eq!(text("es", "tray-quit"), "Salir");
        assert_eq!(text("de", "tray-quit"), "Beenden");
    }

    #[test]
    fn every_catalogue_file_parses_and_every_listed_language_has_a_bundle() {
        let catalogue = catalogue();
        for entry in catalogue.languages() {
            assert!(catalogue.bundles.contains_key(&entry.tag), "{}", entry.tag);
            assert_ne!(
                catalogue.format(&entry.tag, "language-self", None),
                None,
                "{} names itself",
                entry.tag
            );
        }
        for (tag, _, _) in embedded::LANGUAGE_FILES {
            let files = embedded_language(tag);
            assert!(files.len() > 20, "{tag} has its files");
            for (name, text) in files {
                assert!(
                    FluentResource::try_new(text).is_ok(),
                    "{tag}/{name} does not parse"
                );
            }
        }
        assert_eq!(
            catalogue.offered(false),
            vec!["en", "de", "es", "fr", "pt-BR", "it", "nl", "pl", "ja", "zh-CN"]
        );
    }

    /// Issue 19: the catalogue is embedded deflated and without its comment lines (build.rs). Every message and
    /// term of every file on disk is still there, with the same value, and no comment line is left.
    #[test]
    fn the_embedded_catalogue_is_every_file_without_its_comments() {
        let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/locales");
        let entries = |text: &str| -> Vec<(String, String)> {
            let resource = FluentResource::try_new(text.to_owned()).expect("parses");
            resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(message) => {
                        Some((message.id.name.to_owned(), format!("{:?}", message.value)))
                    }
                    fluent_syntax::ast::Entry::Term(term) => {
                        Some((format!("-{}", term.id.name), format!("{:?}", term.value)))
                    }
                    _ => None,
                })
                .collect()
        };
        let mut compared = 0;
        for (tag, _, _) in embedded::LANGUAGE_FILES {
            for (name, text) in embedded_language(tag) {
                assert!(
                    !text.lines().any(|line| line.starts_with('#')),
                    "{tag}/{name}"
                );
                let on_disk = std::fs::read_to_string(locales.join(tag).join(name)).expect("file");
                assert_eq!(entries(&text), entries(&on_disk), "{tag}/{name}");
                compared += 1;
            }
        }
        assert!(compared > 300, "{compared} files");
    }

    /// Issue 22: the English back-translations of the safety text (`<tag>/back/`) are never embedded, so they
    /// can never stand in for the translation they check.
    #[test]
    fn back_translations_are_not_embedded() {
        let safety: Vec<String> = embedded_language("de")
            .into_iter()
            .filter(|(name, _)| *name == "content-safety.ftl")
            .map(|(_, text)| text)
            .collect();
        assert_eq!(safety.len(), 1);
        assert!(safety[0].contains("Hör auf, wenn"));
        assert!(embedded::LANGUAGE_FILES
            .iter()
            .all(|(tag, _, _)| *tag != "back"));
        assert_eq!(
            text("de", "safety-sign-chest-pain"),
            "Schmerzen in der Brust zusammen mit den Rückenschmerzen."
        );
    }

    /// A language belongs to a computer: sync must never carry it.
    #[test]
    fn the_language_is_not_synced_but_is_exported() {
        assert!(!limber_core::sync::SHARED_SETTINGS.contains(&SettingKey::Language.name()));
        assert!(SettingKey::Language.exported());
    }

    #[test]
    fn a_choice_is_stored_and_a_language_not_offered_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("limber.sqlite3")).unwrap();
        let system = System {
            languages: vec![id("de-DE")],
            pseudo: false,
        };
        let view = language_view(&store, &system).unwrap();
        assert_eq!((view.choice, view.in_force.as_str()), (None, "de"));
        let view = set_language(&store, Some("en".into()), &system)
            .unwrap()
            .unwrap();
        assert_eq!(
            (
                view.choice.as_deref(),
                view.in_force.as_str(),
                view.system.as_str()
            ),
            (Some("en"), "en", "de")
        );
        assert_eq!(language_in_force(&store, &system), "en");
        assert_eq!(
            set_language(&store, Some("sv".into()), &system).unwrap(),
            Err(UnknownLanguage("sv".into()))
        );
        assert_eq!(language_in_force(&store, &system), "en");
        set_language(&store, None, &system).unwrap().unwrap();
        assert_eq!(language_in_force(&store, &system), "de");
    }
}
