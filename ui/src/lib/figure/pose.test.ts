import { describe, expect, it } from 'vitest';
import {
  SEGMENTS,
  SKELETON,
  angleDelta,
  bonesOf,
  ease,
  unease,
  figureIds,
  getFigure,
  interpolate,
  parseFigure,
  poseAt,
  project,
  unit,
  type Figure,
  type Pose,
  type Vec3,
} from './pose';
import rawCatCow from '../../../../assets/illustrations/cat-cow.json';

/** Every illustration the player and the sleep guide ask for, with its poses in order. */
const REQUIRED: [string, string[]][] = [
  ['cat-cow', ['cat', 'cow']],
  ['open-book', ['closed', 'open']],
  ['knee-to-chest', ['knees bent', 'knee hugged']],
  ['supine-knee-twist', ['knees up', 'knees lowered']],
  ['abdominal-bracing', ['relaxed', 'braced']],
  ['head-tilt', ['upright', 'tilted']],
  ['scapular-clocks', ['up', 'back and down', 'forward and down']],
  ['shoulder-rows', ['reach', 'row']],
  ['plank', ['hold']],
  ['plank-knees', ['hold']],
  ['diaphragmatic-breathing', ['breathe out', 'breathe in']],
  ['progressive-muscle-relaxation', ['tense', 'relax']],
  ['log-roll', ['on the back', 'on the side', 'sitting on the edge']],
  ['sleep-side', ['on the side']],
  ['sleep-back', ['on the back']],
  ['sleep-stomach', ['on the stomach']],
  ['rest', ['breathe out', 'breathe in']],
];

