// Before every vitest file: every language's words are loaded, as the window has its language's before it
// draws anything (App.svelte), so a test can put any language in force and read it at once.
import { catalogue } from './lib/i18n/catalogue';

await catalogue.loadAll();
