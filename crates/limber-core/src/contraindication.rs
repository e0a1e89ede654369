//! Which moves a person's answers rule out, and the routines that are left without them.
//!
//! The first run asks whether any of a few conditions applies (osteoporosis, recent spine surgery or a
//! broken bone in the spine, pregnancy, back pain that gets worse when bending forward). Each exercise
//! lists the conditions it is unsuitable for (`avoidWith` in its JSON, with a caution line saying so),
//! and this module owns the one rule that joins the two: a move is left out of a built-in routine when
//! any of its conditions applies. It is pure: the answers come in as a list, nothing is stored here,
//! and the caller decides what to do with a routine that has nothing left.

pub use crate::condition::Condition;
use crate::exercise::{Exercise, Exercises};
use crate::routine::Routine;

/// An exercise left out of a routine, and the conditions that rule it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub exercise_id: String,
    pub exercise_name: String,
    /// The person's conditions this exercise is unsuitable for, in [`Condition::ALL`] order.
    pub conditions: Vec<Condition>,
}

/// A routine with the ruled-out moves taken out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Adapted {
    /// The routine without the ruled-out items; `None` when every item is ruled out.
    pub routine: Option<Routine>,
    /// The exercises left out, once each, in routine order.
    pub left_out: Vec<LeftOut>,
}

/// The conditions, among `conditions`, that rule `exercise` out; empty when it suits the person.
pub fn ruled_out(exercise: &Exercise, conditions: &[Condition]) -> Vec<Condition> {
    Condition::ALL
        .into_iter()
        .filter(|condition| {
            conditions.contains(condition) && exercise.avoid_with.contains(condition)
        })
        .collect()
}

/// `routine` without the items whose exercise `conditions` rule out (exercises are looked up in
/// `exercises`, usually the library). Items are kept in order with their
/// own doses, so what is left plays exactly as before. An item whose exercise the library does not know
/// is kept: validation reports it, and this rule has nothing to say about it.
pub fn adapt(exercises: &impl Exercises, routine: &Routine, conditions: &[Condition]) -> Adapted {
    let mut items = Vec::with_capacity(routine.items.len());
    let mut left_out: Vec<LeftOut> = Vec::new();
    for item in &routine.items {
        let Some(exercise) = exercises.exercise(&item.exercise) else {
            items.push(item.clone());
            continue;
        };
        let because = ruled_out(exercise, conditions);
        if because.is_empty() {
            items.push(item.clone());
        } else if !left_out.iter().any(|l| l.exercise_id == exercise.id) {
            left_out.push(LeftOut {
                exercise_id: exercise.id.clone(),
                exercise_name: exercise.name.clone(),
                conditions: because,
            });
        }
    }
    let routine = (!items.is_empty()).then(|| Routine {
        items,
        ..routine.clone()
    });
    Adapted { routine, left_out }
}

/// The conditions in [`Condition::ALL`] order without repeats, so two lists that say the same compare
/// equal.
pub fn normalized(conditions: &[Condition]) -> Vec<Condition> {
    Condition::ALL
        .into_iter()
        .filter(|condition| conditions.contains(condition))
        .collect()
}
