/**
 * The documents of the demo school, made in the order of the school year as a curator would click
 * them (menu item, the journal number, the event's date and place), each on its day so the
 * roadmap marks its row then; and `exportDocuments` writes one of every kind to out/*.docx.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { World } from '../../emulator';
import type { DocModel } from '../../emulator/docs/model';
import { exportDocx } from '../../emulator/export/docx';
import { ORDERS_UI } from '../../src/domain/orders/messages';
import type { Addon } from '../../tests/support/addon';
import type { DemoContext } from './context';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
const OUT = join(__dirname, '../../out');

/**
 * Runs a menu item of «Приказы» answering its questions: YES to «again?» is never needed in a
 * calendar run; `texts` answer the prompts in order (journal number, then date and place).
 */
export function runDocument(world: World, addon: Addon, fn: keyof Addon, ...texts: string[]): string {
  const [toasts, alerts] = [world.log.toasts.length, world.log.alerts.length];
  world.log.answers.push(...texts.map((text) => ({ button: 'OK' as const, text })));
  (addon[fn] as () => void)();
  // A batch that did not finish in one run goes on with the hourly dispatcher: one run an hour.
  for (let i = 0; i < 40 && (world.run.sidebar('getOrdersProgress') as { running: boolean }).running; i++) {
    world.clock.advance(3_600_000);
    world.run.trigger('dispatchHourly');
  }
  world.log.answers.length = 0;
  // What the curator saw: the result's toast, or an alert that is not one of the job's own questions.
  const said = world.log.alerts.slice(alerts).filter((a) => a.kind === 'alert').at(-1)?.prompt;
  return world.log.toasts.length > toasts ? world.log.toasts.at(-1)!.message : said ?? '';
}

/** The school's journal: the next order number, as the secretary would read it. */
function journal(): () => string {
  let n = 0;
  return () => String(++n);
}
const nextOrder = journal();

/** September–October: introduction, curator, approval (with Положение, программа, roadmap Doc), mentors, association. */
export function autumnDocuments(world: World, addon: Addon): string[] {
  return [
    `«${ORDERS_UI.menu.implement}»: ${runDocument(world, addon, 'orderImplement', nextOrder())}`,
    `«${ORDERS_UI.menu.curator}»: ${runDocument(world, addon, 'orderCurator', nextOrder())}`,
    `«${ORDERS_UI.menu.approve}»: ${runDocument(world, addon, 'orderApprove', nextOrder())}`,
  ];
}

export function mentorsDocuments(world: World, addon: Addon): string[] {
  return [
    `«${ORDERS_UI.menu.mentors}»: ${runDocument(world, addon, 'orderMentors', nextOrder())}`,
    `«${ORDERS_UI.menu.association}»: ${runDocument(world, addon, 'orderAssociation', nextOrder())}`,
  ];
}

/** December: pairs fixed by order, agreements, individual plans, information to the municipal body. */
export function pairsDocuments(world: World, addon: Addon): string[] {
  return [
    `«${ORDERS_UI.menu.pairs}»: ${runDocument(world, addon, 'orderPairs', nextOrder())}`,
    `«${ORDERS_UI.menu.agreements}»: ${runDocument(world, addon, 'makeAgreements')}`,
  ];
}

export function planDocuments(world: World, addon: Addon): string[] {
  return [
    `«${ORDERS_UI.menu.plans}»: ${runDocument(world, addon, 'makePlans')}`,
    `«${ORDERS_UI.menu.municipalInfo}»: ${runDocument(world, addon, 'makeMunicipalInfo', '01-12/112')}`,
  ];
}

/** March: a pair that ended early is recorded in «Пары», then the order on changes. */
export function changeDocuments(world: World, addon: Addon, book: Book, pairId: string, iso: string): string[] {
  const sheet = book.getSheetByName('Пары')!;
  const values = sheet.getDataRange().getValues();
  const h = values[0]!.map(String);
  const at = (name: string) => h.indexOf(name) + 1;
  const row = values.findIndex((r) => String(r[at('ID пары / группы') - 1]) === pairId) + 1;
  if (row < 2) return [];
  sheet.getRange(row, at('Статус')).setValue('завершена');
  sheet.getRange(row, at('Дата окончания')).setValue(new Date(`${iso}T00:00:00+03:00`));
  sheet.getRange(row, at('Причина завершения')).setValue('по инициативе наставляемого');
  return [`Пара ${pairId} завершена досрочно; «${ORDERS_UI.menu.pairChanges}»: ${runDocument(world, addon, 'orderPairChanges', nextOrder())}`];
}

/**
 * The curator's own columns before the thanks: the best mentor is marked in «Результаты», and the
 * partner organisations of the enterprise mentors are written into an added column «Организация».
 */
