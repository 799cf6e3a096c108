import type { PersonRow } from '../../src/domain/bases/check';
import { DEFAULT_FORMS } from '../../src/domain/bases/schema';
import { applyResponse, journalRows, newEffects, newWorkspace, type Workspace } from '../../src/domain/forms/apply';
import { ANSWER_PROBLEM, JOURNAL_EVENT } from '../../src/domain/forms/messages';
import type { FormKey, FormSpec } from '../../src/domain/forms/schema';
import { buildSpecs, candidatesOf, specOf } from '../../src/domain/forms/specs';
import { CONSENT_DECISION } from '../../src/domain/forms/specs-intake';
import { rankKey } from '../../src/domain/forms/specs-surveys';

const specs = buildSpecs({ school: 'МБОУ СОШ № 1', schoolYear: '2025/2026', forms: DEFAULT_FORMS });
const spec = (k: FormKey) => specOf(specs, k);
/** Answers keyed by question key, as Apps Script sends them: keyed by title. */
const named = (s: FormSpec, answers: Record<string, string>) =>
  Object.fromEntries(s.questions.map((q) => [q.title, answers[q.key] ?? '']));
const respond = (ws: Workspace, k: FormKey, answers: Record<string, string>, stamp = '20.09.2025 10:00:00') => {
  const fx = newEffects();
  applyResponse(ws, fx, spec(k), { stamp, named: named(spec(k), answers) });
  return fx;
};

const pupil = {
  fullName: 'Петров Пётр Ильич', grade: '6Б', parentName: 'Петрова Анна Сергеевна', parentPhone: '8 (917) 555-03-01',
  form: 'Ученик – ученик', request: 'Повысить успеваемость по предмету', time: 'Вторник, Четверг',
};
const existing = (): PersonRow[] => [
  { row: 2, cells: { code: 'НЯ-0001', fullName: 'Сидорова Мария', category: 'обучающийся', grade: '7А', status: 'активен', form: 'Ученик – ученик' } },
];
const workspace = () => newWorkspace('2025-09-20', { mentees: existing(), mentors: [] }, { mentees: 2, mentors: 1 });

describe('an intake answer', () => {
  it('adds a new person with the next code, the fixed category, status and entry date', () => {
    const ws = workspace();
    const fx = respond(ws, 'menteeStudent', pupil);
    expect(fx.added).toHaveLength(1);
    const { base, record } = fx.added[0]!;
    expect(base).toBe('mentees');
    expect(record.row).toBe(3);
    expect(record.cells).toMatchObject({
      code: 'НЯ-0002', category: 'обучающийся', fullName: 'Петров Пётр Ильич', grade: '6Б', parentPhone: '+79175550301',
      status: 'активен', entryDate: { iso: '2025-09-20' },
    });
    expect(fx.changed).toEqual([]);
  });

  it('the same answer again (a duplicate event) changes nothing', () => {
    const ws = workspace();
    respond(ws, 'menteeStudent', pupil);
    const again = respond(ws, 'menteeStudent', pupil);
    expect(again.added).toEqual([]);
    expect(again.changed).toEqual([]);
    expect(again.journal).toEqual([]);
  });

  it('a known person (same ФИО with ё/case differences and class) gets changed fields, each journalled', () => {
    const ws = workspace();
    const fx = respond(ws, 'menteeStudent', { ...pupil, fullName: 'сидорова  мария', grade: '7 а', interests: 'шахматы' });
    expect(fx.added).toEqual([]);
    const fields = fx.changed.map((c) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['interests', 'parentName']));
    expect(fx.changed.every((c) => c.row === 2)).toBe(true);
    const line = fx.journal.find((j) => j.field === 'Интересы')!;
    expect(line).toMatchObject({ event: JOURNAL_EVENT.changed, code: 'НЯ-0001', old: '—', new: 'шахматы', sheet: 'Наставляемые' });
  });

  it('the participant code wins over the name', () => {
    const ws = workspace();
    const fx = respond(ws, 'menteeStudent', { ...pupil, code: 'НЯ-0001' });
    expect(fx.added).toEqual([]);
    expect(fx.journal.find((j) => j.field === 'ФИО')).toMatchObject({ old: 'Сидорова Мария', new: 'Петров Пётр Ильич' });
  });

  it('a formula-looking answer stays the text it was', () => {
    const ws = workspace();
    const fx = respond(ws, 'menteeStudent', { ...pupil, interests: '=IMPORTXML("http://x")' });
    expect(fx.added[0]!.record.cells.interests).toBe('=IMPORTXML("http://x")');
  });

  it('a teacher\'s experience that is not a number is a problem, not a value', () => {
    const ws = workspace();
    const fx = respond(ws, 'menteeTeacher', {
      fullName: 'Орлова Нина Павловна', position: 'учитель', experience: 'два', phone: '+7 917 000-00-01',
      form: 'Учитель – учитель', request: 'Классное руководство', time: 'Среда',
    });
    expect(fx.added[0]!.record.cells.experience).toBeUndefined();
    expect(fx.journal).toEqual([expect.objectContaining({ event: JOURNAL_EVENT.problem, new: ANSWER_PROBLEM.badNumber, old: 'два' })]);
  });

  it('«Загрузить ответы» applies the newest answer first: an older one never undoes it', () => {
    const ws = workspace();
    respond(ws, 'menteeStudent', { ...pupil, interests: 'шахматы' }, '21.09.2025 10:00:00');
    const older = respond(ws, 'menteeStudent', { ...pupil, interests: 'футбол' }, '20.09.2025 10:00:00');
    expect(older.changed).toEqual([]);
    expect(ws.people.mentees!.at(-1)!.cells.interests).toBe('шахматы');
  });
});

