/**
 * `npm run bench` (bases): Sheets calls and wall time of the foundation's jobs on bases of 10, 500 and
 * 5,000 rows. Apps Script quotas make the call count the figure that matters: it must not grow
 * with the number of rows, and the bench exits non-zero when it does. Growing a target sheet
 * (`Sheet.insertRowsAfter`, needed once a report outgrows the sheet's 1,000 rows, since writing
 * past the last row throws) is one call whatever the size: it is printed apart, not compared.
 */
import { performance } from 'node:perf_hooks';
import { SHEETS_CLASSES } from '../emulator/calls';
import { generateSchool } from '../demo/school';
import { pasteRows } from '../demo/fill';
import { MENTEES, MENTORS } from '../src/domain/bases/schema';
import { addonWorld } from '../tests/support/addon';

const SIZES = [10, 500, 5000];
const school = generateSchool(2025);

/** n rows built from the demo school's people, so the checks have realistic work to do. */
const rowsOf = (templates: readonly Record<string, unknown>[], n: number) =>
  Array.from({ length: n }, (_, i) => ({ ...templates[i % templates.length] }) as Record<string, string | number | Date>);

interface Figure { job: string; size: number; calls: number; grow: number; ms: number }

function measure(size: number): Figure[] {
  const { world, addon } = addonWorld({ now: '2025-09-15T10:00:00+03:00' });
  addon.prepareSheet();
  pasteRows(world.spreadsheet, MENTORS, rowsOf(school.mentors, size));
  pasteRows(world.spreadsheet, MENTEES, rowsOf(school.mentees, size));
  const run = (job: string, fn: () => void): Figure => {
    world.calls.reset();
    const t = performance.now();
    fn();
    const grow = world.calls.count('Sheet.insertRowsAfter');
    return { job, size, calls: world.calls.service(SHEETS_CLASSES) - grow, grow, ms: performance.now() - t };
  };
  return [
    run('Подготовить таблицу (коды для новых строк)', addon.prepareSheet),
    run('Подготовить таблицу (повторно)', addon.prepareSheet),
    run('Проверить базы', addon.checkBases),
  ];
}

const figures = SIZES.flatMap(measure);
const jobs = [...new Set(figures.map((f) => f.job))];
let stable = true;
console.log(`${'job'.padEnd(44)} ${SIZES.map((s) => `${s} rows: calls / ms`.padStart(24)).join('')}`);
for (const job of jobs) {
  const row = figures.filter((f) => f.job === job);
  const same = row.every((f) => f.calls === row[0]!.calls);
  stable &&= same;
  const ratio = row.at(-1)!.ms / row[0]!.ms;
  console.log(
    `${job.padEnd(44)} ${row.map((f) => `${f.calls}${f.grow ? `+${f.grow}` : ''} / ${f.ms.toFixed(1)}`.padStart(24)).join('')}` +
      `   calls ${same ? 'constant' : 'GROW'}, time ×${ratio.toFixed(1)} for ×${SIZES.at(-1)! / SIZES[0]!} rows`,
  );
}
console.log('(+N after the calls: growing a target sheet, one call whatever the number of rows)');
if (!stable) {
  console.error('Sheets calls grow with the number of rows');
  process.exit(1);
}