function prepareThanks(book: Book): void {
  const sheet = book.getSheetByName('Наставники')!;
  const values = sheet.getDataRange().getValues();
  const h = values[0]!.map(String);
  const [cat, pos, results] = [h.indexOf('Категория'), h.indexOf('Должность'), h.indexOf('Результаты')];
  let org = h.findIndex((x) => /^организация/i.test(x));
  if (org < 0) {
    sheet.insertColumnAfter(h.length);
    org = h.length;
    sheet.getRange(1, org + 1).setValue('Организация');
  }
  const orgs = values.slice(1).map((r) => [r[cat] === 'представитель предприятия' ? /(?:АО|ООО|ПАО|ОАО|МУП|ГУП) «[^»]+»/.exec(String(r[pos]))?.[0] ?? '' : '']);
  if (orgs.length) sheet.getRange(2, org + 1, orgs.length, 1).setValues(orgs);
  const best = values.slice(1).findIndex((r) => r[cat] === 'педагог' && String(r[results]));
  const first = best >= 0 ? best : values.slice(1).findIndex((r) => r[cat] === 'педагог');
  if (first >= 0) sheet.getRange(first + 2, results + 1).setValue('Лучший наставник года: пара завершила план с отличными результатами');
}

/** May: the final event (its date and place asked), rewards, letters, certificates. */
export function finalDocuments(world: World, addon: Addon, book: Book): string[] {
  prepareThanks(book);
  return [
    `«${ORDERS_UI.menu.finalEvent}»: ${runDocument(world, addon, 'orderFinalEvent', nextOrder(), '28.05.2026', 'актовом зале школы')}`,
    `«${ORDERS_UI.menu.reward}»: ${runDocument(world, addon, 'orderReward', nextOrder())}`,
    `«${ORDERS_UI.menu.letters}»: ${runDocument(world, addon, 'makeLetters')}`,
    `«${ORDERS_UI.menu.certificates}»: ${runDocument(world, addon, 'makeCertificates')}`,
    `«${ORDERS_UI.menu.parentLetters}»: ${runDocument(world, addon, 'makeParentLetters')}`,
    `«${ORDERS_UI.menu.partnerLetters}»: ${runDocument(world, addon, 'makePartnerLetters')}`,
  ];
}

/** 21 May, after the regional report of 20 May: the final event, rewards and thanks. */
export function finalStep({ world, addon, book }: DemoContext): string[] {
  world.clock.set('2026-05-21T10:00:00+03:00');
  return finalDocuments(world, addon, book).map((l) => `21.05.2026 ${l}`);
}

/** One document of each kind, by the file names the add-on gives them. */
export const KIND_FILES: [out: string, match: RegExp][] = [
  ['приказ-1-о-внедрении-модели', /^Приказ № \d+ — О внедрении/],
  ['приказ-2-о-назначении-куратора', /^Приказ № \d+ — О назначении куратора/],
  ['приказ-3-об-утверждении-положения', /^Приказ № \d+ — Об утверждении/],
  ['приложение-1-положение-о-наставничестве', /^Приложение 1 к приказу/],
  ['приложение-2-программа-наставничества', /^Приложение 2 к приказу/],
  ['приложение-3-дорожная-карта', /^Приложение 3 к приказу/],
  ['приказ-4-о-назначении-наставников', /^Приказ № \d+ — О назначении наставников/],
  ['приказ-5-о-методическом-объединении', /^Приказ № \d+ — О создании методического/],
  ['приказ-6-о-закреплении-пар', /^Приказ № \d+ — О закреплении/],
  ['приказ-7-об-изменениях-в-парах', /^Приказ № \d+ — О внесении изменений/],
  ['приказ-8-об-итоговом-мероприятии', /^Приказ № \d+ — О проведении итогового/],
  ['приказ-9-о-поощрении', /^Приказ № \d+ — О поощрении/],
  ['соглашение', /^Соглашение/],
  ['индивидуальный-план', /^Индивидуальный план/],
  ['информация-в-муниципальный-орган', /^Исх\. №/],
  ['благодарственное-письмо-наставнику', /^Благодарственное письмо — [А-ЯЁ][а-яё-]+ /],
  ['грамота-лучший-наставник', /^Грамота/],
  ['письмо-родителям', /^Письмо родителям/],
  ['письмо-партнёру', /^Благодарственное письмо — (?:АО|ООО|ПАО|ОАО|МУП|ГУП)/],
  ['отчёт-в-региональный-центр', /^Информация о ходе и итогах/],
];

/** The documents of the world, newest last, without the templates. */
export function documentsOf(world: World): DocModel[] {
  return [...world.drive.files.values()].filter((f) => !f.name.startsWith('Шаблон:') && world.drive.docs.has(f.id))
    .map((f) => world.drive.docs.get(f.id)!);
}

/** `npm start`: one document of each kind to out/*.docx (`npm run docs:pdf` renders them). */
export async function exportDocuments({ world }: DemoContext): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  // out/*.docx are this step's alone: a file of an earlier run (or kind) must not be rendered again.
  for (const f of readdirSync(OUT)) if (f.endsWith('.docx')) rmSync(join(OUT, f));
  const docs = documentsOf(world);
  const written: string[] = [];
  const missing: string[] = [];
  for (const [name, match] of KIND_FILES) {
    const doc = docs.filter((d) => match.test(d.name)).at(-1); // the newest: the May report, not December's
    if (!doc) {
      missing.push(name);
      continue;
    }
    await exportDocx(doc, join(OUT, `${name}.docx`));
    written.push(`out/${name}.docx`);
  }
  return [
    `Документов в Google Диске программы: ${docs.length}; в out/ записано видов: ${written.length} из ${KIND_FILES.length}.`,
    ...(missing.length ? [`Не созданы: ${missing.join(', ')}.`] : []),
    'Чтобы посмотреть их как PDF и PNG: npm run docs:pdf (папка out/docs/).',
  ];
}
