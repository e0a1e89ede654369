//! Guards the TypeScript bindings the UI imports: they are generated from the Rust types that cross IPC,
//! committed under `ui/src/lib/ipc/bindings/`, and this test fails when they are stale.
//! Regenerate them with `LIMBER_UPDATE_BINDINGS=1 cargo test -p limber bindings`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use ts_rs::{Config, TS};

/// Exports every root type that crosses IPC (their dependencies follow) into `dir`.
fn export_all(dir: &Path) {
    let cfg = Config::new().with_out_dir(dir).with_large_int("number");
    limber_app::error::CommandError::export_all(&cfg).unwrap();
    limber_app::routine_view::RoutineSummary::export_all(&cfg).unwrap();
    limber_app::routine_view::RoutineDetail::export_all(&cfg).unwrap();
    limber_app::custom_routines::ExerciseChoice::export_all(&cfg).unwrap();
    limber_app::custom_routines::DraftView::export_all(&cfg).unwrap();
    limber_app::custom_routines::RoutineHistory::export_all(&cfg).unwrap();
    limber_app::custom_routines::RoutineExported::export_all(&cfg).unwrap();
    limber_app::custom_routines::RoutineImport::export_all(&cfg).unwrap();
    limber_app::wire::library::Edit::export_all(&cfg).unwrap();
    crate::session::SessionView::export_all(&cfg).unwrap();
    crate::session::CueEvent::export_all(&cfg).unwrap();
    limber_app::wire::session::Command::export_all(&cfg).unwrap();
    crate::commands::audio::AudioState::export_all(&cfg).unwrap();
    limber_app::appearance::LookView::export_all(&cfg).unwrap();
    limber_app::i18n::LanguageView::export_all(&cfg).unwrap();
    limber_app::library_view::ExerciseCard::export_all(&cfg).unwrap();
    limber_app::wire::safety::SafetyGuide::export_all(&cfg).unwrap();
    limber_app::onboarding::OnboardingStatus::export_all(&cfg).unwrap();
    limber_app::wire::plan::PlanAnswers::export_all(&cfg).unwrap();
    limber_app::onboarding::PlanView::export_all(&cfg).unwrap();
    limber_app::onboarding::GuidePreferences::export_all(&cfg).unwrap();
    limber_app::progress::Dashboard::export_all(&cfg).unwrap();
    limber_app::progress::RedFlagOccurrence::export_all(&cfg).unwrap();
    limber_app::progression::DoseCard::export_all(&cfg).unwrap();
    limber_app::progression::DoseAnswer::export_all(&cfg).unwrap();
    limber_app::progression::Reply::export_all(&cfg).unwrap();
    limber_app::progress_settings::ProgressSettingsView::export_all(&cfg).unwrap();
    limber_app::progress_settings::ProgressSettingsInput::export_all(&cfg).unwrap();
    limber_app::journal::CheckInView::export_all(&cfg).unwrap();
    limber_app::journal::CheckInInput::export_all(&cfg).unwrap();
    limber_app::data::ExportKind::export_all(&cfg).unwrap();
    limber_app::data::ExportDone::export_all(&cfg).unwrap();
    limber_app::data::ImportSummary::export_all(&cfg).unwrap();
    limber_app::data::BackupInfo::export_all(&cfg).unwrap();
    limber_app::data::RecoveryNotice::export_all(&cfg).unwrap();
    limber_app::schedule::ReminderOverview::export_all(&cfg).unwrap();
    limber_app::notice::Notice::export_all(&cfg).unwrap();
    crate::window::NavigateRequest::export_all(&cfg).unwrap();
    limber_app::outbox::SaveState::export_all(&cfg).unwrap();
    limber_app::outbox::DataStatus::export_all(&cfg).unwrap();
    limber_app::sync::SyncStatus::export_all(&cfg).unwrap();
}

fn read_dir(dir: &Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "ts") {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            files.insert(name, fs::read_to_string(&path).unwrap());
        }
    }
    files
}

fn committed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/ipc/bindings")
}

#[test]
fn typescript_bindings_are_fresh() {
    let fresh = tempfile::tempdir().unwrap();
    export_all(fresh.path());
    let committed = committed_dir();
    if std::env::var_os("LIMBER_UPDATE_BINDINGS").is_some() {
        if committed.exists() {
            fs::remove_dir_all(&committed).unwrap();
        }
        export_all(&committed);
        return;
    }
    let expected = read_dir(fresh.path());
    let actual = if committed.exists() {
        read_dir(&committed)
    } else {
        BTreeMap::new()
    };
    assert!(
        expected == actual,
        "ui/src/lib/ipc/bindings is stale: run `LIMBER_UPDATE_BINDINGS=1 cargo test -p limber bindings` \
         and commit the result.\nexpected files: {:?}\ncommitted files: {:?}",
        expected.keys().collect::<Vec<_>>(),
        actual.keys().collect::<Vec<_>>()
    );
}
