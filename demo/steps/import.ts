/**
 * The demo school arrives the way a real one does: the curator pastes the school's export from its
 * information system (АИС) into a sheet «Список из АИС» — every teacher and pupil, surname, name and
 * patronymic apart, classes as «7 Б», dates as text, phones as people typed them — marks the
 * programme's participants in a column «Роль в программе», adds their programme columns, and
 * imports them into the two bases with «Данные → Импорт списков».
 */
import type { DemoRow, DemoSchool } from '../school';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import type { DemoContext } from './context';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ctx = DemoContext;

export const AIS_SHEET = 'Список из АИС';

/** The programme's columns, under the bases' own headers (the curator copied them from the bases). */
const PROGRAMME = [
  'category', 'form', 'request', 'competences', 'achievements', 'interests', 'time', 'place', 'consent', 'consentBy',
  'consentDate', 'entryDate', 'status', 'capacity',
] as const;
const PERSONAL = ['№', 'Фамилия', 'Имя', 'Отчество', 'Класс', 'Дата рождения', 'Телефон', 'E-mail', 'Законный представитель', 'Телефон представителя', 'Должность', 'Предмет', 'Стаж', 'Роль в программе'];
const header = (key: string): string => (MENTORS.columns as Record<string, { header: string }>)[key]?.header ?? (MENTEES.columns as Record<string, { header: string }>)[key]!.header;

const ruDate = (v: Date | string): string => {
  const iso = typeof v === 'string' ? v : new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Moscow' }).format(v);
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
};
const text = (v: string | number | Date | undefined): string => (v === undefined ? '' : v instanceof Date ? ruDate(v) : String(v));
/** «7Б» as different АИС exports write it. */
const aisClass = (grade: string, i: number): string => {
  const m = /^(\d+)(.*)$/.exec(grade);
  if (!m) return grade;
  return [`${m[1]} ${m[2]}`, `${m[1]}${m[2]!.toLowerCase()}`, `${m[1]}-${m[2]}`][i % 3]!;
};
const parts = (fullName: string): [string, string, string] => {
  const [a = '', b = '', ...rest] = fullName.trim().split(/\s+/);
  return [a, b, rest.join(' ')];
};

/** The АИС sheet: the whole school, participants marked, in one write (plain text, as an opened .xlsx keeps it). */
export function writeAisSheet(book: Book, school: DemoSchool): number {
  const roleOf = new Map<string, { role: string; row: DemoRow }>();
  for (const r of school.mentors) roleOf.set(String(r.fullName), { role: 'наставник', row: r });
  for (const r of school.mentees) if (!roleOf.has(String(r.fullName))) roleOf.set(String(r.fullName), { role: 'наставляемый', row: r });
  const used = new Set<string>();
  const programme = (name: string) => {
    const p = roleOf.get(name);
    if (!p) return { role: '', cells: PROGRAMME.map(() => '') };
    used.add(name);
    return { role: p.role, cells: PROGRAMME.map((k) => text(p.row[k])) };
  };
  const rows: string[][] = [];
  school.teachers.forEach((t) => {
    const p = programme(t.fullName);
    rows.push([...parts(t.fullName), '', ruDate(t.birthDate), t.phone, t.email, '', '', t.position, t.subject, String(t.experience), p.role, ...p.cells]);
  });
  school.students.forEach((s, i) => {
    const p = programme(s.fullName);
    rows.push([...parts(s.fullName), aisClass(s.grade, i), ruDate(s.birthDate), s.phone ?? '', '', s.parentName, s.parentPhone, '', '', '', p.role, ...p.cells]);
  });
  // Lines the curator typed by hand (a repeated pupil, a name typed badly): they are in the bases' rows but not in the АИС.
  for (const [name, p] of roleOf) {
    if (used.has(name)) continue;
    const r = p.row;
    rows.push([...parts(name), aisClass(text(r.grade), rows.length), text(r.birthDate), text(r.phone), text(r.email), text(r.parentName), text(r.parentPhone),
      text(r.position), text(r.subject), text(r.experience), p.role, ...PROGRAMME.map((k) => text(r[k]))]);
  }
  const headers = [...PERSONAL, ...PROGRAMME.map(header)];
  const values = [
    [`Выгрузка из АИС: сотрудники и обучающиеся, ${school.settings.orgShortName}`, ...headers.slice(1).map(() => '')],
    headers,
    ...rows.map((r, i) => [String(i + 1), ...r]),
  ];
  const sheet = book.getSheetByName(AIS_SHEET) ?? book.insertSheet(AIS_SHEET);
  if (sheet.getMaxRows() < values.length) sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
  if (sheet.getMaxColumns() < headers.length) sheet.insertColumnsAfter(sheet.getMaxColumns(), headers.length - sheet.getMaxColumns());
  sheet.getRange(1, 1, values.length, headers.length).setNumberFormat('@').setValues(values);
  return rows.length;
}

interface Preview { added: number; updated: number; skipped: number; problems: number; reasons: { reason: string; count: number }[] }

/**
 * The demo step: the АИС sheet, then «Импорт списков» into «Наставники» and «Наставляемые» with the
 * proposed mapping as is. Needs «Подготовить таблицу» first. Returns Russian lines for the console.
 */
export function importFromAis({ addon, book, school }: Ctx): string[] {
  const people = writeAisSheet(book, school);
  const lines = [`Лист «${AIS_SHEET}»: ${people} человек (учителя и ученики), участники программы отмечены в столбце «Роль в программе».`];
  for (const base of ['mentors', 'mentees'] as const) {
    const proposal = addon.proposeImport(AIS_SHEET, base) as { columns: { header: string; target: string | null }[] };
    const mapping = proposal.columns.map((c) => c.target);
    const preview = addon.previewImport(AIS_SHEET, base, mapping) as Preview;
    const done = addon.applyImport(AIS_SHEET, base, mapping) as Preview & { title: string };
    const mapped = proposal.columns.filter((c) => c.target).length;
    lines.push(
      `Импорт в «${done.title}»: сопоставлено столбцов ${mapped} из ${proposal.columns.length}; предпросмотр — добавить ${preview.added}, ` +
        `обновить ${preview.updated}, пропустить ${preview.skipped}; после импорта проблем: ${done.problems}.`,
      ...done.reasons.map((r) => `  • пропущено: ${r.reason} — ${r.count}`),
    );
  }
  return lines;
}
