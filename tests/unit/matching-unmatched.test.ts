import type { Cell } from '../../src/domain/cell';
import { match } from '../../src/domain/matching/engine';
import { MATCHING_UI } from '../../src/domain/matching/messages';
import { adviceFor, unmatchedRows, type UnmatchedContext } from '../../src/domain/matching/sheets';
import { people, pupil, rules, teacherMentee, teacherMentor, TODAY } from './matching-support';

const LINK = 'https://docs.google.com/forms/d/e/consent/viewform?entry.1=';

/** Matches these rows and gives «Что делать» and the link column per mentee/mentor row (by index). */
function advise(mentorRows: Record<string, Cell>[], menteeRows: Record<string, Cell>[], links = true) {
  const all = [...mentorRows, ...menteeRows];
  const mentors = people('mentor', mentorRows);
  const mentees = people('mentee', menteeRows);
  const { unmatched } = match({ mentors, mentees, rules: rules(), mode: 'optimal' });
  const context: UnmatchedContext = {
    todayIso: TODAY,
    rows: new Map(all.map((cells, i) => [String(cells.code), { row: i + 2, cells }])),
    consentLinks: new Map(links ? all.map((c) => [String(c.code), `${LINK}${String(c.code)}`]) : []),
  };
  const rows = unmatchedRows(unmatched, context);
  const of = (p: { code: string }) => {
    const u = unmatched.find((x) => x.person.code === p.code);
    return u ? { advice: adviceFor(u, context), link: rows.find((r) => r[0] === p.code)![6] } : null;
  };
  return { mentors: mentors.map(of), mentees: mentees.map(of) };
}

describe('«Без пары»: «Что делать» follows the reason', () => {
  it('a minor without a parent’s consent: the representative gets the personal consent link, not a psychologist', () => {
    const child = pupil('5А', { consent: 'не дано', consentBy: '', parentName: 'Смирнова Ольга Петровна' });
    const { mentees } = advise([pupil('9А')], [child]);
    expect(mentees[0]!.advice).toBe(MATCHING_UI.advice.consentMinor('Смирнова Ольга Петровна'));
    expect(mentees[0]!.advice).not.toMatch(/психолог/);
    expect(mentees[0]!.link).toBe(`${LINK}${String(child.code)}`);
  });

  it('an adult without consent is sent the link themself; without a consent form the advice says to create it', () => {
    const adult = teacherMentee({ consent: 'не дано' });
    expect(advise([teacherMentor()], [adult]).mentees[0]!.advice).toBe(MATCHING_UI.advice.consentAdult);
    const noForm = advise([teacherMentor()], [adult], false).mentees[0]!;
    expect(noForm.advice).toBe(`${MATCHING_UI.advice.consentAdult} (${MATCHING_UI.advice.noConsentForm})`);
    expect(noForm.link).toBe('');
  });

  it('no mentor of that form: invite mentors of that form', () => {
    const { mentees } = advise([teacherMentor()], [pupil('5А', { form: 'Учитель – ученик' })]);
    expect(mentees[0]!.advice).toBe(MATCHING_UI.advice.inviteMentors('Учитель – ученик'));
    expect(mentees[0]!.link).toBe('');
  });

  it('every suitable mentor full: raise a mentor’s capacity or add mentors', () => {
    const { mentees } = advise([teacherMentor({ capacity: 1 })], [teacherMentee(), teacherMentee()]);
    expect(mentees.filter(Boolean).map((m) => m!.advice)).toEqual([MATCHING_UI.advice.raiseCapacity('Учитель – учитель')]);
  });

  it('mentors of the form all too young, or without consent: the advice names that rule', () => {
    const young = advise([pupil('6А'), pupil('6Б')], [pupil('5А')]).mentees[0]!;
    expect(young.advice).toBe(MATCHING_UI.advice.gradeGap);
    const noConsent = advise([teacherMentor({ consent: 'не дано' })], [teacherMentee()]).mentees[0]!;
    expect(noConsent.advice).toBe(MATCHING_UI.advice.mentorsConsent('Учитель – учитель'));
  });

  it('mentors: no mentee of their form, or the mentees went to others, or their own missing capacity', () => {
    const { mentors } = advise(
      [teacherMentor({ form: 'Учитель – ученик', category: 'педагог' }), teacherMentor({ capacity: 0 }), teacherMentor(), teacherMentor()],
      [teacherMentee()],
    );
    expect(mentors.slice(0, 2).map((m) => m!.advice)).toEqual([MATCHING_UI.advice.noMentee('Учитель – ученик'), MATCHING_UI.advice.noCapacity]);
    expect(mentors.slice(2).map((m) => m?.advice ?? 'в паре').sort()).toEqual(['в паре', MATCHING_UI.advice.reserve].sort());
  });
});
