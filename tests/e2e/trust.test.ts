/**
 * Issue 13 through the built bundle in the emulator: each failure the issue describes, tried the
 * way an adversarial tester would, and what a curator sees afterwards.
 */
import { addonWorld, sheetValues } from '../support/addon';
import { pasteRows } from '../../demo/fill';
import { typeParams } from '../../demo/settings';
import { MENTORS } from '../../src/domain/bases/schema';
import { IDENTITY_PROBLEM, PRIVACY_UI } from '../../src/domain/privacy/messages';
import { PAIRS } from '../../src/domain/pairs/schema';
import type { FormLinks } from '../../src/domain/forms/links';
import type { SpreadsheetSubmitEvent } from '../../emulator/forms';
import type { DocModel } from '../../emulator/docs/model';

type World = ReturnType<typeof addonWorld>;
const d = (iso: string) => new Date(`${iso}T00:00:00+03:00`);

const MENTOR = {
  fullName: 'Кузнецова Елена Викторовна', category: 'педагог', position: 'учитель математики', subject: 'математика', experience: 18,
  phone: '+7 917 555-01-01', form: 'Учитель – ученик', competences: 'Подготовка к олимпиадам', consent: 'дано', consentBy: 'участник', status: 'активен', capacity: 2,
};
/** The school's list the minor came from: their birth date, the parent's phone and e-mail. */
const LIST = [
  ['Фамилия', 'Имя', 'Отчество', 'Класс', 'Дата рождения', 'ФИО родителя', 'Телефон родителя', 'E-mail'],
  ['Волков', 'Артём', 'Сергеевич', '6Б', d('2013-04-02'), 'Волкова Ирина Петровна', '+7 917 555-02-02', 'volkova.irina@mail.example'],
  ['Соколова', 'Дарья', 'Андреевна', '6Б', d('2013-07-19'), 'Соколов Андрей Ильич', '+7 917 555-03-03', ''],
];

/** A prepared school: a teacher, two pupils imported from the school's list, every form, the trigger on. */
function school(options: Parameters<typeof addonWorld>[0] = {}): World {
  const w = addonWorld(options);
  w.addon.prepareSheet();
  typeParams(w.book, {
    orgShortName: 'МБОУ «СОШ № 17»', orgFullName: 'МБОУ «Средняя школа № 17»', schoolYear: '2025/2026', director: 'Газиева Мавиле Рефатовна',
    curator: 'Иванова Мария Петровна', orderNumber: '17/{n}',
  } as Record<string, string>);
  pasteRows(w.book, MENTORS, [MENTOR]);
  w.addon.prepareSheet();
  const list = w.book.insertSheet('Список из АИС');
  list.getRange(1, 1, LIST.length, LIST[0]!.length).setValues(LIST);
  const proposal = w.addon.proposeImport('Список из АИС', 'mentees') as { columns: { target: string | null }[] };
  w.addon.applyImport('Список из АИС', 'mentees', proposal.columns.map((c) => c.target));
  // The curator fills in what the list lacks.
  fill(w, 'Наставляемые', 'Волков Артём Сергеевич', { 'Форма наставничества': 'Учитель – ученик', 'Ключевой запрос': 'Подтянуть математику', 'Статус': 'активен' });
  fill(w, 'Наставляемые', 'Соколова Дарья Андреевна', { 'Форма наставничества': 'Учитель – ученик', 'Ключевой запрос': 'Олимпиада', 'Статус': 'активен' });
  w.addon.createForms();
  w.addon.installFormTrigger();
  later(w);
  return w;
}

