import fc from 'fast-check';
import type { Cell } from '../../src/domain/cell';
import { match, type Mode } from '../../src/domain/matching/engine';
import { planPairs, type PairRow } from '../../src/domain/matching/plan';
import { pairBlock, pairKey } from '../../src/domain/matching/rules';
import { people, rules } from './matching-support';

const FORMS = ['Ученик – ученик', 'Учитель – ученик', 'Учитель – учитель'];
const WORDS = ['математика', 'физика', 'олимпиада', 'чтение', 'адаптация', 'проект', 'методика', 'родители'];

/** A participant with random form, category, class, consent, status, capacity and words. */
const participant = fc.record({
  form: fc.constantFrom(...FORMS),
  teacher: fc.boolean(),
  grade: fc.integer({ min: 1, max: 11 }),
  consent: fc.constantFrom('дано', 'дано', 'дано', 'не дано'),
  parent: fc.boolean(),
  status: fc.constantFrom('активен', 'активен', 'в паре', 'выбыл'),
  capacity: fc.integer({ min: 0, max: 3 }),
  words: fc.subarray(WORDS, { maxLength: 3 }),
}).map((p): Record<string, Cell> => ({
  code: '', fullName: '', category: p.teacher ? 'педагог' : 'обучающийся', grade: p.teacher ? '' : `${p.grade}А`,
  birthDate: { iso: p.teacher ? '1980-01-01' : `${2025 - 6 - p.grade}-01-01` }, form: p.form, consent: p.consent,
  consentBy: p.parent ? 'законный представитель' : 'участник', status: p.status, capacity: p.capacity,
  competences: p.words.join(', '), request: p.words.join(', '), interests: p.words.slice(0, 1).join(''),
}));

const population = fc.record({
  mentors: fc.array(participant, { minLength: 1, maxLength: 10 }),
  mentees: fc.array(participant, { minLength: 1, maxLength: 14 }),
  mode: fc.constantFrom<Mode>('optimal', 'stable'),
});

const named = (rows: Record<string, Cell>[], prefix: string) =>
  rows.map((r, i) => ({ ...r, code: `${prefix}-${i + 1}`, fullName: `${prefix}фамилия${i + 1} Имя` }));

describe('matching properties', () => {
  it('no result ever breaks a hard constraint or a capacity, and everyone is either paired or explained', () => {
    fc.assert(
      fc.property(population, ({ mentors: m, mentees: e, mode }) => {
        const mentors = people('mentor', named(m, 'НК'));
        const mentees = people('mentee', named(e, 'НЯ'));
        const r = rules();
        const { pairs, unmatched } = match({ mentors, mentees, rules: r, mode });
        const load = new Map<string, number>();
        for (const p of pairs) {
          expect(pairBlock(p.mentor, p.mentee, r)).toBeNull();
          load.set(p.mentor.code, (load.get(p.mentor.code) ?? 0) + 1);
          expect(load.get(p.mentor.code)!).toBeLessThanOrEqual(p.mentor.capacity);
          expect(p.alternatives.length).toBeLessThanOrEqual(3);
        }
        const seen = [...pairs.map((p) => p.mentee.code), ...unmatched.filter((u) => u.role === 'mentee').map((u) => u.person.code)];
        expect(seen.sort()).toEqual(mentees.map((p) => p.code).sort());
        for (const u of unmatched) expect(u.reason).not.toBe('');
      }),
      { numRuns: 200, seed: 4 },
    );
  });

  it('approved, rejected and commented rows survive a re-run; rejected pairs never come back', () => {
    const decisions = fc.array(fc.constantFrom('keep', 'approve', 'reject', 'comment'), { minLength: 30, maxLength: 30 });
    fc.assert(
      fc.property(population, decisions, ({ mentors: m, mentees: e, mode }, choice) => {
        const mentors = people('mentor', named(m, 'НК'));
        const mentees = people('mentee', named(e, 'НЯ'));
        const r = rules();
        const first = planPairs([], mentors, mentees, r, mode);
        const rows: PairRow[] = first.rows.map((o, i) => {
          const cells = { ...('cells' in o ? o.cells : {}) };
          const c = choice[i % choice.length];
          if (c === 'approve') cells.status = 'утверждена';
          if (c === 'reject') cells.status = 'отклонена';
          if (c === 'comment') cells.comment = 'не трогать';
          return { row: i + 2, cells };
        });
        const second = planPairs(rows, mentors, mentees, r, mode);
        const keptRows = rows.filter((x) => x.cells.status !== 'предложена' || x.cells.comment).map((x) => x.row);
        expect(second.rows.flatMap((o) => ('keep' in o ? [o.keep] : []))).toEqual(keptRows);
        const fresh = second.rows.flatMap((o) => ('cells' in o ? [o.cells] : []));
        const rejected = new Set(rows.filter((x) => x.cells.status === 'отклонена').map((x) => pairKey(String(x.cells.mentorCode), String(x.cells.menteeCode))));
        const holding = rows.filter((x) => x.cells.status === 'утверждена' || x.cells.comment);
        const settled = new Set(holding.map((x) => String(x.cells.menteeCode)));
        const load = new Map<string, number>();
        for (const x of [...holding.map((h) => h.cells), ...fresh]) load.set(String(x.mentorCode), (load.get(String(x.mentorCode)) ?? 0) + 1);
        for (const c of fresh) {
          expect(rejected.has(pairKey(String(c.mentorCode), String(c.menteeCode)))).toBe(false);
          expect(settled.has(String(c.menteeCode))).toBe(false);
        }
        for (const p of mentors) expect(load.get(p.code) ?? 0).toBeLessThanOrEqual(Math.max(p.capacity, ...[holding.filter((h) => h.cells.mentorCode === p.code).length]));
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});
