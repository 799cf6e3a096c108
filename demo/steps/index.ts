/** The demo's steps in order: `npm start` runs them, and tests/e2e/install.test.ts runs them as an installed add-on. */
import { typeParams } from '../settings';
import type { DemoContext } from './context';
import { importFromAis } from './import';
import { submitForms } from './forms';
import { matchingStep } from './matching';
import { exportDocuments, finalStep } from './orders';
import { fixUnknownForm } from '../bases';
import { roadmapYear } from './roadmap';
import { monitoringStep } from './monitoring';

/** One step of the demo: its title and what it prints. */
export type DemoStep = [title: string, run: (ctx: DemoContext) => string[] | Promise<string[]>];

/** The curator's whole path through the programme, without the sidebar's screenshots (those need a browser). */
export const DEMO_STEPS: DemoStep[] = [
  ['Меню и таблица', ({ world, addon, book, school }) => {
    world.run.install();
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
];