/** Time passes between what people do (the trigger, the curator, the next answer). */
const later = (w: World, minutes = 5) => w.world.clock.advance(minutes * 60_000);
const rows = (w: World, sheet: string) => sheetValues(w.book, sheet) ?? [];
const record = (w: World, sheet: string, fullName: string) => {
  const [h = [], ...body] = rows(w, sheet);
  const r = body.find((x) => x[h.indexOf('ФИО')] === fullName);
  return r && Object.fromEntries(h.map((k, i) => [String(k), r[i]]));
};
function fill(w: World, sheet: string, fullName: string, values: Record<string, unknown>) {
  const s = w.book.getSheetByName(sheet)!;
  const [h = [], ...body] = rows(w, sheet);
  const r = body.findIndex((x) => x[h.indexOf('ФИО')] === fullName) + 2;
  for (const [k, v] of Object.entries(values)) s.getRange(r, h.indexOf(k) + 1).setValue(v);
}
const codeOf = (w: World, sheet: string, fullName: string) => String(record(w, sheet, fullName)!['Код участника']);
const title = (w: World, start: string) => w.world.forms.list().find((f) => f.title?.startsWith(start))!.title!;
const links = (w: World) => w.addon.getFormLinks() as FormLinks;
/** A personal link opened and answered. */
function viaLink(w: World, form: string, code: string, answers: Record<string, string | string[] | number>): SpreadsheetSubmitEvent[] {
  const link = links(w).people.find((p) => p.code === code)!.links.find((l) => l.name === form)!;
  return w.world.forms.submit(title(w, form), { ...w.world.forms.prefilled(link.url), ...answers });
}
const CONSENT = 'Согласие на обработку персональных данных';
const grant = (extra: Record<string, string> = {}) => ({
  'Кто даёт согласие': 'законный представитель', 'ФИО законного представителя': 'Волкова Ирина Петровна', 'Кем вы приходитесь участнику': 'мать',
  'Телефон законного представителя': '+7 917 555-02-02', 'Ваше решение': 'Даю согласие на обработку персональных данных', 'Дата': '2025-09-15', ...extra,
});
const preferenceChoices = (w: World) => w.world.forms.find(title(w, 'Анкета предпочтений наставника')).items
  .filter((i) => i.kind === 'LIST').flatMap((i) => i.choices.map((c) => c.value));
const journal = (w: World) => rows(w, 'Журнал').slice(1);
const docText = (d: DocModel | undefined) => (d ? d.body.map((e) => (e.type === 'TABLE' ? e.rows.map((r) => r.cells.map((c) => c.text).join(' | ')).join('\n') : e.text)).join('\n') : '');

