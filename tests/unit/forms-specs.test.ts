import { DEFAULT_FORMS } from '../../src/domain/bases/schema';
import { FORM_KEYS } from '../../src/domain/forms/schema';
import { buildSpecs, parametersOf, specOf } from '../../src/domain/forms/specs';
import { DEFAULT_PARAMETERS, NOBODY, codeOfChoice } from '../../src/domain/forms/specs-surveys';
import { formsFor } from '../../src/domain/forms/links';
import { latestPreferences } from '../../src/domain/forms/preferences';
import { answersByKey, isBlankResponse, responseIdOf } from '../../src/domain/forms/answers';

const specs = buildSpecs({
  school: 'МБОУ «СОШ № 17»', schoolYear: '2025/2026', forms: DEFAULT_FORMS,
  candidates: { mentors: { 'Учитель – ученик': ['Кузнецова Елена (НК-0001)'] }, mentees: {} },
});

describe('the questionnaires', () => {
  it('one spec per form key, titled with the school and the year', () => {
    expect(specs.map((s) => s.key)).toEqual([...FORM_KEYS]);
    expect(specs.every((s) => s.title.endsWith('— МБОУ «СОШ № 17», 2025/2026 учебный год'))).toBe(true);
  });

  it('question titles are unique within a form (answers are found by title)', () => {
    for (const s of specs) {
      const titles = s.questions.filter((q) => q.kind !== 'page' && q.kind !== 'section').map((q) => q.title);
      expect(new Set(titles).size).toBe(titles.length);
    }
  });

  it('a variant offers only the forms of mentoring its category may take, from «Настройки»', () => {
    const teacher = specOf(specs, 'menteeTeacher').questions.find((q) => q.key === 'form')!;
    expect(teacher.choices).toEqual(DEFAULT_FORMS.filter((f) => f.mentee.includes('педагог')).map((f) => f.name));
    const custom = buildSpecs({ school: '', schoolYear: '', forms: [{ name: 'Своя форма', mentor: ['педагог'], mentee: ['педагог'], roleModels: [] }] });
    expect(specOf(custom, 'mentorTeacher').questions.find((q) => q.key === 'form')!.choices).toEqual(['Своя форма']);
  });

  it('consent: a legal representative goes through the representative\'s page, a participant straight to the decision', () => {
    const consent = specOf(specs, 'consent');
    const by = consent.questions.find((q) => q.key === 'consentBy')!;
    expect(by.goTo).toEqual({ 'участник': 'decisionPage', 'законный представитель': 'representativePage' });
    const keys = consent.questions.map((q) => q.key);
    expect(keys.indexOf('representativePage')).toBeLessThan(keys.indexOf('parentName'));
    expect(keys.indexOf('decisionPage')).toBeGreaterThan(keys.indexOf('parentPhone'));
  });

  it('preferences: a section per form of mentoring with ranked lists; an empty list says nobody is there yet', () => {
    const pref = specOf(specs, 'preferencesMentee');
    const lists = pref.questions.filter((q) => q.kind === 'list');
    expect(lists).toHaveLength(DEFAULT_FORMS.length * 3);
    expect(lists.find((q) => q.title === 'Наставник: 1-й выбор (Учитель – ученик)')!.choices).toEqual(['Кузнецова Елена (НК-0001)']);
    expect(lists.find((q) => q.title === 'Наставник: 1-й выбор (Ученик – ученик)')!.choices).toEqual([NOBODY]);
    expect(pref.questions.filter((q) => q.kind === 'page' && q.submitBefore)).toHaveLength(DEFAULT_FORMS.length - 1);
    expect(codeOfChoice('Кузнецова Елена (НК-0001)')).toBe('НК-0001');
  });

  it('entry/exit parameters come from «Вопросы», per role, the seeds\' ones when it is empty', () => {
    const own = buildSpecs({ school: '', schoolYear: '', forms: DEFAULT_FORMS, parameters: parametersOf([
      { cells: { parameter: 'Читательская грамотность', audience: 'наставляемый' } }, { cells: { parameter: 'Стрессоустойчивость' } }, { cells: {} },
    ]) });
    expect(specOf(own, 'entryExitMentee').questions.filter((q) => q.kind === 'scale').map((q) => q.title))
      .toEqual(['Читательская грамотность', 'Стрессоустойчивость']);
    expect(specOf(own, 'entryExitMentor').questions.filter((q) => q.kind === 'scale').map((q) => q.title)).toEqual(['Стрессоустойчивость']);
    const mentorDefaults = DEFAULT_PARAMETERS.filter((p) => p.audience !== 'наставляемый').map((p) => p.parameter);
    expect(specOf(specs, 'entryExitMentor').questions.filter((q) => q.kind === 'scale').map((q) => q.title)).toEqual(mentorDefaults);
  });
});

describe('answers', () => {
  it('are found by question title; blank events are recognised', () => {
    const s = specOf(specs, 'menteeStudent');
    expect(answersByKey(s, { 'Фамилия, имя, отчество': ' Иванов Иван ', 'Класс (например, 7Б)': '' })).toEqual({ fullName: 'Иванов Иван' });
    expect(isBlankResponse({ stamp: '', named: { 'Отметка времени': '', 'ФИО': '' } })).toBe(true);
    expect(isBlankResponse({ stamp: '15.09.2025 10:00:00', named: { 'Отметка времени': '15.09.2025 10:00:00', 'ФИО': 'Иванов' } })).toBe(false);
    // The blank duplicate Apps Script sends carries its own timestamp and no answers.
    expect(isBlankResponse({ stamp: '15.09.2025 10:00:05', named: { 'Отметка времени': '15.09.2025 10:00:05', 'ФИО': '' } })).toBe(true);
    expect(responseIdOf('consent', '15.09.2025 10:00:00', 'НЯ-0001')).toBe(responseIdOf('consent', ' 15.09.2025 10:00:00', 'ня-0001'));
  });

  it('personal links: the intake variant of the person\'s category, then the forms of their role', () => {
    expect(formsFor('mentors', 'выпускник')).toEqual(['mentorParent', 'consent', 'preferencesMentor', 'satisfactionMentor', 'entryExitMentor']);
    expect(formsFor('mentees', 'кто-то')).toEqual(['consent', 'preferencesMentee', 'satisfactionMentee', 'entryExitMentee']);
  });

  it('matching reads only each person\'s latest preferences, by rank', () => {
    const row = (r: number, id: string, date: string, rank: number, choice: string) =>
      ({ row: r, cells: { responseId: id, code: 'НЯ-0001', date: { iso: date }, rank, choiceCode: choice } });
    const latest = latestPreferences([row(2, 'a', '2025-09-10', 1, 'НК-0001'), row(3, 'b', '2025-09-12', 2, 'НК-0003'), row(4, 'b', '2025-09-12', 1, 'НК-0002')]);
    expect(latest.get('НЯ-0001')!.map((p) => p.choiceCode)).toEqual(['НК-0002', 'НК-0003']);
  });
});
