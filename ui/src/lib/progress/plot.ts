// What the progress screen's uPlot charts share: reading the theme's colours, and keeping a chart drawn as its
// box resizes and as the system switches between light and dark. Each chart only says what to draw.
import type uPlot from 'uplot';

/** A colour from the page's CSS variables, or `fallback` before the styles have loaded. */
export function css(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
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
  const scheme = window.matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', draw);
  return () => {
    resize.disconnect();
    scheme.removeEventListener('change', draw);
  };
}