describe('the newest decision wins', () => {
  it('a withdrawn consent stays withdrawn after a reload, a late redelivery and a stale answer; only a newer answer from the representative grants again, in «Журнал»', () => {
    const w = school();
    const code = codeOf(w, 'Наставляемые', 'Волков Артём Сергеевич');
    const [given] = viaLink(w, CONSENT, code, grant());
    expect(record(w, 'Наставляемые', 'Волков Артём Сергеевич')!['Согласие на обработку ПДн']).toBe('дано');
    w.addon.refreshPreferenceLists();
    expect(preferenceChoices(w)).toContain(`Волков Артём Сергеевич (${code})`);

    later(w);
    w.world.log.answers.push({ button: 'OK', text: code });
    w.addon.askWithdrawConsent();
    const withdrawn = () => record(w, 'Наставляемые', 'Волков Артём Сергеевич')!['Согласие на обработку ПДн'];
    expect(withdrawn()).toBe('отозвано');
    // Out of the preference lists at once, without «Обновить списки».
    expect(preferenceChoices(w)).not.toContain(`Волков Артём Сергеевич (${code})`);

    later(w);
    w.addon.loadFormAnswers();
    expect(withdrawn()).toBe('отозвано');
    expect(w.world.log.toasts.at(-1)!.message).toMatch(/применено — 0/);
    w.world.forms.redeliver(given!);
    expect(withdrawn()).toBe('отозвано');
    // The parent's old answer, delivered late for the first time (as after a trigger outage), is older than the withdrawal.
    w.world.clock.advance(-30 * 60_000);
    const link = links(w).people.find((p) => p.code === code)!.links.find((l) => l.name === CONSENT)!.url;
    w.world.locks.document.heldByOther = true;
    w.world.forms.submit(title(w, CONSENT), { ...w.world.forms.prefilled(link), ...grant({ 'Дата': '2025-09-14' }) });
    w.world.locks.document.heldByOther = false;
    w.world.clock.advance(60 * 60_000);
    w.addon.loadFormAnswers();
    expect(withdrawn()).toBe('отозвано');
    expect(journal(w).some((l) => l[2] === 'не применено: ответ старше' && String(l[5]).includes('Согласие на обработку ПДн'))).toBe(true);
    w.addon.refreshPreferenceLists();
    expect(preferenceChoices(w)).not.toContain(`Волков Артём Сергеевич (${code})`);
    expect(w.addon.getOverview().bases.find((b: { base: string }) => b.base === 'mentees').withoutConsent).toBe(2);

    // A newer consent answer of the legal representative grants again, and «Журнал» shows it.
    later(w);
    viaLink(w, CONSENT, code, grant({ 'Дата': '2025-09-16' }));
    expect(withdrawn()).toBe('дано');
    expect(journal(w).some((l) => l[2] === 'изменение' && l[4] === code && String(l[6]).includes('отозвано') && String(l[7]).includes('дано'))).toBe(true);
  });

  it('a withdrawal through the consent form (the personal link) takes the child out of the lists at once; the hourly dispatch ends the pair', () => {
    const w = school();
    const code = codeOf(w, 'Наставляемые', 'Волков Артём Сергеевич');
    viaLink(w, CONSENT, code, grant());
    w.addon.matchPairs();
    const pairs = w.book.getSheetByName(PAIRS.sheet)!;
    const h = rows(w, PAIRS.sheet)[0]!;
    const row = rows(w, PAIRS.sheet).findIndex((r) => r[h.indexOf('Код наставляемого')] === code) + 1;
    pairs.getRange(row, h.indexOf('Статус') + 1).setValue('утверждена');
    w.addon.refreshPreferenceLists();
    expect(preferenceChoices(w)).toContain(`Волков Артём Сергеевич (${code})`);
    later(w);
    viaLink(w, CONSENT, code, grant({ 'Ваше решение': 'Отзываю ранее данное согласие', 'Дата': '2025-09-16' }));
    expect(record(w, 'Наставляемые', 'Волков Артём Сергеевич')!['Согласие на обработку ПДн']).toBe('отозвано');
    expect(preferenceChoices(w)).not.toContain(`Волков Артём Сергеевич (${code})`);
    expect(rows(w, PAIRS.sheet)[row - 1]![h.indexOf('Статус')]).toBe('утверждена');
    expect(w.world.triggers).toContainEqual(expect.objectContaining({ handler: 'dispatchHourly', everyHours: 1 }));
    w.world.run.trigger('dispatchHourly');
    expect(rows(w, PAIRS.sheet)[row - 1]![h.indexOf('Статус')]).toBe('завершена');
    expect(rows(w, PAIRS.sheet)[row - 1]![h.indexOf('Причина завершения')]).toBe(PRIVACY_UI.withdrawReason);
    const ended = rows(w, PAIRS.sheet);
    w.addon.loadFormAnswers();
    expect(rows(w, PAIRS.sheet)).toEqual(ended);
    expect(w.world.log.toasts.at(-1)!.message).not.toContain('Завершено пар');
    expect(w.world.triggers.filter((t) => t.handler === 'dispatchHourly')).toEqual([]);
  });

  it('«отозвано» typed into the base stays after a reload; «дано» typed over it is not a consent', () => {
    const w = school();
    const code = codeOf(w, 'Наставляемые', 'Волков Артём Сергеевич');
    viaLink(w, CONSENT, code, grant());
    later(w);
    fill(w, 'Наставляемые', 'Волков Артём Сергеевич', { 'Согласие на обработку ПДн': 'отозвано' });
    later(w);
    w.addon.loadFormAnswers();
    expect(record(w, 'Наставляемые', 'Волков Артём Сергеевич')!['Согласие на обработку ПДн']).toBe('отозвано');
    fill(w, 'Наставляемые', 'Волков Артём Сергеевич', { 'Согласие на обработку ПДн': 'дано' });
    w.addon.checkBases();
    expect(rows(w, 'Проверка').some((r) => String(r[3]).startsWith('Согласие было отозвано'))).toBe(true);
    w.addon.refreshPreferenceLists();
    expect(preferenceChoices(w)).not.toContain(`Волков Артём Сергеевич (${code})`);
  });

  it('the curator’s corrections survive «Загрузить ответы»; an answer sent after a correction applies', () => {
    const w = school();
    const code = codeOf(w, 'Наставляемые', 'Соколова Дарья Андреевна');
    viaLink(w, CONSENT, code, grant({ 'ФИО законного представителя': 'Соколов Андрей Ильич', 'Телефон законного представителя': '89175550303' }));
    expect(record(w, 'Наставляемые', 'Соколова Дарья Андреевна')!['Телефон представителя']).toBe('+7 917 555-03-03');
    later(w);
    fill(w, 'Наставляемые', 'Соколова Дарья Андреевна', { 'Телефон представителя': '+7 917 555-33-33', 'Класс / курс': '6А' });
    later(w);
    w.addon.loadFormAnswers();
    w.addon.loadFormAnswers();
    expect(record(w, 'Наставляемые', 'Соколова Дарья Андреевна')).toMatchObject({ 'Телефон представителя': '+7 917 555-33-33', 'Класс / курс': '6А' });
    later(w);
    viaLink(w, CONSENT, code, grant({ 'ФИО законного представителя': 'Соколов Андрей Ильич', 'Телефон законного представителя': '+7 917 555-44-44' }));
    expect(record(w, 'Наставляемые', 'Соколова Дарья Андреевна')!['Телефон представителя']).toBe('+7 917 555-44-44');
  });
});

