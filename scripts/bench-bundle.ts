/**
 * `npm run bench` (bundle): the size of build/Code.js and build/Sidebar.html, and the time Apps Script
 * spends before the add-on does anything: every form answer, menu click and sidebar call starts an
 * execution that loads the whole Code.js into a fresh V8 context. Measured here as a fresh vm context
 * with the emulator's globals, the bundle compiled and run in it, then `onOpen` in AuthMode.NONE (the
 * menu only); the median of 20 runs, each compiled afresh. Exits non-zero when a file is over its budget.
 * Texts.html (the documents' default wording, the roadmap template) is loaded only by the executions that
 * make a template Doc or a roadmap: its size and the time to read and parse it are printed beside.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { createWorld } from '../emulator';
import { SCOPES } from '../tests/support/addon';
import { parseTexts, TEXTS_FILE } from '../src/domain/texts';

const build = join(__dirname, '..', 'build');
const KB = 1024;
/** Budgets from issue 16: Code.js is loaded by every execution, the sidebar by every panel opening. */
const BUDGETS = [
  { file: 'Code.js', max: 400 * KB },
  { file: 'Sidebar.html', max: 150 * KB },
];
const RUNS = 20;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

let over = false;
for (const { file, max } of BUDGETS) {
  const bytes = statSync(join(build, file)).size;
  const ok = bytes <= max;
  over ||= !ok;
  console.log(`${file.padEnd(14)} ${(bytes / KB).toFixed(1).padStart(7)} KB (${bytes} bytes)   budget ${max / KB} KB   ${ok ? 'ok' : 'OVER BUDGET'}`);
}

const source = readFileSync(join(build, 'Code.js'), 'utf8');
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const world = createWorld({ htmlDir: build, scopes: SCOPES });
  const start = performance.now();
  const context = vm.createContext({ ...world.globals });
  // A different last line each run: V8 caches compiled scripts by source, and Apps Script starts cold.
  new vm.Script(`${source}\n// run ${i}`, { filename: 'Code.js' }).runInContext(context);
  world.execute('onOpen', () => (context as { onOpen(e: unknown): void }).onOpen({ authMode: 'NONE' }), 'NONE');
  times.push(performance.now() - start);
  if (world.log.menus.length === 0) throw new Error('onOpen built no menu: the load was not measured on a working bundle');
}
console.log(`load Code.js into a fresh V8 context + onOpen: median ${median(times).toFixed(1)} ms of ${RUNS}` +
  ` (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);

const textsBytes = statSync(join(build, `${TEXTS_FILE}.html`)).size;
const reads: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const world = createWorld({ htmlDir: build, scopes: SCOPES });
  const start = performance.now();
  world.execute('menu', () => parseTexts((world.globals.HtmlService as GoogleAppsScript.HTML.HtmlService).createHtmlOutputFromFile(TEXTS_FILE).getContent()));
  reads.push(performance.now() - start);
}
console.log(`${`${TEXTS_FILE}.html`.padEnd(14)} ${(textsBytes / KB).toFixed(1).padStart(7)} KB (${textsBytes} bytes)   read on demand:` +
  ` read + parse median ${median(reads).toFixed(1)} ms of ${RUNS} (min ${Math.min(...reads).toFixed(1)}, max ${Math.max(...reads).toFixed(1)})`);
process.exit(over ? 1 : 0);
