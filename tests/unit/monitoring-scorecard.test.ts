import { INDICATORS, CRITERIA, levelOf, parseScore, suggestScores, totalOf, SCORE_CHOICES, type Score } from '../../src/domain/monitoring/scorecard';
import { mergeScorecard, SCORE_COLUMN } from '../../src/domain/monitoring/scorecard-sheet';
import { analyseSatisfaction } from '../../src/domain/monitoring/stage1';
import { analyseGrowth } from '../../src/domain/monitoring/stage2';
import { SCORECARD_TEXT } from '../../src/domain/monitoring/messages';
import type { Cell } from '../../src/domain/cell';

const scores = (...s: (Score | null)[]) => s;

describe('the effectiveness scorecard (seed 001 §6)', () => {
  it('has nine indicators in three criteria: five, two and two', () => {
    expect(INDICATORS).toHaveLength(9);
    expect(CRITERIA.map((c) => INDICATORS.filter((i) => i.criterion === c).length)).toEqual([5, 2, 2]);
  });

  it.each([
    [0, 'unacceptable'], [8, 'unacceptable'], [9, 'acceptable'], [14, 'acceptable'], [15, 'optimal'], [18, 'optimal'],
  ])('a total of %i is the %s level', (total, level) => {
    expect(levelOf(total)).toBe(level);
  });

  it('totals nine scores and names the level only when all nine are scored', () => {
    expect(totalOf(scores(2, 2, 2, 2, 2, 2, 1, 1, 1))).toEqual({ total: 15, scored: 9, level: 'optimal' });
    expect(totalOf(scores(2, 2, 2, 2, 2, 2, 1, 1, 0))).toEqual({ total: 14, scored: 9, level: 'acceptable' });
    expect(totalOf(scores(1, 1, 1, 1, 1, 1, 1, 1, 1))).toEqual({ total: 9, scored: 9, level: 'acceptable' });
    expect(totalOf(scores(1, 1, 1, 1, 1, 1, 1, 1, 0))).toEqual({ total: 8, scored: 9, level: 'unacceptable' });
    expect(totalOf(scores(2, 2, null, 2, 2, 2, 2, 2, 2))).toEqual({ total: 16, scored: 8, level: null });
  });

  it('reads the dropdown choices and bare numbers as scores, anything else as no score', () => {
    expect(SCORE_CHOICES.map(parseScore)).toEqual([2, 1, 0]);
    expect([2, '1', '', 'да', 3].map(parseScore)).toEqual([2, 1, null, null, null]);
  });

  it('suggests scores where survey data speaks, and says why', () => {
    const answers = ['НЯ-1', 'НЯ-2', 'НЯ-3', 'НЯ-4'].flatMap((code, i) => [
      { code, role: 'наставляемый', form: 'Ученик – ученик', question: 'Комфортно ли вам на встречах?', answer: String(9 - i) },
      { code, role: 'наставляемый', form: 'Ученик – ученик', question: 'Полезны ли встречи?', answer: String(10 - 3 * i) },
    ]);
    const stage1 = analyseSatisfaction(answers, 0.7);
    const growth = analyseGrowth([], new Map(), null);
    const s = suggestScores(stage1, growth, [], 0.7);
    // climate: 9, 8, 7 of 10 reach 7, 6 does not → 75% → full
    expect(s.find((x) => x.no === 4)).toMatchObject({ score: 2 });
    // people's mean shares: 0.95, 0.75, 0.55, 0.35 → 2 of 4 satisfied → partly
    expect(s.find((x) => x.no === 6)).toMatchObject({ score: 1 });
    expect(s.find((x) => x.no === 6)!.reason).toContain('n = 4');
    expect(s.map((x) => x.no)).not.toContain(9);
  });
});

describe('«Оценка эффективности» sheet', () => {
  it('adds the year with suggestions, then keeps the curator’s scores and other years on re-run', () => {
    const first = mergeScorecard([], '2025/2026', [{ no: 6, score: 1, reason: 'потому что' }]);
    expect(first.main).toHaveLength(10);
    expect(first.main[6]!.slice(4)).toEqual(['', SCORE_CHOICES[1], 'потому что']);
    expect(first.years[0]!.total).toEqual({ total: 0, scored: 0, level: null });

    const edited: Cell[][] = first.main.map((r) => [...r]);
    for (let i = 1; i <= 9; i++) edited[i]![SCORE_COLUMN - 1] = SCORE_CHOICES[i <= 6 ? 0 : 1];
    const older: Cell[][] = [['2024/2025', CRITERIA[0], 1, 'старый текст', '0 — не проявляется', '', '']];
    const again = mergeScorecard([...edited, ...older], '2025/2026', []);
    expect(again.main).toHaveLength(19);
    expect(again.main[1]![0]).toBe('2024/2025');
    expect(again.main[1]![3]).toBe('старый текст');
    expect(again.main[2]![SCORE_COLUMN - 1]).toBe('');
    expect(again.main[10]![0]).toBe('2025/2026');
    expect(again.main[10]![SCORE_COLUMN - 1]).toBe(SCORE_CHOICES[0]);
    expect(again.main[15]![5]).toBe('');
    expect(again.years.map((y) => [y.year, y.total.total, y.total.level])).toEqual([['2024/2025', 0, null], ['2025/2026', 15, 'optimal']]);
    expect(again.summary[2]).toEqual(['2025/2026', 15, 18, SCORECARD_TEXT.level.optimal]);
  });
});
