/**
 * Monitoring on the demo school: the participants of approved pairs answer the satisfaction
 * questionnaire and the entry and exit questionnaires (written straight into the answer sheets, as
 * the questionnaires feature would), then the curator refreshes monitoring, scores the
 * effectiveness scorecard from the add-on's suggestions and builds the report to the regional centre.
 */
import { ENTRY_EXIT, SATISFACTION } from '../../src/domain/surveys/schema';
import { PAIRS } from '../../src/domain/pairs/schema';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import { PARAMS } from '../../src/domain/bases/settings';
import { MONITORING } from '../../src/domain/monitoring/messages';
import type { TableSpec } from '../../src/domain/table';
import { pasteRows } from '../fill';
import { Rng, moscowDate } from '../random';
import { peopleOf, writePairs } from './roadmap';
import type { DemoContext } from './context';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Value = string | number | boolean | Date;
type Row = Partial<Record<string, Value>>;

export const SATISFACTION_QUESTIONS = {
  наставляемый: [
    'Насколько комфортным было общение с наставником',
    'Насколько полезными были встречи с наставником',
    'Насколько понятными были цели и задачи работы в паре',
    'Насколько вы удовлетворены участием в программе',
    'Насколько удобным было время встреч',
  ],
  наставник: [
    'Насколько комфортным был психологический климат в паре',
    'Насколько полезной была подготовка наставников',
    'Насколько вы удовлетворены участием в программе',
    'Насколько удобным было время встреч',
  ],
} as const;
const OPEN_QUESTION = 'Что бы вы предложили улучшить?';

export const PARAMETERS = ['Мотивация к учёбе', 'Уверенность в себе', 'Интерес к участию в мероприятиях', 'Удовлетворённость собственной деятельностью'];

export interface Pair {
  pairId: string;
  mentorCode: string;
  menteeCode: string;
  form: string;
}

/** Approved and completed pairs as «Пары» holds them: their participants answer the questionnaires. */
export function approvedPairs(book: Book): Pair[] {
  const values = book.getSheetByName(PAIRS.sheet)?.getDataRange().getValues() ?? [];
  const h = (values[0] ?? []).map(String);
  const at = (k: keyof typeof PAIRS.columns) => h.indexOf(PAIRS.columns[k].header);
  return values.slice(1).filter((r) => ['утверждена', 'завершена'].includes(String(r[at('status')]))).map((r) => ({
    pairId: String(r[at('pairId')]), mentorCode: String(r[at('mentorCode')]), menteeCode: String(r[at('menteeCode')]), form: String(r[at('form')]),
  }));
}

/** Writes rows under the headers of an answer sheet, creating it when missing. */
export function writeAnswers(book: Book, spec: TableSpec, rows: readonly Row[]): void {
  if (!book.getSheetByName(spec.sheet)) {
    const sheet = book.insertSheet(spec.sheet);
    const headers = Object.values(spec.columns).map((c) => c.header);
    sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
    sheet.getRange(2, 1, sheet.getMaxRows() - 1, headers.length).setNumberFormat('@');
  }
  pasteRows(book, spec, rows);
}

/**
 * Deterministic answers: every participant of a pair rates each question 1–10 (mostly well, a
 * weaker point on meeting times); mentees are measured at entry and, most of them, at exit, growing
 * more in pairs that rate their work higher (interest in events barely changes). `copies` repeats the
 * survey waves (for the bench).
 */
/** How much each parameter grows in a pair that rates its work best (points of 10): strong, modest, weak. */
const EFFECTS = [3.5, 1.2, 2.4, 0.6, 3, 1.8, 0.9, 2.7, 1.5, 2.1];

