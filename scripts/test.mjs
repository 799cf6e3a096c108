// `npm test`: type checks, lint, build, every jest suite; ends with one plain line
// `tests: N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status === 0;
const npx = (...args) => run('npx', ['--no-install', ...args]);

let ok = true;
ok = npx('tsc', '--noEmit', '-p', 'tsconfig.json') && ok;
ok = npx('tsc', '--noEmit', '-p', 'tsconfig.domain.json') && ok;
ok = npx('tsc', '--noEmit', '-p', 'tsconfig.client.json') && ok;
ok = npx('eslint', '.') && ok;
ok = run('node', ['scripts/build.mjs']) && ok;

// Outside build/: clasp pushes that folder.
const report = join(mkdtempSync(join(tmpdir(), 'jest-')), 'report.json');
const jestOk = npx('jest', '--json', `--outputFile=${report}`);
let passed = 0;
let failed = 0;
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests;
  failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
} catch {
  failed += 1;
}
if (!ok) failed += 1; // a failed type check, lint or build counts as a failure
console.log(`tests: ${passed} passed, ${failed} failed`);
rmSync(report, { force: true });
process.exit(ok && jestOk && failed === 0 ? 0 : 1);
