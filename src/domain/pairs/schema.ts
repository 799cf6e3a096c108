import type { TableSpec } from '../table';

/**
 * «Пары»: one row per mentor–mentee link. A group (one mentor, several mentees) is several rows
 * with the same id. Shared by matching (writes), orders, roadmap, monitoring and privacy (read).
 */
export const PAIR_STATUSES = ['предложена', 'утверждена', 'отклонена', 'завершена', 'заменена'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];
export const [PROPOSED, APPROVED, REJECTED, COMPLETED, REPLACED] = PAIR_STATUSES;

export const PAIRS = {
  sheet: 'Пары',
  columns: {
    pairId: { header: 'ID пары / группы', kind: 'text', width: 90 },
    mentorCode: { header: 'Код наставника', kind: 'text', width: 90 },
    mentor: { header: 'Наставник', kind: 'text', width: 200 },
    menteeCode: { header: 'Код наставляемого', kind: 'text', width: 90 },
    mentee: { header: 'Наставляемый', kind: 'text', width: 200 },
    form: { header: 'Форма наставничества', kind: 'text', width: 160 },
    roleModel: { header: 'Ролевая модель', kind: 'text', width: 200 },
    score: { header: 'Баллы', kind: 'number', width: 60 },
    explanation: { header: 'Почему эта пара', kind: 'text', width: 320 },
    alternatives: { header: 'Другие варианты', kind: 'text', width: 260 },
    status: { header: 'Статус', kind: 'text', width: 110 },
    startDate: { header: 'Дата начала', kind: 'date', width: 100 },
    endDate: { header: 'Дата окончания', kind: 'date', width: 100 },
    endReason: { header: 'Причина завершения', kind: 'text', width: 200 },
    results: { header: 'Результаты', kind: 'text', width: 200 },
    comment: { header: 'Комментарий куратора', kind: 'text', width: 220 },
  },
} as const satisfies TableSpec;

export type PairKey = keyof typeof PAIRS.columns;
