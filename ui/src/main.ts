// Must stay the first import: it makes the locale usable before any module formats numbers at load time.
import './lib/locale-guard';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element'); // i18n-ok: a build fault, for developers

// A start-up failure must not leave a blank window: show what went wrong instead.
function showFatal(error: unknown) {
  const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  const box = document.createElement('pre');
  box.setAttribute('role', 'alert');
  // i18n-ok: English on purpose: the window's own start (the catalogue with it) is what failed.
  box.textContent = `Limber could not start its window.\n${message}`; // i18n-ok: see above
  document.body.appendChild(box);
}

let app: ReturnType<typeof mount> | undefined;
try {
  app = mount(App, { target });
} catch (error) {
  showFatal(error);
}

export default app;
