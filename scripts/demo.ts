/**
 * `npm start`: the whole workflow on a realistic demo school, inside the emulator, with the built
 * add-on — as a curator, participants and the director would click it. Results go to out/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createWorld } from '../emulator';
import { exportXlsx } from '../emulator/export/xlsx';
import { fixUnknownForm } from '../demo/bases';
import { generateSchool } from '../demo/school';
import { typeParams } from '../demo/settings';
import type { DemoContext } from '../demo/steps/context';
import { importFromAis } from '../demo/steps/import';
import { submitForms } from '../demo/steps/forms';
import { matchingStep } from '../demo/steps/matching';
import { exportDocuments, finalStep } from '../demo/steps/orders';
import { roadmapYear } from '../demo/steps/roadmap';
import { monitoringStep } from '../demo/steps/monitoring';
import { sidebarScreens } from '../demo/steps/sidebar';
import { SCOPES, type Addon } from '../tests/support/addon';

const root = join(__dirname, '..');
const out = join(root, 'out');

type Step = [title: string, run: (ctx: DemoContext) => string[] | Promise<string[]>];

const STEPS: Step[] = [
  ['Меню и таблица', ({ world, addon, book, school }) => {
    addon.onOpen({ authMode: 'NONE' });
    addon.prepareSheet();
    typeParams(book, school.settings);
    const menu = world.log.menus[0]!;
    return [
      `Меню «${menu.caption}»: ${menu.items.map((i) => ('caption' in i ? i.caption : '—')).join(', ')}.`,
      `«Подготовить таблицу»: ${world.log.toasts.at(-1)?.message ?? ''}`,
    ];
  }],
  ['Импорт списков из АИС', importFromAis],
  ['Проверка баз', ({ world, addon, book }) => {
    addon.checkBases();
    const report = book.getSheetByName('Проверка')!.getDataRange().getValues().slice(1);
    const byProblem = new Map<string, number>();
    for (const r of report) {
      const problem = String(r[3]).replace(/ \(строка \d+\)$/, '');
      byProblem.set(problem, (byProblem.get(problem) ?? 0) + 1);
    }
    const message = world.log.toasts.at(-1)?.message ?? '';
    // The curator corrects the mistyped form the check reported, so monitoring shows no «Ученик – робот».
    const fixed = fixUnknownForm(book);
    return [`«Проверить базы»: ${message}`, ...[...byProblem].map(([p, n]) => `  • ${p}: ${n}`),
      `Куратор исправил форму наставничества «Ученик – робот» → «Ученик – ученик»: ячеек ${fixed}.`];
  }],
  ['Анкеты (Google Формы)', submitForms],
  ['Подбор пар', matchingStep],
  ['Учебный год: дорожная карта, приказы и документы, работа пар', roadmapYear],
  ['Мониторинг и оценка эффективности', monitoringStep],
  ['Итоговое мероприятие, поощрение, благодарности', finalStep],
  ['Документы (Google Документы) в out/', exportDocuments],
  ['Боковая панель', sidebarScreens],
];

async function main() {
  mkdirSync(out, { recursive: true });
  const world = createWorld({ htmlDir: join(root, 'build'), scopes: SCOPES, now: '2025-09-15T10:00:00+03:00' });
  const addon = world.load(join(root, 'build/Code.js')) as Addon;
  const school = generateSchool(2025);
  const ctx: DemoContext = { world, addon, book: world.spreadsheet, school };

  console.log(`Демонстрационная школа: ${school.settings.orgFullName}`);
  console.log(`Учебный год ${school.settings.schoolYear}; учителей — ${school.teachers.length}, учеников — ${school.students.length}.`);
  for (const [title, run] of STEPS) {
    console.log(`\n== ${title}`);
    for (const line of await run(ctx)) console.log(line);
  }
  await exportXlsx(ctx.book, join(out, 'demo.xlsx'));
  console.log(`\nФайл: out/demo.xlsx (листы: ${ctx.book.getSheets().map((s) => s.getName()).join(', ')}).`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
