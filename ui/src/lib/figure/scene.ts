// Turns a figure at one moment into a flat list of SVG paths (marks) that Figure.svelte renders as they are.
// This module owns the drawing style (one stroke width, round caps, tones, depth order, framing, mirroring)
// and must never touch the DOM or hold state: the same inputs always give the same marks, so tests can read them.

import {
  HEAD_RADII,
  interpolate,
  poseAt,
  project,
  unease,
  bonesOf,
  type AccentPart,
  type Bone,
  type Camera,
  type Figure,
  type Frame,
  type Pose,
  type Prop,
  type SegmentName,
  type Vec3,
} from './pose';

/** The three tones a mark can be painted in; the component maps them to CSS colours. */
export type Paint = 'ink' | 'accent' | 'prop';

/** CSS colour for each tone. The custom properties let the night and morning looks restyle without edits. */
export const PAINT_CSS: Record<Paint, string> = {
  ink: 'currentColor',
  accent: 'var(--figure-accent, currentColor)',
  prop: 'var(--figure-prop, currentColor)',
};

export interface Mark {
  /** Stable across frames so a keyed each block moves elements instead of recreating them. */
  key: string;
  d: string;
  stroke: Paint | null;
  fill: Paint | null;
  strokeWidth: number;
  strokeOpacity: number;
  fillOpacity: number;
}

export interface Scene {
  viewBox: string;
  frame: Frame;
  /** The body's one stroke width in viewBox units. */
  strokeWidth: number;
  marks: Mark[];
}

export interface SceneOptions {
  /** Index of the pose we are moving from. */
  pose?: number;
  /** 0..1 toward the next pose. */
  progress?: number;
  mirrored?: boolean;
  /** Reduced motion: pose `pose` exactly, ignoring progress. */
  still?: boolean;
  /** Light the figure's accent parts fully. */
  highlight?: boolean;
}

/** Every picture has this shape, so the player's layout never jumps between exercises. */
export const ASPECT = 3 / 2;
/** The smallest automatic frame, in centimetres, so a small pose is not blown up past life-like proportions. */
const MIN_FRAME_WIDTH = 200;
/**
 * The body's one stroke width, in centimetres like the skeleton: about the thickness of a forearm, so limbs
 * read as soft limbs rather than wires, and the same on every figure whatever its framing.
 */
const BASE_STROKE = 8.5;
const FAR_OPACITY = 0.42;
/** A shoulder or hip this much further from the viewer than the body's midline marks the far limb, drawn fainter. */
const FAR_DEPTH = 4;
const PROP_STROKE_OPACITY = 0.6;
const PROP_FILL_OPACITY = 0.13;

/** Rounds for compact path data; also turns -0 into 0 so snapshots stay stable. */
function fmt(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
}

type P2 = readonly [number, number];

