import { buildRoadmap, currentStage, markStep, nextSteps, refreshStatuses, rollRoadmap, statusOf, stepOfNote, type RoadmapRow } from '../../src/domain/roadmap/roadmap';
import { ROADMAP, type RoadmapKey } from '../../src/domain/roadmap/schema';
import { ROADMAP_UI } from '../../src/domain/roadmap/messages';
import { STEP_KEYS } from '../../src/domain/roadmap/steps';
import { TEMPLATE } from '../../src/domain/roadmap/template';
import { nextYearDay } from '../../src/domain/roadmap/terms';

const keys = Object.keys(ROADMAP.columns) as RoadmapKey[];
/** The template for 2025/2026 read back as the sheet would give it (row 2 onwards). */
function rowsOn(today: string): RoadmapRow[] {
  const built = buildRoadmap(2025, { director: 'Д', curator: 'К' }, today, TEMPLATE);
  return built.values.map((v, i) => ({
    row: i + 2,
    cells: Object.fromEntries(keys.map((k, j) => [k, v[j]!]).filter(([, c]) => c !== '')),
    ...(built.steps[i] ? { step: built.steps[i] } : {}),
  }));
}
const byActivity = (rows: RoadmapRow[], part: string) => rows.find((r) => String(r.cells.activity).includes(part))!;

describe('the stage the calendar has reached', () => {
  it('is the stage of the activity started last: stage 1 in early September, a later one in May, none before the year', () => {
    expect(currentStage(rowsOn('2025-09-02'), '2025-09-02')).toMatch(/^1\./);
    expect(Number(currentStage(rowsOn('2026-05-25'), '2026-05-25')![0])).toBeGreaterThanOrEqual(6);
    expect(currentStage(rowsOn('2025-06-01'), '2025-06-01')).toBeNull();
  });
});

describe('roadmap statuses with a fixed clock', () => {
  it('before the year everything is planned', () => {
    const statuses = [...refreshStatuses(rowsOn('2025-08-20'), '2025-08-20').values()];
    expect(new Set(statuses)).toEqual(new Set(['запланировано']));
  });

  it('on 15 October September rows are overdue, October rows in progress, later ones planned', () => {
    const rows = rowsOn('2025-10-15');
    const status = (part: string) => statusOf(byActivity(rows, part).cells, '2025-10-15');
    expect(status('Издание приказа о внедрении')).toBe('просрочено');
    expect(status('Встреча с выпускниками')).toBe('в работе');
    expect(status('Групповая встреча')).toBe('запланировано');
    expect(status('Регулярные встречи')).toBe('в работе');
  });

  it('a row is overdue from the day after its end, not on it', () => {
    const cells = { start: { iso: '2025-12-01' }, end: { iso: '2025-12-20' } };
    expect(statusOf(cells, '2025-12-20')).toBe('в работе');
    expect(statusOf(cells, '2025-12-21')).toBe('просрочено');
  });

  it('dates typed as text count too; a row without dates stays planned', () => {
    expect(statusOf({ end: '01.10.2025' }, '2025-10-02')).toBe('просрочено');
    expect(statusOf({ activity: 'Своё мероприятие' }, '2030-01-01')).toBe('запланировано');
  });

  it('«выполнено» typed by the curator, or a done date, is never overdue', () => {
    const past = { start: { iso: '2025-09-01' }, end: { iso: '2025-09-30' } };
    expect(statusOf({ ...past, status: 'Выполнено' }, '2026-01-01')).toBe('выполнено');
    expect(statusOf({ ...past, doneDate: { iso: '2025-09-10' } }, '2026-01-01')).toBe('выполнено');
  });
});

