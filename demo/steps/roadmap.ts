/**
 * The roadmap and the life of pairs over a simulated school year, on a fixed clock: the roadmap is
 * created in September, some steps are done by the add-on, others become overdue, pairs meet, log
 * their meetings and some complete; `writePairs` fills «Пары» when matching has not produced them.
 */
import { PAIRS, type PairKey } from '../../src/domain/pairs/schema';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import { pasteRows } from '../fill';
import type { DemoContext } from './context';
import { autumnDocuments, changeDocuments, mentorsDocuments, pairsDocuments, planDocuments } from './orders';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Value = string | number | boolean | Date;

/** Pastes rows into «Пары», creating the sheet with its headers when it is missing. */
export function writePairs(book: Book, rows: readonly Partial<Record<PairKey, Value>>[]): void {
  if (!book.getSheetByName(PAIRS.sheet)) {
    const sheet = book.insertSheet(PAIRS.sheet);
    const headers = Object.values(PAIRS.columns).map((c) => c.header);
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  }
  pasteRows(book, PAIRS, rows);
}

/** People of a base with their codes, as the sheet holds them after «Подготовить таблицу». */
export function peopleOf(book: Book, sheetName: string): { code: string; name: string; grade: string; form: string; category: string }[] {
  const values = book.getSheetByName(sheetName)!.getDataRange().getValues();
  const h = values[0]!.map(String);
  const at = (label: string) => h.indexOf(label);
  return values.slice(1).filter((r) => r[at('ФИО')]).map((r) => ({
    code: String(r[at('Код участника')]), name: String(r[at('ФИО')]), grade: String(r[at('Класс / курс')] ?? ''),
    form: String(r[at('Форма наставничества')] ?? ''), category: String(r[at('Категория')] ?? ''),
  }));
}

/** The curator types «выполнено» into «Статус» of the rows whose activity contains one of `parts` (one write). */
export function curatorMarksDone(book: Book, parts: readonly string[]): number {
  const sheet = book.getSheetByName('Дорожная карта')!;
  const values = sheet.getDataRange().getValues();
  const activity = values[0]!.indexOf('Мероприятие');
  const status = values[0]!.indexOf('Статус');
  let marked = 0;
  const column = values.slice(1).map((r) => {
    const hit = parts.some((p) => String(r[activity]).includes(p));
    if (hit) marked++;
    return [hit ? 'выполнено' : r[status]];
  });
  sheet.getRange(2, status + 1, column.length, 1).setValues(column);
  return marked;
}

/** Mentors tick the plan tasks due before `iso` for the pairs in `pairIds` (one write). */
function tickTasks(book: Book, pairIds: ReadonlySet<string>, iso: string): number {
  const sheet = book.getSheetByName('Индивидуальные планы')!;
  const values = sheet.getDataRange().getValues();
  const h = values[0]!;
  const [id, deadline, done] = [h.indexOf('ID пары / группы'), h.indexOf('Срок'), h.indexOf('Выполнено')];
  let ticked = 0;
  const column = values.slice(1).map((r) => {
    const due = r[deadline] instanceof Date && (r[deadline] as Date).getTime() < Date.parse(`${iso}T00:00:00+03:00`);
    if (due && pairIds.has(String(r[id]))) {
      ticked++;
      return ['да'];
    }
    return [r[done]];
  });
  sheet.getRange(2, done + 1, column.length, 1).setValues(column);
  return ticked;
}

/** When matching only proposed pairs, the curator approves the first `n` (ids) and dates their start. */
function approveSome(book: Book, n: number): void {
  const sheet = book.getSheetByName(PAIRS.sheet)!;
  const values = sheet.getDataRange().getValues();
  const h = values[0]!;
  const [id, status, start] = [h.indexOf(PAIRS.columns.pairId.header), h.indexOf(PAIRS.columns.status.header), h.indexOf(PAIRS.columns.startDate.header)];
  if (values.slice(1).some((r) => r[status] === 'утверждена')) return;
  const chosen = new Set<string>();
  for (const r of values.slice(1)) if (r[status] === 'предложена' && chosen.size < n) chosen.add(String(r[id]));
  const body = values.slice(1).map((r) => {
    const line = r.slice();
    if (!chosen.has(String(r[id]))) return line;
    line[status] = 'утверждена';
    if (start >= 0 && !line[start]) line[start] = date('2025-12-01');
    return line;
  });
  if (body.length) sheet.getRange(2, 1, body.length, h.length).setValues(body);
}

const moscow = (iso: string, time = '10:00') => `${iso}T${time}:00+03:00`;
const date = (iso: string) => new Date(moscow(iso, '00:00'));

type Ctx = DemoContext;

