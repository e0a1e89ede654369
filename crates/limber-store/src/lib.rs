//! (placeholder: the store is written by its issue)
