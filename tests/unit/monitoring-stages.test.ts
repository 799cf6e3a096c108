import { analyseSatisfaction, satisfiedShare } from '../../src/domain/monitoring/stage1';
import { analyseGrowth } from '../../src/domain/monitoring/stage2';
import { mergeSwot } from '../../src/domain/monitoring/swot';
import { describeParameter, monitoringLayout } from '../../src/domain/monitoring/layout';
import { SWOT, STAGE2 } from '../../src/domain/monitoring/messages';
import { scoreOf } from '../../src/domain/monitoring/answers';
import type { SatisfactionAnswer, Measurement } from '../../src/domain/monitoring/answers';

const answer = (code: string, form: string, question: string, value: string, role = 'наставляемый'): SatisfactionAnswer =>
  ({ code, role, form, question, answer: value });

describe('stage 1: satisfaction', () => {
  const answers = [
    answer('A', 'Ученик – ученик', 'Q1', '8'), answer('B', 'Ученик – ученик', 'Q1', '6'), answer('C', 'Учитель – учитель', 'Q1', '10'),
    answer('A', 'Ученик – ученик', 'Q2', '3'), answer('B', 'Ученик – ученик', 'Q2', '4'), answer('C', 'Учитель – учитель', 'Q2', '5'),
    answer('A', 'Ученик – ученик', 'Что улучшить?', 'больше встреч'),
  ];
  const s = analyseSatisfaction(answers, 0.7);

  it('gives n, mean, median, distribution and the share satisfied per question, for all forms and each form', () => {
    const q1 = s.questions.find((q) => q.question === 'Q1' && q.form === '')!;
    expect(q1).toMatchObject({ n: 3, mean: 8, median: 8, scale: 10, satisfied: 2 / 3 });
    expect(q1.distribution).toEqual([0, 0, 0, 0, 0, 1, 0, 1, 0, 1]);
    expect(s.questions.find((q) => q.question === 'Q1' && q.form === 'Ученик – ученик')).toMatchObject({ n: 2, mean: 7 });
    const q2 = s.questions.find((q) => q.question === 'Q2' && q.form === '')!;
    expect(q2).toMatchObject({ scale: 5, mean: 4, satisfied: 2 / 3 });
  });

  it('counts open answers apart and ranks the strongest and weakest points by mean share of the scale', () => {
    expect(s.open).toBe(1);
    expect(s.strongest.map((q) => q.question)).toEqual(['Q1']);
    expect(s.weakest.map((q) => q.question)).toEqual(['Q2']);
  });

  it('the share of satisfied respondents uses each person’s mean share of the scale', () => {
    // A: (0.8 + 0.6)/2 = 0.7 ✓; B: (0.6 + 0.8)/2 = 0.7 ✓; C: 1 ✓
    expect(satisfiedShare(s.people, 'наставляемый', 0.7)).toEqual({ n: 3, share: 1 });
    expect(satisfiedShare(s.people, 'наставник', 0.7)).toEqual({ n: 0, share: null });
  });

  it('reads scores written as text with a comment, and nothing from dates or fractions', () => {
    expect(['4', '8 — скорее да', '4,5', 'нет', '1/2'].map((v) => scoreOf(v))).toEqual([4, 8, 4.5, null, null]);
  });
});

