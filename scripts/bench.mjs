// `npm run bench`: every scripts/bench-*.ts in turn (after one build). Each prints its figures and
// ratios and exits non-zero when a quota rule breaks (e.g. Sheets calls growing with rows).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => /^bench-.+\.ts$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
const failed = [];
for (const file of benches) {
  console.log(`\n=== ${file}`);
  const r = spawnSync('npx', ['--no-install', 'tsx', join(here, file)], { stdio: 'inherit' });
  if (r.status !== 0) failed.push(file);
}
console.log(failed.length ? `\nbench: ${failed.join(', ')} broke a rule` : `\nbench: ${benches.length} benchmarks, every rule held`);
process.exit(failed.length ? 1 : 0);
