import { addonWorld, sheetValues } from '../support/addon';
import { pasteRows } from '../../demo/fill';
import { typeParams } from '../../demo/settings';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import type { SpreadsheetSubmitEvent } from '../../emulator/forms';
import { IDENTITY_PROBLEM } from '../../src/domain/privacy/messages';

type World = ReturnType<typeof addonWorld>;

const teacherMentor = {
  fullName: 'Кузнецова Елена Викторовна', category: 'педагог', position: 'учитель математики', subject: 'математика',
  experience: 18, phone: '+79175550101', form: 'Учитель – ученик', competences: 'Подготовка к олимпиадам',
  consent: 'дано', consentBy: 'участник', status: 'активен',
};
const minorMentee = {
  fullName: 'Волков Артём Сергеевич', category: 'обучающийся', grade: '6Б', parentName: 'Волкова Ирина Петровна',
  parentPhone: '+79175550202', form: 'Учитель – ученик', request: 'Повысить успеваемость по математике', status: 'активен',
};

/** A prepared school with two people, every questionnaire created and the trigger on. */
function school(): World {
  const w = addonWorld();
  w.addon.prepareSheet();
  typeParams(w.book, { orgShortName: 'МБОУ «СОШ № 17»', schoolYear: '2025/2026' });
  pasteRows(w.book, MENTORS, [teacherMentor]);
  pasteRows(w.book, MENTEES, [minorMentee]);
  w.addon.prepareSheet();
  w.addon.createForms();
  w.addon.installFormTrigger();
  // Answers come a minute after the curator prepared the bases: newer than what they typed.
  w.world.clock.advance(60_000);
  return w;
}

const title = (w: World, start: string) => w.world.forms.list().find((f) => f.name.startsWith(start))!.name;
const rows = (w: World, sheet: string) => sheetValues(w.book, sheet) ?? [];
const column = (w: World, sheet: string, header: string) => {
  const [h = [], ...body] = rows(w, sheet);
  return body.map((r) => r[h.indexOf(header)]);
};
const row = (w: World, sheet: string, fullName: string) => {
  const [h = [], ...body] = rows(w, sheet);
  const r = body.find((x) => x[h.indexOf('ФИО')] === fullName);
  return r && Object.fromEntries(h.map((k, i) => [String(k), r[i]]));
};
/** The personal link's answers (code, name) plus the respondent's own. */
const viaLink = (w: World, form: string, code: string, answers: Record<string, string | string[] | number>) => {
  const person = (w.addon.getFormLinks() as { people: { code: string; links: { name: string; url: string }[] }[] }).people
    .find((p) => p.code === code)!;
  const link = person.links.find((l) => l.name === form)!;
  return w.world.forms.submit(title(w, form), { ...w.world.forms.prefilled(link.url), ...answers });
};

const newPupil = {
  'Фамилия, имя, отчество': 'Соколова Дарья Андреевна', 'Класс (например, 7Б)': '5А', 'Дата рождения': '2014-03-02',
  'ФИО родителя (законного представителя)': 'Соколов Андрей Ильич', 'Телефон родителя (законного представителя)': '8 917 555 03 03',
  'Форма наставничества': 'Ученик – ученик', 'С чем вам нужна помощь (ключевой запрос)': ['Адаптироваться в новом классе или школе'],
  'Ваши интересы и увлечения': '=HYPERLINK("http://evil.example","приз")', 'Когда вам удобно встречаться': ['Вторник', 'Четверг'],
};

