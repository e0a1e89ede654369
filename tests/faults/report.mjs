// Prints the fault matrix: one line per fault with its tries, the acknowledged records lost (and reminders or
// records doubled), PRAGMA integrity_check, whether Limber was usable once the fault cleared, and what the
// person was told. Rows come from the fault tests (target/faults/results.jsonl) and from the import tests
// (target/tmp/fault-matrix/import-*.txt, written by src-tauri/tests/data_import.rs during `cargo test`).
// Exits non-zero when a row lost anything, when integrity failed, or when no row was recorded.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultsFile, root } from './common.mjs';

const rows = existsSync(resultsFile)
  ? readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  : [];
const width = (text, n) => (text.length > n ? `${text.slice(0, n - 1)}…` : text.padEnd(n));
const lines = [];
lines.push(`${width('fault', 80)} ${width('tries', 40)} ${width('lost', 4)} ${width('twice', 5)} ${width('integrity', 9)} usable`);
lines.push('-'.repeat(80 + 40 + 4 + 5 + 9 + 6 + 5));
let bad = 0;
for (const row of rows) {
  const lost = Number(row.lost ?? 0);
  const doubled = Number(row.doubled ?? 0);
  if (lost !== 0 || doubled !== 0 || row.integrity !== 'ok' || row.usable !== 'yes') bad += 1;
  lines.push(`${width(row.fault, 80)} ${width(String(row.tries), 40)} ${width(String(lost), 4)} ${width(String(doubled), 5)} `
    + `${width(row.integrity, 9)} ${row.usable}`);
  lines.push(`    told: ${row.message}`);
}
const importDir = join(root, 'target', 'tmp', 'fault-matrix');
const importLines = existsSync(importDir)
  ? readdirSync(importDir).filter((name) => name.startsWith('import-')).sort()
    .flatMap((name) => readFileSync(join(importDir, name), 'utf8').split('\n').filter(Boolean))
  : [];
if (importLines.length > 0) {
  lines.push('malformed, special and large data files (cargo test -p limber --test data_import):');
  for (const line of importLines) lines.push(`    ${line}`);
}
console.log(lines.join('\n'));
if (rows.length === 0) {
  console.error('no fault row was recorded');
  process.exit(1);
}
if (bad > 0) {
  console.error(`${bad} fault row(s) lost records, doubled them, failed integrity or left Limber unusable`);
  process.exit(1);
}
