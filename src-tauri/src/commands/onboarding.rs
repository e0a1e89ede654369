//! Commands of the first run and the person's plan: adapters over `limber_app::onboarding`, which holds the
//! use cases, and the core's `limber_core::plan`, which proposes the plan. The one thing done here is handing
//! a plan's reminders to the app's reminder scheduler, which validates and stores them and wakes up to the
//! new times.

use limber_app::wire::plan::PlanAnswers;
use limber_core::plan::merge_reminders;
use limber_core::schedule::Reminder;
use tauri::State;

use limber_app::error::{AppError, CommandResult};
use limber_app::onboarding::{self, GuidePreferences, OnboardingStatus, PlanPreview, PlanView};
use limber_app::state::{LibraryHandle, StoreHandle};

/// Gives the plan's reminders to the reminder scheduler. The caller must not hold the store's lock.
fn hand_over_reminders(app: &tauri::AppHandle, reminders: &[Reminder]) -> Result<(), AppError> {
    let existing = crate::scheduler::reminder_settings(app)?;
    crate::scheduler::save_reminder_settings(app, &merge_reminders(existing, reminders))
}

/// Whether the first run is done; the UI opens on the first-run flow while it is not.
#[tauri::command]
pub async fn onboarding_status(store: State<'_, StoreHandle>) -> CommandResult<OnboardingStatus> {
    Ok(onboarding::status(&store.lock())?)
}

/// Records that the person read the safety note.
#[tauri::command]
pub async fn onboarding_acknowledge_safety(
    store: State<'_, StoreHandle>,
) -> CommandResult<OnboardingStatus> {
    Ok(onboarding::acknowledge_safety(&store.lock())?)
}

/// Proposes a plan for the answers without storing anything.
#[tauri::command]
pub async fn onboarding_propose(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    answers: PlanAnswers,
) -> CommandResult<PlanPreview> {
    let language = super::language::in_force(&store);
    Ok(onboarding::propose_plan(
        &library.current(),
        &answers.into(),
        &language,
    )?)
}

/// Accepts the plan for these answers (see `limber_app::onboarding::accept`).
#[tauri::command]
pub async fn onboarding_accept(
    app: tauri::AppHandle,
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
    answers: PlanAnswers,
) -> CommandResult<PlanView> {
    let language = super::language::in_force(&store);
    Ok(onboarding::accept(
        &store,
        &library,
        &answers.into(),
        &language,
        |reminders| hand_over_reminders(&app, reminders),
    )?)
}

/// Ends the first run without a plan; it can be run again from the settings.
#[tauri::command]
pub async fn onboarding_skip(store: State<'_, StoreHandle>) -> CommandResult<OnboardingStatus> {
    Ok(onboarding::skip(&store.lock())?)
}

/// Opens the first run again (from the settings).
#[tauri::command]
pub async fn onboarding_restart(store: State<'_, StoreHandle>) -> CommandResult<OnboardingStatus> {
    Ok(onboarding::restart(&store.lock())?)
}

/// The person's plan and guide preferences.
#[tauri::command]
pub async fn plan_get(
    library: State<'_, LibraryHandle>,
    store: State<'_, StoreHandle>,
) -> CommandResult<PlanView> {
    let language = super::language::in_force(&store);
    Ok(onboarding::plan(
        &store.lock(),
        &library.current(),
        &language,
    )?)
}

/// Changes what the guide shows (sleep position, the two checklists).
#[tauri::command]
pub async fn guide_set_preferences(
    store: State<'_, StoreHandle>,
    preferences: GuidePreferences,
) -> CommandResult<GuidePreferences> {
    Ok(onboarding::set_guide(&store.lock(), preferences)?)
}