describe('creating the questionnaires', () => {
  const w = school();

  it('creates every form, titled with the school and year, each with its response sheet in this spreadsheet', () => {
    const forms = w.world.forms.list();
    expect(forms).toHaveLength(13);
    expect(forms.every((f) => f.name.endsWith('МБОУ «СОШ № 17», 2025/2026 учебный год'))).toBe(true);
    expect(forms.every((f) => f.description.length > 50)).toBe(true);
    const sheets = w.book.getSheets().map((s) => s.getName());
    for (let n = 1; n <= 13; n++) expect(sheets).toContain(`Ответы на форму (${n})`);
  });

  it('sets each form\'s own title explicitly after FormApp.create, which only names the Drive file', () => {
    const made = w.world.executions.find((e) => e.fn === 'createForms')!;
    expect(made.calls.count('FormApp.create')).toBe(13);
    expect(made.calls.count('Form.setTitle')).toBe(13);
  });

  it('creating again makes no second copy; the trigger is installed once however often it is clicked', () => {
    w.addon.createForms();
    w.addon.installFormTrigger();
    w.addon.installFormTrigger();
    expect(w.world.forms.list()).toHaveLength(13);
    expect(w.world.log.toasts.at(-3)!.message).toBe('Все анкеты уже созданы (13). Ссылки — на панели «Анкеты».');
    expect(w.world.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT')).toHaveLength(1);
    expect(w.world.log.toasts.at(-1)!.message).toBe('Приём ответов уже включён.');
  });

  it('a new version is made only when the curator confirms it', () => {
    w.world.log.answers.push({ button: 'NO' });
    w.addon.createFormsNewVersion();
    expect(w.world.forms.list()).toHaveLength(13);
    w.world.log.answers.push({ button: 'YES' });
    w.addon.createFormsNewVersion();
    expect(w.world.forms.list()).toHaveLength(26);
  });

  it('the preference lists offer only active people of the form with a valid consent', () => {
    const pref = w.world.forms.find(title(w, 'Анкета предпочтений наставляемого'));
    const list = pref.items.find((i) => i.title === 'Наставник: 1-й выбор (Учитель – ученик)')!;
    expect(list.choices.map((c) => c.value)).toEqual(['Кузнецова Елена Викторовна (НК-0001)']);
    const forMentors = w.world.forms.find(title(w, 'Анкета предпочтений наставника'));
    // The minor mentee has no consent of a legal representative yet.
    expect(forMentors.items.find((i) => i.title === 'Наставляемый: 1-й выбор (Учитель – ученик)')!.choices.map((c) => c.value))
      .toEqual(['Пока некого выбрать']);
  });

  it('the sidebar gets each form\'s link and personal pre-filled links carrying the participant code', () => {
    const links = w.addon.getFormLinks() as { forms: { url: string }[]; people: { code: string; links: { name: string; url: string }[] }[] };
    expect(links.forms).toHaveLength(13);
    const mentee = links.people.find((p) => p.code === 'НЯ-0001')!;
    expect(mentee.links.map((l) => l.name)).toEqual([
      'Анкета наставляемого (обучающийся)', 'Согласие на обработку персональных данных', 'Анкета предпочтений наставляемого',
      'Анкета удовлетворённости наставляемого', 'Входная и итоговая анкета наставляемого',
    ]);
    const prefilled = w.world.forms.prefilled(mentee.links[1]!.url);
    expect(prefilled).toEqual({ 'Код участника': 'НЯ-0001', 'Ключ личной ссылки': expect.stringMatching(/^[0-9A-Za-z]{16}$/), 'ФИО участника программы': 'Волков Артём Сергеевич' });
    // The token is the person's own: another person's link carries another one.
    const mentor = links.people.find((p) => p.code === 'НК-0001')!;
    expect(w.world.forms.prefilled(mentor.links[1]!.url)['Ключ личной ссылки']).not.toBe(prefilled['Ключ личной ссылки']);
    expect(JSON.parse(JSON.stringify(links))).toEqual(links);
  });
});

describe('answers → bases, through the installed trigger', () => {
  const w = school();
  let first: SpreadsheetSubmitEvent[] = [];

  it('a new pupil becomes a new row with a code; a formula-looking answer stays text', () => {
    first = w.world.forms.submit(title(w, 'Анкета наставляемого (обучающийся)'), newPupil);
    expect(first).toHaveLength(1);
    const r = row(w, 'Наставляемые', 'Соколова Дарья Андреевна')!;
    expect(r).toMatchObject({ 'Код участника': 'НЯ-0002', 'Класс / курс': '5А', 'Телефон представителя': '+7 917 555-03-03', 'Статус': 'активен' });
    expect(r['Интересы']).toBe('=HYPERLINK("http://evil.example","приз")');
    const sheet = w.book.getSheetByName('Наставляемые')!;
    expect(sheet.getRange(3, 15).getFormula()).toBe('');
    expect(w.world.forms.failures).toEqual([]);
  });

  it('a duplicate event and a blank event change nothing, and «Журнал» says why each was ignored', () => {
    const before = JSON.stringify(rows(w, 'Наставляемые'));
    const logged = rows(w, 'Журнал').length;
    w.world.forms.redeliver(first[0]!);
    w.world.forms.blank(title(w, 'Анкета наставляемого (обучающийся)'));
    expect(JSON.stringify(rows(w, 'Наставляемые'))).toBe(before);
    expect(rows(w, 'Журнал').slice(Math.max(1, logged)).map((l) => [l[2], l[7]])).toEqual([
      ['пропущено', 'Google Формы прислали этот ответ повторно: он уже записан'],
      ['пропущено', 'Google Формы прислали пустое событие, и в строке ответа тоже пусто: записывать нечего'],
    ]);
  });

  it('a blank event for a real answer is read from its row: nothing is lost', () => {
    const form = title(w, 'Анкета наставляемого (обучающийся)');
    // The real delivery finds the Sheet busy for good; Apps Script then sends the same answer with blank values.
    w.world.locks.document.heldByOther = true;
    const [e] = w.world.forms.submit(form, { ...newPupil, 'Фамилия, имя, отчество': 'Зайцева Ольга Павловна', 'Класс (например, 7Б)': '5Б' });
    w.world.locks.document.heldByOther = false;
    expect(column(w, 'Наставляемые', 'ФИО')).not.toContain('Зайцева Ольга Павловна');
    w.world.forms.redeliver({ ...e!, values: e!.values.map(() => ''), namedValues: Object.fromEntries(Object.keys(e!.namedValues).map((k) => [k, ['']])) });
    expect(column(w, 'Наставляемые', 'ФИО')).toContain('Зайцева Ольга Павловна');
    expect(w.world.forms.failures).toEqual([]);
  });

  it('a known person answering by the personal link gets the fields updated, each change in «Журнал»', () => {
    viaLink(w, 'Анкета наставляемого (обучающийся)', 'НЯ-0001', {
      'Фамилия, имя, отчество': 'Волков Артём Сергеевич', 'Класс (например, 7Б)': '6Б',
      'ФИО родителя (законного представителя)': 'Волкова Ирина Петровна', 'Телефон родителя (законного представителя)': '+7 917 555-02-02',
      'Форма наставничества': 'Учитель – ученик', 'С чем вам нужна помощь (ключевой запрос)': ['Подготовиться к олимпиаде или конкурсу'],
      'Когда вам удобно встречаться': ['Пятница'], 'Ваши интересы и увлечения': '+шахматы',
    });
    expect(column(w, 'Наставляемые', 'ФИО')).toEqual(['Волков Артём Сергеевич', 'Соколова Дарья Андреевна', 'Зайцева Ольга Павловна']);
    expect(row(w, 'Наставляемые', 'Волков Артём Сергеевич')).toMatchObject({
      'Ключевой запрос': 'Подготовиться к олимпиаде или конкурсу', 'Интересы': '+шахматы', 'Время для встреч': 'Пятница',
    });
    const journal = rows(w, 'Журнал');
    expect(journal[0]).toEqual(['Когда', 'Кто', 'Событие', 'Лист', 'Код участника', 'Поле', 'Было', 'Стало']);
    // One row for the answer, one line per changed field in «Поле», «Было», «Стало».
    const [answer] = journal.filter((l) => l[4] === 'НЯ-0001' && l[2] === 'изменение');
    expect(answer!.slice(1, 5)).toEqual(['Волков Артём Сергеевич (Анкета наставляемого (обучающийся))', 'изменение', 'Наставляемые', 'НЯ-0001']);
    const lines = [5, 6, 7].map((i) => String(answer![i]).split('\n'));
    const change = (field: string) => lines.map((l) => l[lines[0]!.indexOf(field)]);
    expect(change('Ключевой запрос')).toEqual(['Ключевой запрос', 'Повысить успеваемость по математике', 'Подготовиться к олимпиаде или конкурсу']);
    expect(change('Интересы')).toEqual(['Интересы', '—', '+шахматы']);
    expect(answer![0]).toBeInstanceOf(Date);
  });

  it('a minor\'s own consent is recorded but flagged; the representative\'s makes them choosable', () => {
    viaLink(w, 'Согласие на обработку персональных данных', 'НЯ-0001', {
      'Кто даёт согласие': 'участник', 'Ваше решение': 'Даю согласие на обработку персональных данных', 'Дата': '2025-09-15',
    });
    expect(rows(w, 'Журнал').some((l) => l[2] === 'проблема' && l[7] === 'Несовершеннолетний: согласие должен дать законный представитель')).toBe(true);
    w.addon.refreshPreferenceLists();
    const list = () => w.world.forms.find(title(w, 'Анкета предпочтений наставника')).items
      .find((i) => i.title === 'Наставляемый: 1-й выбор (Учитель – ученик)')!.choices.map((c) => c.value);
    expect(list()).toEqual(['Пока некого выбрать']);

    viaLink(w, 'Согласие на обработку персональных данных', 'НЯ-0001', {
      'Кто даёт согласие': 'законный представитель', 'ФИО законного представителя': 'Волкова Ирина Петровна',
      'Кем вы приходитесь участнику': 'мать', 'Телефон законного представителя': '+79175550202',
      'Ваше решение': 'Даю согласие на обработку персональных данных', 'Дата': '2025-09-15',
    });
    expect(row(w, 'Наставляемые', 'Волков Артём Сергеевич')).toMatchObject({ 'Согласие на обработку ПДн': 'дано', 'Кто дал согласие': 'законный представитель' });
    w.addon.refreshPreferenceLists();
    expect(list()).toEqual(['Волков Артём Сергеевич (НЯ-0001)']);
  });

  it('preferences, satisfaction and entry/exit answers go to their sheets, keyed by participant code', () => {
    viaLink(w, 'Анкета предпочтений наставника', 'НК-0001', {
      'Ваша форма наставничества': 'Учитель – ученик', 'Наставляемый: 1-й выбор (Учитель – ученик)': 'Волков Артём Сергеевич (НЯ-0001)',
    });
    expect(rows(w, 'Предпочтения').slice(1).map((r) => r.slice(2))).toEqual([
      ['НК-0001', 'Кузнецова Елена Викторовна', 'наставник', 'Учитель – ученик', 1, 'НЯ-0001', 'Волков Артём Сергеевич'],
    ]);
    const sat = w.world.forms.find(title(w, 'Анкета удовлетворённости наставника'));
    const scales = Object.fromEntries(sat.items.filter((i) => i.kind === 'SCALE').map((i, n) => [i.title, 6 + (n % 5)]));
    viaLink(w, 'Анкета удовлетворённости наставника', 'НК-0001', {
      ...scales, 'Участвовали ли вы раньше в программах наставничества?': 'нет',
      'Хотели бы вы продолжить участие в программе наставничества?': 'да', 'Что было самым ценным в программе?': '-рост ученика',
    });
    const satRows = rows(w, 'Удовлетворённость').slice(1);
    expect(satRows).toHaveLength(Object.keys(scales).length + 3);
    expect(satRows.every((r) => r[1] === 'НК-0001' && r[2] === 'наставник' && r[3] === 'Учитель – ученик')).toBe(true);
    expect(satRows.find((r) => r[5] === 'Что было самым ценным в программе?')![6]).toBe('-рост ученика');

    const entry = w.world.forms.find(title(w, 'Входная и итоговая анкета наставляемого'));
    const params = entry.items.filter((i) => i.kind === 'SCALE').map((i) => i.title);
    viaLink(w, 'Входная и итоговая анкета наставляемого', 'НЯ-0001', { 'Этап анкетирования': 'входная', ...Object.fromEntries(params.map((p) => [p, 4])) });
    const ee = rows(w, 'Входная и итоговая').slice(1);
    expect(ee.map((r) => [r[1], r[3], r[5], r[6]])).toEqual(params.map((p) => ['НЯ-0001', 'входная', p, 4]));
    expect(w.world.forms.failures).toEqual([]);
  });
});

describe('two submissions racing for the document lock, and «Загрузить ответы»', () => {
  it('waits for the other execution, or — after 30 s — leaves the answer for «Загрузить ответы», which is idempotent', () => {
    const w = school();
    const lock = w.world.locks.document;
    lock.heldByOther = true;
    lock.otherReleasesAt = w.world.clock.millis() + 5_000;
    const waitFrom = w.world.clock.millis();
    w.world.forms.submit(title(w, 'Анкета наставляемого (обучающийся)'), newPupil);
    expect(column(w, 'Наставляемые', 'ФИО')).toContain('Соколова Дарья Андреевна');
    expect(w.world.clock.millis() - waitFrom).toBeGreaterThanOrEqual(5_000);

    lock.heldByOther = true;
    delete lock.otherReleasesAt;
    w.world.forms.submit(title(w, 'Анкета наставника (педагог)'), {
      'Фамилия, имя, отчество': 'Белов Игорь Львович', 'Должность': 'учитель физики', 'Педагогический стаж (полных лет)': '25',
      'Ваш телефон': '+7 917 555-04-04', 'Форма наставничества': 'Учитель – учитель',
      'Чем вы можете помочь наставляемому': ['Методика преподавания предмета'], 'Когда вам удобно встречаться': ['Среда'],
      'Скольким наставляемым вы готовы помогать одновременно': '2',
    });
    expect(w.world.forms.failures).toEqual([]);
    expect(column(w, 'Наставники', 'ФИО')).not.toContain('Белов Игорь Львович');
    expect(rows(w, 'Журнал').at(-1)![7]).toMatch(/Загрузить ответы/);

    lock.heldByOther = false;
    w.addon.loadFormAnswers();
    expect(row(w, 'Наставники', 'Белов Игорь Львович')).toMatchObject({ 'Код участника': 'НК-0002', 'Стаж (лет)': 25, 'Сколько наставляемых может взять': 2 });
    expect(w.world.log.toasts.at(-1)!.message).toMatch(/^Обработано ответов: 2: применено — 1, .*уже учтены раньше — 1\. Новых участников: 1\./);
    // A consent without a personal link: «На проверку» lists it once, however often answers are loaded.
    w.world.forms.submit(title(w, 'Согласие на обработку персональных данных'), {
      'ФИО участника программы': 'Никитин Никита', 'Кто даёт согласие': 'участник',
      'Ваше решение': 'Даю согласие на обработку персональных данных', 'Дата': '2025-09-15',
    });
    expect(rows(w, 'Журнал').at(-1)!.slice(2, 8)).toEqual(['на проверку', '', '', '', '', IDENTITY_PROBLEM.consentWithoutLink]);
    expect(rows(w, 'На проверку').slice(1).map((r) => [r[4], r[5]])).toEqual([['Никитин Никита', IDENTITY_PROBLEM.consentWithoutLink]]);
    const snapshot = () => JSON.stringify(w.book.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]));
    const before = snapshot();
    w.addon.loadFormAnswers();
    w.addon.loadFormAnswers();
    expect(snapshot()).toBe(before);
  });
});

