import { addMonths, nextYearDay, parseTerm, schoolYearStart } from '../../src/domain/roadmap/terms';
import { buildRoadmap } from '../../src/domain/roadmap/roadmap';
import { ROADMAP } from '../../src/domain/roadmap/schema';
import { STAGES } from '../../src/domain/roadmap/stages';
import { TEMPLATE } from '../../src/domain/roadmap/template';

const keys = Object.keys(ROADMAP.columns);
const col = (k: keyof typeof ROADMAP.columns) => keys.indexOf(k);

describe('school-year deadlines → dates', () => {
  it.each([
    ['сентябрь', 2025, '2025-09-01', '2025-09-30'],
    ['Сентябрь – октябрь', 2025, '2025-09-01', '2025-10-31'],
    ['Ноябрь- Декабрь', 2025, '2025-11-01', '2025-12-31'],
    ['декабрь – январь', 2025, '2025-12-01', '2026-01-31'],
    ['февраль', 2027, '2028-02-01', '2028-02-29'],
    ['май – июнь', 2025, '2026-05-01', '2026-06-30'],
    ['В течение года', 2025, '2025-09-01', '2026-05-31'],
    ['в течение всего периода реализации Целевой модели наставничества', 2025, '2025-09-01', '2026-05-31'],
    ['до 20 декабря', 2025, '2025-12-01', '2025-12-20'],
    ['до 20 мая', 2025, '2026-05-01', '2026-05-20'],
    ['до 20.11.2022', 2022, '2022-11-01', '2022-11-20'],
    ['20 декабря 2024 , 20 мая 2025', 2024, '2024-12-20', '2025-05-20'],
    ['Май 2025 года', 2024, '2025-05-01', '2025-05-31'],
    ['Август – сентябрь 2024', 2024, '2024-08-01', '2024-09-30'],
    ['Август -сентябрь', 2024, '2024-08-01', '2024-09-30'],
    ['декабрь 2022-август 2023', 2022, '2022-12-01', '2023-08-31'],
  ])('«%s» in the year starting %i is %s … %s', (text, start, from, to) => {
    expect(parseTerm(text, start)).toEqual({ start: from, end: to });
  });

  it.each(['', 'по мере необходимости', 'до конца', '31 февраля'])('«%s» gives no dates', (text) => {
    expect(parseTerm(text, 2025)).toBeNull();
  });

  it('reads school years written in several ways', () => {
    expect(schoolYearStart('2025/2026')).toBe(2025);
    expect(schoolYearStart('2025-2026')).toBe(2025);
    expect(schoolYearStart('2025–26')).toBe(2025);
    expect(schoolYearStart('2025/2027')).toBeNull();
    expect(schoolYearStart('прошлый')).toBeNull();
  });

  it('moves dates a year on and adds months at month ends', () => {
    expect(nextYearDay('2028-02-29')).toBe('2029-02-28');
    expect(nextYearDay('2025-12-20')).toBe('2026-12-20');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });
});

describe('the roadmap template', () => {
  it('covers the seven stages in order, each with activities', () => {
    const stages = TEMPLATE.map((t) => t.stage);
    expect([...new Set(stages)]).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(stages).toEqual([...stages].sort((a, b) => a - b));
  });

  it('gives every row real dates of the chosen school year', () => {
    for (const start of [2024, 2025, 2030]) {
      const { values } = buildRoadmap(start, { director: '', curator: '' }, `${start}-08-01`, TEMPLATE);
      for (const v of values) {
        const from = (v[col('start')] as { iso: string }).iso;
        const to = (v[col('end')] as { iso: string }).iso;
        expect(from <= to).toBe(true);
        expect(from >= `${start}-09-01` && to <= `${start + 1}-08-31`).toBe(true);
      }
    }
  });

  it('has the regional report dates 20 December and 20 May as rows of their own', () => {
    const { values } = buildRoadmap(2025, { director: '', curator: '' }, '2025-08-01', TEMPLATE);
    const reports = values.filter((v) => /региональный наставнический центр/.test(String(v[col('activity')])));
    expect(reports.map((v) => (v[col('end')] as { iso: string }).iso)).toEqual(['2025-12-20', '2026-05-20']);
  });

  it('names the director and the curator from «Настройки», other roles as written', () => {
    const people = { director: 'Малахова Елена Николаевна', curator: 'Петрова Анна Ивановна' };
    const { values } = buildRoadmap(2025, people, '2025-08-01', TEMPLATE);
    const responsible = values.map((v) => String(v[col('responsible')]));
    expect(responsible).toContain('Малахова Елена Николаевна (директор)');
    expect(responsible.some((r) => r.startsWith('Петрова Анна Ивановна (куратор), классные руководители'))).toBe(true);
    const anonymous = buildRoadmap(2025, { director: '', curator: '' }, '2025-08-01', TEMPLATE).values.map((v) => String(v[col('responsible')]));
    expect(anonymous).toContain('Директор');
  });

  it('numbers rows and prefixes the stage with its number', () => {
    const { values } = buildRoadmap(2025, { director: '', curator: '' }, '2025-08-01', TEMPLATE);
    expect(values.map((v) => v[col('number')])).toEqual(values.map((_, i) => i + 1));
    expect(values[0]![col('stage')]).toBe(`1. ${STAGES[0]}`);
    expect(values.at(-1)![col('stage')]).toBe(`7. ${STAGES[6]}`);
  });
});
