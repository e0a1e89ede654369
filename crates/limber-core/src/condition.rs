//! The conditions a person may have that make some moves unsuitable.
//!
//! This module owns the list of conditions the first run asks about and nothing else, so that an
//! exercise can name the conditions it is unsuitable for without knowing the rule that applies them
//! (that rule is [`crate::contraindication`]'s).

use serde::{Deserialize, Serialize};

/// A condition that makes some moves unsuitable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Condition {
    /// Osteoporosis, or bones that break easily: bending the spine forward or twisting it can break
    /// a vertebra.
    Osteoporosis,
    /// Surgery on the spine, or a broken bone in it, that the person is still recovering from: the
    /// surgical team or physiotherapist decides which moves are safe.
    RecentSpinalSurgeryOrFracture,
    /// Pregnancy: long spells lying flat on the back are not advised, especially after 16 weeks.
    Pregnancy,
    /// Back pain that gets worse when bending forward: sustained forward-bending stretches are left
    /// out.
    WorseBendingForward,
}

impl Condition {
    /// Every condition, in the order the first run asks about them.
    pub const ALL: [Condition; 4] = [
        Condition::Osteoporosis,
        Condition::RecentSpinalSurgeryOrFracture,
        Condition::Pregnancy,
        Condition::WorseBendingForward,
    ];
}