describe('a consent answer', () => {
  const consent = (by: string, extra: Record<string, string> = {}) => ({
    code: 'НЯ-0001', participantName: 'Сидорова Мария', consentBy: by, decision: CONSENT_DECISION[0], consentDate: '18.09.2025', ...extra,
  });

  it('from a legal representative makes a minor\'s consent valid', () => {
    const ws = workspace();
    const fx = respond(ws, 'consent', consent('законный представитель', { parentName: 'Сидоров Олег', relation: 'отец', parentPhone: '+79170000000' }));
    expect(ws.people.mentees![0]!.cells).toMatchObject({ consent: 'дано', consentBy: 'законный представитель', consentDate: { iso: '2025-09-18' }, parentName: 'Сидоров Олег' });
    expect(fx.journal.filter((j) => j.event === JOURNAL_EVENT.problem)).toEqual([]);
  });

  it('by a minor themselves is recorded and flagged: a representative must give it', () => {
    const ws = workspace();
    const fx = respond(ws, 'consent', consent('участник'));
    expect(ws.people.mentees![0]!.cells.consentBy).toBe('участник');
    expect(fx.journal).toContainEqual(expect.objectContaining({ event: JOURNAL_EVENT.problem, new: ANSWER_PROBLEM.minorSelfConsent }));
  });

  it('without a code finds the person by ФИО and class, and tells when nobody matches', () => {
    const ws = workspace();
    respond(ws, 'consent', { ...consent('законный представитель', { parentName: 'Сидоров Олег' }), code: '', participantGrade: '7А' });
    expect(ws.people.mentees![0]!.cells.consent).toBe('дано');
    const fx = respond(ws, 'consent', { ...consent('участник'), code: '', participantName: 'Никто Никтович' });
    expect(fx.journal).toEqual([expect.objectContaining({ new: ANSWER_PROBLEM.notFound })]);
  });
});

