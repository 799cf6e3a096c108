import { addonWorld, sheetValues } from '../support/addon';
import { pasteRows } from '../../demo/fill';
import { typeParams } from '../../demo/settings';
import { generateSchool } from '../../demo/school';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import { PAIRS } from '../../src/domain/pairs/schema';
import { MATCHING_UI } from '../../src/domain/matching/messages';

const TT = 'Учитель – учитель';
const teacher = (fullName: string, subject: string, extra: Record<string, string | number>) => ({
  fullName, category: 'педагог', position: `учитель (${subject})`, subject, phone: '+7 917 555-03-02', form: TT,
  consent: 'дано', consentBy: 'участник', birthDate: new Date('1980-04-02T00:00:00+03:00'), ...extra,
});

/** Three mentors, four mentees: each mentee's request clearly fits one mentor. */
function small() {
  const env = addonWorld();
  env.addon.prepareSheet();
  pasteRows(env.book, MENTORS, [
    teacher('Иванова Анна Петровна', 'математика', { competences: 'методика преподавания математики', capacity: 1, experience: 25 }),
    teacher('Петров Олег Ильич', 'физика', { competences: 'лабораторные работы по физике', capacity: 1, experience: 12 }),
    teacher('Сидорова Мария Львовна', 'русский язык', { competences: 'классное руководство, работа с родителями', capacity: 2, experience: 18 }),
  ]);
  pasteRows(env.book, MENTEES, [
    teacher('Алексеева Ольга Ивановна', 'математика', { request: 'освоить методику преподавания математики' }),
    teacher('Борисов Глеб Андреевич', 'физика', { request: 'провести лабораторные работы по физике' }),
    teacher('Васильева Дарья Олеговна', 'история', { request: 'классное руководство в 5 классе' }),
    teacher('Григорьев Иван Сергеевич', 'история', { request: 'работа с родителями' }),
  ]);
  env.addon.prepareSheet(); // codes
  return env;
}

const col = (values: unknown[][], header: string) => values[0]!.indexOf(header);
const pairsOf = (values: unknown[][]) => {
  const [mentor, mentee, status] = [PAIRS.columns.mentor.header, PAIRS.columns.mentee.header, PAIRS.columns.status.header].map((h) => col(values, h));
  return values.slice(1).map((r) => `${String(r[mentor!])} → ${String(r[mentee!])}: ${String(r[status!])}`);
};

