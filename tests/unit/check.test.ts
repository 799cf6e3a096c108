import { checkBase, isMinor, type PersonRow } from '../../src/domain/bases/check';
import { applyWrites, planSettings, readSettings } from '../../src/domain/bases/settings';
import { PROBLEM } from '../../src/domain/bases/messages';
import { reportRows, summarise } from '../../src/domain/bases/summary';

const settings = readSettings(applyWrites([], planSettings([], { schoolYear: '2025/2026', timeZone: 'Europe/Moscow' })));
const TODAY = '2025-09-15';

const pupil = (cells: PersonRow['cells'] = {}, row = 2): PersonRow => ({
  row,
  cells: {
    code: 'НЯ-0001', fullName: 'Смирнова Алёна Игоревна', category: 'обучающийся', grade: '6Б',
    birthDate: { iso: '2013-04-02' }, parentName: 'Смирнова Ольга Петровна', parentPhone: '+7 917 555-03-01',
    form: 'Ученик – ученик', request: 'Подтянуть математику', consent: 'дано', consentBy: 'законный представитель',
    consentDate: { iso: '2025-09-05' }, status: 'активен', ...cells,
  },
});
const teacher = (cells: PersonRow['cells'] = {}, row = 2): PersonRow => ({
  row,
  cells: {
    fullName: 'Петров Пётр Ильич', category: 'педагог', position: 'учитель физики', subject: 'физика', experience: 25,
    phone: '89175550302', email: 'petrov@school.example', form: 'Учитель – учитель', competences: 'Методика физики',
    consent: 'дано', consentBy: 'участник', capacity: 2, status: 'активен', ...cells,
  },
});
const codes = (base: 'mentors' | 'mentees', rows: PersonRow[]) =>
  checkBase(base, rows, settings, TODAY).map((p) => `${p.row}:${p.field}:${p.code}`);

describe('«Проверить базы» finds', () => {
  it('nothing in a clean pupil and a clean teacher', () => {
    expect(codes('mentees', [pupil()])).toEqual([]);
    expect(codes('mentors', [teacher()])).toEqual([]);
  });
  it('missing required fields: key request for mentees, class for pupils', () => {
    expect(codes('mentees', [pupil({ request: '', grade: '' })])).toEqual(
      expect.arrayContaining(['2:request:missingRequired', '2:grade:missingRequired']),
    );
  });
  it('the same person twice, despite case, spaces and «ё», pointing at the first row', () => {
    const problems = checkBase('mentees', [pupil(), pupil({ fullName: ' смирнова  Алена игоревна' }, 9)], settings, TODAY);
    expect(problems).toEqual([expect.objectContaining({ row: 9, field: 'fullName', code: 'duplicate', otherRow: 2 })]);
    expect(reportRows(problems)[0]![3]).toBe(`${PROBLEM.duplicate} (строка 2)`);
  });
  it('a name mixing Latin and Cyrillic letters, and the duplicate it hides («Никитинa» with a Latin «a»)', () => {
    const problems = checkBase('mentees', [
      pupil({ fullName: 'Никитина Анна Сергеевна' }), pupil({ fullName: 'Никитинa Анна Cергеевна' }, 5),
    ], settings, TODAY);
    expect(problems.map((p) => `${p.row}:${p.field}:${p.code}`)).toEqual(['5:fullName:mixedScript', '5:fullName:duplicate']);
    expect(reportRows(problems).map((r) => r[3])).toEqual([
      `${PROBLEM.mixedScript}: латинская «a» в «Никитинa»; латинская «C» в «Cергеевна»`,
      `${PROBLEM.duplicate} (строка 2)`,
    ]);
  });
  it('a name written wholly in Latin letters is not mixed', () => {
    expect(codes('mentors', [teacher({ fullName: 'Smith John' })])).toEqual([]);
  });
  it('namesakes with different birth dates are not duplicates', () => {
    expect(codes('mentees', [pupil(), pupil({ birthDate: { iso: '2012-01-01' } }, 3)])).toEqual([]);
  });
  it('a minor without a legal representative’s consent', () => {
    expect(codes('mentees', [pupil({ consent: 'не дано', consentBy: '' })])).toEqual(['2:consent:minorWithoutConsent']);
    expect(codes('mentees', [pupil({ consentBy: 'участник' })])).toEqual(['2:consent:minorWithoutConsent']);
  });
  it('a pupil without a birth date is a minor by class; an adult by birth date is not', () => {
    expect(isMinor({ category: 'обучающийся', grade: '10А' }, TODAY)).toBe(true);
    expect(isMinor({ category: 'обучающийся', grade: '11А', birthDate: { iso: '2007-01-01' } }, TODAY)).toBe(false);
  });
  it('bad phones and e-mails', () => {
    expect(codes('mentors', [teacher({ phone: '+7 917 55', email: 'petrov@' })])).toEqual(['2:phone:badPhone', '2:email:badEmail']);
  });
  it('a formula typed as a name, whether the Sheet computed it or kept it as text', () => {
    expect(codes('mentors', [{ ...teacher({ fullName: '#NAME?' }), formulas: ['fullName'] }])).toEqual(['2:fullName:formula']);
    expect(codes('mentors', [teacher({ fullName: '=СУММ(A1:A3)' })])).toEqual(['2:fullName:formula']);
  });
  it('an unknown form of mentoring or category', () => {
    expect(codes('mentees', [pupil({ form: 'Ученик – робот' })])).toEqual(['2:form:unknownValue']);
    expect(codes('mentors', [teacher({ category: 'космонавт' })])).toEqual(['2:category:unknownValue']);
  });
  it('a category the form does not allow (a pupil cannot mentor in «Учитель – учитель»)', () => {
    expect(codes('mentors', [teacher({ category: 'обучающийся', grade: '10А', birthDate: { iso: '2009-01-01' }, parentName: 'Петрова Анна', parentPhone: '89175550303', consentBy: 'законный представитель' })]))
      .toEqual(['2:category:categoryNotInForm']);
  });
  it('capacity or experience that is not a whole number', () => {
    expect(codes('mentors', [teacher({ capacity: 'два', experience: -1 })])).toEqual(['2:experience:notNumber', '2:capacity:notNumber']);
  });
  it('dates that are not dates', () => {
    expect(codes('mentees', [pupil({ birthDate: '31.02.2012' })])).toEqual(['2:birthDate:notDate']);
  });
});

describe('the overview', () => {
  it('counts people per base and form, and those without valid consent', () => {
    const s = summarise(
      { mentors: [teacher()], mentees: [pupil(), pupil({ consent: 'не дано', form: 'Учитель – ученик' }, 3)] },
      1,
      { schoolYear: '2025/2026', organisation: 'МБОУ «СОШ № 17»', todayIso: TODAY },
    );
    expect(s.bases[1]).toEqual({
      base: 'mentees', title: 'Наставляемые', people: 2, withoutConsent: 1,
      byForm: [{ form: 'Ученик – ученик', people: 1 }, { form: 'Учитель – ученик', people: 1 }],
    });
  });
});
