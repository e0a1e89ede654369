// The figure model: one skeleton shared by every illustration, poses stored as data, and the pure maths that
// turns a pose into joint positions. This module owns the data format of assets/illustrations/*.json and must
// never touch the DOM, read a clock or draw anything; drawing belongs to scene.ts and Figure.svelte.

import catCow from '../../../../assets/illustrations/cat-cow.json';
import openBook from '../../../../assets/illustrations/open-book.json';
import kneeToChest from '../../../../assets/illustrations/knee-to-chest.json';
import supineKneeTwist from '../../../../assets/illustrations/supine-knee-twist.json';
import abdominalBracing from '../../../../assets/illustrations/abdominal-bracing.json';
import headTilt from '../../../../assets/illustrations/head-tilt.json';
import scapularClocks from '../../../../assets/illustrations/scapular-clocks.json';
import shoulderRows from '../../../../assets/illustrations/shoulder-rows.json';
import plank from '../../../../assets/illustrations/plank.json';
import plankKnees from '../../../../assets/illustrations/plank-knees.json';
import diaphragmaticBreathing from '../../../../assets/illustrations/diaphragmatic-breathing.json';
import progressiveMuscleRelaxation from '../../../../assets/illustrations/progressive-muscle-relaxation.json';
import logRoll from '../../../../assets/illustrations/log-roll.json';
import sleepSide from '../../../../assets/illustrations/sleep-side.json';
import sleepBack from '../../../../assets/illustrations/sleep-back.json';
import sleepStomach from '../../../../assets/illustrations/sleep-stomach.json';
import rest from '../../../../assets/illustrations/rest.json';

/** A point in the figure's world, in centimetres: x to the right, y DOWN (as in SVG), z toward the viewer. */
export type Vec3 = readonly [number, number, number];

/**
 * The direction of one body segment as two angles in degrees: `angle` turns in the picture plane (0 points
 * right, 90 points down, -90 points up) and `tilt` leans the segment out of the picture toward the viewer
 * (90 points straight at the viewer, -90 straight away). Every segment's direction is absolute, not relative
 * to its parent, because that is how a person describes a pose ("the thigh points straight up").
 */
export type Direction = readonly [angle: number, tilt: number];

/**
 * Every segment of the one skeleton, parents before children. Lengths are an average adult's in centimetres,
 * so a standing figure is about 177 cm tall from the floor to the top of the head.
 */
export const SKELETON = {
  spine1: { from: 'root', length: 17 },
  spine2: { from: 'spine1', length: 18 },
  spine3: { from: 'spine2', length: 17 },
  neck: { from: 'spine3', length: 9 },
  head: { from: 'neck', length: 13 },
  clavicleL: { from: 'spine3', length: 17 },
  upperArmL: { from: 'clavicleL', length: 29 },
  forearmL: { from: 'upperArmL', length: 26 },
  handL: { from: 'forearmL', length: 9 },
  clavicleR: { from: 'spine3', length: 17 },
  upperArmR: { from: 'clavicleR', length: 29 },
  forearmR: { from: 'upperArmR', length: 26 },
  handR: { from: 'forearmR', length: 9 },
  hipL: { from: 'root', length: 9 },
  thighL: { from: 'hipL', length: 44 },
  shinL: { from: 'thighL', length: 42 },
  footL: { from: 'shinL', length: 17 },
  hipR: { from: 'root', length: 9 },
  thighR: { from: 'hipR', length: 44 },
  shinR: { from: 'thighR', length: 42 },
  footR: { from: 'shinR', length: 17 },
} as const satisfies Record<string, { from: string; length: number }>;

export type SegmentName = keyof typeof SKELETON;

/** Segment names in parent-before-child order, which is the order forward kinematics needs. */
export const SEGMENTS = Object.keys(SKELETON) as SegmentName[];

/** The head is drawn as an ellipse around the end of the `head` segment: half its width and half its height. */
export const HEAD_RADII = { across: 10, along: 12 } as const;

/** One named pose: where the pelvis is and which way every segment points. */
export interface Pose {
  name: string;
  /** The pelvis (the point between the hip joints), in world centimetres. */
  root: Vec3;
  directions: Record<SegmentName, Direction>;
  /** How far the belly is risen, 0 (flat) to 1 (a full breath in). */
  belly: number;
  /** How strongly the figure's accent parts glow, 0 to 1 (for example a braced belly or tensed muscles). */
  accent: number;
}

/**
 * How the figure is looked at, in degrees, applied in this order: `spin` turns the world about the axis that
 * points at the viewer (for figures drawn as if seen from above, that spins the person on the floor), `yaw`
 * turns it about the vertical axis of the picture, and `pitch` tilts it so that a positive pitch looks down
 * from above (points nearer the viewer move down the picture).
 */
export interface Camera {
  spin: number;
  yaw: number;
  pitch: number;
}

