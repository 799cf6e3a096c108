import { cellText, isBlank, type Cell } from '../cell';
import type { ListName } from '../table';
import { CATEGORIES, CONSENT, CONSENT_BY, DEFAULT_FORMS, STATUSES, type MentoringForm } from './schema';
import { defaultTargetRows, TARGET_HEADERS } from '../monitoring/kpi';

/**
 * «Настройки»: side-by-side blocks, each found by the header text of its first column in row 1, so
 * the curator may move them. Parameters are a «Параметр | Значение» block found by label text.
 */
export const SETTINGS_SHEET = 'Настройки';

export const PARAMS = {
  orgFullName: 'Полное наименование организации',
  orgShortName: 'Краткое наименование',
  address: 'Адрес',
  place: 'Место издания приказов',
  director: 'Директор (ФИО)',
  // Documents (issue 15): positions are declined with the name; the signature line prints the director's.
  directorPosition: 'Должность руководителя (в подписи)',
  curator: 'Куратор (ФИО)',
  curatorPosition: 'Должность куратора',
  schoolYear: 'Учебный год',
  timeZone: 'Часовой пояс',
  // Roadmap (issue 7): pairs without a meeting this many weeks are highlighted.
  silentWeeks: 'Недель без встречи до предупреждения',
  // Personal data (issue 10): «Проверить сроки хранения» lists records kept longer than this.
  retentionYears: 'Срок хранения ПДн после завершения программы, лет (пусто — 3)',
  // Personal data (issue 13): Google Workspace for Education can let only the school's accounts answer.
  formsDomainOnly: 'Анкеты только для пользователей домена школы (да / нет; для Google Workspace)',
  // Orders (issue 6): the preamble's legal references change with regulations, so they are data.
  legalBasis: 'Правовое основание приказов («В соответствии с …»)',
  orderNumber: 'Шаблон номера приказа ({n} — порядковый номер)',
  finalEvent: 'Итоговое мероприятие',
  finalEventDate: 'Дата итогового мероприятия',
  finalEventPlace: 'Место итогового мероприятия',
  municipalBody: 'Муниципальный орган управления образованием (адресат информации)',
  docFont: 'Шрифт документов',
  docFontSize: 'Размер шрифта документов, пт',
  docsPerDay: 'Документов в день (квота аккаунта)',
  // Monitoring (issue 8): the satisfaction threshold and school-wide totals for the target indicators.
  satisfactionThreshold: 'Порог удовлетворённости, % от максимума шкалы',
  studentsTotal: 'Всего обучающихся в организации',
  teachersTotal: 'Всего педагогических работников',
  youngTeachersTotal: 'Молодых специалистов (стаж 0–3 года) всего',
  partnersTotal: 'Предприятий-партнёров всего',
  // Matching (issue 4): the mode, the class gap of «Ученик – ученик» and the weight of each criterion.
  matchingMode: 'Режим подбора пар (Оптимальный / Устойчивый)',
  minGradeGap: 'Наставник-ученик старше наставляемого минимум на, классов',
  weightRequest: 'Вес: запрос наставляемого и компетенции наставника',
  weightInterests: 'Вес: общие интересы',
  weightTime: 'Вес: совпадает время встреч',
  weightPlace: 'Вес: совпадает место встреч',
  weightSubject: 'Вес: тот же предмет',
  weightGrade: 'Вес: желаемый класс наставляемых',
  weightExperience: 'Вес: стаж наставника',
  weightMenteeWish: 'Вес: выбор наставляемого (анкета предпочтений)',
  weightMentorWish: 'Вес: выбор наставника (анкета предпочтений)',
} as const;
export type ParamKey = keyof typeof PARAMS;