describe('stage 2: growth', () => {
  const m = (code: string, stage: string, value: number, parameter = 'Мотивация', date?: string): Measurement =>
    ({ code, role: 'наставляемый', stage, parameter, value, date });
  const people = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'];
  const rows = [
    ...people.map((c) => m(c, 'входная', 3)),
    ...people.map((c, i) => m(c, 'итоговая', 6 + i)),
    m('P8', 'входная', 4),
    m('P9', 'Итоговая', 7),
    m('P1', 'итоговая', 5, 'Мотивация', '2025-01-01'),
  ];

  it('pairs each person’s entry and exit, counts those with one measurement and leaves them out', () => {
    const g = analyseGrowth(rows, new Map(), null);
    const p = g.parameters[0]!;
    expect(p).toMatchObject({ pairs: 7, onlyEntry: 1, onlyExit: 1, entryMean: 3 });
    expect(p.test.method).toBe('exact');
    expect(p.test.wMinus).toBe(0);
    // all seven improved: exact p = 2/2⁷
    expect(p.test.p).toBeCloseTo(2 / 128, 12);
    expect(p.verdict).toBe('better');
    expect(describeParameter(p)).toContain(STAGE2.verdict.better);
    expect(describeParameter(p)).toContain('n = 7');
  });

  it('uses a person’s latest measurement of a stage', () => {
    const g = analyseGrowth(rows, new Map(), null);
    expect(g.growth.get('P1')).toBe(5 - 3);
  });

  it('says there is too little data below six pairs, and correlates growth with satisfaction', () => {
    const few = analyseGrowth(rows.filter((r) => ['P1', 'P2', 'P3'].includes(r.code)), new Map(), null);
    expect(few.parameters[0]!.verdict).toBe('tooFew');
    const sat = new Map(people.map((c, i) => [c, 0.5 + i * 0.05]));
    const g = analyseGrowth(rows, sat, new Map(people.map((c, i) => [c, 10 - i])));
    expect(g.correlations.satisfaction.n).toBe(7);
    expect(g.correlations.satisfaction.rho).toBeGreaterThan(0.9);
    expect(g.correlations.meetings!.rho).toBeLessThan(-0.9);
  });
});

describe('SWOT', () => {
  const s = analyseSatisfaction([
    answer('A', 'Ф', 'Q1', '9'), answer('A', 'Ф', 'Q2', '2'), answer('B', 'Ф', 'Q1', '8'), answer('B', 'Ф', 'Q2', '6'),
  ], 0.7);

  it('prefills measured strengths and weaknesses and leaves opportunities and threats to the curator', () => {
    const grid = mergeSwot([], s);
    expect(grid[0]).toEqual(SWOT.headers);
    expect(grid.map((r) => r[0])).toEqual([SWOT.headers[0], SWOT.strengths, SWOT.weaknesses, SWOT.opportunities, SWOT.threats]);
    expect(grid[1]![1]).toContain('«Q1»');
    expect(grid[2]![1]).toContain('«Q2»');
  });

  it('never overwrites the curator’s text on a re-run', () => {
    const grid = mergeSwot([], s).map((r) => [...r]);
    grid[3]![1] = 'Партнёрство с техникумом';
    grid[2]![1] = 'Мало встреч у старшеклассников — моя формулировка';
    grid.push([SWOT.threats, 'Перегрузка педагогов', 'куратор']);
    const again = mergeSwot(grid, s);
    const items = again.map((r) => r[1]);
    expect(items).toEqual(expect.arrayContaining(['Партнёрство с техникумом', 'Мало встреч у старшеклассников — моя формулировка', 'Перегрузка педагогов']));
    expect(items.filter((i) => String(i).startsWith('«Q1»'))).toHaveLength(1);
    expect(again.filter((r) => r[0] === SWOT.threats && r[1] === '')).toHaveLength(0);
  });
});

describe('«Мониторинг» layout', () => {
  it('is one rectangle with stage 1, the chart data and stage 2 at known rows', () => {
    const s1 = analyseSatisfaction([answer('A', 'Ф', 'Q1', '4'), answer('B', 'Ф', 'Q1', '5')], 0.7);
    const s2 = analyseGrowth([], new Map(), null);
    const l = monitoringLayout(s1, s2, 0.7, false);
    expect(new Set(l.values.map((r) => r.length)).size).toBe(1);
    expect(l.values[l.stage1.row - 1]![0]).toBe('Вопрос');
    expect(l.values.slice(l.distribution.row, l.distribution.row + l.distribution.rows).map((r) => r[1])).toEqual([0, 0, 0, 1, 1]);
    expect(l.values.flat()).toContain(STAGE2.noMeetings);
  });
});
