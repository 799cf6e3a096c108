import type { TableSpec } from '../table';

/** The meetings of a pair (seeds 000, 003; DOMAIN «Life of a pair»), in their order. */
export const MEETING_TYPES = [
  'встреча-знакомство', 'пробная рабочая встреча', 'встреча-планирование', 'рабочая встреча', 'итоговая встреча',
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/** Why a pair ends (seed 002 §7.1). */
export const END_REASONS = [
  'план выполнен', 'по инициативе наставника', 'по инициативе наставляемого', 'по обоюдному решению', 'по инициативе куратора',
] as const;

/** «Встречи»: one row per meeting, logged from the sidebar or typed by the curator. */
export const MEETINGS = {
  sheet: 'Встречи',
  columns: {
    pairId: { header: 'ID пары / группы', kind: 'text', width: 90 },
    mentor: { header: 'Наставник', kind: 'text', width: 200 },
    mentee: { header: 'Наставляемый', kind: 'text', width: 200 },
    date: { header: 'Дата', kind: 'date', width: 95 },
    type: { header: 'Тип встречи', kind: 'text', width: 180 },
    topic: { header: 'Тема', kind: 'text', width: 240 },
    result: { header: 'Результат', kind: 'text', width: 240 },
    next: { header: 'Следующий шаг', kind: 'text', width: 220 },
  },
} as const satisfies TableSpec;
export type MeetingKey = keyof typeof MEETINGS.columns;

/** «Индивидуальные планы»: tasks of each pair's plan (индивидуальный план развития / персонализированная программа). */
export const PLANS = {
  sheet: 'Индивидуальные планы',
  columns: {
    pairId: { header: 'ID пары / группы', kind: 'text', width: 90 },
    mentee: { header: 'Наставляемый', kind: 'text', width: 200 },
    form: { header: 'Форма наставничества', kind: 'text', width: 160 },
    task: { header: 'Задача', kind: 'text', width: 360 },
    deadline: { header: 'Срок', kind: 'date', width: 95 },
    expected: { header: 'Ожидаемый результат', kind: 'text', width: 280 },
    done: { header: 'Выполнено', kind: 'text', width: 90 },
    comment: { header: 'Комментарий', kind: 'text', width: 200 },
  },
} as const satisfies TableSpec;
export type PlanKey = keyof typeof PLANS.columns;

/** «Ход работы пар»: rebuilt by the add-on each time; nothing here is typed by hand. */
export const PROGRESS = {
  sheet: 'Ход работы пар',
  columns: {
    pairId: { header: 'ID пары / группы', kind: 'text', width: 90 },
    mentor: { header: 'Наставник', kind: 'text', width: 200 },
    mentee: { header: 'Наставляемый', kind: 'text', width: 200 },
    form: { header: 'Форма наставничества', kind: 'text', width: 160 },
    held: { header: 'Встреч проведено', kind: 'number', width: 90 },
    planned: { header: 'Встреч по плану на сегодня', kind: 'number', width: 110 },
    tasks: { header: 'Задачи плана (выполнено из)', kind: 'text', width: 120 },
    lastContact: { header: 'Последняя встреча', kind: 'date', width: 100 },
    weeksSilent: { header: 'Недель без встречи', kind: 'number', width: 90 },
    attention: { header: 'Внимание', kind: 'text', width: 300 },
  },
} as const satisfies TableSpec;
export type ProgressKey = keyof typeof PROGRESS.columns;