function polyline(points: readonly P2[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${fmt(p[0])} ${fmt(p[1])}`).join(' ');
}

/** A smooth curve through the points (Catmull-Rom turned into cubic Béziers), used for the spine. */
function smooth(points: readonly P2[]): string {
  if (points.length < 3) return polyline(points);
  let d = `M${fmt(points[0][0])} ${fmt(points[0][1])}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)];
    const p1 = points[i];
    const p2 = points[i + 1];
    const p3 = points[Math.min(points.length - 1, i + 2)];
    const c1: P2 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: P2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C${fmt(c1[0])} ${fmt(c1[1])} ${fmt(c2[0])} ${fmt(c2[1])} ${fmt(p2[0])} ${fmt(p2[1])}`;
  }
  return d;
}

/**
 * An ellipse as four cubic Béziers (no arc commands, which some SVG renderers draw wrongly): the image of a
 * circle under any linear map, given its centre and two conjugate half-diameters `a` and `b`.
 */
function affineEllipse(c: P2, a: P2, b: P2): string {
  const k = 0.5523;
  const at = (i: number, j: number): P2 => [c[0] + a[0] * i + b[0] * j, c[1] + a[1] * i + b[1] * j];
  const pts = [at(1, 0), at(0, 1), at(-1, 0), at(0, -1)];
  const ctrl = [
    [at(1, k), at(k, 1)],
    [at(-k, 1), at(-1, k)],
    [at(-1, -k), at(-k, -1)],
    [at(k, -1), at(1, -k)],
  ];
  let d = `M${fmt(pts[0][0])} ${fmt(pts[0][1])}`;
  for (let i = 0; i < 4; i++) {
    const e = pts[(i + 1) % 4];
    const [p, q] = ctrl[i];
    d += ` C${fmt(p[0])} ${fmt(p[1])} ${fmt(q[0])} ${fmt(q[1])} ${fmt(e[0])} ${fmt(e[1])}`;
  }
  return `${d} Z`;
}

/** An ellipse centred at `c` with radius `ra` along the unit vector `u` and `rb` across it. */
function ellipse(c: P2, u: P2, ra: number, rb: number): string {
  return affineEllipse(c, [u[0] * ra, u[1] * ra], [-u[1] * rb, u[0] * rb]);
}

/** A closed polygon with its corners rounded by up to `r`, for soft pillows and mattresses. */
function roundedPolygon(points: readonly P2[], r: number): string {
  const n = points.length;
  if (n < 3) return polyline(points);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const prev = points[(i + n - 1) % n];
    const cur = points[i];
    const next = points[(i + 1) % n];
    const lin = Math.hypot(cur[0] - prev[0], cur[1] - prev[1]);
    const lout = Math.hypot(next[0] - cur[0], next[1] - cur[1]);
    const rin = lin > 0 ? Math.min(r, lin / 2) / lin : 0;
    const rout = lout > 0 ? Math.min(r, lout / 2) / lout : 0;
    const a: P2 = [cur[0] + (prev[0] - cur[0]) * rin, cur[1] + (prev[1] - cur[1]) * rin];
    const b: P2 = [cur[0] + (next[0] - cur[0]) * rout, cur[1] + (next[1] - cur[1]) * rout];
    parts.push(`${i === 0 ? 'M' : 'L'}${fmt(a[0])} ${fmt(a[1])} Q${fmt(cur[0])} ${fmt(cur[1])} ${fmt(b[0])} ${fmt(b[1])}`);
  }
  return `${parts.join(' ')} Z`;
}

/** The convex hull (Andrew's monotone chain), which is a projected box's outline. */
function hull(points: readonly P2[]): P2[] {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: P2, a: P2, b: P2) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: P2[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], p) <= 1e-9) lower.pop();
    lower.push(p);
  }
  const upper: P2[] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i];
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], p) <= 1e-9) upper.pop();
    upper.push(p);
  }
  return lower.slice(0, -1).concat(upper.slice(0, -1));
}

/** A stadium shape around the segment a→b: a rolled towel seen from any side. */
function capsule(a: P2, b: P2, r: number): string {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  const u: P2 = len > 1e-6 ? [(b[0] - a[0]) / len, (b[1] - a[1]) / len] : [1, 0];
  const c: P2 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  if (len < 1e-6) return ellipse(c, u, r, r);
  // Built from a long ellipse's control points would bulge; two half-ellipses joined by straight sides instead.
  const n: P2 = [-u[1], u[0]];
  const k = 0.5523 * r;
  const pt = (p: P2, du: number, dn: number): string =>
    `${fmt(p[0] + u[0] * du + n[0] * dn)} ${fmt(p[1] + u[1] * du + n[1] * dn)}`;
  return [
    `M${pt(a, 0, r)}`,
    `L${pt(b, 0, r)}`,
    `C${pt(b, k, r)} ${pt(b, r, k)} ${pt(b, r, 0)}`,
    `C${pt(b, r, -k)} ${pt(b, k, -r)} ${pt(b, 0, -r)}`,
    `L${pt(a, 0, -r)}`,
    `C${pt(a, -k, -r)} ${pt(a, -r, -k)} ${pt(a, -r, 0)}`,
    `C${pt(a, -r, k)} ${pt(a, -k, r)} ${pt(a, 0, r)}`,
    'Z',
  ].join(' ');
}

function boxCorners(min: Vec3, max: Vec3): Vec3[] {
  const out: Vec3[] = [];
  for (const x of [min[0], max[0]]) for (const y of [min[1], max[1]]) for (const z of [min[2], max[2]]) out.push([x, y, z]);
  return out;
}

/** Every world point a prop occupies, for framing. */
function propPoints(prop: Prop): Vec3[] {
  switch (prop.kind) {
    case 'line':
      return prop.points;
    case 'box':
      return boxCorners(prop.min, prop.max);
    case 'roll':
      return [prop.from, prop.to];
    case 'ring': {
      const [a, b] = ringAxes(prop.normal);
      return [add(prop.at, a, prop.radius), add(prop.at, a, -prop.radius), add(prop.at, b, prop.radius), add(prop.at, b, -prop.radius)];
    }
  }
}

function propReach(prop: Prop): number {
  return prop.kind === 'roll' ? prop.radius : 0;
}

/** Two unit vectors spanning the plane of a ring with this normal. */
function ringAxes(normal: 'y' | 'z'): [Vec3, Vec3] {
  return normal === 'y' ? [[1, 0, 0], [0, 0, 1]] : [[1, 0, 0], [0, 1, 0]];
}

function boneList(bones: Record<SegmentName, Bone>): Vec3[] {
  return Object.values(bones).flatMap((b) => [b.from, b.to]);
}

/**
 * The picture's frame: the figure's own crop when it has one, otherwise a 3:2 window around every pose and
 * prop, never smaller than a standing adult needs, so all illustrations share one scale.
 */
export function frameOf(figure: Figure): Frame {
  if (figure.frame) return figure.frame;
  const cached = frames.get(figure);
  if (cached) return cached;
  const frame = fitFrame(figure);
  frames.set(figure, frame);
  return frame;
}

/** Framing samples many poses, so it is done once per figure rather than on every animation frame. */
const frames = new WeakMap<Figure, Frame>();

function fitFrame(figure: Figure): Frame {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const grow = (p: Vec3, reach: number) => {
    const q = project(p, figure.camera);
    minX = Math.min(minX, q[0] - reach);
    maxX = Math.max(maxX, q[0] + reach);
    minY = Math.min(minY, q[1] - reach);
    maxY = Math.max(maxY, q[1] + reach);
  };
  // Sample the moves between poses too: an arm sweeping up toward the viewer can leave the box of both ends.
  const n = figure.poses.length;
  for (let i = 0; i < n; i++) {
    for (const t of [0, 0.25, 0.5, 0.75]) {
      const pose = interpolate(figure.poses[i], figure.poses[(i + 1) % n], t);
      for (const p of boneList(bonesOf(pose))) grow(p, HEAD_RADII.along + BASE_STROKE);
    }
  }
  for (const prop of figure.props) for (const p of propPoints(prop)) grow(p, propReach(prop) + BASE_STROKE);
  const pad = 12;
  const w = Math.max(MIN_FRAME_WIDTH, maxX - minX + 2 * pad, (maxY - minY + 2 * pad) * ASPECT);
  const h = w / ASPECT;
  return { x: (minX + maxX) / 2 - w / 2, y: (minY + maxY) / 2 - h / 2, w, h };
}

interface Chain {
  key: string;
  part: AccentPart | null;
  points: Vec3[];
  smooth: boolean;
  /** Whether a far chain may fade; the torso and head never do. */
  canFade: boolean;
}

function chains(b: Record<SegmentName, Bone>): Chain[] {
  return [
    {
      key: 'torso',
      part: 'spine',
      points: [b.spine1.from, b.spine1.to, b.spine2.to, b.spine3.to, b.neck.to],
      smooth: true,
      canFade: false,
    },
    ...(['L', 'R'] as const).flatMap((side): Chain[] => [
      {
        key: `arm${side}`,
        part: side === 'L' ? 'armL' : 'armR',
        points: [b.spine3.to, b[`clavicle${side}`].to, b[`upperArm${side}`].to, b[`forearm${side}`].to, b[`hand${side}`].to],
        smooth: false,
        canFade: true,
      },
      {
        key: `leg${side}`,
        part: side === 'L' ? 'legL' : 'legR',
        points: [b.spine1.from, b[`hip${side}`].to, b[`thigh${side}`].to, b[`shin${side}`].to, b[`foot${side}`].to],
        smooth: false,
        canFade: true,
      },
    ]),
  ];
}

function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

function normalise(a: Vec3): Vec3 {
  const l = Math.hypot(a[0], a[1], a[2]);
  return l > 1e-9 ? [a[0] / l, a[1] / l, a[2] / l] : [0, 0, 0];
}

function add(a: Vec3, b: Vec3, k = 1): Vec3 {
  return [a[0] + b[0] * k, a[1] + b[1] * k, a[2] + b[2] * k];
}

/**
 * Which way the belly faces: the body's right (from the left hip to the right) crossed with its up (along the
 * lower spine). With y pointing down this cross product points out of the front of the body.
 */
export function frontOf(b: Record<SegmentName, Bone>): Vec3 {
  const right = normalise(sub(b.hipR.to, b.hipL.to));
  const up = normalise(sub(b.spine2.to, b.spine1.from));
  return normalise(cross(right, up));
}

/** The belly outline: an arc in front of the lower spine that rises with the breath. */
function bellyPoints(b: Record<SegmentName, Bone>, belly: number): [Vec3, Vec3, Vec3] {
  const front = frontOf(b);
  const a = add(b.spine1.from, front, 4);
  const e = add(b.spine2.to, front, 6);
  const mid: Vec3 = [(a[0] + e[0]) / 2, (a[1] + e[1]) / 2, (a[2] + e[2]) / 2];
  const c = add(mid, front, 2 * (7 + 7 * Math.min(1, Math.max(0, belly))));
  return [a, c, e];
}

/**
 * The limbs drawn fainter because they are on the far side of the body. A limb is far when its shoulder or
 * hip sits behind the point it hangs from (the neck base or the pelvis) in the figure's first pose. Deciding
 * once per figure keeps a limb from blinking between tones mid-move (an arm sweeping behind the body in open
 * book stays the bright, active arm); comparing with the torso's average depth instead would fade both legs
 * of a figure seen from above, because feet are further from a camera that looks down.
 */
export function farLimbs(figure: Figure): ReadonlySet<string> {
  const cached = farSets.get(figure);
  if (cached) return cached;
  const far = new Set<string>();
  const bones = bonesOf(figure.poses[0]);
  for (const chain of chains(bones)) {
    if (!chain.canFade) continue;
    const root = project(chain.points[0], figure.camera)[2];
    const attach = project(chain.points[1], figure.camera)[2];
    if (attach < root - FAR_DEPTH) far.add(chain.key);
  }
  farSets.set(figure, far);
  return far;
}

const farSets = new WeakMap<Figure, ReadonlySet<string>>();

interface Drawn {
  depth: number;
  marks: Mark[];
}

/** Builds every mark for one moment of one figure. */
export function buildScene(figure: Figure, options: SceneOptions = {}): Scene {
  const frame = frameOf(figure);
  const sw = BASE_STROKE;
  const progress = options.still ? 0 : (options.progress ?? 0);
  const pose: Pose = poseAt(figure, options.pose ?? 0, progress);
  const camera: Camera = figure.camera;
  const view = (p: Vec3): Vec3 => project(p, camera);
  const flat = (p: Vec3): P2 => {
    const q = view(p);
    return [q[0], q[1]];
  };
  const accentLevel = Math.min(1, Math.max(options.highlight ? 1 : 0, pose.accent));
  const lit = new Set(figure.accentParts);
  const bones = bonesOf(pose);
  const items: Drawn[] = [];

  const strokeMark = (key: string, d: string, paint: Paint, opacity: number): Mark => ({
    key,
    d,
    stroke: paint,
    fill: null,
    strokeWidth: sw,
    strokeOpacity: opacity,
    fillOpacity: 0,
  });

  const all = chains(bones);
  const farChains = farLimbs(figure);
  const depthOf = (points: Vec3[]) => points.reduce((s, p) => s + view(p)[2], 0) / points.length;
  const torsoDepth = depthOf(all[0].points);
  for (const chain of all) {
    const depth = chain.canFade ? depthOf(chain.points.slice(1)) : torsoDepth;
    const far = farChains.has(chain.key);
    const pts = chain.points.map(flat);
    const d = chain.smooth ? smooth(pts) : polyline(pts);
    const marks = [strokeMark(chain.key, d, 'ink', far ? FAR_OPACITY : 1)];
    if (chain.part && lit.has(chain.part) && accentLevel > 0) {
      marks.push(strokeMark(`${chain.key}-accent`, d, 'accent', accentLevel * (far ? FAR_OPACITY : 1)));
    }
    items.push({ depth, marks });
  }

  // The neck is part of the torso line; lighting it alone (head tilt) needs its own overlay.
  if (lit.has('neck') && accentLevel > 0) {
    items.push({
      depth: torsoDepth + 0.01,
      marks: [strokeMark('neck-accent', polyline([flat(bones.neck.from), flat(bones.neck.to)]), 'accent', accentLevel)],
    });
  }

  // The head: an ellipse around the end of the head segment, longer along the segment as a real head is.
  const hc = view(bones.head.to);
  const hb = view(bones.head.from);
  const hv: P2 = [hc[0] - hb[0], hc[1] - hb[1]];
  const hl = Math.hypot(hv[0], hv[1]);
  const seg = 13;
  const along = HEAD_RADII.across + (HEAD_RADII.along - HEAD_RADII.across) * Math.min(1, hl / seg);
  const hu: P2 = hl > 1e-6 ? [hv[0] / hl, hv[1] / hl] : [0, -1];
  items.push({
    depth: torsoDepth + 0.02,
    marks: [
      {
        key: 'head',
        d: ellipse([hc[0], hc[1]], hu, along, HEAD_RADII.across),
        stroke: null,
        fill: 'ink',
        strokeWidth: 0,
        strokeOpacity: 0,
        fillOpacity: 1,
      },
    ],
  });

  if (figure.belly) {
    const [a, c, e] = bellyPoints(bones, pose.belly).map(flat);
    const anchorA = flat(bones.spine1.from);
    const anchorE = flat(bones.spine2.to);
    const arc = `M${fmt(a[0])} ${fmt(a[1])} Q${fmt(c[0])} ${fmt(c[1])} ${fmt(e[0])} ${fmt(e[1])}`;
    const area = `M${fmt(anchorA[0])} ${fmt(anchorA[1])} L${arc.slice(1)} L${fmt(anchorE[0])} ${fmt(anchorE[1])} Z`;
    const marks: Mark[] = [
      { key: 'belly-area', d: area, stroke: null, fill: 'ink', strokeWidth: 0, strokeOpacity: 0, fillOpacity: 0.16 },
      { ...strokeMark('belly', arc, 'ink', 1), strokeWidth: sw * 0.6 },
    ];
    if (lit.has('belly') && accentLevel > 0) {
      marks.push({
        key: 'belly-accent',
        d: area,
        stroke: 'accent',
        fill: 'accent',
        strokeWidth: sw * 0.6,
        strokeOpacity: accentLevel,
        fillOpacity: 0.55 * accentLevel,
      });
    }
    items.push({ depth: torsoDepth + 0.005, marks });
  }

  const back: Mark[] = [];
  const front: Mark[] = [];
  figure.props.forEach((prop, i) => {
    const marks = propMarks(prop, `prop${i}`, flat, sw);
    if (prop.layer === 'back') back.push(...marks);
    else if (prop.layer === 'front') front.push(...marks);
    else {
      const pts = propPoints(prop);
      items.push({ depth: depthOf(pts), marks });
    }
  });

  // Painter's order: the furthest chain first. The sort is stable, so equal depths keep the order above.
  items.sort((a, b) => a.depth - b.depth);
  const drawn = [...back, ...items.flatMap((i) => i.marks), ...front];
  // Mirroring is the last step, applied to finished paths, so the other side is exactly the reflection.
  const axis = frame.x * 2 + frame.w;
  const marks = options.mirrored ? drawn.map((m) => ({ ...m, d: mirrorPath(m.d, axis) })) : drawn;
  return {
    viewBox: `${fmt(frame.x)} ${fmt(frame.y)} ${fmt(frame.w)} ${fmt(frame.h)}`,
    frame,
    strokeWidth: sw,
    marks,
  };
}

/** How much the drawing changes over one move, so a player can redraw it only when the change shows. */
export interface MoveExtent {
  /** The longest way any point of any mark travels, in viewBox units. */
  travel: number;
  /** The most any mark's opacity changes, summed over the move (0..1 per fade). */
  fade: number;
}

function coordinates(d: string): number[] {
  return (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
}

/**
 * How much the drawing changes in the move from pose `pose` toward the next one, measured along the eased
 * move in `samples` equal steps of the way. A mark that changes shape (a different number of points) counts
 * only by its opacity. Pure, like the rest of this module; the player calls it once per move, not per frame.
 */
export function moveExtent(figure: Figure, pose: number, samples = 16): MoveExtent {
  let travel = 0;
  let fade = 0;
  let previous: Map<string, { xy: number[]; opacity: number }> | null = null;
  for (let k = 0; k <= samples; k++) {
    const scene = buildScene(figure, { pose, progress: unease(k / samples) });
    const current = new Map(
      scene.marks.map((m) => [m.key, { xy: coordinates(m.d), opacity: Math.max(m.strokeOpacity, m.fillOpacity) }]),
    );
    if (previous) {
      let moved = 0;
      let faded = 0;
      for (const [key, now] of current) {
        const before = previous.get(key);
        faded = Math.max(faded, Math.abs(now.opacity - (before?.opacity ?? 0)));
        if (!before || before.xy.length !== now.xy.length) continue;
        for (let i = 0; i + 1 < now.xy.length; i += 2) {
          moved = Math.max(moved, Math.hypot(now.xy[i] - before.xy[i], now.xy[i + 1] - before.xy[i + 1]));
        }
      }
      for (const [key, before] of previous) if (!current.has(key)) faded = Math.max(faded, before.opacity);
      travel += moved;
      fade += faded;
    }
    previous = current;
  }
  return { travel, fade };
}

/** Reflects a path about the vertical line x = axis/2; every command here is absolute with x y pairs. */
export function mirrorPath(d: string, axis: number): string {
  let index = 0;
  return d.replace(/-?\d+(\.\d+)?/g, (n) => (index++ % 2 === 0 ? fmt(axis - Number(n)) : n));
}

function propMarks(prop: Prop, key: string, flat: (p: Vec3) => P2, sw: number): Mark[] {
  const line = (k: string, d: string): Mark => ({
    key: k,
    d,
    stroke: 'prop',
    fill: null,
    strokeWidth: sw * 0.5,
    strokeOpacity: PROP_STROKE_OPACITY,
    fillOpacity: 0,
  });
  const shape = (k: string, d: string): Mark => ({
    key: k,
    d,
    stroke: 'prop',
    fill: 'prop',
    strokeWidth: sw * 0.5,
    strokeOpacity: PROP_STROKE_OPACITY,
    fillOpacity: PROP_FILL_OPACITY,
  });
  switch (prop.kind) {
    case 'line':
      return [line(key, polyline(prop.points.map(flat)))];
    case 'box': {
      const outline = hull(boxCorners(prop.min, prop.max).map(flat));
      const marks = [shape(key, roundedPolygon(outline, prop.round))];
      if (prop.top) {
        const [x0, y0, z0] = prop.min;
        const [x1, , z1] = prop.max;
        const top: Vec3[] = [
          [x0, y0, z0],
          [x1, y0, z0],
          [x1, y0, z1],
          [x0, y0, z1],
        ];
        marks.push(line(`${key}-top`, roundedPolygon(top.map(flat), prop.round)));
      }
      return marks;
    }
    case 'roll':
      return [shape(key, capsule(flat(prop.from), flat(prop.to), prop.radius))];
    case 'ring': {
      // Project two perpendicular radii and draw the ellipse they span: a circle seen through the camera.
      const c = flat(prop.at);
      const [a, b] = ringAxes(prop.normal);
      const ea = flat(add(prop.at, a, prop.radius));
      const eb = flat(add(prop.at, b, prop.radius));
      const d = affineEllipse(c, [ea[0] - c[0], ea[1] - c[1]], [eb[0] - c[0], eb[1] - c[1]]);
      // A level ring is a floor spot and gets a faint fill; a ring facing the viewer is a path to follow.
      return [prop.normal === 'y' ? shape(key, d) : line(key, d)];
    }
  }
}

/** Attribute-safe text. */
function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The same markup Figure.svelte produces, as a string: for tests and the preview script. `paint` lets the
 * preview substitute concrete colours for renderers that do not know CSS custom properties.
 */
export function sceneToSvg(scene: Scene, label: string, paint: Record<Paint, string> = PAINT_CSS): string {
  const body = scene.marks
    .map((m) => {
      const style = [
        `stroke:${m.stroke ? paint[m.stroke] : 'none'}`,
        `fill:${m.fill ? paint[m.fill] : 'none'}`,
      ].join(';');
      return (
        `<path d="${m.d}" style="${style}" stroke-width="${fmt(m.strokeWidth)}" ` +
        `stroke-opacity="${fmt(m.strokeOpacity)}" fill-opacity="${fmt(m.fillOpacity)}" ` +
        `stroke-linecap="round" stroke-linejoin="round"/>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${scene.viewBox}" width="100%" role="img" ` +
    `aria-label="${escapeXml(label)}">${body}</svg>`
  );
}