describe('answers keyed by participant code', () => {
  it('satisfaction: one row per answered question with role and form; a duplicate is skipped', () => {
    const ws = workspace();
    const s = spec('satisfactionMentee');
    const answers = Object.fromEntries(s.questions.filter((q) => q.kind === 'scale').map((q) => [q.key, '8']));
    const fx = respond(ws, 'satisfactionMentee', { code: 'НЯ-0001', before: 'нет', continue: 'да', becomeMentor: 'нет', ...answers });
    expect(fx.rows.satisfaction.length).toBe(Object.keys(answers).length + 3);
    expect(fx.rows.satisfaction[0]).toMatchObject({ code: 'НЯ-0001', role: 'наставляемый', form: 'Ученик – ученик', date: { iso: '2025-09-20' } });
    const again = respond(ws, 'satisfactionMentee', { code: 'НЯ-0001', ...answers });
    expect(again.rows.satisfaction).toEqual([]);
  });

  it('entry/exit: numbers per parameter and the stage', () => {
    const ws = workspace();
    const s = spec('entryExitMentee');
    const params = s.questions.filter((q) => q.kind === 'scale');
    const fx = respond(ws, 'entryExitMentee', { code: 'НЯ-0001', stage: 'входная', ...Object.fromEntries(params.map((q, i) => [q.key, String(i + 1)])) });
    expect(fx.rows.entryExit.map((r) => r.value)).toEqual(params.map((_, i) => i + 1));
    expect(fx.rows.entryExit[0]).toMatchObject({ stage: 'входная', parameter: params[0]!.title });
  });

  it('a code of the other base is refused', () => {
    const fx = respond(workspace(), 'satisfactionMentor', { code: 'НЯ-0001' });
    expect(fx.journal).toEqual([expect.objectContaining({ new: ANSWER_PROBLEM.wrongRole })]);
    expect(fx.rows.satisfaction).toEqual([]);
  });

  it('preferences: ranked codes from the labels, repeated picks counted once', () => {
    const ws = newWorkspace('2025-09-20', { mentees: existing(), mentors: [
      { row: 2, cells: { code: 'НК-0001', fullName: 'Зайцев Иван' } }, { row: 3, cells: { code: 'НК-0002', fullName: 'Лисина Ольга' } },
    ] }, { mentees: 2, mentors: 3 });
    const f = 'Ученик – ученик';
    const fx = respond(ws, 'preferencesMentee', {
      code: 'НЯ-0001', fullName: 'Сидорова Мария', form: f,
      [rankKey(f, 1)]: 'Лисина Ольга (НК-0002)', [rankKey(f, 2)]: 'Лисина Ольга (НК-0002)', [rankKey(f, 3)]: 'Зайцев Иван (НК-0001)',
    });
    expect(fx.rows.preferences.map((r) => [r.rank, r.choiceCode])).toEqual([[1, 'НК-0002'], [2, 'НК-0001']]);
  });
});

describe('preference candidates', () => {
  it('only active people with a valid consent, by form, labelled with their code', () => {
    const c = candidatesOf({
      mentors: [
        { row: 2, cells: { code: 'НК-0001', fullName: 'Б', form: 'Учитель – учитель', status: 'активен', consent: 'дано', category: 'педагог' } },
        { row: 3, cells: { code: 'НК-0002', fullName: 'А', form: 'Учитель – учитель', status: 'выбыл', consent: 'дано' } },
        { row: 4, cells: { code: 'НК-0003', fullName: 'В', form: 'Ученик – ученик', status: 'активен', consent: 'дано', category: 'обучающийся', grade: '10А', consentBy: 'участник' } },
      ],
      mentees: [],
    }, '2025-09-20');
    expect(c.mentors).toEqual({ 'Учитель – учитель': ['Б (НК-0001)'] });
  });
});

describe('«Журнал» rows', () => {
  it('one row per answer and person, a changed field per line', () => {
    const ws = workspace();
    const fx = respond(ws, 'menteeStudent', { ...pupil, code: 'НЯ-0001', interests: 'шахматы' });
    const [row, ...more] = journalRows(fx.journal);
    expect(more).toEqual([]);
    const fields = row!.field.split('\n');
    expect(fields.length).toBe(fx.journal.length);
    expect(row!.new.split('\n')[fields.indexOf('Интересы')]).toBe('шахматы');
    expect(row!.old.split('\n')).toHaveLength(fields.length);
  });
});
