import { match } from '../../src/domain/matching/engine';
import { CONSTRAINT, CRITERION, DETAIL, MATCHING_UI, points } from '../../src/domain/matching/messages';
import { daysOf, gradesOf } from '../../src/domain/matching/people';
import { criteria, pairBlock, pairKey, roleModelOf, scoreOf } from '../../src/domain/matching/rules';
import { stems } from '../../src/domain/matching/stem';
import { one, people, pupil, rules, teacherMentee, teacherMentor } from './matching-support';

const part = (mentor: ReturnType<typeof one>, mentee: ReturnType<typeof one>, key: string, r = rules()) =>
  criteria(mentor, mentee, r).find((p) => p.key === key);

describe('Russian text for matching', () => {
  it('stems word forms to one stem and drops stop words', () => {
    expect([...stems('Подтянуть математику').keys()]).toEqual([...stems('подтянуть по математике').keys()]);
    expect([...stems('помогу с олимпиадами и подготовкой').keys()]).toEqual(['олимпиад', 'подготовк']);
  });

  it('reads days of the week and classes', () => {
    expect(daysOf('вт, чт после 15:00')).toBe(0b1010);
    expect(daysOf('пн–пт после 14:30')).toBe(0b11111);
    expect(daysOf('на большой перемене')).toBe(0);
    expect([...gradesOf('5-7 классы')!]).toEqual([5, 6, 7]);
    expect(gradesOf('любые')).toBeNull();
  });

  it('says «балл» in the right form', () => {
    expect([1, 2, 5, 11, 21, 22, 45, 112].map(points)).toEqual(['1 балл', '2 балла', '5 баллов', '11 баллов', '21 балл', '22 балла', '45 баллов', '112 баллов']);
  });
});

describe('hard constraints', () => {
  const mentor = teacherMentor({ competences: 'методика' });
  const mentee = teacherMentee({ request: 'методика' });

  it('allows a plain pair of the same form', () => {
    expect(pairBlock(one('mentor', mentor), one('mentee', mentee), rules())).toBeNull();
  });

  it.each([
    ['self', teacherMentor({ fullName: 'Иванова Анна Петровна' }), teacherMentee({ fullName: 'иванова  анна петровна' })],
    ['otherForm', teacherMentor(), teacherMentee({ form: 'Учитель – ученик', category: 'обучающийся', grade: '5А' })],
    ['mentorInactive', teacherMentor({ status: 'выбыл' }), teacherMentee()],
    ['menteeInactive', teacherMentor(), teacherMentee({ status: 'приостановлен' })],
    ['mentorConsent', teacherMentor({ consent: 'отозвано' }), teacherMentee()],
    ['menteeConsent', teacherMentor(), teacherMentee({ consent: 'не дано' })],
    ['unknownForm', teacherMentor({ form: 'Ученик – робот' }), teacherMentee({ form: 'Ученик – робот' })],
    ['mentorCategory', teacherMentor({ category: 'родитель' }), teacherMentee()],
    ['noCapacity', teacherMentor({ capacity: 0 }), teacherMentee()],
  ])('%s', (code, m, e) => {
    expect(pairBlock(one('mentor', m), one('mentee', e), rules())).toBe(code);
  });

  it('a minor needs the consent of a legal representative, not their own', () => {
    const m = one('mentor', pupil('10А'));
    expect(pairBlock(m, one('mentee', pupil('6Б', { consentBy: 'участник' })), rules())).toBe('menteeConsent');
    expect(pairBlock(m, one('mentee', pupil('6Б')), rules())).toBeNull();
  });

  it('a pupil mentor is older by the minimum class gap of «Настройки»', () => {
    const m = one('mentor', pupil('8А'));
    const e = one('mentee', pupil('7Б'));
    expect(pairBlock(m, e, rules())).toBe('gradeGap'); // default gap 2
    expect(pairBlock(m, e, rules({ minGradeGap: '1' }))).toBeNull();
  });

  it('a pair the curator excluded is never proposed, and the reason says so', () => {
    const [m] = people('mentor', [teacherMentor()]);
    const [e] = people('mentee', [teacherMentee()]);
    const r = rules({}, new Set([pairKey(m!.code, e!.code)]));
    expect(pairBlock(m!, e!, r)).toBe('excluded');
    const result = match({ mentors: [m!], mentees: [e!], rules: r, mode: 'optimal' });
    expect(result.pairs).toEqual([]);
    expect(result.unmatched[0]!.reason).toBe(MATCHING_UI.reason.noSuitable(MATCHING_UI.reason.counted(CONSTRAINT.excluded, 1)));
  });
});