describe('marking a step', () => {
  it('marks every row of the step done with the date and link, and only those', () => {
    const rows = rowsOn('2025-10-15');
    const link = { url: 'https://docs.google.com/spreadsheets/d/x/edit#gid=7', label: 'Проверка' };
    const changes = markStep(rows, 'basesChecked', { date: '2025-10-15', link });
    expect(changes.map((c) => String(rows.find((r) => r.row === c.row)!.cells.activity))).toEqual([
      expect.stringContaining('Формирование базы наставляемых'),
      expect.stringContaining('Формирование базы наставников'),
    ]);
    expect(changes.every((c) => c.status === 'выполнено' && c.doneDate === '2025-10-15' && c.link === link)).toBe(true);
  });

  it('a second mark keeps the first date (the rows are done already)', () => {
    const rows = rowsOn('2025-10-15');
    const first = markStep(rows, 'orderPairs', { date: '2025-12-10' });
    const done = rows.map((r) => {
      const c = first.find((x) => x.row === r.row);
      return c ? { ...r, cells: { ...r.cells, status: c.status, doneDate: { iso: c.doneDate } } } : r;
    });
    expect(markStep(done, 'orderPairs', { date: '2025-12-15' })).toEqual([]);
  });

  it('the regional report marks one row a call: December first, then May', () => {
    const rows = rowsOn('2025-12-18');
    const first = markStep(rows, 'regionalReport', { date: '2025-12-18' });
    expect(first.map((c) => (rows.find((r) => r.row === c.row)!.cells.end as { iso: string }).iso)).toEqual(['2025-12-20']);
    const after = rows.map((r) => (r.row === first[0]!.row ? { ...r, cells: { ...r.cells, status: 'выполнено' } } : r));
    const second = markStep(after, 'regionalReport', { date: '2026-05-19' });
    expect(second.map((c) => (rows.find((r) => r.row === c.row)!.cells.end as { iso: string }).iso)).toEqual(['2026-05-20']);
  });

  it('a May report marks the May row even when no December report was made', () => {
    const rows = rowsOn('2026-05-19');
    const marked = markStep(rows, 'regionalReport', { date: '2026-05-19' });
    expect(marked.map((c) => (rows.find((r) => r.row === c.row)!.cells.end as { iso: string }).iso)).toEqual(['2026-05-20']);
  });

  it('a step whose row the curator deleted marks nothing', () => {
    const rows = rowsOn('2025-10-15').filter((r) => r.step !== 'surveyClosed');
    expect(markStep(rows, 'surveyClosed', { date: '2026-05-20' })).toEqual([]);
  });

  it('every step key has a template row and a note that maps back to it', () => {
    for (const key of STEP_KEYS) {
      expect(TEMPLATE.some((t) => t.step === key)).toBe(true);
      expect(stepOfNote(ROADMAP_UI.stepNote[key])).toBe(key);
    }
    expect(stepOfNote('заметка куратора')).toBeUndefined();
  });
});

describe('«Что дальше»', () => {
  it('lists overdue steps first, then the ones in progress, by deadline, three at most', () => {
    const today = '2025-10-15';
    const rows = rowsOn(today);
    const next = nextSteps(rows, today);
    expect(next).toHaveLength(3);
    expect(next.map((n) => n.status)).toEqual(['просрочено', 'просрочено', 'просрочено']);
    expect(next.map((n) => n.endIso)).toEqual(['2025-09-30', '2025-09-30', '2025-09-30']);
  });

  it('skips done rows and gives the step key for an action', () => {
    const today = '2025-09-10';
    const rows = rowsOn(today).map((r) => (r.cells.end && (r.cells.end as { iso: string }).iso === '2025-09-30'
      ? { ...r, cells: { ...r.cells, status: 'выполнено' } } : r));
    const next = nextSteps(rows, today, 10);
    expect(next.every((n) => n.status !== 'выполнено')).toBe(true);
    expect(next[0]!.status).toBe('в работе');
    expect(next.find((n) => n.step === 'formsCreated')).toBeDefined();
  });
});

describe('rolling the roadmap to the next year', () => {
  it('keeps the curator’s rows and texts, moves dates a year on and clears the marks', () => {
    const rows = rowsOn('2026-06-05');
    rows[0] = { ...rows[0]!, cells: { ...rows[0]!.cells, status: 'выполнено', doneDate: { iso: '2025-09-12' }, link: 'ссылка', comment: 'сделано' } };
    rows.push({ row: 99, cells: { activity: 'Своё мероприятие школы', end: { iso: '2026-03-01' } } });
    const rolled = rollRoadmap(rows, '2026-06-05', nextYearDay);
    const at = (i: number, k: RoadmapKey) => rolled.values[i]![keys.indexOf(k)];
    expect(at(0, 'start')).toEqual({ iso: '2026-09-01' });
    expect(at(0, 'status')).toBe('запланировано');
    expect(at(0, 'doneDate')).toBe('');
    expect(at(0, 'link')).toBe('');
    expect(at(0, 'comment')).toBe('сделано');
    expect(at(rows.length - 1, 'activity')).toBe('Своё мероприятие школы');
    expect(at(rows.length - 1, 'end')).toEqual({ iso: '2027-03-01' });
    expect(rolled.steps).toEqual(rows.map((r) => r.step));
  });
});
