import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The catalogue's Fluent files (`assets/locales/<tag>/*.ftl`, imported `?raw` by src/lib/i18n/catalogue.ts)
 * without their comment lines: translator notes are for translators, and a quarter of the English. A comment is
 * a line that starts with `#`; a message's value never does (its continuation lines are indented). Rust's copy
 * is made the same way (crates/limber-app/build.rs).
 */
function ftlWithoutComments(): Plugin {
  return {
    name: 'limber-ftl-without-comments',
    // After Vite's own `?raw` loader, which makes the module `export default "<the file as a JSON string>"`.
    transform(code, id) {
      const [path, query] = id.split('?');
      if (!path?.endsWith('.ftl') || query !== 'raw') return null;
      const literal = /^export default (".*");?\s*$/s.exec(code)?.[1];
      if (literal === undefined) this.error(`${path}: not the raw text module this plugin expects`);
      const text = JSON.parse(literal) as string;
      const kept = text.split('\n').filter((line: string) => !line.startsWith('#')).join('\n');
      return { code: `export default ${JSON.stringify(kept)};`, map: null };
    },
  };
}

export default defineConfig({
  plugins: [ftlWithoutComments(), svelte()],
  clearScreen: false,
  // The message catalogue lives in ../assets/locales, shared with Rust; the dev server may read it.
  server: { port: 5173, strictPort: true, host: '127.0.0.1', fs: { allow: ['..'] } },
  build: {
    target: 'safari16',
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the shipped bundle: they would only add size.
    sourcemap: false,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
  },
});
