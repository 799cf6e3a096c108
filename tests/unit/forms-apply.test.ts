import type { PersonRow } from '../../src/domain/bases/check';
import { DEFAULT_FORMS } from '../../src/domain/bases/schema';
import { applyResponse, journalRows, newEffects, newWorkspace, type Workspace, type WorkspaceOptions } from '../../src/domain/forms/apply';
import { answerKey, parseProvenance } from '../../src/domain/privacy/provenance';
import { answersByKey } from '../../src/domain/forms/answers';
import { graveyard } from '../../src/domain/privacy/tombstones';
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
/** The token of НЯ-0001's personal link. */
const TOKEN = 'Tk1SidorovaMaria';
const link = { code: 'НЯ-0001', token: TOKEN };
const existing = (): PersonRow[] => [
  { row: 2, cells: { code: 'НЯ-0001', fullName: 'Сидорова Мария', category: 'обучающийся', grade: '7А', status: 'активен', form: 'Ученик – ученик', service: `p1;t:${TOKEN}` } },
];
const workspace = (options: WorkspaceOptions = {}) =>
  newWorkspace('2025-09-20', { mentees: existing(), mentors: [] }, { mentees: 2, mentors: 1 }, { now: '2025-09-20 00:00:00', ...options });
const sidorova = (ws: Workspace) => ws.people.mentees![0]!;

