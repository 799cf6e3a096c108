/**
 * `npm start`: the whole workflow on a realistic demo school, inside the emulator, with the built
 * add-on — as a curator would click it. Results go to out/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createWorld } from '../emulator';
import { exportXlsx } from '../emulator/export/xlsx';
import { generateSchool } from '../demo/school';
import { pasteRows } from '../demo/fill';
import { typeParams } from '../demo/settings';
import { MENTEES, MENTORS } from '../src/domain/bases/schema';
import type { Addon } from '../tests/support/addon';

const root = join(__dirname, '..');
const out = join(root, 'out');

async function main() {
  mkdirSync(out, { recursive: true });
  const world = createWorld({ htmlDir: join(root, 'build'), now: '2025-09-15T10:00:00+03:00' });
  const addon = world.load(join(root, 'build/Code.js')) as Addon;
  const book = world.spreadsheet;
  const school = generateSchool(2025);

  addon.onOpen({ authMode: 'NONE' });
  addon.prepareSheet();
  typeParams(book, school.settings);
  pasteRows(book, MENTORS, school.mentors);
  pasteRows(book, MENTEES, school.mentees);
  addon.prepareSheet(); // codes for the pasted people
  addon.checkBases();
  const overview = addon.getOverview() as { bases: { title: string; people: number; withoutConsent: number }[]; problems: number };

  await exportXlsx(book, join(out, 'demo.xlsx'));

  const report = book.getSheetByName('Проверка')!.getDataRange().getValues().slice(1);
  const byProblem = new Map<string, number>();
  for (const r of report) {
    const problem = String(r[3]).replace(/ \(строка \d+\)$/, '');
    byProblem.set(problem, (byProblem.get(problem) ?? 0) + 1);
  }
  const lines = [
    `Демонстрационная школа: ${school.settings.orgFullName}`,
    `Учебный год ${school.settings.schoolYear}; учителей — ${school.teachers.length}, учеников — ${school.students.length}.`,
    `Меню «${world.log.menus[0]?.caption ?? ''}»: ${world.log.menus[0]?.items.map((i) => ('caption' in i ? i.caption : '—')).join(', ')}.`,
    ...overview.bases.map((b) => `${b.title}: ${b.people} (без действующего согласия — ${b.withoutConsent}).`),
    `«Проверить базы»: ${world.log.toasts.at(-1)?.message ?? ''}`,
    ...[...byProblem].map(([p, n]) => `  • ${p}: ${n}`),
    `Файл: out/demo.xlsx (листы: ${book.getSheets().map((s) => s.getName()).join(', ')}).`,
  ];
  console.log(lines.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
