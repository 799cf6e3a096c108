import type { Cell } from '../../src/domain/cell';
import { DEFAULT_FORMS } from '../../src/domain/bases/schema';
import { REMINDER } from '../../src/domain/forms/messages';
import { formProgress, reminderMails, reminderText } from '../../src/domain/forms/progress';
import { buildSpecs, specOf } from '../../src/domain/forms/specs';

const specs = buildSpecs({ school: 'МБОУ СОШ № 1', schoolYear: '2025/2026', forms: DEFAULT_FORMS });
const TODAY = '2025-10-01';
const row = (n: number, cells: Record<string, Cell>) => ({ row: n + 1, cells });
const pupil = (code: string, fullName: string, extra: Record<string, Cell> = {}) => ({
  code, fullName, category: 'обучающийся', grade: '6Б', birthDate: { iso: '2013-04-02' }, status: 'активен', email: 'child@example.org',
  parentName: 'Смирнова Ольга Петровна', parentPhone: '+79175550301', parentEmail: 'mama@example.org', ...extra,
});
const teacher = (code: string, fullName: string, extra: Record<string, Cell> = {}) => ({
  code, fullName, category: 'педагог', birthDate: { iso: '1980-01-01' }, status: 'активен', email: 'teacher@example.org', ...extra,
});
const people = {
  mentees: [
    row(1, pupil('НЯ-0001', 'Смирнова Алёна Игоревна', { consent: 'дано', consentBy: 'законный представитель' })),
    row(2, pupil('НЯ-0002', 'Ким Виктор Сергеевич')),
    row(3, pupil('НЯ-0003', 'Орлов Павел', { status: 'выбыл' })),
    row(4, pupil('', 'Без кода Пётр')),
  ],
  mentors: [row(1, teacher('НК-0001', 'Петров Пётр Ильич', { consent: 'дано', consentBy: 'участник' })), row(2, teacher('НК-0002', 'Иванова Мария'))],
};
const answer = (named: Record<string, string>) => ({ stamp: '01.10.2025 10:00:00', named });

describe('«Кто не ответил»', () => {
  const intake = specOf(specs, 'menteeStudent');
  const code = intake.questions.find((q) => q.key === 'code')!.title;
  const name = intake.questions.find((q) => q.key === 'fullName')!.title;
  const progress = formProgress([intake, specOf(specs, 'consent'), specOf(specs, 'menteeTeacher')], new Map([
    ['menteeStudent', [answer({ [code]: 'ня-0001', [name]: 'x' }), answer({ [code]: '', [name]: '' })]],
  ]), people, TODAY);

  it('counts those expected (active, with a code, of the form’s base and category) and who answered, by code or name', () => {
    expect(progress.map((p) => [p.key, p.expected, p.answered])).toEqual([['menteeStudent', 2, 1], ['consent', 4, 2], ['menteeTeacher', 0, 0]]);
    expect(progress[0]!.missing.map((m) => m.code)).toEqual(['НЯ-0002']);
  });

  it('a name written with a Latin letter still counts as answered', () => {
    const [p] = formProgress([intake], new Map([['menteeStudent', [answer({ [name]: 'Ким Bиктор Сергеевич' })]]]), people, TODAY);
    expect(p!.missing.map((m) => m.code)).toEqual(['НЯ-0001']);
  });

  it('consent is done when a valid consent is in the base, whatever brought it', () => {
    expect(progress[1]!.missing.map((m) => m.code)).toEqual(['НЯ-0002', 'НК-0002']);
  });

  it('a minor is reminded through the legal representative, never at the minor’s own address', () => {
    const kim = progress[0]!.missing[0]!;
    expect(kim.remind).toEqual({ who: 'parent', name: 'Смирнова Ольга Петровна', email: 'mama@example.org', phone: '+79175550301' });
    const { mails } = reminderMails(intake, [kim], new Map([['НЯ-0002', 'https://forms.example/personal']]), { org: 'МБОУ СОШ № 1', curator: '' });
    expect(mails).toEqual([{ code: 'НЯ-0002', who: 'parent', to: 'mama@example.org', subject: REMINDER.subject(intake.name), body: expect.stringContaining('https://forms.example/personal') }]);
    expect(mails[0]!.body).toContain(REMINDER.askParent(intake.name, 'Ким Виктор Сергеевич', false, 'МБОУ СОШ № 1'));
    expect(mails.map((m) => m.to)).not.toContain('child@example.org');
  });

  it('without an address (or a personal link) nobody is written to: they are listed apart', () => {
    const noMail = { ...progress[1]!.missing[1]!, remind: { ...progress[1]!.missing[1]!.remind, email: '' } };
    const { mails, unreachable } = reminderMails(specOf(specs, 'consent'), [noMail], new Map([[noMail.code, 'https://x']]), { org: '', curator: '' });
    expect(mails).toEqual([]);
    expect(unreachable).toEqual([noMail]);
  });

  it('the text to copy carries the form’s common link and no greeting by name', () => {
    const text = reminderText(intake, { org: 'Школа', curator: 'Иванова А.А.' }, 'https://forms.example/common');
    expect(text).toContain(REMINDER.commonLink('https://forms.example/common'));
    expect(text.startsWith(REMINDER.greeting(''))).toBe(true);
    expect(text).toContain('Иванова А.А.');
  });
});
