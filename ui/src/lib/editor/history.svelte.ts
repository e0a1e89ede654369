// Which routines are the user's and what was done with each, for the routine cards. One shared holder so
// every card reads the same list and the home screen refreshes it once.
import { editor, type RoutineHistory } from '../ipc/editor';

class Histories {
  list = $state<RoutineHistory[]>([]);

  async refresh(): Promise<void> {
    try {
      this.list = await editor.history();
    } catch {
      // The cards still work without their history line; the next refresh tries again.
      this.list = [];
    }
  }

  of(id: string): RoutineHistory | undefined {
    return this.list.find((h) => h.id === id);
  }
}

export const histories = new Histories();

/** A copy to open in the editor: set by "Duplicate" on a card just before going to the editor. */
export const pendingCopy: { of: string | null } = { of: null };
