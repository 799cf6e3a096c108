// `npm run push`: build, then `clasp push` the build/ folder to the script named in .clasp.json.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildAll } from './build.mjs';

const clasp = JSON.parse(readFileSync(new URL('../.clasp.json', import.meta.url), 'utf8'));
if (!clasp.scriptId) {
  console.error('.clasp.json has no scriptId: paste the id of your Sheet\'s Apps Script project (README, «Deploying»).');
  process.exit(1);
}
if (clasp.rootDir !== 'build') {
  console.error('.clasp.json must say "rootDir": "build" — that is where the build writes the add-on.');
  process.exit(1);
}
await buildAll();
const r = spawnSync('npx', ['--no-install', 'clasp', 'push', '--force'], { stdio: 'inherit' });
process.exit(r.status ?? 1);