/** Parameters «Подготовить таблицу» fills in with a starting value the curator may change. */
export const PARAM_DEFAULTS: Partial<Record<ParamKey, string>> = {
  legalBasis:
    'Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», ' +
    'распоряжением Министерства просвещения Российской Федерации от 25.12.2019 № Р-145 «Об утверждении ' +
    'методологии (целевой модели) наставничества обучающихся для организаций, осуществляющих образовательную ' +
    'деятельность по общеобразовательным, дополнительным общеобразовательным и программам среднего ' +
    'профессионального образования, в том числе с применением лучших практик обмена опытом между обучающимися»',
  orderNumber: '{n}',
  directorPosition: 'Директор',
  docFont: 'Times New Roman',
  docFontSize: '14',
  finalEvent: 'круглый стол «Лучшие практики наставничества»',
  docsPerDay: '250',
  formsDomainOnly: 'нет',
  satisfactionThreshold: '70',
  silentWeeks: '3',
  matchingMode: 'Оптимальный',
  minGradeGap: '2',
  weightRequest: '40',
  weightInterests: '15',
  weightTime: '10',
  weightPlace: '5',
  weightSubject: '20',
  weightGrade: '10',
  weightExperience: '5',
  weightMenteeWish: '25',
  weightMentorWish: '15',
};

const PARAM_HEADERS = ['Параметр', 'Значение'];
const FORM_HEADERS = ['Форма наставничества', 'Наставник (категории)', 'Наставляемый (категории)', 'Ролевые модели'];
/** Lists behind the bases' dropdowns: one column each. */
export const LIST_HEADERS: Record<Exclude<ListName, 'forms'>, string> = {
  categories: 'Категории участников',
  statuses: 'Статусы участников',
  consent: 'Согласие на обработку ПДн',
  consentBy: 'Кто дал согласие',
};
const DEFAULT_LISTS: Record<Exclude<ListName, 'forms'>, readonly string[]> = {
  categories: CATEGORIES,
  statuses: STATUSES,
  consent: CONSENT,
  consentBy: CONSENT_BY,
};
/** Within a cell: categories are separated by commas, role models (which hold commas) by semicolons. */
const splitList = (text: string, sep: ',' | ';') => text.split(sep).map((s) => s.trim()).filter(Boolean);

interface Block {
  headers: string[];
  rows: (defaults: SettingsDefaults) => Cell[][];
}

export interface SettingsDefaults {
  schoolYear: string;
  timeZone: string;
}

const BLOCKS: Block[] = [
  {
    headers: PARAM_HEADERS,
    rows: (d) => paramRows(Object.keys(PARAMS) as ParamKey[], d),
  },
  {
    headers: FORM_HEADERS,
    rows: () => DEFAULT_FORMS.map((f) => [f.name, f.mentor.join(', '), f.mentee.join(', '), f.roleModels.join('; ')]),
  },
  ...(Object.keys(LIST_HEADERS) as (keyof typeof LIST_HEADERS)[]).map((k) => ({
    headers: [LIST_HEADERS[k]],
    rows: () => DEFAULT_LISTS[k].map((v) => [v]),
  })),
  { headers: TARGET_HEADERS, rows: (d) => defaultTargetRows(d.schoolYear) },
];

function paramRows(keys: ParamKey[], d: SettingsDefaults): Cell[][] {
  const value: Partial<Record<ParamKey, string>> = { ...PARAM_DEFAULTS, schoolYear: d.schoolYear, timeZone: d.timeZone };
  return keys.map((k) => [PARAMS[k], value[k] ?? '']);
}

const norm = (v: Cell | undefined) => cellText(v).toLowerCase().replace(/ё/g, 'е');

/** A rectangle to write: 1-based top-left corner and the values. */
export interface Write {
  row: number;
  column: number;
  values: Cell[][];
}

/**
 * What «Подготовить таблицу» must add to «Настройки» so that it is complete, without touching
 * anything there: missing blocks go to free columns on the right, missing parameters below the
 * parameter block. An empty sheet gets everything in one rectangle.
 */
export function planSettings(grid: readonly (readonly Cell[])[], defaults: SettingsDefaults): Write[] {
  const header = grid[0] ?? [];
  const width = Math.max(0, ...grid.map((r) => lastFilled(r) + 1));
  if (width === 0) return [{ row: 1, column: 1, values: layoutAll(defaults) }];
  const writes: Write[] = [];
  let free = width + 2; // one empty column between the curator's blocks and ours
  for (const block of BLOCKS) {
    const col = header.findIndex((h) => norm(h) === norm(block.headers[0]));
    if (col < 0) {
      writes.push({ row: 1, column: free, values: [block.headers, ...block.rows(defaults)] });
      free += block.headers.length + 1;
    } else if (block.headers === PARAM_HEADERS) {
      const present = new Set(grid.slice(1).map((r) => norm(r[col])));
      const missing = (Object.keys(PARAMS) as ParamKey[]).filter((k) => !present.has(norm(PARAMS[k])));
      const lastRow = lastFilledRow(grid, col);
      if (missing.length) writes.push({ row: lastRow + 2, column: col + 1, values: paramRows(missing, defaults) });
    }
  }
  return writes;
}