/** The visible window onto the projected picture, in world centimetres after the camera. */
export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Whether a prop is always behind the body, sorted with the limbs by depth, or always in front. */
export type Layer = 'back' | 'depth' | 'front';

/**
 * The furniture of an illustration. Every prop lives in the same world as the body and goes through the camera.
 * A `ring` is a circle around the axis `normal`: 'z' faces the viewer before the camera turns it (the floor of a
 * figure drawn from above), 'y' lies level (the floor spot under a standing figure).
 */
export type Prop =
  | { kind: 'line'; points: Vec3[]; layer: Layer }
  | { kind: 'box'; min: Vec3; max: Vec3; round: number; top: boolean; layer: Layer }
  | { kind: 'roll'; from: Vec3; to: Vec3; radius: number; layer: Layer }
  | { kind: 'ring'; at: Vec3; radius: number; normal: 'y' | 'z'; layer: Layer };

/** The parts of the body that can be lit in the accent colour. */
export type AccentPart = 'belly' | 'spine' | 'armL' | 'armR' | 'legL' | 'legR' | 'neck';
export const ACCENT_PARTS: readonly AccentPart[] = ['belly', 'spine', 'armL', 'armR', 'legL', 'legR', 'neck'];

export interface Figure {
  id: string;
  camera: Camera;
  /** A fixed crop; without one the picture is framed around every pose and prop. */
  frame: Frame | null;
  /** Whether the belly outline is drawn (breathing and bracing need it; it would only clutter the rest). */
  belly: boolean;
  accentParts: AccentPart[];
  poses: Pose[];
  props: Prop[];
}

/** Every illustration's raw data, by id. The ids are the ones the exercise catalogue and sleep guide use. */
const RAW: Record<string, unknown> = {
  'cat-cow': catCow,
  'open-book': openBook,
  'knee-to-chest': kneeToChest,
  'supine-knee-twist': supineKneeTwist,
  'abdominal-bracing': abdominalBracing,
  'head-tilt': headTilt,
  'scapular-clocks': scapularClocks,
  'shoulder-rows': shoulderRows,
  plank: plank,
  'plank-knees': plankKnees,
  'diaphragmatic-breathing': diaphragmaticBreathing,
  'progressive-muscle-relaxation': progressiveMuscleRelaxation,
  'log-roll': logRoll,
  'sleep-side': sleepSide,
  'sleep-back': sleepBack,
  'sleep-stomach': sleepStomach,
  rest: rest,
};

/** All illustration ids, in a stable order. */
export function figureIds(): string[] {
  return Object.keys(RAW);
}

const parsed = new Map<string, Figure>();

/**
 * The figure with this id, or null when there is none. Parsing happens once per id; the data is checked by
 * the tests, so a malformed file is a build-time mistake rather than something the player must survive.
 */
export function getFigure(id: string): Figure | null {
  const cached = parsed.get(id);
  if (cached) return cached;
  const raw = RAW[id];
  if (raw === undefined) return null;
  const result = parseFigure(raw);
  if (!result.ok) throw new Error(`illustration ${id}: ${result.errors.join('; ')}`);
  parsed.set(id, result.figure);
  return result.figure;
}

export type ParseResult = { ok: true; figure: Figure } | { ok: false; errors: string[] };

