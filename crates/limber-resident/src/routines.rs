//! The library a person sees: the built-in routines plus the ones they built, read from the store.
//!
//! Both processes load it the same way at start, so a reminder for a custom routine names it in the tray
//! process as in the app. It must never write to the store.

use limber_core::library::{routine_file, Problem};
use limber_store::Store;

use crate::error::AppError;
use crate::state::{LibraryHandle, StoreHandle};

/// Reads the user's routines from the store and puts the library with them in place. A stored
/// routine that no longer validates (say, an exercise was renamed in a later version) is left out
/// of the library but kept in the store; its problems are logged and returned.
pub fn reload(store: &Store, library: &LibraryHandle) -> Result<Vec<Problem>, AppError> {
    let current = library.current();
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
    let mut setup = crate::scheduler::load_setup(store)?;
    let before = setup.schedule.reminders.len();
    setup
        .schedule
        .reminders
        .retain(|reminder| reminder.routine_id != routine_id);
    if setup.schedule.reminders.len() != before {
        let value = serde_json::to_value(&setup).map_err(limber_store::StoreError::from)?;
        store.set_setting(crate::scheduler::SETTINGS_KEY, &value)?;
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
