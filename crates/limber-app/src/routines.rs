//! The library a person sees: the built-in routines, adapted to the answers of their first run, plus the
//! ones they built, read from the store.
//!
//! Both processes load it the same way at start, so a reminder for a custom routine names it in the tray
//! process as in the app. It must never write to the store.

use limber_core::contraindication::Condition;
use limber_core::library::{routine_file, Problem};
use limber_store::Store;

use crate::error::AppError;
use crate::state::{LibraryHandle, StoreHandle};

/// The settings key of the person's plan, whose answers say which moves to leave out. The first run
/// (`commands/onboarding.rs` in the app) owns it; this module only reads the conditions.
pub const PLAN_KEY: &str = "plan";

/// The conditions the person said apply to them in the first run (`answers.conditions` of the plan);
/// none when there is no plan. A value that does not read (hand-edited, or from a later version) counts
/// as none and is logged, like the rest of the plan.
pub fn plan_conditions(store: &Store) -> Result<Vec<Condition>, AppError> {
    let Some(plan) = store.setting(PLAN_KEY)? else {
        return Ok(Vec::new());
    };
    let Some(conditions) = plan.pointer("/answers/conditions") else {
        return Ok(Vec::new());
    };
    Ok(
        serde_json::from_value(conditions.clone()).unwrap_or_else(|error| {
            log::warn!("the plan's conditions could not be read ({error}); leaving no move out");
            Vec::new()
        }),
    )
}

/// Reads the user's routines and the plan's conditions from the store and puts the library with them in
/// place: the built-in routines without the moves the conditions rule out, then the user's own. A stored
/// routine that no longer validates (say, an exercise was renamed in a later version) is left out of the
/// library but kept in the store; its problems are logged and returned.
pub fn reload(store: &Store, library: &LibraryHandle) -> Result<Vec<Problem>, AppError> {
    let current = library.current().for_conditions(&plan_conditions(store)?);
    let mut problems = Vec::new();
    let mut custom = Vec::new();
    for record in store.custom_routines(false)? {
        let text = record.routine.to_string();
        match routine_file::parse(
            &routine_file::file_name(&record.id),
            text.as_bytes(),
            &current,
        ) {
            Ok(routine) => custom.push(routine),
            Err(found) => problems.extend(found),
        }
    }
    let (next, found) = current.with_custom(custom);
    problems.extend(found);
    for problem in &problems {
        log::warn!("a saved routine is left out: {problem}");
    }
    library.replace(next);
    Ok(problems)
}

/// Forgets what the settings hold for a routine the person deleted: its reminder and its weekly goal. A
/// reminder left behind kept firing for a routine that is gone, and made the reminder screen refuse every
/// save ("a reminder names a routine Limber does not know"). Returns whether anything changed.
pub fn forget_settings_of(store: &Store, routine_id: &str) -> Result<bool, AppError> {
    let mut changed = false;
    let mut setup = crate::reminders::load_setup(store)?;
    let before = setup.schedule.reminders.len();
    setup
        .schedule
        .reminders
        .retain(|reminder| reminder.routine_id != routine_id);
    if setup.schedule.reminders.len() != before {
        let value = serde_json::to_value(&setup).map_err(limber_store::StoreError::from)?;
        store.set_setting(crate::reminders::SETTINGS_KEY, &value)?;
        changed = true;
    }
    let mut progress = crate::progress::ProgressSettings::load(store)?;
    if progress.weekly_goals.remove(routine_id).is_some() {
        store.set_setting(crate::progress::SETTINGS_KEY, &progress.to_value()?)?;
        changed = true;
    }
    Ok(changed)
}

/// Loads the user's routines at start-up; a failure leaves the built-in library in place.
pub fn load_at_start(store: &StoreHandle, library: &LibraryHandle) {
    if let Err(error) = reload(&store.lock(), library) {
        log::error!("the saved routines could not be read: {error}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use limber_core::library::Library;
    use serde_json::json;

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("db.sqlite3")).unwrap();
        (dir, store)
    }

    fn bedtime_items(library: &LibraryHandle) -> Vec<String> {
        let current = library.current();
        let routine = current.routine("bedtime-wind-down").unwrap();
        routine.items.iter().map(|i| i.exercise.clone()).collect()
    }

    /// Issue 20: the plan's answers leave moves out of the built-in routines in every process that loads
    /// the library, and new answers take effect at the next reload.
    #[test]
    fn reloading_applies_the_plans_conditions() {
        let (_dir, store) = store();
        let library = LibraryHandle::new(Library::builtin().unwrap());
        reload(&store, &library).unwrap();
        assert_eq!(
            bedtime_items(&library).len(),
            6,
            "no plan: nothing left out"
        );

        let plan = |conditions: serde_json::Value| json!({"answers": {"conditions": conditions}, "routineIds": []});
        store
            .set_setting(PLAN_KEY, &plan(json!(["osteoporosis"])))
            .unwrap();
        reload(&store, &library).unwrap();
        assert_eq!(
            bedtime_items(&library),
            ["diaphragmatic-breathing", "progressive-muscle-relaxation"]
        );
        assert_eq!(library.current().conditions(), [Condition::Osteoporosis]);

        store.set_setting(PLAN_KEY, &plan(json!([]))).unwrap();
        reload(&store, &library).unwrap();
        assert_eq!(bedtime_items(&library).len(), 6, "answers changed back");

        store
            .set_setting(PLAN_KEY, &plan(json!(["flying"])))
            .unwrap();
        assert_eq!(
            plan_conditions(&store).unwrap(),
            [],
            "an unreadable value leaves nothing out"
        );
        store.set_setting(PLAN_KEY, &json!({"guide": {}})).unwrap();
        assert_eq!(plan_conditions(&store).unwrap(), []);
    }
}
