// `npm run parity`: builds the parity project into build-parity/ — the emulator facts and a tiny
// runner, a separate Apps Script project (never the add-on), with its own manifest — and pushes it
// with clasp when build-parity/.clasp.json names a script:
//   npm run parity -- --script-id ID   remember the scratch Sheet's script (Расширения → Apps Script →
//                                      Настройки проекта → Идентификатор скрипта), then build and push
//   npm run parity                     build, and push if a script id is remembered
//   npm run parity -- --build-only     build only (npm test does this)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleScript } from './build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PARITY_DIR = join(root, 'build-parity');

/** build-parity/: Code.js (facts + runner) and appsscript.json (the add-on's scopes, so the facts see what the add-on sees). */
export async function buildParity() {
  mkdirSync(PARITY_DIR, { recursive: true });
  const names = await bundleScript(join(root, 'tests/parity/runner.ts'), join(PARITY_DIR, 'Code.js'), '__parity');
  const addon = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8'));
  const manifest = { timeZone: addon.timeZone, runtimeVersion: 'V8', exceptionLogging: 'STACKDRIVER', oauthScopes: addon.oauthScopes };
  writeFileSync(join(PARITY_DIR, 'appsscript.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const names = await buildParity();
  console.log(`build-parity/: Code.js (${names.join(', ')}), appsscript.json`);
  const idAt = args.indexOf('--script-id');
  const clasp = join(PARITY_DIR, '.clasp.json');
  if (idAt >= 0) {
    const scriptId = args[idAt + 1];
    if (!scriptId) throw new Error('--script-id needs the id of the scratch Sheet\'s script');
    writeFileSync(clasp, `${JSON.stringify({ scriptId, rootDir: '.' }, null, 2)}\n`);
  }
  if (!args.includes('--build-only')) {
    if (!existsSync(clasp)) {
      console.log('Not pushed: no script id yet. Run `npm run parity -- --script-id ID` with the id of a scratch Sheet\'s script (README, «Deploying», step 1).');
    } else {
      const r = spawnSync('npx', ['--no-install', 'clasp', 'push', '--force'], { cwd: PARITY_DIR, stdio: 'inherit' });
      if (r.status !== 0) process.exit(r.status ?? 1);
      console.log('Pushed. Reload the scratch Sheet and choose «Сверка с Google → Запустить».');
    }
  }
}