describe('«Пары → Подобрать пары»', () => {
  it('proposes the pair whose request fits the competences, with an explanation and alternatives', () => {
    const { addon, book } = small();
    addon.matchPairs();
    const values = sheetValues(book, 'Пары')!;
    expect(values[0]).toEqual(Object.values(PAIRS.columns).map((c) => c.header));
    expect(pairsOf(values)).toEqual([
      'Иванова Анна Петровна → Алексеева Ольга Ивановна: предложена',
      'Петров Олег Ильич → Борисов Глеб Андреевич: предложена',
      'Сидорова Мария Львовна → Васильева Дарья Олеговна: предложена',
      'Сидорова Мария Львовна → Григорьев Иван Сергеевич: предложена',
    ]);
    const first = values[1]!;
    expect(String(first[col(values, 'Почему эта пара')])).toMatch(/^Итого \d+ балл(а|ов)?: Запрос и компетенции: \d+ из 40 \(совпали: .*методик/);
    expect(String(first[col(values, 'Другие варианты')])).toContain('Сидорова Мария Львовна');
    // a group: both mentees of one mentor share the id
    expect(values[3]![0]).toBe(values[4]![0]);
    expect(values[1]![0]).not.toBe(values[2]![0]);
    const status = book.getSheetByName('Пары')!.getRange(2, col(values, 'Статус') + 1).getDataValidation()!;
    expect(status.getCriteriaValues()[0]).toEqual(['предложена', 'утверждена', 'отклонена', 'завершена', 'заменена']);
  });

  it('keeps approved and rejected rows, treats a rejection as an exclusion, and changes exactly the expected rows', () => {
    const { addon, book, world } = small();
    addon.matchPairs();
    const sheet = book.getSheetByName('Пары')!;
    const statusCol = col(sheetValues(book, 'Пары')!, 'Статус') + 1;
    sheet.getRange(2, statusCol).setValue('утверждена'); // in the sheet's dropdown
    sheet.getRange(5, col(sheetValues(book, 'Пары')!, 'Комментарий куратора') + 1).setValue('обсудить с завучем');
    const pairs = addon.getProposedPairs() as { id: string; mentee: string }[];
    addon.decidePair(pairs.find((p) => p.mentee.startsWith('Борисов'))!.id, 'отклонена'); // from the sidebar
    const before = sheetValues(book, 'Пары')!;

    addon.matchPairs();
    const after = sheetValues(book, 'Пары')!;
    // Борисов may not have Петров again; the most pairs (all four) now means Сидорова's free seat
    // for Борисов and Петров for Васильева: her row is reused, one row is added, nothing else moves.
    const changed = after.map((r, i) => (JSON.stringify(r) === JSON.stringify(before[i]) ? null : i + 1)).filter((i) => i !== null);
    expect(changed).toEqual([4, 6]);
    expect(pairsOf(after)).toEqual([
      'Иванова Анна Петровна → Алексеева Ольга Ивановна: утверждена',
      'Петров Олег Ильич → Борисов Глеб Андреевич: отклонена',
      'Сидорова Мария Львовна → Борисов Глеб Андреевич: предложена',
      'Сидорова Мария Львовна → Григорьев Иван Сергеевич: предложена',
      'Петров Олег Ильич → Васильева Дарья Олеговна: предложена',
    ]);
    expect(after[4]![col(after, 'Комментарий куратора')]).toBe('обсудить с завучем');
    expect(world.log.toasts.at(-1)!.message).toContain('Предложено пар: 2');

    addon.matchPairs(); // the same input gives the same result: nothing changes
    expect(sheetValues(book, 'Пары')).toEqual(after);
  });

  it('uses the mode of «Настройки»: «Устойчивый»', () => {
    const { addon, book, world } = small();
    typeParams(book, { matchingMode: 'Устойчивый' });
    addon.matchPairs();
    expect(world.log.toasts.at(-1)!.message).toMatch(/^Режим «Устойчивый»\. Предложено пар: 4;/);
    expect(pairsOf(sheetValues(book, 'Пары')!)).toHaveLength(4);
  });

  it('keeps a name that looks like a formula as text in «Пары», on the first run and on re-runs', () => {
    const { addon, book } = small();
    const mentors = book.getSheetByName('Наставники')!;
    const nameCol = col(sheetValues(book, 'Наставники')!, 'ФИО') + 1;
    mentors.getRange(2, nameCol).setNumberFormat('@').setValue('=СУММ(A1:A3)');
    for (let run = 0; run < 2; run++) {
      addon.matchPairs();
      const values = sheetValues(book, 'Пары')!;
      const row = values.findIndex((r) => r[col(values, 'Наставник')] === '=СУММ(A1:A3)') + 1;
      expect(row).toBeGreaterThan(1);
      expect(book.getSheetByName('Пары')!.getRange(row, col(values, 'Наставник') + 1).getFormula()).toBe('');
    }
  });

  it('writes approved pairs back to the bases', () => {
    const { addon, book } = small();
    addon.matchPairs();
    const ids = (addon.getProposedPairs() as { id: string }[]).map((p) => p.id);
    addon.decidePair(ids[2]!, 'утверждена');
    addon.decidePair(ids[3]!, 'утверждена');
    const mentees = sheetValues(book, 'Наставляемые')!;
    const mentors = sheetValues(book, 'Наставники')!;
    expect(mentees.find((r) => r[col(mentees, 'ФИО')] === 'Васильева Дарья Олеговна')![col(mentees, 'Наставник')]).toBe('Сидорова Мария Львовна');
    expect(mentees.find((r) => r[col(mentees, 'ФИО')] === 'Алексеева Ольга Ивановна')![col(mentees, 'Наставник')]).toBe('');
    expect(mentors.find((r) => r[col(mentors, 'ФИО')] === 'Сидорова Мария Львовна')![col(mentors, 'Закреплённые наставляемые')])
      .toBe('Васильева Дарья Олеговна, Григорьев Иван Сергеевич');
  });

  it('«Заменить наставника…» asks its reason without holding the document lock; cancelling changes nothing', () => {
    const { addon, book, world } = small();
    addon.matchPairs();
    const before = sheetValues(book, 'Пары');
    book.getSheetByName('Пары')!.getRange(2, 1).activate();
    world.locks.document.heldByOther = true;
    addon.replaceMentor(); // no answer queued: the curator presses Cancel
    expect(world.log.alerts.at(-1)!.prompt).toBe(MATCHING_UI.replaceReason);
    expect(sheetValues(book, 'Пары')).toEqual(before);
  });

  it('«Заменить наставника…» marks the old pair replaced with a date and proposes another mentor', () => {
    const { addon, book, world } = small();
    addon.matchPairs();
    const sheet = book.getSheetByName('Пары')!;
    const values = sheetValues(book, 'Пары')!;
    sheet.getRange(2, col(values, 'Статус') + 1).setValue('утверждена');
    sheet.getRange(2, 1).activate();
    world.log.answers.push({ button: 'OK', text: 'по просьбе наставляемого' });
    addon.replaceMentor();
    const after = sheetValues(book, 'Пары')!;
    const row = after[1]!;
    expect(row[col(after, 'Статус')]).toBe('заменена');
    expect(row[col(after, 'Причина завершения')]).toBe('по просьбе наставляемого');
    expect(sheet.getRange(2, col(after, 'Дата окончания') + 1).getDisplayValue()).toBe('15.09.2025');
    const fresh = pairsOf(after).filter((p) => p.includes('Алексеева') && p.endsWith('предложена'));
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).not.toContain('Иванова');
    expect(world.log.toasts.at(-1)!.message).toContain('Для «Алексеева Ольга Ивановна» предложен новый наставник');
  });

  it('matches the demo school without breaking a hard constraint or a capacity', () => {
    const { addon, book } = addonWorld();
    const school = generateSchool(2025);
    addon.prepareSheet();
    typeParams(book, school.settings);
    pasteRows(book, MENTORS, school.mentors);
    pasteRows(book, MENTEES, school.mentees);
    addon.prepareSheet();
    addon.matchPairs();
    const pairs = sheetValues(book, 'Пары')!;
    const mentors = sheetValues(book, 'Наставники')!;
    const mentees = sheetValues(book, 'Наставляемые')!;
    const byCode = (v: unknown[][]) => new Map(v.slice(1).map((r) => [String(r[col(v, 'Код участника')]), r]));
    const [mentorBy, menteeBy] = [byCode(mentors), byCode(mentees)];
    const load = new Map<string, number>();
    const seen = new Set<string>();
    expect(pairs.length).toBeGreaterThan(40);
    for (const p of pairs.slice(1)) {
      const mentor = mentorBy.get(String(p[col(pairs, 'Код наставника')]))!;
      const mentee = menteeBy.get(String(p[col(pairs, 'Код наставляемого')]))!;
      expect(mentor[col(mentors, 'Форма наставничества')]).toBe(mentee[col(mentees, 'Форма наставничества')]);
      expect(mentee[col(mentees, 'Согласие на обработку ПДн')]).toBe('дано');
      expect(seen.has(String(mentee[0]))).toBe(false);
      seen.add(String(mentee[0]));
      const code = String(mentor[col(mentors, 'Код участника')]);
      load.set(code, (load.get(code) ?? 0) + 1);
      const cap = mentor[col(mentors, 'Сколько наставляемых может взять')];
      expect(load.get(code)!).toBeLessThanOrEqual(typeof cap === 'number' ? cap : 1);
    }
    const left = sheetValues(book, 'Без пары')!;
    expect(left.some((r) => String(r[4]).includes('нет действующего согласия'))).toBe(true);
  });
});