describe('identity on public forms', () => {
  it('a forged code through the public link changes nothing and goes to «На проверку»', () => {
    const w = school();
    const code = codeOf(w, 'Наставляемые', 'Волков Артём Сергеевич');
    viaLink(w, CONSENT, code, grant());
    const before = JSON.stringify(rows(w, 'Наставляемые'));
    later(w);
    // Typed into the public intake form: another child's code, a new name and a new parent.
    w.world.forms.submit(title(w, 'Анкета наставляемого (обучающийся)'), {
      'Код участника': code, 'Фамилия, имя, отчество': 'Злоумышленник Иван', 'Класс (например, 7Б)': '6Б',
      'ФИО родителя (законного представителя)': 'Чужой Человек', 'Телефон родителя (законного представителя)': '+7 999 000-00-00',
      'Форма наставничества': 'Ученик – ученик', 'С чем вам нужна помощь (ключевой запрос)': ['Выбрать профессию'], 'Когда вам удобно встречаться': ['Вторник'],
    });
    // The consent form: a withdrawal for that code under any name.
    w.world.forms.submit(title(w, CONSENT), {
      'Код участника': code, 'ФИО участника программы': 'Кто Угодно', 'Кто даёт согласие': 'участник',
      'Ваше решение': 'Отзываю ранее данное согласие', 'Дата': '2025-09-15',
    });
    // The real personal link, but somebody else's name typed over the child's.
    viaLink(w, CONSENT, code, grant({ 'ФИО участника программы': 'Иванов Иван Иванович', 'Ваше решение': 'Отзываю ранее данное согласие' }));
    expect(JSON.stringify(rows(w, 'Наставляемые'))).toBe(before);
    const review = rows(w, 'На проверку');
    expect(review[0]).toEqual(['Ключ ответа', 'Отправлен', 'Анкета', 'Код в ответе', 'ФИО в ответе', 'Почему на проверке', 'Ответы', 'Решение куратора']);
    expect(review.slice(1).map((r) => [r[3], r[5]])).toEqual([
      [code, IDENTITY_PROBLEM.noToken], [code, IDENTITY_PROBLEM.noToken], [code, IDENTITY_PROBLEM.nameMismatch],
    ]);
    expect(review.slice(1).every((r) => !String(r[6]).includes('Ключ личной ссылки'))).toBe(true);
    // Reloading lists nothing twice.
    later(w);
    w.addon.loadFormAnswers();
    expect(rows(w, 'На проверку')).toHaveLength(4);
    expect(JSON.stringify(rows(w, 'Наставляемые'))).toBe(before);
  });

  it('the personal link with the name in look-alike Latin letters or other case is still the person', () => {
    const w = school();
    const code = codeOf(w, 'Наставляемые', 'Волков Артём Сергеевич');
    viaLink(w, CONSENT, code, grant({ 'ФИО участника программы': 'ВОЛКОВ Aртем  Cергеевич' })); // Latin A and C, ё as е
    expect(record(w, 'Наставляемые', 'Волков Артём Сергеевич')!['Согласие на обработку ПДн']).toBe('дано');
    expect(rows(w, 'На проверку')).toEqual([]);
  });
});

