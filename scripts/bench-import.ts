/**
 * `tsx scripts/bench-import.ts`: Sheets calls and wall time of «Импорт списков» (preview, import,
 * undo) and of erasing a participant, for lists of 50, 500 and 5,000 rows. The call count must not
 * grow with the rows; growing a full sheet (Sheet.insertRowsAfter, at most one call per sheet) is
 * shown apart. Exits non-zero when the calls grow.
 */
import { performance } from 'node:perf_hooks';
import { SHEETS_CLASSES } from '../emulator/calls';
import { generateSchool } from '../demo/school';
import { addonWorld } from '../tests/support/addon';

const SIZES = [50, 500, 5000];
const school = generateSchool(2025);
const HEADERS = ['№', 'Фамилия', 'Имя', 'Отчество', 'Класс', 'Дата рождения', 'Телефон', 'Законный представитель', 'Телефон представителя', 'Форма наставничества', 'Ключевой запрос', 'Согласие на обработку ПДн', 'Кто дал согласие'];

/** n pupils in the АИС layout, names made unique by a suffix so every row is a new person. */
function list(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const p = school.students[i % school.students.length]!;
    const [surname = '', name = '', middle = ''] = p.fullName.split(' ');
    const round = Math.floor(i / school.students.length);
    const [y, m, d] = p.birthDate.split('-');
    return [String(i + 1), round ? `${surname}-${'А'.repeat(round)}` : surname, name, middle, p.grade.replace(/^(\d+)/, '$1 '), `${d}.${m}.${y}`,
      p.phone ?? '', p.parentName, p.parentPhone, 'Ученик – ученик', 'Подтянуть математику', 'дано', 'законный представитель'];
  });
}

interface Figure { job: string; size: number; calls: number; grown: number; ms: number }

function measure(size: number): Figure[] {
  const { world, addon } = addonWorld({ now: '2025-09-15T10:00:00+03:00' });
  addon.prepareSheet();
  const rows = [HEADERS, ...list(size)];
  const sheet = world.spreadsheet.insertSheet('Список из АИС');
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, HEADERS.length).setNumberFormat('@').setValues(rows);
  const mapping = (addon.proposeImport('Список из АИС', 'mentees') as { columns: { target: string | null }[] }).columns.map((c) => c.target);
  const run = (job: string, fn: () => void): Figure => {
    world.calls.reset();
    const t = performance.now();
    fn();
    const grown = world.calls.count('Sheet.insertRowsAfter');
    return { job, size, calls: world.calls.service(SHEETS_CLASSES) - grown, grown, ms: performance.now() - t };
  };
  return [
    run('Импорт: предпросмотр', () => addon.previewImport('Список из АИС', 'mentees', mapping)),
    run('Импорт: записать в базу', () => addon.applyImport('Список из АИС', 'mentees', mapping)),
    run('Импорт: отменить', () => addon.undoImport()),
    run('Импорт: записать снова', () => addon.applyImport('Список из АИС', 'mentees', mapping)),
    run('Удалить данные участника', () => {
      world.log.answers.push({ button: 'OK', text: 'НЯ-0001' } as never, { button: 'YES' } as never);
      addon.askEraseParticipant();
    }),
  ];
}

const figures = SIZES.flatMap(measure);
const jobs = [...new Set(figures.map((f) => f.job))];
let stable = true;
console.log(`${'job'.padEnd(28)} ${SIZES.map((s) => `${s} rows: calls (+grow) / ms`.padStart(32)).join('')}`);
for (const job of jobs) {
  const row = figures.filter((f) => f.job === job);
  const same = row.every((f) => f.calls === row[0]!.calls);
  stable &&= same;
  console.log(
    `${job.padEnd(28)} ${row.map((f) => `${f.calls} (+${f.grown}) / ${f.ms.toFixed(0)}`.padStart(32)).join('')}   calls ${same ? 'constant' : 'GROW'}`,
  );
}
if (!stable) {
  console.error('Sheets calls grow with the number of rows');
  process.exit(1);
}