describe('the trigger never throws at the user', () => {
  it('answers to an earlier version still arrive; a renamed base is reported in «Журнал», not thrown', () => {
    const w = school();
    const old = title(w, 'Анкета наставляемого (обучающийся)');
    w.world.log.answers.push({ button: 'YES' });
    w.addon.createFormsNewVersion();
    w.world.forms.submit(old, newPupil);
    expect(column(w, 'Наставляемые', 'ФИО')).toContain('Соколова Дарья Андреевна');

    w.book.getSheetByName('Наставляемые')!.setName('Наставляемые 2024');
    w.world.forms.submit(old, { ...newPupil, 'Фамилия, имя, отчество': 'Орлов Марк Ильич' });
    expect(w.world.forms.failures).toEqual([]);
    expect(rows(w, 'Журнал').at(-1)!.slice(2)).toEqual(['ошибка', '', '', '', '',
      'Листов «Наставники» и «Наставляемые» нет. Сначала выберите «Наставничество → Подготовить таблицу».']);
  });
});

describe('a school with many forms of mentoring', () => {
  it('keeps each form\'s record under the 9 KB property limit and still routes the answers', () => {
    const w = addonWorld();
    w.addon.prepareSheet();
    const settings = w.book.getSheetByName('Настройки')!;
    const values = settings.getDataRange().getValues();
    const col = values[0]!.indexOf('Форма наставничества') + 1;
    const last = values.filter((r) => r[col - 1] !== '').length;
    const extra = Array.from({ length: 14 }, (_, i) => [`Проектная форма наставничества № ${i + 1}`, 'педагог', 'обучающийся', '']);
    settings.getRange(last + 1, col, extra.length, 4).setValues(extra);
    w.addon.createForms();
    w.addon.installFormTrigger();
    const stored = [...w.world.properties.document].filter(([k]) => k.startsWith('forms.'));
    expect(stored.some(([k]) => k.includes('#'))).toBe(true);
    expect(stored.every(([k, v]) => Buffer.byteLength(k + v, 'utf8') <= 9 * 1024)).toBe(true);
    pasteRows(w.book, MENTEES, [{ ...minorMentee, form: 'Проектная форма наставничества № 14' }]);
    w.addon.prepareSheet();
    const pref = w.world.forms.list().find((f) => f.name.startsWith('Анкета предпочтений наставника'))!;
    w.world.forms.submit(pref.name, {
      'Код участника': 'НК-0001', 'Фамилия, имя, отчество': 'Кто-то', 'Ваша форма наставничества': 'Проектная форма наставничества № 14',
      'Наставляемый: 1-й выбор (Проектная форма наставничества № 14)': 'Пока некого выбрать',
    });
    expect(w.world.forms.failures).toEqual([]);
    expect(rows(w, 'Журнал').at(-1)!.slice(2, 5)).toEqual(['на проверку', '', 'НК-0001']);
    expect(rows(w, 'На проверку').at(-1)![5]).toBe(IDENTITY_PROBLEM.unknownCode);
  });
});