describe('soft criteria, each explained', () => {
  it('the request against competences, quoting the mentee’s words', () => {
    const m = one('mentor', teacherMentor({ competences: 'Методика преподавания математики, подготовка к ОГЭ' }));
    const e = one('mentee', teacherMentee({ request: 'Освоить методику подготовки к ОГЭ' }));
    const p = part(m, e, 'request')!;
    expect(p).toEqual({ key: 'request', weight: 40, points: 40, detail: DETAIL.words(['методику', 'подготовки', 'огэ']) });
    expect(part(m, one('mentee', teacherMentee({ request: 'Работа с родителями' })), 'request')).toBeUndefined();
  });

  it('shared interests, the same time and place, the same subject', () => {
    const m = one('mentor', teacherMentor({ interests: 'шахматы, театр', time: 'вт, чт после 15:00', place: 'каб. 214', subject: 'физика' }));
    const e = one('mentee', teacherMentee({ interests: 'Театр, футбол', time: 'чт, 15:00–16:00', place: 'Каб. 214', subject: 'физика' }));
    expect(part(m, e, 'interests')).toEqual({ key: 'interests', weight: 15, points: 8, detail: 'театр' });
    expect(part(m, e, 'time')).toEqual({ key: 'time', weight: 10, points: 10, detail: DETAIL.days(['чт']) });
    expect(part(m, e, 'place')).toEqual({ key: 'place', weight: 5, points: 5, detail: 'каб. 214' });
    expect(part(m, e, 'subject')).toEqual({ key: 'subject', weight: 20, points: 20, detail: 'физика' });
  });

  it('the mentor’s wanted classes and experience', () => {
    const [m] = people('mentor', [pupil('11А', { wantedGrades: '5-7' })]);
    expect(part(m!, one('mentee', pupil('6Б')), 'grade')).toEqual({ key: 'grade', weight: 10, points: 10, detail: DETAIL.grade(6) });
    expect(part(m!, one('mentee', pupil('8Б')), 'grade')).toBeUndefined();
    const t = one('mentor', teacherMentor({ experience: 10 }));
    expect(part(t, one('mentee', teacherMentee()), 'experience')).toEqual({ key: 'experience', weight: 5, points: 3, detail: DETAIL.years(10) });
  });

  it('ranked wishes of the preference questionnaire, both ways', () => {
    const [m1, m2] = people('mentor', [teacherMentor(), teacherMentor()]);
    const [e] = people('mentee', [teacherMentee()]);
    const r = rules({}, undefined, new Map([[e!.code, [m2!.code, m1!.code]], [m1!.code, [e!.code]]]));
    expect(part(m2!, e!, 'menteeWish', r)).toEqual({ key: 'menteeWish', weight: 25, points: 25, detail: DETAIL.rank(1) });
    expect(part(m1!, e!, 'menteeWish', r)!.points).toBe(17);
    expect(part(m1!, e!, 'mentorWish', r)).toEqual({ key: 'mentorWish', weight: 15, points: 15, detail: DETAIL.rank(1) });
  });

  it('weights come from «Настройки»; a weight of 0 switches a criterion off', () => {
    const m = one('mentor', teacherMentor({ competences: 'методика', experience: 20 }));
    const e = one('mentee', teacherMentee({ request: 'методика' }));
    const parts = criteria(m, e, rules({ weightRequest: '100', weightExperience: '0' }));
    expect(parts).toEqual([{ key: 'request', weight: 100, points: 100, detail: DETAIL.words(['методика']) }]);
    expect(scoreOf(parts)).toBe(100);
  });

  it('the explanation names every criterion that gave points', () => {
    const [m] = people('mentor', [teacherMentor({ competences: 'методика', experience: 20 })]);
    const [e] = people('mentee', [teacherMentee({ request: 'методика' })]);
    const { pairs } = match({ mentors: [m!], mentees: [e!], rules: rules(), mode: 'optimal' });
    expect(pairs[0]!.explanation).toBe(`Итого 45 баллов: ${CRITERION.request}: 40 из 40 (совпали: методика); ${CRITERION.experience}: 5 из 5 (20 лет).`);
    expect(pairs[0]!.roleModel).toBe('опытный педагог – молодой специалист');
  });

  it('picks the role model whose words the pair uses', () => {
    const form = rules().forms.get('учитель – учитель');
    const m = one('mentor', teacherMentor({ competences: 'опытный классный руководитель' }));
    expect(roleModelOf(form, m, one('mentee', teacherMentee()))).toBe('опытный классный руководитель – молодой специалист');
  });
});

describe('alternatives and people left without a pair', () => {
  it('offers up to three other mentors, best first, saying which are full', () => {
    const mentors = people('mentor', [1, 2, 3, 4, 5].map((x) => teacherMentor({ competences: 'методика', experience: x * 4 })));
    const [e] = people('mentee', [teacherMentee({ request: 'методика' })]);
    const { pairs } = match({ mentors, mentees: [e!], rules: rules(), mode: 'optimal' });
    expect(pairs[0]!.mentor).toBe(mentors[4]);
    expect(pairs[0]!.alternatives.map((a) => [a.mentor, a.score, a.free])).toEqual([[mentors[3], 44, true], [mentors[2], 43, true], [mentors[1], 42, true]]);
  });

  it('says why: no mentor of the form, all seats taken, or the person’s own problem', () => {
    const mentors = people('mentor', [teacherMentor()]);
    const mentees = people('mentee', [teacherMentee(), teacherMentee(), pupil('5А', { form: 'Учитель – ученик' }), teacherMentee({ consent: 'не дано' })]);
    const { unmatched } = match({ mentors, mentees, rules: rules(), mode: 'optimal' });
    const reasons = new Map(unmatched.map((u) => [u.person, u.reason]));
    expect(reasons.get(mentees[1]!)).toBe(MATCHING_UI.reason.allTaken(1));
    expect(reasons.get(mentees[2]!)).toBe(MATCHING_UI.reason.noMentorOfForm('Учитель – ученик'));
    expect(reasons.get(mentees[3]!)).toBe(MATCHING_UI.reason.own(CONSTRAINT.menteeConsent));
  });
});