export function surveyAnswers(pairs: readonly Pair[], seed = 8, copies = 1): { satisfaction: Row[]; measurements: Row[] } {
  const rng = new Rng(seed);
  const satisfaction: Row[] = [];
  const measurements: Row[] = [];
  let id = 0;
  const clamp = (v: number) => Math.max(1, Math.min(10, Math.round(v)));
  for (let wave = 0; wave < copies; wave++) {
    for (const p of pairs) {
      const quality = rng.float();
      for (const [role, code] of [['наставляемый', p.menteeCode], ['наставник', p.mentorCode]] as const) {
        const responseId = `R-${++id}`;
        for (const q of SATISFACTION_QUESTIONS[role]) {
          const base = q.includes('время') ? 5 : 7;
          satisfaction.push({ responseId, code, role, form: p.form, date: moscowDate('2026-05-12'), question: q, answer: String(clamp(base + quality * 4 - 1 + rng.int(-1, 1))) });
        }
        if (rng.chance(0.3)) satisfaction.push({ responseId, code, role, form: p.form, date: moscowDate('2026-05-12'), question: OPEN_QUESTION, answer: 'больше встреч' });
      }
      for (const [k, parameter] of PARAMETERS.entries()) {
        // Each parameter has its own starting level and its own effect, so their statistics differ.
        const entry = rng.int(2 + (k % 3), 5 + (k % 3));
        measurements.push({ responseId: `E-${++id}`, code: p.menteeCode, role: 'наставляемый', stage: 'входная', date: moscowDate('2025-10-01'), parameter, value: entry });
        if (rng.chance(0.1)) continue; // left the programme before the exit questionnaire
        const effect = EFFECTS[k % EFFECTS.length]!;
        const growth = parameter.startsWith('Интерес') ? rng.int(-1, 1) : Math.round(quality * effect) + rng.int(-2, 2);
        measurements.push({ responseId: `X-${++id}`, code: p.menteeCode, role: 'наставляемый', stage: 'итоговая', date: moscowDate('2026-05-15'), parameter, value: Math.max(1, Math.min(10, entry + growth)) });
      }
    }
  }
  return { satisfaction, measurements };
}

/** Fills the school-wide totals «Показатели» need, in the «Параметр | Значение» block of «Настройки». */
export function setTotals(book: Book, totals: Partial<Record<keyof typeof PARAMS, number>>): void {
  const sheet = book.getSheetByName('Настройки')!;
  const values = sheet.getDataRange().getValues();
  for (const [key, value] of Object.entries(totals)) {
    const label = PARAMS[key as keyof typeof PARAMS];
    const row = values.findIndex((r) => r[0] === label);
    if (row >= 0) sheet.getRange(row + 1, 2).setValue(value);
  }
}

type Ctx = DemoContext;

export function monitoringStep({ world, addon, sidebar, book, school }: Ctx): string[] {
  const lines: string[] = [];
  // The end of the school year, before the 20 May report; an earlier step may already be later.
  const end = new Date('2026-05-18T10:00:00+03:00');
  if (world.clock.now() < end) world.clock.set(end);
  if (!approvedPairs(book).length) {
    const mentors = peopleOf(book, MENTORS.sheet).filter((m) => m.code);
    const mentees = peopleOf(book, MENTEES.sheet).filter((m) => m.code);
    const n = Math.min(24, mentors.length, mentees.length);
    writePairs(book, Array.from({ length: n }, (_, i) => ({
      pairId: `П-${String(i + 1).padStart(3, '0')}`, mentorCode: mentors[i]!.code, mentor: mentors[i]!.name,
      menteeCode: mentees[i]!.code, mentee: mentees[i]!.name, form: mentees[i]!.form || 'Ученик – ученик', status: 'утверждена',
    })));
  }
  const pairs = approvedPairs(book);
  const { satisfaction, measurements } = surveyAnswers(pairs);
  writeAnswers(book, SATISFACTION, satisfaction);
  writeAnswers(book, ENTRY_EXIT, measurements);
  const young = school.teachers.filter((t) => t.experience <= 3).length;
  setTotals(book, { studentsTotal: school.students.length, teachersTotal: school.teachers.length, youngTeachersTotal: young, partnersTotal: 6 });
  lines.push(`Анкеты: ответов об удовлетворённости — ${satisfaction.length}, входных и итоговых измерений — ${measurements.length}.`);

  addon.refreshMonitoring();
  lines.push(`«${MONITORING.menu.run}»: ${world.log.toasts.at(-1)?.message ?? ''}`);
  // The curator takes the add-on's suggestions and scores the rest by hand.
  const card = book.getSheetByName(MONITORING.sheets.scorecard)!;
  const grid = card.getDataRange().getValues();
  const scores = grid.slice(1).map((r) => [String(r[5] || '1 — частично')]);
  card.getRange(2, 5, scores.length, 1).setValues(scores);
  addon.refreshMonitoring();
  const figures = sidebar.getMonitoringFigures();
  lines.push(`Оценка эффективности: ${figures.scorecard.total} из ${figures.scorecard.max} — ${figures.scorecard.level}.`);
  lines.push(`Значимое улучшение: ${figures.improved.count} из ${figures.improved.of} параметров; целевых показателей достигнуто: ${figures.targets.met} из ${figures.targets.of}.`);
  world.log.answers.push({ button: 'OK', text: '01-12/37' }); // the outgoing number from the school's journal
  addon.makeRegionalReport();
  lines.push(`«${MONITORING.menu.report}»: ${world.log.alerts.at(-1)?.prompt ?? ''}`);
  return lines;
}