describe('«только для пользователей домена»', () => {
  it('a Google Workspace school can let only its own accounts answer; a consumer account is told it cannot', () => {
    const w = school();
    typeParams(w.book, { formsDomainOnly: 'да' } as Record<string, string>);
    w.addon.createForms();
    expect(w.world.forms.list().every((f) => f.requireLogin === true)).toBe(true);
    typeParams(w.book, { formsDomainOnly: 'нет' } as Record<string, string>);
    w.addon.createForms();
    expect(w.world.forms.list().every((f) => !f.requireLogin)).toBe(true);

    const consumer = school({ user: 'school17@gmail.com' });
    typeParams(consumer.book, { formsDomainOnly: 'да' } as Record<string, string>);
    consumer.addon.createForms();
    expect(consumer.world.log.toasts.at(-1)!.message).toContain('доступна только в Google Workspace');
  });
});

describe('erasure is complete and final', () => {
  it('after erasure no sheet, property, cache, form response or Drive file holds the surname, phone, e-mail or birth date — nor after a reload or a late event', () => {
    const w = school();
    const code = codeOf(w, 'Наставляемые', 'Волков Артём Сергеевич');
    // The child answers the intake form by the personal link (a new e-mail), the parent gives consent.
    const [intake] = viaLink(w, 'Анкета наставляемого (обучающийся)', code, {
      'Фамилия, имя, отчество': 'Волков Артём Сергеевич', 'Класс (например, 7Б)': '6Б', 'Дата рождения': '2013-04-02',
      'ФИО родителя (законного представителя)': 'Волкова Ирина Петровна', 'Телефон родителя (законного представителя)': '+7 917 555-02-02',
      'Форма наставничества': 'Учитель – ученик', 'С чем вам нужна помощь (ключевой запрос)': ['Повысить успеваемость'],
      'Когда вам удобно встречаться': ['Вторник'], 'Ваши интересы и увлечения': 'шахматы, пишите artem.volkov@mail.example',
    });
    later(w);
    viaLink(w, CONSENT, code, grant());
    viaLink(w, CONSENT, codeOf(w, 'Наставляемые', 'Соколова Дарья Андреевна'),
      grant({ 'ФИО законного представителя': 'Соколов Андрей Ильич', 'Телефон законного представителя': '+7 917 555-03-03' }));
    // Paired and named in an order.
    w.addon.matchPairs();
    const pairs = w.book.getSheetByName(PAIRS.sheet)!;
    const status = rows(w, PAIRS.sheet)[0]!.indexOf('Статус') + 1;
    pairs.getRange(2, status, pairs.getLastRow() - 1, 1).setValue('утверждена');
    w.world.log.answers.push({ button: 'OK', text: '' }); // the journal number: the one proposed
    w.addon.orderPairs();
    const order = [...w.world.drive.files.values()].find((f) => f.name.startsWith('Приказ № 17/1'))!;
    expect(docText(w.world.drive.docs.get(order.id))).toContain('Волков');
    later(w);

    w.world.log.answers.push({ button: 'OK', text: code }, { button: 'YES' });
    w.addon.askEraseParticipant();
    const confirm = w.world.log.alerts.at(-2)!.prompt;
    expect(confirm).toContain('ответы, которые хранят сами Google Формы');
    expect(confirm).toContain('Приказ № 17/1');
    expect(confirm).toContain('история версий таблицы и документов');

    const TRACES = ['волков', 'артем', '555-02-02', '5550202', 'volkova.irina', 'artem.volkov', '02.04.2013', '2013-04-02'];
    const leftovers = () => {
      const found: string[] = [];
      const look = (where: string, text: string) => {
        const t = text.toLowerCase().replace(/ё/g, 'е');
        for (const trace of TRACES) if (t.includes(trace)) found.push(`${where}: ${trace}`);
      };
      const tz = 'Europe/Moscow';
      for (const s of w.book.getSheets()) {
        const values = s.getDataRange().getValues().flat().map((v) => (v instanceof Date ? Utilities_(v, tz) : String(v)));
        look(`лист «${s.getName()}»`, [...values, ...s.getDataRange().getFormulas().flat()].join('\n'));
      }
      for (const [store, props] of Object.entries(w.world.properties)) for (const [k, v] of props) look(`свойство ${store}:${k}`, `${k}=${v}`);
      for (const [store, entries] of Object.entries(w.world.caches)) for (const [k, v] of entries) look(`кэш ${store}:${k}`, `${k}=${JSON.stringify(v)}`);
      for (const f of w.world.forms.list()) look(`ответы «${f.title}»`, JSON.stringify(f.responses.map((r) => [...r.answers.values()])));
      for (const f of w.world.drive.files.values()) if (!f.trashed) look(`файл «${f.name}»`, `${f.name}\n${docText(w.world.drive.docs.get(f.id))}`);
      return found;
    };
    expect(leftovers()).toEqual([]);
    const registry = rows(w, PRIVACY_UI.registrySheet);
    expect(registry[1]![2]).toBe('УД-0001');
    expect(Number(registry[1]![6])).toBeGreaterThanOrEqual(2);
    expect(w.world.log.alerts.at(-1)!.prompt).toContain('Удалены ответы из Google Форм');

    // Nothing comes back: a reload, the late redelivery of an old answer, a new import of the same list.
    later(w);
    w.addon.loadFormAnswers();
    w.world.forms.redeliver(intake!);
    expect(leftovers()).toEqual([]);
    expect(journal(w).at(-1)![2]).toBe('пропущено');
    const mentees = rows(w, 'Наставляемые').slice(1);
    expect(mentees).toHaveLength(2);
    expect(mentees.map((r) => r[1])).toEqual(['УД-0001', 'Соколова Дарья Андреевна']);
  });
});

