import { cellText, type Cell } from '../cell';
import { addDays, addMonths, daysBetween, teachingYearEnd } from '../roadmap/terms';
import type { PlanKey } from './schema';

/**
 * Plan templates per form of mentoring: a pupil's индивидуальный план развития, a teacher's
 * персонализированная программа наставничества (3 months to a year, seed 002). Deadlines are months
 * after the pair's start; a pair that has less time than its template (it started late in the year)
 * gets the same steps in the same order, spread over the time it has.
 */
export interface PlanTask {
  task: string;
  expected: string;
  months: number;
}

const PUPIL: PlanTask[] = [
  { task: 'Встреча-знакомство, пробная рабочая встреча: интересы, ожидания, правила общения', expected: 'Договорённость о формате и времени встреч', months: 0.5 },
  { task: 'Встреча-планирование: цели и задачи индивидуального плана развития', expected: 'Согласованный индивидуальный план', months: 1 },
  { task: 'Диагностика затруднений наставляемого (учёба, адаптация, интересы)', expected: 'Список затруднений и точек роста', months: 1 },
  { task: 'Регулярные занятия по ключевому запросу наставляемого', expected: 'Положительная динамика по запросу', months: 4 },
  { task: 'Участие в проекте, конкурсе или мероприятии вместе с наставником', expected: 'Проект / участие в мероприятии', months: 6 },
  { task: 'Итоговая встреча: результаты, отзыв наставляемого', expected: 'Итоги работы пары, отзыв', months: 8 },
];

const TEACHER: PlanTask[] = [
  { task: 'Встреча-знакомство; анализ профессиональных затруднений молодого / нового педагога', expected: 'Перечень затруднений', months: 0.5 },
  { task: 'Составление персонализированной программы наставничества', expected: 'Утверждённая программа', months: 1 },
  { task: 'Посещение наставляемым уроков наставника, разбор приёмов', expected: 'Не менее 4 посещённых уроков', months: 2 },
  { task: 'Посещение наставником уроков наставляемого, анализ и рекомендации', expected: 'Рекомендации по урокам', months: 3 },
  { task: 'Помощь в ведении документации, классном руководстве, работе с родителями', expected: 'Документация без замечаний', months: 4 },
  { task: 'Открытый урок или выступление наставляемого на методическом объединении', expected: 'Проведённый открытый урок', months: 7 },
  { task: 'Итоговая встреча: самоанализ наставляемого, отзыв наставника', expected: 'Отчёт о выполнении программы', months: 9 },
];

const CAREER: PlanTask[] = [
  { task: 'Встреча-знакомство: профессиональные интересы наставляемого', expected: 'Выбранное направление', months: 0.5 },
  { task: 'Экскурсия на предприятие / знакомство с профессией', expected: 'Экскурсия проведена', months: 2 },
  { task: 'Совместный проект или профессиональная проба', expected: 'Проект / проба', months: 5 },
  { task: 'Итоговая встреча: выбор профессионального пути, отзыв', expected: 'Итоги, отзыв наставляемого', months: 8 },
];

const norm = (s: string) => s.toLowerCase().replace(/[\s–—-]+/g, ' ').trim();

/** The template of a form: by the mentee's side of the form's name. */
export function planTemplate(form: string): PlanTask[] {
  const f = norm(form);
  if (/работодател|студент ученик/.test(f)) return CAREER;
  if (/(учитель|педагог)$/.test(f)) return TEACHER;
  return PUPIL;
}

export interface PairForPlan {
  pairId: string;
  mentee: string;
  form: string;
  start: string;
  /** The day the pair's work ends: its «Дата окончания»; without one, the end of the teaching year. */
  end?: string;
}

/** A task's deadline: months after the start, or its share of the pair's time when that is shorter. */
function deadlineOf(start: string, end: string, months: number, lastMonths: number): string {
  const planned = months < 1 ? addDays(start, Math.round(months * 30)) : addMonths(start, months);
  const plannedLast = addMonths(start, lastMonths);
  if (plannedLast <= end) return planned;
  const span = Math.max(0, daysBetween(start, end));
  return addDays(start, Math.max(Math.min(1, span), Math.round((span * months) / lastMonths)));
}

/** The template tasks of a form with their deadlines for a pair working from `start` to `end`. */
export function datedTasks(form: string, start: string, end = teachingYearEnd(start)): (PlanTask & { deadline: string })[] {
  const tasks = planTemplate(form);
  const lastMonths = Math.max(...tasks.map((t) => t.months));
  return tasks.map((t) => ({ ...t, deadline: deadlineOf(start, end, t.months, lastMonths) }));
}

/** Plan rows for the pairs that have none yet, as records keyed by PLANS columns. */
export function planRows(pairs: readonly PairForPlan[], havePlan: ReadonlySet<string>): Partial<Record<PlanKey, Cell>>[] {
  const seen = new Set(havePlan);
  const out: Partial<Record<PlanKey, Cell>>[] = [];
  for (const p of pairs) {
    const key = `${p.pairId}\u0000${p.mentee}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const t of datedTasks(p.form, p.start, p.end)) {
      out.push({ pairId: p.pairId, mentee: p.mentee, form: p.form, task: t.task, deadline: { iso: t.deadline }, expected: t.expected, done: 'нет' });
    }
  }
  return out;
}

/** The key the plan sheet is matched on: a group's mentees each get their own plan. */
export const planKey = (pairId: Cell | undefined, mentee: Cell | undefined) => `${cellText(pairId)}\u0000${cellText(mentee)}`;

/** «да», «+», «выполнено», TRUE (a checkbox) all mean done. */
export const isTaskDone = (v: Cell | undefined): boolean =>
  v === true || /^(да|\+|выполнено|готово|v|✓|✔)$/i.test(cellText(v));
