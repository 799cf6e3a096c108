import type { TableSpec } from '../table';

/** Статусы строк дорожной карты. */
export const ROADMAP_STATUSES = ['запланировано', 'в работе', 'выполнено', 'просрочено'] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];
export const [PLANNED, IN_PROGRESS, DONE, OVERDUE] = ROADMAP_STATUSES;

/** «Дорожная карта»: one row per activity; the curator may edit, add and delete rows. */
export const ROADMAP = {
  sheet: 'Дорожная карта',
  columns: {
    number: { header: '№', kind: 'number', width: 40 },
    stage: { header: 'Этап', kind: 'text', width: 200 },
    activity: { header: 'Мероприятие', kind: 'text', width: 420 },
    start: { header: 'Начало', kind: 'date', width: 95 },
    end: { header: 'Окончание', kind: 'date', width: 95 },
    responsible: { header: 'Ответственный', kind: 'text', width: 220 },
    result: { header: 'Результат / документ', kind: 'text', width: 260 },
    status: { header: 'Статус', kind: 'text', width: 110 },
    doneDate: { header: 'Дата выполнения', kind: 'date', width: 100 },
    link: { header: 'Ссылка', kind: 'text', width: 160 },
    comment: { header: 'Комментарий', kind: 'text', width: 220 },
  },
} as const satisfies TableSpec;

export type RoadmapKey = keyof typeof ROADMAP.columns;