describe('«Отменить импорт» by person', () => {
  it('after the curator sorts the base and works on it, undo puts back only what the import did, to the right people', () => {
    const w = school();
    const sheet = w.book.getSheetByName('Наставляемые')!;
    // A second import fills the pupils' missing phones.
    const next = w.book.insertSheet('Телефоны');
    next.getRange(1, 1, 3, 2).setValues([['ФИО', 'Телефон'], ['Волков Артём Сергеевич', '+7 917 555-77-01'], ['Соколова Дарья Андреевна', '+7 917 555-77-02']]);
    const proposal = w.addon.proposeImport('Телефоны', 'mentees') as { columns: { target: string | null }[] };
    w.addon.applyImport('Телефоны', 'mentees', proposal.columns.map((c) => c.target));
    // The curator sorts the base (Соколова first) and records results and statuses.
    const [h = [], ...body] = rows(w, 'Наставляемые');
    sheet.getRange(2, 1, body.length, h.length).setValues([...body].reverse());
    fill(w, 'Наставляемые', 'Волков Артём Сергеевич', { 'Результаты': 'Итог Волкова', 'Статус': 'в паре' });
    fill(w, 'Наставляемые', 'Соколова Дарья Андреевна', { 'Результаты': 'Итог Соколовой', 'Статус': 'приостановлен' });
    const message = w.addon.undoImport().message as string;
    expect(message).toContain('отменён');
    expect(record(w, 'Наставляемые', 'Волков Артём Сергеевич')).toMatchObject({ 'Телефон': '', 'Результаты': 'Итог Волкова', 'Статус': 'в паре' });
    expect(record(w, 'Наставляемые', 'Соколова Дарья Андреевна')).toMatchObject({ 'Телефон': '', 'Результаты': 'Итог Соколовой', 'Статус': 'приостановлен' });
  });

  it('an undo copy edited by hand is refused with a Russian message, and nothing changes', () => {
    const w = school();
    const copy = w.book.getSheetByName('Импорт: копия для отмены')!;
    const types = (w.world.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType;
    expect(copy.getProtections(types.SHEET)).toHaveLength(1);
    copy.getRange(2, 4).setValue('sВзломщик');
    const before = JSON.stringify(rows(w, 'Наставляемые'));
    expect(() => w.addon.undoImport()).toThrow('Копию для отмены импорта изменили');
    expect(JSON.stringify(rows(w, 'Наставляемые'))).toBe(before);
  });
});

describe('nothing lost silently, nothing half done', () => {
  it('a range the curator may not edit stops erasure and withdrawal before their first write, with a Russian message naming it', () => {
    const w = school({ owner: 'director@school.example', editors: ['kurator@school.example'] });
    const code = codeOf(w, 'Наставляемые', 'Волков Артём Сергеевич');
    viaLink(w, CONSENT, code, grant());
    w.addon.matchPairs();
    expect(rows(w, PAIRS.sheet).some((r) => r.includes(code))).toBe(true);
    // The director protects «Пары» against everybody but himself.
    w.world.host.user = 'director@school.example';
    w.book.getSheetByName(PAIRS.sheet)!.getRange('A1:Z100').protect().setDescription('Пары утверждает директор').removeEditors(['kurator@school.example']);
    w.world.host.user = 'kurator@school.example';
    const snapshot = () => JSON.stringify(w.book.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]));
    const before = snapshot();
    w.world.log.answers.push({ button: 'OK', text: code }, { button: 'YES' });
    w.addon.askEraseParticipant();
    const told = w.world.log.alerts.at(-1)!.prompt;
    expect(told).toContain('Ничего не изменено');
    expect(told).toContain('лист «Пары», диапазон A1:Z100 («Пары утверждает директор»)');
    expect(snapshot()).toBe(before);
    w.world.log.answers.push({ button: 'OK', text: code });
    w.addon.askWithdrawConsent();
    expect(w.world.log.alerts.at(-1)!.prompt).toContain('лист «Пары», диапазон A1:Z100');
    expect(snapshot()).toBe(before);
  });

  it('a refusal of Google Sheets inside a sidebar job reaches the curator in Russian, not as «Что-то пошло не так»', () => {
    const w = school({ owner: 'director@school.example', editors: ['kurator@school.example'] });
    const code = codeOf(w, 'Наставляемые', 'Волков Артём Сергеевич');
    viaLink(w, CONSENT, code, grant());
    w.addon.matchPairs();
    const h = rows(w, PAIRS.sheet)[0]!;
    const row = rows(w, PAIRS.sheet).findIndex((r) => r[h.indexOf('Код наставляемого')] === code) + 1;
    w.book.getSheetByName(PAIRS.sheet)!.getRange(row, h.indexOf('Статус') + 1).setValue('утверждена');
    const pairId = String(rows(w, PAIRS.sheet)[row - 1]![h.indexOf('ID пары / группы')]);
    w.world.host.user = 'director@school.example';
    w.book.getSheetByName(PAIRS.sheet)!.getRange('A1:Z100').protect().removeEditors(['kurator@school.example']);
    w.world.host.user = 'kurator@school.example';
    let told = '';
    try {
      w.addon.completePair({ pairId, reason: 'план выполнен', results: '' });
    } catch (e) {
      told = (e as Error).message;
    }
    expect(told).toMatch(/^Google Таблицы отказали: «.+»/);
    expect(told).not.toContain('Что-то пошло не так');
  });

  it('a form unlinked from the Sheet: its answers wait in the form; the panel and «Создать анкеты» see it, link it again, «Загрузить ответы» brings them', () => {
    const w = school();
    const code = codeOf(w, 'Наставляемые', 'Волков Артём Сергеевич');
    w.world.forms.unlink(title(w, CONSENT));
    viaLink(w, CONSENT, code, grant());
    expect(record(w, 'Наставляемые', 'Волков Артём Сергеевич')!['Согласие на обработку ПДн']).toBe('');
    const panel = links(w).forms.find((f) => f.key === 'consent')!;
    expect(panel.problem).toMatch(/не приходят в эту таблицу/);
    w.addon.createForms();
    expect(w.world.log.toasts.at(-1)!.message).toContain(`Снова связаны с таблицей (ответы туда не приходили): ${CONSENT}`);
    expect(links(w).forms.find((f) => f.key === 'consent')!.problem).toBeUndefined();
    w.addon.loadFormAnswers();
    expect(record(w, 'Наставляемые', 'Волков Артём Сергеевич')!['Согласие на обработку ПДн']).toBe('дано');
    // And the next answer arrives by the trigger again.
    later(w);
    viaLink(w, CONSENT, codeOf(w, 'Наставляемые', 'Соколова Дарья Андреевна'), grant({ 'ФИО законного представителя': 'Соколов Андрей Ильич' }));
    expect(record(w, 'Наставляемые', 'Соколова Дарья Андреевна')!['Согласие на обработку ПДн']).toBe('дано');
  });

  it('no cell over 50,000 characters: a very long answer is cut with a note', () => {
    const w = school();
    const code = codeOf(w, 'Наставляемые', 'Волков Артём Сергеевич');
    viaLink(w, 'Анкета наставляемого (обучающийся)', code, {
      'Фамилия, имя, отчество': 'Волков Артём Сергеевич', 'Класс (например, 7Б)': '6Б', 'Форма наставничества': 'Учитель – ученик',
      'С чем вам нужна помощь (ключевой запрос)': ['Повысить успеваемость'], 'Когда вам удобно встречаться': ['Вторник'],
      'Ваши интересы и увлечения': 'шахматы '.repeat(7_000),
      'ФИО родителя (законного представителя)': 'Волкова Ирина Петровна', 'Телефон родителя (законного представителя)': '+7 917 555-02-02',
    });
    expect(w.world.forms.failures).toEqual([]);
    const interests = String(record(w, 'Наставляемые', 'Волков Артём Сергеевич')!['Интересы']);
    expect(interests.length).toBeLessThanOrEqual(50_000);
    expect(interests).toMatch(/обрезано/);
    // Every sheet the add-on writes (a form's response sheet is Forms' own).
    for (const s of w.book.getSheets().filter((x) => !x.getName().startsWith('Ответы на форму'))) {
      for (const v of s.getDataRange().getValues().flat()) expect(String(v).length).toBeLessThanOrEqual(50_000);
    }
    expect(journal(w).some((l) => String(l[7]).includes('обрезано'))).toBe(true);
  });
});

/** Dates as a curator would search for them. */
function Utilities_(v: Date, tz: string): string {
  const f = (o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('ru-RU', { timeZone: tz, ...o }).format(v);
  return `${f({ day: '2-digit', month: '2-digit', year: 'numeric' })} ${v.toISOString().slice(0, 10)}`;
}
