import { describe, expect, it } from 'vitest';
import { figureIds, getFigure, type Figure } from './pose';
import { ASPECT, buildScene, farLimbs, frameOf, moveExtent, sceneToSvg, type Scene } from './scene';

function figure(id: string): Figure {
  const f = getFigure(id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
}

/** Every coordinate pair in a path: all commands the scene writes are absolute and take x y pairs. */
function points(d: string): [number, number][] {
  const nums = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < nums.length; i += 2) out.push([nums[i], nums[i + 1]]);
  return out;
}

/** The moments worth drawing for a figure: each pose, a quarter, half and most of the way to the next. */
function moments(f: Figure): { pose: number; progress: number }[] {
  return f.poses.flatMap((_, pose) => [0, 0.25, 0.5, 0.9].map((progress) => ({ pose, progress })));
}

describe('the drawn SVG is always well formed', () => {
  for (const id of figureIds()) {
    it(`${id}: no NaN, Infinity or undefined in any frame, mirrored or not`, () => {
      const f = figure(id);
      for (const m of moments(f)) {
        for (const mirrored of [false, true]) {
          for (const highlight of [false, true]) {
            const svg = sceneToSvg(buildScene(f, { ...m, mirrored, highlight }), id);
            expect(svg).not.toMatch(/NaN|Infinity|undefined|null/);
            expect(svg).toContain('role="img"');
          }
        }
      }
    });
  }
});

describe('framing', () => {
  for (const id of figureIds()) {
    const f = figure(id);
    if (f.frame) continue; // A crop cuts the figure on purpose (the neck exercise shows the upper body).
    it(`${id}: 3:2 and the figure stays inside the frame in every frame`, () => {
      const frame = frameOf(f);
      expect(frame.w / frame.h).toBeCloseTo(ASPECT, 9);
      for (const m of moments(f)) {
        const scene = buildScene(f, m);
        for (const mark of scene.marks) {
          for (const [x, y] of points(mark.d)) {
            expect(x, `${mark.key} x`).toBeGreaterThanOrEqual(frame.x - 2);
            expect(x, `${mark.key} x`).toBeLessThanOrEqual(frame.x + frame.w + 2);
            expect(y, `${mark.key} y`).toBeGreaterThanOrEqual(frame.y - 2);
            expect(y, `${mark.key} y`).toBeLessThanOrEqual(frame.y + frame.h + 2);
          }
        }
      }
    });
  }
  for (const id of figureIds()) {
    const f = figure(id);
    if (!f.frame) continue;
    it(`${id}: the crop keeps the head and the moving parts in view`, () => {
      const frame = frameOf(f);
      const keys = new Set(['head', ...f.accentParts.map((p) => (p === 'spine' ? 'torso' : p))]);
      for (const m of moments(f)) {
        for (const mark of buildScene(f, m).marks.filter((k) => keys.has(k.key))) {
          for (const [x, y] of points(mark.d)) {
            expect(x, mark.key).toBeGreaterThanOrEqual(frame.x);
            expect(x, mark.key).toBeLessThanOrEqual(frame.x + frame.w);
            expect(y, mark.key).toBeGreaterThanOrEqual(frame.y);
            expect(y, mark.key).toBeLessThanOrEqual(frame.y + frame.h);
          }
        }
      }
    });
  }
  it('the frame does not move while a figure animates', () => {
    const f = figure('open-book');
    const a = buildScene(f, { pose: 0, progress: 0 }).viewBox;
    const b = buildScene(f, { pose: 0, progress: 0.5 }).viewBox;
    expect(b).toBe(a);
  });
});

describe('mirroring', () => {
  function reflected(plain: Scene, mirrored: Scene) {
    const axis = plain.frame.x * 2 + plain.frame.w;
    expect(mirrored.viewBox).toBe(plain.viewBox);
    expect(mirrored.marks.map((m) => m.key)).toEqual(plain.marks.map((m) => m.key));
    plain.marks.forEach((mark, i) => {
      const a = points(mark.d);
      const b = points(mirrored.marks[i].d);
      expect(b.length).toBe(a.length);
      a.forEach(([x, y], j) => {
        expect(Math.abs(b[j][0] - (axis - x)), `${mark.key} point ${j}`).toBeLessThan(0.02);
        expect(Math.abs(b[j][1] - y), `${mark.key} point ${j}`).toBeLessThan(0.02);
      });
    });
  }
  for (const id of figureIds()) {
    it(`${id}: the mirrored picture is the reflection of the plain one`, () => {
      const f = figure(id);
      const m = { pose: 0, progress: 0.4 };
      reflected(buildScene(f, m), buildScene(f, { ...m, mirrored: true }));
    });
  }
});

describe('reduced motion', () => {
  it('still draws the pose itself whatever the progress', () => {
    const f = figure('cat-cow');
    const still = buildScene(f, { pose: 1, progress: 0.7, still: true });
    const atPose = buildScene(f, { pose: 1, progress: 0 });
    expect(still).toEqual(atPose);
  });
  it('progress changes the picture when not still', () => {
    const f = figure('cat-cow');
    expect(buildScene(f, { pose: 0, progress: 0.5 })).not.toEqual(buildScene(f, { pose: 0, progress: 0 }));
  });
});

