/**
 * Monitoring's bench: «Обновить мониторинг и показатели» on 50 and on 5,000 satisfaction answers
 * (plus the entry/exit measurements of the same participants). The Sheets call count must be the
 * same for both; the time is printed. Run after a build: `node scripts/build.mjs && tsx scripts/bench-monitoring.ts`.
 */
import { performance } from 'node:perf_hooks';
import { SHEETS_CLASSES } from '../emulator/calls';
import { generateSchool } from '../demo/school';
import { pasteRows } from '../demo/fill';
import { MENTEES, MENTORS } from '../src/domain/bases/schema';
import { ENTRY_EXIT, SATISFACTION } from '../src/domain/surveys/schema';
import { approvedPairs, setTotals, surveyAnswers, writeAnswers } from '../demo/steps/monitoring';
import { peopleOf, writePairs } from '../demo/steps/roadmap';
import { addonWorld } from '../tests/support/addon';

const SIZES = [50, 5000];
const PAIRS = 40;
const school = generateSchool(2025);

interface Figure { answers: number; measurements: number; calls: number; ms: number; firstMs: number }

function measure(size: number): Figure {
  const { world, addon } = addonWorld({ now: '2026-05-18T10:00:00+03:00' });
  const book = world.spreadsheet;
  addon.prepareSheet();
  pasteRows(book, MENTORS, school.mentors);
  pasteRows(book, MENTEES, school.mentees);
  addon.prepareSheet();
  const mentors = peopleOf(book, MENTORS.sheet).filter((m) => m.code);
  const mentees = peopleOf(book, MENTEES.sheet).filter((m) => m.code);
  writePairs(book, Array.from({ length: PAIRS }, (_, i) => ({
    pairId: `П-${i + 1}`, mentorCode: mentors[i % mentors.length]!.code, menteeCode: mentees[i % mentees.length]!.code,
    form: mentees[i % mentees.length]!.form, status: 'утверждена',
  })));
  setTotals(book, { studentsTotal: school.students.length, teachersTotal: school.teachers.length });
  // Survey waves repeated until there are enough answers, then cut to the exact size.
  const waves = Math.ceil(size / (PAIRS * 9)) + 1;
  const all = surveyAnswers(approvedPairs(book), 8, waves);
  const satisfaction = all.satisfaction.slice(0, size);
  const measurements = all.measurements.slice(0, Math.round(size * 0.8));
  writeAnswers(book, SATISFACTION, satisfaction);
  writeAnswers(book, ENTRY_EXIT, measurements);

  let t = performance.now();
  addon.refreshMonitoring(); // creates the sheets
  const firstMs = performance.now() - t;
  world.calls.reset();
  t = performance.now();
  addon.refreshMonitoring();
  return { answers: satisfaction.length, measurements: measurements.length, calls: world.calls.service(SHEETS_CLASSES), ms: performance.now() - t, firstMs };
}

const figures = SIZES.map(measure);
console.log('Мониторинг: «Обновить мониторинг и показатели»');
console.log('ответов | измерений | вызовов Sheets | время, мс (повторный запуск) | время, мс (первый запуск)');
for (const f of figures) console.log(`${f.answers} | ${f.measurements} | ${f.calls} | ${f.ms.toFixed(0)} | ${f.firstMs.toFixed(0)}`);
const same = new Set(figures.map((f) => f.calls)).size === 1;
console.log(same ? 'Число вызовов Sheets не зависит от числа ответов.' : 'ОШИБКА: число вызовов Sheets растёт с числом ответов.');
if (!same) process.exitCode = 1;
