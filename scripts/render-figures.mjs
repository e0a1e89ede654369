// Renders every illustration (each pose, the halfway frames and one mirrored frame) to PNG for a human to
// look at: `node scripts/render-figures.mjs [outDir] [id...]` (default outDir: target/figures). It loads the
// real TypeScript modules through Vite, so the preview draws exactly what the app draws; it only flattens
// opacity into solid colours, because ImageMagick's built-in SVG renderer ignores opacity and CSS custom
// properties. Needs ImageMagick's `convert` and `montage` on PATH.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ui = join(repo, 'ui');
const outDir = resolve(process.argv[2] ?? join(repo, 'target', 'figures'));
const only = process.argv.slice(3);

const { createServer } = await import(join(ui, 'node_modules/vite/dist/node/index.js'));
const server = await createServer({
  root: ui,
  configFile: false,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, fs: { allow: [repo] } },
  appType: 'custom',
});

const looks = {
  night: { bg: '#141110', ink: '#d6a064', accent: '#f2c27a', prop: '#d6a064' },
  day: { bg: '#f6f3ee', ink: '#2a2622', accent: '#b0661a', prop: '#2a2622' },
};

function hex(c) {
  return [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));
}
function blend(color, bg, alpha) {
  const a = hex(color);
  const b = hex(bg);
  return '#' + a.map((v, i) => Math.round(v * alpha + b[i] * (1 - alpha)).toString(16).padStart(2, '0')).join('');
}

function flatSvg(scene, look, px) {
  const [, , w, h] = scene.viewBox.split(' ').map(Number);
  const f = scene.frame;
  const body = scene.marks
    .map((m) => {
      // An accent overlay sits on an ink line, so it blends with the ink rather than with the background.
      const under = m.key.endsWith('-accent') && m.key !== 'belly-accent' ? look.ink : look.bg;
      const stroke = m.stroke && m.strokeOpacity > 0 ? blend(look[m.stroke], under, m.strokeOpacity) : 'none';
      const fill = m.fill && m.fillOpacity > 0 ? blend(look[m.fill], look.bg, m.fillOpacity) : 'none';
      return `<path d="${m.d}" fill="${fill}" stroke="${stroke}" stroke-width="${m.strokeWidth}" stroke-linecap="round" stroke-linejoin="round"/>`;
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${scene.viewBox}" width="${px}" height="${Math.round((px * h) / w)}">
<rect x="${f.x}" y="${f.y}" width="${f.w}" height="${f.h}" fill="${look.bg}"/>
${body}
</svg>`;
}

try {
  const pose = await server.ssrLoadModule('/src/lib/figure/pose.ts');
  const scene = await server.ssrLoadModule('/src/lib/figure/scene.ts');
  mkdirSync(outDir, { recursive: true });
  const ids = only.length > 0 ? only : pose.figureIds();
  for (const id of ids) {
    const figure = pose.getFigure(id);
    const frames = [];
    figure.poses.forEach((p, i) => {
      frames.push({ name: `${i}-${p.name}`, opts: { pose: i, progress: 0 } });
      if (figure.poses.length > 1) frames.push({ name: `${i}-half`, opts: { pose: i, progress: 0.5 } });
    });
    frames.push({ name: 'mirrored', opts: { pose: figure.poses.length > 1 ? 1 : 0, mirrored: true } });
    const pngs = [];
    for (const frame of frames) {
      const look = frame.name === 'mirrored' ? looks.day : looks.night;
      const s = scene.buildScene(figure, { ...frame.opts, highlight: false });
      const svgPath = join(outDir, `${id}--${frame.name.replace(/\s+/g, '_')}.svg`);
      const pngPath = svgPath.replace(/\.svg$/, '.png');
      writeFileSync(svgPath, flatSvg(s, look, 600));
      execFileSync('convert', [svgPath, pngPath]);
      pngs.push(pngPath);
    }
    // One contact sheet per figure, so a whole animation can be judged in one look.
    execFileSync('montage', [...pngs, '-tile', '2x', '-geometry', '450x300+4+4', '-background', '#555555', join(outDir, `${id}.png`)]);
    console.log(`${id}: ${frames.map((f) => f.name).join(', ')}`);
  }
} finally {
  await server.close();
}
