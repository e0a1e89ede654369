// Written by hand for issue 21 from the interface the lead is building (limber_app::wire::sync), so the UI can
// be built before the Rust side lands; `LIMBER_UPDATE_BINDINGS=1 cargo test -p limber bindings` replaces it with
// the ts-rs file generated from the Rust type.

/**
 * A file in the sync folder that the last pass skipped, and why in plain words.
 */
export type SyncSkipped = { file: string, reason: string, };