describe('highlight and accent', () => {
  function accentKeys(scene: Scene): string[] {
    return scene.marks.filter((m) => m.stroke === 'accent' || m.fill === 'accent').map((m) => m.key);
  }
  function check(id: string, pose: number, highlight: boolean, expected: string[]) {
    it(`${id} pose ${pose}, highlight ${highlight}: lights ${expected.join(', ') || 'nothing'}`, () => {
      expect(accentKeys(buildScene(figure(id), { pose, highlight })).sort()).toEqual([...expected].sort());
    });
  }
  check('abdominal-bracing', 0, false, []);
  check('abdominal-bracing', 1, false, ['belly-accent']);
  check('abdominal-bracing', 0, true, ['belly-accent']);
  check('cat-cow', 0, false, []);
  check('cat-cow', 0, true, ['torso-accent']);
  check('progressive-muscle-relaxation', 0, false, ['armL-accent', 'armR-accent', 'legL-accent', 'legR-accent']);
  check('progressive-muscle-relaxation', 1, false, []);
  check('head-tilt', 1, true, ['neck-accent']);
  check('sleep-side', 0, true, []);

  it('the braced belly glows in the accent colour, the relaxed one does not', () => {
    const f = figure('abdominal-bracing');
    const braced = buildScene(f, { pose: 1 }).marks.find((m) => m.key === 'belly-accent');
    expect(braced?.fillOpacity).toBeGreaterThan(0.3);
  });
});

describe('far limbs are fainter', () => {
  function check(id: string, expected: string[]) {
    it(`${id}: ${expected.join(', ') || 'none'}`, () => {
      expect([...farLimbs(figure(id))].sort()).toEqual([...expected].sort());
      const scene = buildScene(figure(id));
      for (const key of expected) expect(scene.marks.find((m) => m.key === key)?.strokeOpacity).toBeLessThan(1);
    });
  }
  check('cat-cow', ['armL', 'legL']);
  check('knee-to-chest', ['armL', 'legL']);
  check('sleep-stomach', ['armR', 'legR']);
  check('head-tilt', []);
});

describe('colours come from the theme', () => {
  it('uses only currentColor and the two custom properties, never a fixed colour', () => {
    for (const id of figureIds()) {
      const svg = sceneToSvg(buildScene(figure(id), { highlight: true }), id);
      const colours = new Set(svg.match(/(stroke|fill):[^;"]+/g) ?? []);
      for (const c of colours) {
        expect(c).toMatch(/^(stroke|fill):(none|currentColor|var\(--figure-(accent|prop), currentColor\))$/);
      }
    }
  });
  it('furniture fills stay faint so nothing glows white at night', () => {
    for (const id of figureIds()) {
      for (const m of buildScene(figure(id)).marks) {
        if (m.fill === 'prop') expect(m.fillOpacity).toBeLessThanOrEqual(0.2);
      }
    }
  });
  it('every body line has the one stroke width', () => {
    for (const id of figureIds()) {
      const scene = buildScene(figure(id));
      const body = scene.marks.filter((m) => /^(torso|arm[LR]|leg[LR])$/.test(m.key));
      expect(body.length).toBe(5);
      for (const m of body) expect(m.strokeWidth).toBe(scene.strokeWidth);
    }
  });
});

describe('how much a move changes the drawing', () => {
  // In viewBox units (centimetres): how far the farthest point goes, and how much a glow fades.
  const rows: [id: string, pose: number, travel: [number, number], fade: [number, number]][] = [
    ['open-book', 0, [100, 250], [0, 0]], // the top arm sweeps over the body
    ['cat-cow', 0, [30, 120], [0, 0]], // the back rounds and arches
    ['diaphragmatic-breathing', 0, [1, 25], [0.5, 1.5]], // the belly rises a little and lights up
    ['rest', 0, [0, 5], [0, 0]],
    ['plank', 0, [0, 0], [0, 0]], // one pose: nothing moves
  ];
  for (const [id, pose, [tmin, tmax], [fmin, fmax]] of rows) {
    it(`${id}, from pose ${pose}`, () => {
      const { travel, fade } = moveExtent(figure(id), pose);
      expect(travel).toBeGreaterThanOrEqual(tmin);
      expect(travel).toBeLessThanOrEqual(tmax);
      expect(fade).toBeGreaterThanOrEqual(fmin);
      expect(fade).toBeLessThanOrEqual(fmax);
    });
  }
  it('is at least the straight distance the head moves', () => {
    for (const id of figureIds()) {
      const f = figure(id);
      for (let pose = 0; pose < f.poses.length; pose++) {
        const head = (progress: number) => points(buildScene(f, { pose, progress }).marks.find((m) => m.key === 'head')!.d)[0];
        const [a, b] = [head(0), head(1)];
        expect(moveExtent(f, pose).travel, `${id} ${pose}`).toBeGreaterThanOrEqual(Math.hypot(b[0] - a[0], b[1] - a[1]) - 0.01);
      }
    }
  });
});