describe('an intake answer', () => {
  it('adds a new person with the next code, the fixed category, status and entry date, a token and provenance', () => {
    const ws = workspace();
    const fx = respond(ws, 'menteeStudent', pupil);
    expect(fx.added).toHaveLength(1);
    const { base, record } = fx.added[0]!;
    expect(base).toBe('mentees');
    expect(record.row).toBe(3);
    expect(record.cells).toMatchObject({
      code: 'НЯ-0002', category: 'обучающийся', fullName: 'Петров Пётр Ильич', grade: '6Б', parentPhone: '+7 917 555-03-01',
      status: 'активен', entryDate: { iso: '2025-09-20' },
    });
    const p = parseProvenance(String(record.cells.service));
    expect(p.token).toBeTruthy();
    expect(p.fields.parentPhone).toMatchObject({ source: 'form', at: '2025-09-20 10:00:00' });
    expect(fx.changed).toEqual([]);
    expect(fx.outcomes.applied).toBe(1);
  });

  it('the same answer again (a duplicate event, a reload) is recognised by its key and changes nothing', () => {
    const ws = workspace();
    respond(ws, 'menteeStudent', pupil);
    const again = respond(ws, 'menteeStudent', pupil);
    expect(again.added).toEqual([]);
    expect(again.changed).toEqual([]);
    expect(again.journal).toEqual([]);
    expect(again.review).toEqual([]);
    expect(again.outcomes.replayed).toBe(1);
  });

  it('through the personal link (code and token) a known person gets changed fields, each journalled', () => {
    const ws = workspace();
    const fx = respond(ws, 'menteeStudent', { ...pupil, ...link, fullName: 'сидорова  мария', grade: '7 а', interests: 'шахматы' });
    expect(fx.added).toEqual([]);
    const fields = fx.changed.map((c) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['interests', 'parentName', 'service']));
    expect(fx.changed.every((c) => c.row === 2)).toBe(true);
    const line = fx.journal.find((j) => j.field === 'Интересы')!;
    expect(line).toMatchObject({ event: JOURNAL_EVENT.changed, code: 'НЯ-0001', old: '—', new: 'шахматы', sheet: 'Наставляемые' });
    expect(parseProvenance(String(sidorova(ws).cells.service)).fields.interests!.source).toBe('form');
  });

  it('a public-link answer that looks like someone in the base changes nothing and goes to review', () => {
    const ws = workspace();
    const fx = respond(ws, 'menteeStudent', { ...pupil, fullName: 'Сидорова Мария', grade: '7А', interests: 'шахматы' });
    expect(fx.added).toEqual([]);
    expect(fx.changed).toEqual([]);
    expect(fx.review).toEqual([expect.objectContaining({ code: '', name: 'Сидорова Мария', reason: 'unlinkedMatch' })]);
    expect(fx.review[0]!.answers).toContain('Ваши интересы и увлечения: шахматы');
    expect(sidorova(ws).cells.interests).toBeUndefined();
  });

  it('a code typed without the link’s token, or with another name, changes nothing: review', () => {
    const ws = workspace();
    const forged = respond(ws, 'menteeStudent', { ...pupil, code: 'НЯ-0001' });
    expect(forged.changed).toEqual([]);
    expect(forged.review).toEqual([expect.objectContaining({ code: 'НЯ-0001', reason: 'noToken' })]);
    const wrongName = respond(ws, 'menteeStudent', { ...pupil, ...link }, '20.09.2025 11:00:00');
    expect(wrongName.review).toEqual([expect.objectContaining({ reason: 'nameMismatch' })]);
    expect(sidorova(ws).cells.fullName).toBe('Сидорова Мария');
    const again = respond(ws, 'menteeStudent', { ...pupil, code: 'НЯ-0001' });
    expect(again.review).toEqual([]);
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

  it('the newest decision wins: an older answer loaded after a newer one is skipped and listed', () => {
    const ws = workspace();
    const me = { ...pupil, ...link, fullName: 'Сидорова Мария', grade: '7А' };
    respond(ws, 'menteeStudent', { ...me, interests: 'шахматы' }, '21.09.2025 10:00:00');
    const older = respond(ws, 'menteeStudent', { ...me, interests: 'футбол' }, '20.09.2025 10:00:00');
    expect(older.changed.filter((c) => c.field !== 'service')).toEqual([]);
    expect(older.outcomes.older).toBe(1);
    expect(older.journal).toContainEqual(expect.objectContaining({ event: JOURNAL_EVENT.older, field: 'Интересы', old: 'шахматы', new: 'футбол' }));
    expect(sidorova(ws).cells.interests).toBe('шахматы');
    expect(respond(ws, 'menteeStudent', { ...me, interests: 'футбол' }, '20.09.2025 10:00:00').outcomes.replayed).toBe(1);
  });

  it('the curator’s correction (seen at this read) wins over an answer sent before it', () => {
    const ws = workspace({ now: '2025-09-22 09:00:00' });
    sidorova(ws).cells.parentPhone = '+7 917 555-99-99';
    const fx = respond(ws, 'menteeStudent', { ...pupil, ...link, fullName: 'Сидорова Мария', grade: '7А' }, '21.09.2025 10:00:00');
    expect(sidorova(ws).cells.parentPhone).toBe('+7 917 555-99-99');
    expect(fx.journal).toContainEqual(expect.objectContaining({ event: JOURNAL_EVENT.older, field: 'Телефон представителя' }));
    const newer = respond(ws, 'menteeStudent', { ...pupil, ...link, fullName: 'Сидорова Мария', grade: '7А' }, '23.09.2025 10:00:00');
    expect(newer.outcomes.applied).toBe(1);
    expect(sidorova(ws).cells.parentPhone).toBe('+7 917 555-03-01');
  });

  it('an erased participant’s answers are no-ops: by code, or by an answer key kept in the tombstone', () => {
    const graves = graveyard([{ code: 'НЯ-0001', day: '2025-09-25', pseudonym: 'УД-0001', keys: [answerKey('menteeStudent', '2025-09-20 10:00:00', Object.values(answersByKey(spec('menteeStudent'), named(spec('menteeStudent'), pupil))))] }]);
    const ws = workspace({ graves });
    const byCode = respond(ws, 'menteeStudent', { ...pupil, ...link });
    const byKey = respond(ws, 'menteeStudent', pupil);
    for (const fx of [byCode, byKey]) {
      expect(fx.added).toEqual([]);
      expect(fx.changed).toEqual([]);
      expect(fx.outcomes.erased).toBe(1);
      expect(fx.journal).toEqual([expect.objectContaining({ event: JOURNAL_EVENT.ignored, code: 'УД-0001', new: ANSWER_PROBLEM.erased })]);
      expect(JSON.stringify(fx.journal)).not.toContain('Петров');
    }
  });
});

describe('a consent answer', () => {
  const consent = (by: string, extra: Record<string, string> = {}) => ({
    ...link, participantName: 'Сидорова Мария', consentBy: by, decision: CONSENT_DECISION[0], consentDate: '18.09.2025', ...extra,
  });

  it('from a legal representative makes a minor\'s consent valid', () => {
    const ws = workspace();
    const fx = respond(ws, 'consent', consent('законный представитель', { parentName: 'Сидоров Олег', relation: 'отец', parentPhone: '+79170000000' }));
    expect(sidorova(ws).cells).toMatchObject({ consent: 'дано', consentBy: 'законный представитель', consentDate: { iso: '2025-09-18' }, parentName: 'Сидоров Олег', parentPhone: '+7 917 000-00-00' });
    expect(fx.journal.filter((j) => j.event === JOURNAL_EVENT.problem)).toEqual([]);
  });

  it('by a minor themselves grants nothing and is flagged: a representative must give it', () => {
    const ws = workspace();
    const fx = respond(ws, 'consent', consent('участник'));
    expect(sidorova(ws).cells.consent).toBeUndefined();
    expect(fx.journal).toContainEqual(expect.objectContaining({ event: JOURNAL_EVENT.problem, new: ANSWER_PROBLEM.minorSelfConsent }));
  });

  it('a withdrawal is final: an older consent answer does not grant again, a newer one does and is journalled', () => {
    const ws = workspace();
    const by = 'законный представитель';
    respond(ws, 'consent', consent(by, { parentName: 'Сидоров Олег' }), '20.09.2025 10:00:00');
    const w = respond(ws, 'consent', consent(by, { parentName: 'Сидоров Олег', decision: CONSENT_DECISION[1] }), '21.09.2025 10:00:00');
    expect(w.withdrawn).toEqual(['НЯ-0001']);
    expect(sidorova(ws).cells.consent).toBe('отозвано');
    const old = respond(ws, 'consent', consent(by, { parentName: 'Сидоров Олег' }), '20.09.2025 12:00:00');
    expect(sidorova(ws).cells.consent).toBe('отозвано');
    expect(old.outcomes.older).toBe(1);
    const grant = respond(ws, 'consent', consent(by, { parentName: 'Сидоров Олег', consentDate: '22.09.2025' }), '22.09.2025 10:00:00');
    expect(sidorova(ws).cells.consent).toBe('дано');
    expect(grant.journal).toContainEqual(expect.objectContaining({ event: JOURNAL_EVENT.changed, field: 'Согласие на обработку ПДн', old: 'отозвано', new: 'дано' }));
  });

  it('without the personal link (no code, or no token) it goes to review and changes nothing', () => {
    const ws = workspace();
    const noCode = respond(ws, 'consent', { ...consent('законный представитель', { parentName: 'Сидоров Олег' }), code: '', token: '', participantGrade: '7А' });
    expect(noCode.review).toEqual([expect.objectContaining({ reason: 'consentWithoutLink' })]);
    const forged = respond(ws, 'consent', { ...consent('участник', { decision: CONSENT_DECISION[1] }), token: '', participantName: 'Кто Угодно' });
    expect(forged.review).toEqual([expect.objectContaining({ reason: 'noToken' })]);
    expect(sidorova(ws).cells.consent).toBeUndefined();
  });
});

describe('answers keyed by participant code', () => {
  it('satisfaction: one row per answered question with role and form; a duplicate is skipped', () => {
    const ws = workspace();
    const s = spec('satisfactionMentee');
    const answers = Object.fromEntries(s.questions.filter((q) => q.kind === 'scale').map((q) => [q.key, '8']));
    const fx = respond(ws, 'satisfactionMentee', { ...link, before: 'нет', continue: 'да', becomeMentor: 'нет', ...answers });
    expect(fx.rows.satisfaction.length).toBe(Object.keys(answers).length + 3);
    expect(fx.rows.satisfaction[0]).toMatchObject({ code: 'НЯ-0001', role: 'наставляемый', form: 'Ученик – ученик', date: { iso: '2025-09-20' } });
    const again = respond(ws, 'satisfactionMentee', { ...link, ...answers });
    expect(again.rows.satisfaction).toEqual([]);
  });

  it('a survey answer with a code but without the token is not recorded: review', () => {
    const fx = respond(workspace(), 'satisfactionMentee', { code: 'НЯ-0001', before: 'нет' });
    expect(fx.rows.satisfaction).toEqual([]);
    expect(fx.review).toEqual([expect.objectContaining({ reason: 'noToken' })]);
  });

  it('entry/exit: numbers per parameter and the stage', () => {
    const ws = workspace();
    const s = spec('entryExitMentee');
    const params = s.questions.filter((q) => q.kind === 'scale');
    const fx = respond(ws, 'entryExitMentee', { ...link, stage: 'входная', ...Object.fromEntries(params.map((q, i) => [q.key, String(i + 1)])) });
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
      ...link, fullName: 'Сидорова Мария', form: f,
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
    const fx = respond(ws, 'menteeStudent', { ...pupil, ...link, fullName: 'Сидорова Мария', grade: '7А', interests: 'шахматы' });
    const [row, ...more] = journalRows(fx.journal);
    expect(more).toEqual([]);
    const fields = row!.field.split('\n');
    expect(fields.length).toBe(fx.journal.length);
    expect(row!.new.split('\n')[fields.indexOf('Интересы')]).toBe('шахматы');
    expect(row!.old.split('\n')).toHaveLength(fields.length);
  });
});

describe('no cell over 50,000 characters', () => {
  it('a «Журнал» row of many long changes is cut with a note', () => {
    const lines = Array.from({ length: 30 }, (_, i) => ({ who: 'Анкета', event: 'изменение', sheet: 'Наставляемые', code: 'НЯ-0001', field: `Поле ${i}`, old: 'а'.repeat(2000), new: 'б'.repeat(2000) }));
    const [row] = journalRows(lines);
    expect(row!.old.length).toBeLessThanOrEqual(50_000);
    expect(row!.old).toMatch(/обрезано/);
  });
});