/** Reads one illustration file, collecting every problem instead of stopping at the first. */
export function parseFigure(raw: unknown): ParseResult {
  const errors: string[] = [];
  const r = asRecord(raw);
  if (!r) return { ok: false, errors: ['the file is not an object'] };
  const id = typeof r.id === 'string' ? r.id : '';
  if (!id) errors.push('missing id');
  const camera = readCamera(r.camera, errors);
  const frame = readFrame(r.frame, errors);
  const accentParts: AccentPart[] = [];
  if (r.accent !== undefined) {
    if (!Array.isArray(r.accent)) errors.push('accent must be a list of body parts');
    else
      for (const part of r.accent) {
        if (ACCENT_PARTS.includes(part as AccentPart)) accentParts.push(part as AccentPart);
        else errors.push(`unknown accent part ${String(part)}`);
      }
  }
  const poses: Pose[] = [];
  if (!Array.isArray(r.poses) || r.poses.length < 1 || r.poses.length > 3) {
    errors.push('poses must be a list of one to three poses');
  } else {
    r.poses.forEach((p, i) => {
      const pose = readPose(p, `pose ${i}`, errors);
      if (pose) poses.push(pose);
    });
  }
  const props: Prop[] = [];
  if (r.props !== undefined) {
    if (!Array.isArray(r.props)) errors.push('props must be a list');
    else r.props.forEach((p, i) => {
      const prop = readProp(p, `prop ${i}`, errors);
      if (prop) props.push(prop);
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, figure: { id, camera, frame, belly: r.belly === true, accentParts, poses, props } };
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function readVec3(v: unknown, where: string, errors: string[]): Vec3 | null {
  if (Array.isArray(v) && v.length === 3 && v.every(isFiniteNumber)) return [v[0], v[1], v[2]];
  errors.push(`${where} must be three finite numbers`);
  return null;
}

function readNumber(v: unknown, fallback: number, where: string, errors: string[]): number {
  if (v === undefined) return fallback;
  if (isFiniteNumber(v)) return v;
  errors.push(`${where} must be a finite number`);
  return fallback;
}

function readCamera(v: unknown, errors: string[]): Camera {
  const c = v === undefined ? {} : asRecord(v);
  if (!c) {
    errors.push('camera must be an object');
    return { spin: 0, yaw: 0, pitch: 0 };
  }
  return {
    spin: readNumber(c.spin, 0, 'camera.spin', errors),
    yaw: readNumber(c.yaw, 0, 'camera.yaw', errors),
    pitch: readNumber(c.pitch, 0, 'camera.pitch', errors),
  };
}

function readFrame(v: unknown, errors: string[]): Frame | null {
  if (v === undefined) return null;
  const f = asRecord(v);
  const nums = f ? [f.x, f.y, f.w, f.h] : [];
  if (!f || !nums.every(isFiniteNumber) || (f.w as number) <= 0 || (f.h as number) <= 0) {
    errors.push('frame must have finite x, y and positive w, h');
    return null;
  }
  return { x: f.x as number, y: f.y as number, w: f.w as number, h: f.h as number };
}

/** A direction is written `[angle, tilt]`, or just `angle` when the segment lies in the picture plane. */
function readDirection(v: unknown, where: string, errors: string[]): Direction | null {
  if (isFiniteNumber(v)) return [v, 0];
  if (Array.isArray(v) && v.length === 2 && v.every(isFiniteNumber)) return [v[0], v[1]];
  errors.push(`${where} must be an angle or [angle, tilt] of finite numbers`);
  return null;
}

function readPose(v: unknown, where: string, errors: string[]): Pose | null {
  const p = asRecord(v);
  if (!p) {
    errors.push(`${where} is not an object`);
    return null;
  }
  const name = typeof p.name === 'string' && p.name.length > 0 ? p.name : null;
  if (!name) errors.push(`${where} has no name`);
  const root = readVec3(p.root, `${where}.root`, errors);
  const rawDirections = asRecord(p.directions);
  if (!rawDirections) {
    errors.push(`${where}.directions is missing`);
    return null;
  }
  const directions = {} as Record<SegmentName, Direction>;
  let complete = true;
  for (const segment of SEGMENTS) {
    if (rawDirections[segment] === undefined) {
      errors.push(`${where} has no direction for ${segment}`);
      complete = false;
      continue;
    }
    const d = readDirection(rawDirections[segment], `${where}.${segment}`, errors);
    if (d) directions[segment] = d;
    else complete = false;
  }
  for (const key of Object.keys(rawDirections)) {
    if (!(key in SKELETON)) errors.push(`${where} names an unknown segment ${key}`);
  }
  const belly = readNumber(p.belly, 0, `${where}.belly`, errors);
  const accent = readNumber(p.accent, 0, `${where}.accent`, errors);
  if (!name || !root || !complete) return null;
  return { name, root, directions, belly, accent };
}

function readLayer(v: unknown, where: string, errors: string[]): Layer {
  if (v === undefined) return 'back';
  if (v === 'back' || v === 'depth' || v === 'front') return v;
  errors.push(`${where}.layer must be back, depth or front`);
  return 'back';
}

function readProp(v: unknown, where: string, errors: string[]): Prop | null {
  const p = asRecord(v);
  if (!p) {
    errors.push(`${where} is not an object`);
    return null;
  }
  const layer = readLayer(p.layer, where, errors);
  switch (p.kind) {
    case 'line': {
      if (!Array.isArray(p.points) || p.points.length < 2) {
        errors.push(`${where}.points must hold at least two points`);
        return null;
      }
      const points = p.points.map((q, i) => readVec3(q, `${where}.points[${i}]`, errors));
      if (points.some((q) => q === null)) return null;
      return { kind: 'line', points: points as Vec3[], layer };
    }
    case 'box': {
      const min = readVec3(p.min, `${where}.min`, errors);
      const max = readVec3(p.max, `${where}.max`, errors);
      const round = readNumber(p.round, 2, `${where}.round`, errors);
      if (!min || !max) return null;
      if (min.some((m, i) => m >= max[i])) {
        errors.push(`${where}.min must be below max on every axis`);
        return null;
      }
      return { kind: 'box', min, max, round, top: p.top === true, layer };
    }
    case 'roll': {
      const from = readVec3(p.from, `${where}.from`, errors);
      const to = readVec3(p.to, `${where}.to`, errors);
      const radius = readNumber(p.radius, 4, `${where}.radius`, errors);
      if (!from || !to) return null;
      return { kind: 'roll', from, to, radius, layer };
    }
    case 'ring': {
      const at = readVec3(p.at, `${where}.at`, errors);
      const radius = readNumber(p.radius, 10, `${where}.radius`, errors);
      if (!at) return null;
      if (p.normal !== undefined && p.normal !== 'y' && p.normal !== 'z') {
        errors.push(`${where}.normal must be y or z`);
        return null;
      }
      return { kind: 'ring', at, radius, normal: p.normal === 'y' ? 'y' : 'z', layer };
    }
    default:
      errors.push(`${where} has an unknown kind ${String(p.kind)}`);
      return null;
  }
}

/** Sine ease-in-out: slow out of one pose and slow into the next, the way a breath starts and ends. */
export function ease(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return 0.5 - 0.5 * Math.cos(Math.PI * c);
}

/** The inverse of `ease`: the time at which the eased move is `e` of the way there. */
export function unease(e: number): number {
  const c = Math.min(1, Math.max(0, e));
  return Math.acos(1 - 2 * c) / Math.PI;
}

/** The signed difference b - a in degrees, taken the short way round (-180 up to 180). */
export function angleDelta(a: number, b: number): number {
  const d = (((b - a) % 360) + 540) % 360 - 180;
  return d === -180 ? 180 : d;
}

function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/**
 * The pose a fraction `t` of the way from `a` to `b` (no easing here; see `poseAt`). Angles turn the short
 * way round, so a segment never swings through the long side of a circle.
 */
export function interpolate(a: Pose, b: Pose, t: number): Pose {
  const directions = {} as Record<SegmentName, Direction>;
  for (const s of SEGMENTS) {
    const [aa, at] = a.directions[s];
    const [ba, bt] = b.directions[s];
    directions[s] = [aa + angleDelta(aa, ba) * t, lerp(at, bt, t)];
  }
  return {
    name: t < 0.5 ? a.name : b.name,
    root: [lerp(a.root[0], b.root[0], t), lerp(a.root[1], b.root[1], t), lerp(a.root[2], b.root[2], t)],
    directions,
    belly: lerp(a.belly, b.belly, t),
    accent: lerp(a.accent, b.accent, t),
  };
}

/**
 * The pose the player shows: moving from pose `index` toward the next one (the last wraps to the first),
 * `progress` of the way there, eased in and out.
 */
export function poseAt(figure: Figure, index: number, progress: number): Pose {
  const n = figure.poses.length;
  const from = ((Math.floor(index) % n) + n) % n;
  const a = figure.poses[from];
  const b = figure.poses[(from + 1) % n];
  return interpolate(a, b, ease(Number.isFinite(progress) ? progress : 0));
}

/** The unit vector a direction points along. */
export function unit([angle, tilt]: Direction): Vec3 {
  const a = (angle * Math.PI) / 180;
  const t = (tilt * Math.PI) / 180;
  return [Math.cos(t) * Math.cos(a), Math.cos(t) * Math.sin(a), Math.sin(t)];
}

/** Where one segment starts and ends, in world centimetres. */
export interface Bone {
  from: Vec3;
  to: Vec3;
}

/** Forward kinematics: every segment's two endpoints, walking the skeleton from the pelvis outward. */
export function bonesOf(pose: Pose): Record<SegmentName, Bone> {
  const bones = {} as Record<SegmentName, Bone>;
  for (const s of SEGMENTS) {
    const spec = SKELETON[s];
    const from: Vec3 = spec.from === 'root' ? pose.root : bones[spec.from as SegmentName].to;
    const u = unit(pose.directions[s]);
    bones[s] = {
      from,
      to: [from[0] + u[0] * spec.length, from[1] + u[1] * spec.length, from[2] + u[2] * spec.length],
    };
  }
  return bones;
}

/** The camera (see `Camera`): world point to picture point. The result's x and y are drawn; z is depth. */
export function project(p: Vec3, camera: Camera): Vec3 {
  const s = (camera.spin * Math.PI) / 180;
  const x0 = p[0] * Math.cos(s) - p[1] * Math.sin(s);
  const y0 = p[0] * Math.sin(s) + p[1] * Math.cos(s);
  const y = (camera.yaw * Math.PI) / 180;
  const x1 = x0 * Math.cos(y) + p[2] * Math.sin(y);
  const z1 = -x0 * Math.sin(y) + p[2] * Math.cos(y);
  const q = (camera.pitch * Math.PI) / 180;
  const y2 = y0 * Math.cos(q) + z1 * Math.sin(q);
  const z2 = -y0 * Math.sin(q) + z1 * Math.cos(q);
  return [x1, y2, z2];
}
