// Edits go to Rust one at a time, each applied to the draft the previous one returned, so fast typing or a
// quick run of "Move down" never applies an edit to a stale draft or lets an older answer overwrite a newer one.

export class EditQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every task queued before it has settled; a failed task does not stop later ones. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task, task);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