describe('creating the forms under Apps Script\'s time limit', () => {
  it('stops before the limit and goes on where it stopped on the next click', () => {
    // Forms are slow in Apps Script: let each new form take a minute of the world's clock.
    const w = addonWorld({ latency: { 'FormApp.create': 60_000 } });
    w.addon.prepareSheet();
    w.addon.createForms();
    expect(w.world.log.toasts.at(-1)!.message).toMatch(/^Создано анкет: 5\. Осталось создать: 8/);
    w.addon.createForms();
    w.addon.createForms();
    w.addon.createForms();
    expect(w.world.forms.list()).toHaveLength(13);
    expect(w.world.log.toasts.at(-1)!.message).toBe('Все анкеты уже созданы (13). Ссылки — на панели «Анкеты».');
  });
});

describe('«Загрузить ответы» of many answers', () => {
  /** n pupils whose parents answer the consent form before the trigger exists; then one import. */
  function loadConsents(n: number) {
    const w = addonWorld();
    w.addon.prepareSheet();
    typeParams(w.book, { orgShortName: 'МБОУ «СОШ № 17»', schoolYear: '2025/2026' });
    const names = ['Белов', 'Волков', 'Гусев', 'Дроздов', 'Егоров', 'Жуков', 'Зайцев'];
    pasteRows(w.book, MENTEES, Array.from({ length: n }, (_, i) => ({
      ...minorMentee, fullName: `${names[i % 7]} ${'Артём Игорь Олег Пётр Лев'.split(' ')[Math.floor(i / 7) % 5]} ${['Сергеевич', 'Ильич', 'Петрович'][Math.floor(i / 35)]}`,
    })));
    const link = w.book.getSheetByName('Наставляемые')!;
    const header = link.getRange(1, 1, 1, link.getLastColumn()).getValues()[0]!;
    const caseCol = header.indexOf('Ссылка на кейс / отзыв') + 1;
    w.addon.prepareSheet();
    link.getRange(2, caseCol).setFormula('=HYPERLINK("https://school.example/case/1"; "кейс")');
    w.addon.createForms();
    for (let i = 1; i <= n; i++)
      viaLink(w, 'Согласие на обработку персональных данных', `НЯ-${String(i).padStart(4, '0')}`, {
        'Кто даёт согласие': 'законный представитель', 'ФИО законного представителя': 'Волкова Ирина Петровна',
        'Кем вы приходитесь участнику': 'мать', 'Телефон законного представителя': '+79175550202',
        'Ваше решение': 'Даю согласие на обработку персональных данных', 'Дата': '2025-09-15',
      });
    w.world.calls.reset();
    w.addon.loadFormAnswers();
    const sheets = w.world.calls.service(['Spreadsheet', 'Sheet', 'Range']) - w.world.calls.count('Sheet.insertRowsAfter');
    return { w, sheets, caseCell: link.getRange(2, caseCol) };
  }

  it('applies every answer, and makes as many Sheets calls for 30 people as for 3', () => {
    const small = loadConsents(3);
    const big = loadConsents(30);
    expect(column(big.w, 'Наставляемые', 'Согласие на обработку ПДн')).toEqual(Array(30).fill('дано'));
    expect(column(big.w, 'Наставляемые', 'Кто дал согласие')).toEqual(Array(30).fill('законный представитель'));
    expect(big.sheets).toBe(small.sheets);
  });

  it('keeps the curator’s formulas in the rows it updates', () => {
    const { caseCell } = loadConsents(5);
    expect(caseCell.getFormula()).toBe('=HYPERLINK("https://school.example/case/1"; "кейс")');
  });
});