/** The year, step by step; returns Russian lines for the console. */
export function roadmapYear({ world, addon, sidebar, book }: Ctx): string[] {
  const lines: string[] = [];
  const toast = () => world.log.toasts.at(-1)?.message ?? '';
  const at = (iso: string) => world.clock.set(moscow(iso));

  at('2025-09-16');
  addon.createRoadmapSheet();
  lines.push(`16.09.2025 «Создать дорожную карту»: ${toast()}`);
  addon.installRoadmapTrigger();
  lines.push(`«Обновлять статусы ежедневно»: ${toast()}`);

  // Documents mark their own roadmap rows on the day they are made, with a link: no ticks by hand for them.
  at('2025-09-17');
  lines.push(...autumnDocuments(world, addon).map((l) => `17.09.2025 ${l}`));

  at('2025-10-05');
  const typed = curatorMarksDone(book, [
    'Изучение методологии', 'Информирование педагогического', 'Подготовка нормативной базы', 'Анкетирование обучающихся', 'Анкетирование потенциальных',
  ]);
  lines.push(`05.10.2025 куратор сам отметил выполненными мероприятий: ${typed} (информирование, анкеты).`);

  at('2025-10-06');
  lines.push(...mentorsDocuments(world, addon).map((l) => `06.10.2025 ${l}`));

  at('2025-10-20');
  addon.checkBases(); // marks «Формирование базы …» done
  lines.push(`20.10.2025 «Проверить базы» отметил в дорожной карте формирование баз.`);

  // Matching is someone else's step: when it has not filled «Пары», the demo pairs people itself.
  const mentors = peopleOf(book, MENTORS.sheet).filter((m) => m.code);
  const mentees = peopleOf(book, MENTEES.sheet).filter((m) => m.code);
  if (!book.getSheetByName(PAIRS.sheet) || book.getSheetByName(PAIRS.sheet)!.getLastRow() < 2) {
    const n = Math.min(12, mentors.length, mentees.length);
    writePairs(book, Array.from({ length: n }, (_, i) => ({
      pairId: `П-${String(i + 1).padStart(3, '0')}`, mentorCode: mentors[i]!.code, mentor: mentors[i]!.name,
      menteeCode: mentees[i]!.code, mentee: mentees[i]!.name, form: mentees[i]!.form || 'Ученик – ученик',
      status: 'утверждена', startDate: date('2025-12-01'),
    })));
  }
  approveSome(book, 12);
  const pairIds = [...new Set(book.getSheetByName(PAIRS.sheet)!.getDataRange().getValues().slice(1)
    .filter((r) => r.includes('утверждена')).map((r) => String(r[0])))];

  at('2025-12-01');
  lines.push(...pairsDocuments(world, addon).map((l) => `01.12.2025 ${l}`));
  at('2025-12-05');
  addon.createIndividualPlans();
  lines.push(`05.12.2025 «Создать индивидуальные планы»: ${toast()}`);
  lines.push(...planDocuments(world, addon).map((l) => `05.12.2025 ${l}`));

  // The half-year information to the regional centre, due 20 December (its outgoing number from the journal).
  at('2025-12-19');
  world.log.answers.push({ button: 'OK', text: '01-12/131' });
  addon.makeRegionalReport();
  lines.push(`19.12.2025 «Отчёт в региональный центр»: ${world.log.alerts.at(-1)?.prompt.split('\n')[0] ?? ''}`);

  // Meetings: most pairs meet regularly, the last three go silent after the first meeting.
  const schedule = ['2025-12-03', '2025-12-17', '2026-01-14', '2026-01-28', '2026-02-11', '2026-03-04'];
  const types = ['встреча-знакомство', 'пробная рабочая встреча', 'встреча-планирование', 'рабочая встреча', 'рабочая встреча', 'рабочая встреча'];
  at('2026-03-10');
  let logged = 0;
  pairIds.forEach((id, i) => {
    const meetings = i >= pairIds.length - 3 ? 1 : schedule.length;
    for (let k = 0; k < meetings; k++) {
      sidebar.logMeeting({ pairId: id, date: schedule[k]!.split('-').reverse().join('.'), type: types[k]!, topic: 'Занятие по плану', result: 'Проведено' });
      logged++;
    }
  });
  lines.push(`Записано встреч: ${logged}.`);
  const ticked = tickTasks(book, new Set(pairIds.slice(0, pairIds.length - 3)), '2026-03-10');
  lines.push(`Наставники отметили выполненными задач индивидуальных планов: ${ticked}.`);
  addon.showPairsProgress();
  lines.push(`10.03.2026 «Ход работы пар»: ${toast()}`);

  at('2026-03-11');
  world.run.trigger('dispatchHourly'); // the hourly dispatcher's first run of the day refreshes the statuses
  const statuses = book.getSheetByName('Дорожная карта')!.getDataRange().getValues().slice(1).map((r) => String(r[7]));
  const count = (s: string) => statuses.filter((x) => x === s).length;
  lines.push(`11.03.2026 ежедневное обновление: выполнено — ${count('выполнено')}, в работе — ${count('в работе')}, ` +
    `запланировано — ${count('запланировано')}, просрочено — ${count('просрочено')}.`);
  const next = sidebar.getRoadmapNext() as { text: string; due: string; status: string }[];
  lines.push('«Что дальше»:', ...next.map((s) => `  • ${s.text} — до ${s.due.split('-').reverse().join('.')} (${s.status})`));
  // One of the silent pairs ends early at the mentee's request: the order on changes follows.
  at('2026-03-12');
  lines.push(...changeDocuments(world, addon, book, pairIds.at(-1)!, '2026-03-12').map((l) => `12.03.2026 ${l}`));

  at('2026-05-20');
  for (const id of pairIds.slice(0, Math.ceil(pairIds.length / 2))) {
    sidebar.completePair({ pairId: id, reason: 'план выполнен', results: 'Индивидуальный план выполнен, динамика положительная' });
  }
  lines.push(`20.05.2026 завершено пар: ${Math.ceil(pairIds.length / 2)} из ${pairIds.length}; итоги внесены в базы.`);

  addon.showPairsProgress();
  addon.refreshRoadmapStatuses();
  lines.push(`«Обновить статусы»: ${toast()}`);
  return lines;
}
