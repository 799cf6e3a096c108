import type { TableSpec } from '../table';

/**
 * Survey answers, in long form (one row per answer to one question), so a school can add its own
 * questions without new columns. Written by the questionnaires (forms), read by monitoring.
 * `responseId` makes re-imports idempotent.
 */
export const ROLES = ['наставник', 'наставляемый'] as const;
export const STAGES = ['входная', 'итоговая'] as const;

/** Анкета удовлетворённости. */
export const SATISFACTION = {
  sheet: 'Удовлетворённость',
  columns: {
    responseId: { header: 'ID ответа', kind: 'text', width: 120 },
    code: { header: 'Код участника', kind: 'text', width: 100 },
    role: { header: 'Роль', kind: 'text', width: 110 },
    form: { header: 'Форма наставничества', kind: 'text', width: 160 },
    date: { header: 'Дата', kind: 'date', width: 100 },
    question: { header: 'Вопрос', kind: 'text', width: 320 },
    answer: { header: 'Ответ', kind: 'text', width: 160 },
  },
} as const satisfies TableSpec;

/** Входная и итоговая анкета: the same parameters measured at entry and at exit. */
export const ENTRY_EXIT = {
  sheet: 'Входная и итоговая',
  columns: {
    responseId: { header: 'ID ответа', kind: 'text', width: 120 },
    code: { header: 'Код участника', kind: 'text', width: 100 },
    role: { header: 'Роль', kind: 'text', width: 110 },
    stage: { header: 'Этап', kind: 'text', width: 90 },
    date: { header: 'Дата', kind: 'date', width: 100 },
    parameter: { header: 'Параметр', kind: 'text', width: 320 },
    value: { header: 'Значение', kind: 'number', width: 90 },
  },
} as const satisfies TableSpec;