function figure(id: string): Figure {
  const f = getFigure(id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
}

function distance(a: Vec3, b: Vec3): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

function expectSamePose(actual: Pose, expected: Pose) {
  expect(actual.root).toEqual(expected.root);
  expect(actual.belly).toBeCloseTo(expected.belly, 9);
  expect(actual.accent).toBeCloseTo(expected.accent, 9);
  for (const s of SEGMENTS) {
    const a = unit(actual.directions[s]);
    const e = unit(expected.directions[s]);
    expect(distance(a, e), s).toBeLessThan(1e-9);
  }
}

describe('the illustration catalogue', () => {
  it('holds exactly the required ids', () => {
    expect([...figureIds()].sort()).toEqual(REQUIRED.map(([id]) => id).sort());
  });

  for (const [id, names] of REQUIRED) {
    it(`${id} parses, with poses ${names.join(' → ')}`, () => {
      const f = figure(id);
      expect(f.id).toBe(id);
      expect(f.poses.map((p) => p.name)).toEqual(names);
    });
  }

  it('answers null for an unknown id', () => expect(getFigure('handstand')).toBeNull());
});

describe('every pose is complete and every limb keeps its length', () => {
  for (const id of REQUIRED.map(([id]) => id)) {
    it(id, () => {
      const f = figure(id);
      const n = f.poses.length;
      for (let i = 0; i < n; i++) {
        const pose = f.poses[i];
        expect(Object.keys(pose.directions).sort()).toEqual([...SEGMENTS].sort());
        for (const s of SEGMENTS) expect(pose.directions[s].every(Number.isFinite), `${pose.name} ${s}`).toBe(true);
        expect(pose.root.every(Number.isFinite)).toBe(true);
        // Lengths are checked on the in-between frames as well, where a stretching body would show.
        for (const t of [0, 0.25, 0.5, 0.75, 1]) {
          const bones = bonesOf(interpolate(pose, f.poses[(i + 1) % n], t));
          for (const s of SEGMENTS) {
            expect(distance(bones[s].from, bones[s].to), `${pose.name} t=${t} ${s}`).toBeCloseTo(SKELETON[s].length, 6);
          }
        }
      }
    });
  }
});

/** Joints that must rest on the floor in side views, where world y is the picture's y (the floor is y = 0). */
describe('contacts with the floor', () => {
  const onFloor = -4.5; // Half the stroke width: a limb's line touches the floor line.
  function check(id: string, poseName: string, segment: keyof typeof SKELETON, expectedY: number) {
    it(`${id} / ${poseName}: ${segment} ends at y ${expectedY}`, () => {
      const pose = figure(id).poses.find((p) => p.name === poseName);
      expect(pose).toBeDefined();
      const bones = bonesOf(pose as Pose);
      expect(Math.abs(bones[segment].to[1] - expectedY)).toBeLessThan(1.5);
    });
  }
  check('cat-cow', 'cat', 'thighR', onFloor);
  check('cat-cow', 'cat', 'forearmR', onFloor);
  check('cat-cow', 'cow', 'thighR', onFloor);
  check('cat-cow', 'cow', 'forearmR', onFloor);
  check('plank', 'hold', 'upperArmR', onFloor);
  check('plank', 'hold', 'footR', onFloor);
  check('plank-knees', 'hold', 'thighR', onFloor);
  check('plank-knees', 'hold', 'upperArmR', onFloor);
  check('knee-to-chest', 'knees bent', 'shinR', onFloor);
  check('knee-to-chest', 'knee hugged', 'shinL', onFloor);
  check('shoulder-rows', 'row', 'shinR', onFloor);
  check('rest', 'breathe out', 'shinL', onFloor);
});

describe('interpolation', () => {
  const f = figure('cat-cow');
  const [cat, cow] = f.poses;

  it('starts at the first pose', () => expectSamePose(interpolate(cat, cow, 0), cat));
  it('ends at the second pose', () => expectSamePose(interpolate(cat, cow, 1), cow));
  it('is halfway at one half', () => {
    const mid = interpolate(cat, cow, 0.5);
    expect(mid.root[1]).toBeCloseTo((cat.root[1] + cow.root[1]) / 2, 9);
    expect(mid.directions.spine1[0]).toBeCloseTo(cat.directions.spine1[0] + angleDelta(cat.directions.spine1[0], cow.directions.spine1[0]) / 2, 9);
  });

  it('poseAt wraps from the last pose back to the first', () => {
    const clocks = figure('scapular-clocks');
    expectSamePose(poseAt(clocks, 2, 1), clocks.poses[0]);
    expectSamePose(poseAt(clocks, -1, 0), clocks.poses[2]);
    expectSamePose(poseAt(clocks, 4, 0), clocks.poses[1]);
  });

  it('poseAt eases: a quarter of the time is less than a quarter of the way', () => {
    const quarter = poseAt(f, 0, 0.25);
    const linear = interpolate(cat, cow, 0.25);
    const travelled = Math.abs(angleDelta(cat.directions.spine3[0], quarter.directions.spine3[0]));
    expect(travelled).toBeLessThan(Math.abs(angleDelta(cat.directions.spine3[0], linear.directions.spine3[0])));
  });

  it('a one-pose figure stays still', () => {
    const plank = figure('plank');
    expectSamePose(poseAt(plank, 0, 0.6), plank.poses[0]);
  });
});

describe('angleDelta takes the short way round', () => {
  function check(a: number, b: number, expected: number) {
    it(`${a} → ${b} is ${expected}`, () => expect(angleDelta(a, b)).toBeCloseTo(expected, 9));
  }
  check(0, 90, 90);
  check(90, 0, -90);
  check(170, -170, 20);
  check(-170, 170, -20);
  check(-90, 150, -120);
  check(150, 30, -120);
  check(30, -90, -120);
  check(0, 180, 180);
  check(720, 10, 10);
});

describe('ease', () => {
  function check(t: number, expected: number) {
    it(`ease(${t}) = ${expected}`, () => expect(ease(t)).toBeCloseTo(expected, 9));
  }
  check(0, 0);
  check(0.5, 0.5);
  check(1, 1);
  check(-1, 0);
  check(2, 1);
  check(0.25, 0.5 - 0.5 * Math.cos(Math.PI / 4));
  it('never goes backwards', () => {
    for (let t = 0; t < 1; t += 0.01) expect(ease(t + 0.01)).toBeGreaterThanOrEqual(ease(t));
  });
});

describe('unease', () => {
  it('undoes ease', () => {
    for (let t = 0; t <= 1; t += 0.05) expect(unease(ease(t))).toBeCloseTo(t, 9);
  });
  it('clamps', () => {
    expect(unease(-0.5)).toBe(0);
    expect(unease(1.5)).toBe(1);
  });
});

describe('project', () => {
  function check(name: string, p: Vec3, camera: { spin: number; yaw: number; pitch: number }, expected: Vec3) {
    it(name, () => {
      const q = project(p, camera);
      for (let i = 0; i < 3; i++) expect(q[i]).toBeCloseTo(expected[i], 9);
    });
  }
  const none = { spin: 0, yaw: 0, pitch: 0 };
  check('no camera keeps the point', [3, -4, 5], none, [3, -4, 5]);
  check('yaw 90 brings the near side to the right', [0, 0, 1], { ...none, yaw: 90 }, [1, 0, 0]);
  check('pitch 90 from above puts near points lower', [0, 0, 1], { ...none, pitch: 90 }, [0, 1, 0]);
  check('pitch from above brings the top toward the viewer', [0, -1, 0], { ...none, pitch: 90 }, [0, 0, 1]);
  check('spin 90 turns right into down', [1, 0, 0], { ...none, spin: 90 }, [0, 1, 0]);
});

describe('parseFigure reports broken data', () => {
  function check(name: string, mutate: (raw: Record<string, unknown>) => void, expected: string) {
    it(name, () => {
      const raw = structuredClone(rawCatCow) as unknown as Record<string, unknown>;
      mutate(raw);
      const result = parseFigure(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.join('\n')).toContain(expected);
    });
  }
  const firstPose = (raw: Record<string, unknown>) => (raw.poses as Record<string, unknown>[])[0];
  const dirs = (raw: Record<string, unknown>) => firstPose(raw).directions as Record<string, unknown>;
  check('missing id', (r) => delete r.id, 'missing id');
  check('no poses', (r) => (r.poses = []), 'one to three poses');
  check('four poses', (r) => (r.poses = [0, 1, 2, 3].map(() => firstPose(r))), 'one to three poses');
  check('a missing segment', (r) => delete dirs(r).footL, 'no direction for footL');
  check('an angle that is not a number', (r) => (dirs(r).neck = 'up'), 'pose 0.neck');
  check('a tilt that is not finite', (r) => (dirs(r).neck = [0, null]), 'pose 0.neck');
  check('an unknown segment', (r) => (dirs(r).tail = 0), 'unknown segment tail');
  check('a pose without a name', (r) => delete firstPose(r).name, 'has no name');
  check('a root with two numbers', (r) => (firstPose(r).root = [0, 1]), 'root must be three');
  check('an unknown prop', (r) => (r.props = [{ kind: 'trampoline' }]), 'unknown kind trampoline');
  check('an inside-out box', (r) => (r.props = [{ kind: 'box', min: [0, 0, 0], max: [1, -1, 1] }]), 'min must be below max');
  check('a bad layer', (r) => (r.props = [{ kind: 'line', points: [[0, 0, 0], [1, 0, 0]], layer: 'middle' }]), 'layer must be');
  check('an unknown accent part', (r) => (r.accent = ['tail']), 'unknown accent part tail');
  check('a bad camera', (r) => (r.camera = { pitch: 'high' }), 'camera.pitch');
  check('a ring around no axis', (r) => (r.props = [{ kind: 'ring', at: [0, 0, 0], normal: 'x' }]), 'normal must be y or z');

  it('accepts the real file', () => expect(parseFigure(rawCatCow).ok).toBe(true));
});
