// Written by hand for issue 21 from the interface the lead is building (limber_app::wire::sync), so the UI can
// be built before the Rust side lands; `LIMBER_UPDATE_BINDINGS=1 cargo test -p limber bindings` replaces it with
// the ts-rs file generated from the Rust type.
import type { SyncDevice } from "./SyncDevice";
import type { SyncSkipped } from "./SyncSkipped";

/**
 * Where sync through a folder stands: the chosen folder (none when sync is off), this computer, the other
 * computers seen in the folder and what the last pass skipped.
 */
export type SyncStatus = { 
/**
 * The chosen folder; null when sync is off.
 */
folder: string | null, 
/**
 * This computer's id (16 lowercase hex characters).
 */
deviceId: string, 
/**
 * This computer's name (its host name).
 */
deviceName: string, 
/**
 * The RFC 3339 instant of the last pass that could use the folder.
 */
lastSynced: string | null, 
/**
 * Plain words when the folder cannot be used right now.
 */
problem: string | null, 
/**
 * How many changes this computer has written in all.
 */
written: number, 
/**
 * The other computers seen in the folder, newest first.
 */
devices: Array<SyncDevice>, 
/**
 * The files the last pass skipped, with reasons in plain words.
 */
skipped: Array<SyncSkipped>, };
