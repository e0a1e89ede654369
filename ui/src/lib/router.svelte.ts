// Which screen is showing. A tiny state holder instead of a URL router: the app has a handful of screens
// and no deep links, and Rust can ask for a screen (e.g. a reminder's "Start now") through an event.

export type Screen =
  | { name: 'home' }
  | { name: 'player'; routineId: string }
  | { name: 'progress' }
  | { name: 'checkin' }
  | { name: 'library' }
  | { name: 'settings' }
  | { name: 'help' }
  | { name: 'welcome' }
  | { name: 'sleep' }
  | { name: 'editor'; routineId: string | null };

class Router {
  current = $state<Screen>({ name: 'home' });

  go(screen: Screen) {
    this.current = screen;
  }
}

export const router = new Router();
