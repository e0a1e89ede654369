import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Figure from './Figure.svelte';
import { figureIds } from './pose';

describe('Figure.svelte', () => {
  it('renders an accessible picture with one path per mark', () => {
    const { body } = render(Figure, { props: { id: 'cat-cow', pose: 0, progress: 0.5, label: 'Cat-cow: round the back' } });
    expect(body).toContain('role="img"');
    expect(body).toContain('aria-label="Cat-cow: round the back"');
    expect(body).toMatch(/viewBox="[-\d. ]+"/);
    expect((body.match(/<path/g) ?? []).length).toBeGreaterThan(5);
  });

  it('never writes NaN into the markup, for any figure, pose or side', () => {
    for (const id of figureIds()) {
      for (const mirrored of [false, true]) {
        const { body } = render(Figure, { props: { id, pose: 1, progress: 0.3, mirrored, label: id, highlight: true } });
        expect(body, id).not.toMatch(/NaN|Infinity|undefined/);
      }
    }
  });

  it('paints with currentColor and the theme properties', () => {
    const { body } = render(Figure, { props: { id: 'abdominal-bracing', pose: 1, label: 'Brace' } });
    expect(body).toContain('stroke: currentColor');
    expect(body).toContain('var(--figure-accent, currentColor)');
    expect(body).toContain('var(--figure-prop, currentColor)');
  });

  it('draws an empty but still labelled picture for an unknown id', () => {
    const { body } = render(Figure, { props: { id: 'handstand', label: 'Handstand' } });
    expect(body).toContain('aria-label="Handstand"');
    expect(body).not.toContain('<path');
  });

  it('a still frame ignores progress', () => {
    const still = render(Figure, { props: { id: 'cat-cow', pose: 1, progress: 0.8, still: true, label: 'x' } }).body;
    const atPose = render(Figure, { props: { id: 'cat-cow', pose: 1, progress: 0, label: 'x' } }).body;
    expect(still).toBe(atPose);
  });
});
