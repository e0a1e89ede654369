// What the progress screen's uPlot charts share: reading the theme's colours, and keeping a chart drawn as its
// box resizes and as the look switches between light and dark (the theme chosen in the settings, or the
// system's: App.svelte puts the one in force on the root element as data-scheme). Each chart only says what to draw.
import type uPlot from 'uplot';

/** A colour from the page's CSS variables, or `fallback` before the styles have loaded. */
export function css(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

/** Whether the look in force is a dark one (dark or night, or the system's dark). */
export function darkScheme(): boolean {
  return document.documentElement.dataset.scheme === 'dark';
}

/** The narrowest a chart is drawn, so a narrow window scrolls it instead of squeezing it unreadable. */
export const MIN_WIDTH = 280;

/**
 * Draws now, resizes with `host`, redraws when the colour scheme changes; returns the clean-up for `onMount`.
 * `current` gives the chart `draw` made last.
 */
export function keepDrawn(host: HTMLElement, height: number, draw: () => void, current: () => uPlot | null): () => void {
  draw();
  const resize = new ResizeObserver(() => current()?.setSize({ width: Math.max(MIN_WIDTH, host.clientWidth), height }));
  resize.observe(host);
  // A new look puts a new theme or scheme on the root element: the chart is drawn again in its colours.
  const look = new MutationObserver(draw);
  look.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'data-scheme'] });
  return () => {
    resize.disconnect();
    look.disconnect();
  };
}
