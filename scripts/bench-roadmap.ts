/**
 * `tsx scripts/bench-roadmap.ts`: Sheets calls and wall time of the roadmap's status refresh, the
 * life-of-pairs jobs and «Новый учебный год» on sheets of about 50, 500 and 5,000 rows. The call
 * count must not grow with the rows; the script exits non-zero when it does.
 */
import { performance } from 'node:perf_hooks';
import { SHEETS_CLASSES } from '../emulator/calls';
import { generateSchool } from '../demo/school';
import { pasteRows } from '../demo/fill';
import { writePairs } from '../demo/steps/roadmap';
import { MENTEES, MENTORS } from '../src/domain/bases/schema';
import { MEETINGS } from '../src/domain/meetings/schema';
import { ROADMAP } from '../src/domain/roadmap/schema';
import { addonWorld } from '../tests/support/addon';

/**
 * Making a sheet taller when the rows do not fit (one insertRowsAfter per sheet, with its
 * getMaxRows) happens once per job and sheet, not per row: counted apart.
 */
const GROWTH = ['Sheet.getMaxRows', 'Sheet.getMaxColumns', 'Sheet.insertRowsAfter', 'Sheet.insertColumnsAfter'];
const SIZES = [50, 500, 5000];
const school = generateSchool(2025);
const day = (iso: string) => new Date(`${iso}T00:00:00+03:00`);
const rowsOf = (templates: readonly Record<string, unknown>[], n: number) =>
  Array.from({ length: n }, (_, i) => ({ ...templates[i % templates.length] }) as Record<string, string | number | Date>);

interface Figure { job: string; size: number; calls: number; growth: number; ms: number; detail: Record<string, number> }

function measure(size: number): Figure[] {
  const { world, addon, sidebar } = addonWorld({ now: '2025-09-15T10:00:00+03:00' });
  const book = world.spreadsheet;
  addon.prepareSheet();
  pasteRows(book, MENTORS, rowsOf(school.mentors, size));
  pasteRows(book, MENTEES, rowsOf(school.mentees, size));
  addon.prepareSheet();
  addon.createRoadmapSheet();
  // The curator's own rows: the roadmap grows to `size` rows.
  pasteRows(book, ROADMAP, Array.from({ length: size }, (_, i) => ({
    activity: `Мероприятие школы № ${i + 1}`, start: day('2025-10-01'), end: day(i % 2 ? '2025-10-31' : '2026-04-30'),
  })));
  const codes = (sheet: string) => book.getSheetByName(sheet)!.getDataRange().getValues().slice(1).map((r) => [String(r[0]), String(r[1])]);
  const mentors = codes('Наставники');
  const mentees = codes('Наставляемые');
  writePairs(book, Array.from({ length: size }, (_, i) => ({
    pairId: `П-${i + 1}`, mentorCode: mentors[i % mentors.length]![0], mentor: mentors[i % mentors.length]![1],
    menteeCode: mentees[i]![0], mentee: mentees[i]![1], form: 'Ученик – ученик', status: 'утверждена', startDate: day('2025-10-01'),
    ...(i % 2 ? { endReason: 'план выполнен', results: 'План выполнен' } : {}),
  })));
  world.clock.set('2025-11-15T10:00:00+03:00');
  sidebar.logMeeting({ pairId: 'П-1', date: '12.11.2025', type: 'встреча-знакомство' }); // creates «Встречи»
  pasteRows(book, MEETINGS, Array.from({ length: size }, (_, i) => ({
    pairId: `П-${i + 1}`, date: day('2025-11-10'), type: 'встреча-знакомство', topic: 'Знакомство',
  })));

  const run = (job: string, fn: () => void): Figure => {
    world.calls.reset();
    const t = performance.now();
    fn();
    const detail = world.calls.snapshot();
    const growth = GROWTH.reduce((n, k) => n + (detail[k] ?? 0), 0);
    return { job, size, calls: world.calls.service(SHEETS_CLASSES) - growth, growth, ms: performance.now() - t, detail };
  };
  const at = (iso: string) => world.clock.set(`${iso}T10:00:00+03:00`);
  const figures: Figure[] = [];
  at('2025-12-01');
  figures.push(run('Обновить статусы дорожной карты', addon.refreshRoadmapStatuses));
  figures.push(run('Создать индивидуальные планы (+ отметка в карте)', addon.createIndividualPlans));
  figures.push(run('Записать встречу (панель)', () => sidebar.logMeeting({ pairId: 'П-1', date: '20.11.2025', type: 'рабочая встреча' })));
  figures.push(run('Ход работы пар', addon.showPairsProgress));
  at('2026-05-25');
  figures.push(run('Завершить отмеченные пары', addon.completeMarkedPairs));
  at('2026-06-05');
  figures.push(run('Новый учебный год', addon.startNewSchoolYear));
  figures.push(run('Новый учебный год (повторно)', addon.startNewSchoolYear));
  return figures;
}

const figures = SIZES.flatMap(measure);
const jobs = [...new Set(figures.map((f) => f.job))];
let stable = true;
console.log(`${'job'.padEnd(48)} ${SIZES.map((s) => `${s} rows: calls (+growth) / ms`.padStart(32)).join('')}`);
for (const job of jobs) {
  const row = figures.filter((f) => f.job === job);
  const same = row.every((f) => f.calls === row[0]!.calls);
  stable &&= same;
  console.log(
    `${job.padEnd(48)} ${row.map((f) => `${f.calls} (+${f.growth}) / ${f.ms.toFixed(1)}`.padStart(32)).join('')}` +
      `   calls ${same ? 'constant' : 'GROW'}, time ×${(row.at(-1)!.ms / row[0]!.ms).toFixed(1)}`,
  );
}
if (process.env.DETAIL) for (const job of jobs) {
  const [a, , c] = figures.filter((f) => f.job === job);
  const diff = Object.keys({ ...a!.detail, ...c!.detail }).filter((k) => a!.detail[k] !== c!.detail[k]).map((k) => `${k} ${a!.detail[k] ?? 0}→${c!.detail[k] ?? 0}`);
  if (diff.length) console.log(`  ${job}: ${diff.join(', ')}`);
}
if (!stable) {
  console.error('Sheets calls grow with the number of rows');
  process.exit(1);
}
