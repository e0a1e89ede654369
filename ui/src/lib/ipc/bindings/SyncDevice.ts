// Written by hand for issue 21 from the interface the lead is building (limber_app::wire::sync), so the UI can
// be built before the Rust side lands; `LIMBER_UPDATE_BINDINGS=1 cargo test -p limber bindings` replaces it with
// the ts-rs file generated from the Rust type.

/**
 * Another computer seen in the sync folder.
 */
export type SyncDevice = { 
/**
 * Its id (16 lowercase hex characters).
 */
id: string, 
/**
 * Its name, as its own file says (its host name).
 */
name: string, 
/**
 * How many changes its file holds.
 */
changes: number, 
/**
 * The RFC 3339 instant of its newest change, if it has any.
 */
lastChange: string | null, };