/** The grid as it is after the writes, so nothing needs reading twice. */
export function applyWrites(grid: readonly (readonly Cell[])[], writes: readonly Write[]): Cell[][] {
  const out = grid.map((r) => r.slice());
  for (const w of writes)
    w.values.forEach((r, i) =>
      r.forEach((v, j) => {
        const row = (out[w.row - 1 + i] ??= []);
        while (row.length < w.column - 1 + j) row.push('');
        row[w.column - 1 + j] = v;
      }),
    );
  return out;
}

function layoutAll(defaults: SettingsDefaults): Cell[][] {
  const parts = BLOCKS.map((b) => [b.headers, ...b.rows(defaults)]);
  const height = Math.max(...parts.map((p) => p.length));
  const width = parts.reduce((w, p) => w + (p[0]?.length ?? 0) + 1, -1);
  const out: Cell[][] = Array.from({ length: height }, () => Array<Cell>(width).fill(''));
  let col = 0;
  for (const p of parts) {
    p.forEach((r, i) => r.forEach((v, j) => (out[i]![col + j] = v)));
    col += (p[0]?.length ?? 0) + 1;
  }
  return out;
}

const lastFilled = (r: readonly Cell[]) => {
  for (let i = r.length - 1; i >= 0; i--) if (!isBlank(r[i])) return i;
  return -1;
};
const lastFilledRow = (grid: readonly (readonly Cell[])[], col: number) => {
  for (let i = grid.length - 1; i >= 0; i--) if (!isBlank(grid[i]?.[col])) return i;
  return 0;
};

/** «Настройки» as the rest of the add-on uses it. */
export interface Settings {
  params: Record<ParamKey, string>;
  forms: MentoringForm[];
  lists: Record<ListName, string[]>;
  /** 1-based column of each list, for dropdowns that follow the curator's edits. */
  listColumns: Partial<Record<ListName, number>>;
}

export function readSettings(grid: readonly (readonly Cell[])[]): Settings {
  const header = grid[0] ?? [];
  const colOf = (h: string) => header.findIndex((v) => norm(v) === norm(h));
  const below = (col: number) => (col < 0 ? [] : grid.slice(1).map((r) => r[col]));
  const params = Object.fromEntries(Object.keys(PARAMS).map((k) => [k, ''])) as Record<ParamKey, string>;
  const pc = colOf(PARAM_HEADERS[0]!);
  if (pc >= 0) {
    const byLabel = new Map(grid.slice(1).map((r) => [norm(r[pc]), cellText(r[pc + 1])]));
    for (const k of Object.keys(PARAMS) as ParamKey[]) params[k] = byLabel.get(norm(PARAMS[k])) ?? '';
  }
  const fc = colOf(FORM_HEADERS[0]!);
  const forms: MentoringForm[] = [];
  if (fc >= 0) {
    for (const r of grid.slice(1)) {
      const name = cellText(r[fc]);
      if (!name) continue;
      forms.push({
        name,
        mentor: splitList(cellText(r[fc + 1]), ','),
        mentee: splitList(cellText(r[fc + 2]), ','),
        roleModels: splitList(cellText(r[fc + 3]), ';'),
      });
    }
  }
  const lists = { forms: forms.map((f) => f.name) } as Record<ListName, string[]>;
  const listColumns: Partial<Record<ListName, number>> = fc >= 0 ? { forms: fc + 1 } : {};
  for (const k of Object.keys(LIST_HEADERS) as (keyof typeof LIST_HEADERS)[]) {
    const c = colOf(LIST_HEADERS[k]);
    lists[k] = below(c).map((v) => cellText(v)).filter(Boolean);
    if (c >= 0) listColumns[k] = c + 1;
  }
  return { params, forms, lists, listColumns };
}

/** The school year a date falls in: September starts a new one. '2025-11-25' → '2025/2026'. */
export function schoolYearOf(iso: string): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  const start = m >= 9 ? y : y - 1;
  return `${start}/${start + 1}`;
}
