import { addonWorld, CODE, sheetValues } from '../support/addon';
import { pasteRows } from '../../demo/fill';
import { typeParams } from '../../demo/settings';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import { PAIRS } from '../../src/domain/pairs/schema';
import { ORDERS_UI, TITLE } from '../../src/domain/orders/messages';
import { PAPER_TEXT } from '../../src/domain/orders/papers';
import type { WorldOptions } from '../../emulator';
import type { DocModel } from '../../emulator/docs/model';
import type { Execution } from '../../emulator/execution';

const teacher = (fullName: string, extra: Record<string, string> = {}) => ({
  fullName, category: 'педагог', position: 'учитель математики', phone: '+7 917 555-00-01', form: 'Учитель – ученик',
  competences: 'Методика', consent: 'дано', consentBy: 'участник', ...extra,
});
const pupil = (fullName: string, extra: Record<string, string> = {}) => ({
  fullName, category: 'обучающийся', grade: '6Б', form: 'Учитель – ученик', request: 'Математика',
  parentName: 'Родитель Ольга Петровна', parentPhone: '+7 917 555-03-01', consent: 'дано', consentBy: 'законный представитель',
  birthDate: new Date('2013-04-02T00:00:00+03:00'), ...extra,
});

const MENTOR_NAMES = Array.from({ length: 12 }, (_, i) => `Наставников${i + 1} Сергей Ильич`.replace(/\d+/, (n) => 'абвгдежзиклм'[Number(n) - 1]!));

function school(options: WorldOptions = {}) {
  const env = addonWorld(options);
  const { addon, book } = env;
  addon.prepareSheet();
  typeParams(book, {
    orgFullName: 'МБОУ «Октябрьская школа № 3»', place: 'пгт Октябрьское', director: 'Газиева Мавиле Рефатовна',
    curator: 'Иванова Мария Петровна', orderNumber: '238/{n}',
  } as Record<string, string>);
  pasteRows(book, MENTORS, [
    ...MENTOR_NAMES.map((n) => teacher(n)),
    teacher('Сидоров Антон Павлович', { consent: 'не дано' }),
  ]);
  pasteRows(book, MENTEES, [
    ...MENTOR_NAMES.map((_, i) => pupil(`Учеников${'абвгдежзиклм'[i]} Пётр Олегович`)),
    pupil('Белых Никита Андреевич', { consentBy: 'участник' }), // minor, consent not from a parent
    pupil('Отклонённый Олег Олегович'),
    pupil('Предложенный Павел Павлович'),
  ]);
  addon.prepareSheet();
  const codes = (sheet: string) => {
    const v = sheetValues(book, sheet)!;
    const [c, n] = [v[0]!.indexOf('Код участника'), v[0]!.indexOf('ФИО')];
    return new Map(v.slice(1).map((r) => [String(r[n]), String(r[c])]));
  };
  const mentorCode = codes('Наставники'), menteeCode = codes('Наставляемые');
  if (!book.getSheetByName(PAIRS.sheet)) {
    const s = book.insertSheet(PAIRS.sheet);
    const header = Object.values(PAIRS.columns).map((c) => c.header);
    s.getRange(1, 1, 1, header.length).setValues([header]);
  }
  const pair = (id: string, mentor: string, mentee: string, status: string) => ({
    pairId: id, mentorCode: mentorCode.get(mentor)!, mentor, menteeCode: menteeCode.get(mentee)!, mentee, form: 'Учитель – ученик', status,
  });
  pasteRows(book, PAIRS, [
    ...MENTOR_NAMES.map((m, i) => pair(`П-${i + 1}`, m, `Учеников${'абвгдежзиклм'[i]} Пётр Олегович`, 'утверждена')),
    pair('П-20', MENTOR_NAMES[0]!, 'Белых Никита Андреевич', 'утверждена'),
    pair('П-21', 'Сидоров Антон Павлович', 'Учениковб Пётр Олегович', 'утверждена'),
    pair('П-22', MENTOR_NAMES[1]!, 'Отклонённый Олег Олегович', 'отклонена'),
    pair('П-23', MENTOR_NAMES[2]!, 'Предложенный Павел Павлович', 'предложена'),
  ]);
  return env;
}

/** The curator's answer to the journal-number prompt: empty keeps the proposed number. */
const number = (world: ReturnType<typeof school>['world'], text = '') => world.log.answers.push({ button: 'OK', text });

const docText = (d: DocModel) => d.body.map((e) => (e.type === 'TABLE' ? e.rows.map((r) => r.cells.map((c) => c.text).join(' | ')).join('\n') : e.text)).join('\n');
const docsNamed = (world: ReturnType<typeof school>['world'], prefix: string) =>
  [...world.drive.files.values()].filter((f) => f.name.startsWith(prefix)).map((f) => world.drive.docs.get(f.id)!);

describe('«Приказ о закреплении пар» through the bundle', () => {
  it('makes a Google Doc from the template with the appendix of approved pairs with consent, and a registry row', () => {
    const { addon, book, world } = school();
    number(world);
    addon.orderPairs();
    expect(world.log.alerts[0]!.prompt).toContain('Предлагаемый следующий номер — 238/1');
    const [doc] = docsNamed(world, 'Приказ № 238/1');
    expect(doc).toBeDefined();
    const text = docText(doc!);
    expect(text).toContain('ПРИКАЗ');
    expect(text).toContain('«15» сентября 2025 г.');
    expect(text).toContain('№ 238/1');
    expect(text).toContain('Куратору Ивановой Марии Петровне');
    for (const m of MENTOR_NAMES) expect(text).toContain(m);
    for (const absent of ['Белых', 'Сидоров', 'Отклонённый', 'Предложенный', '{{']) expect(text).not.toContain(absent);
    const appendix = doc!.body.filter((e) => e.type === 'TABLE').at(-1)!;
    expect(appendix.type === 'TABLE' && appendix.rows.length).toBe(1 + MENTOR_NAMES.length);
    const reg = sheetValues(book, 'Приказы')!;
    expect(reg[0]).toEqual(['№', 'Дата', 'Вид', 'Название', 'Ссылка', 'Статус', 'Кто создал']);
    expect(reg[1]!.slice(0, 4)).toEqual(['238/1', '15.09.2025', 'приказ о закреплении пар', 'О закреплении наставнических пар (групп)']);
    expect(reg[1]![4]).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(reg[1]![5]).toBe('проект');
  });

  it('asks before a second version; NO creates nothing, YES creates 238/2', () => {
    const { addon, book, world } = school();
    number(world);
    addon.orderPairs();
    world.log.answers.push({ button: 'NO' });
    addon.orderPairs();
    expect(world.log.alerts.at(-1)!.prompt).toContain('уже есть в реестре (№ 238/1');
    expect(sheetValues(book, 'Приказы')).toHaveLength(2);
    world.log.answers.push({ button: 'YES' });
    number(world);
    addon.orderPairs();
    expect(sheetValues(book, 'Приказы')!.map((r) => r[0])).toEqual(['№', '238/1', '238/2']);
  });

  it('takes the number from the school’s journal: a number typed, or a running number put into the pattern', () => {
    const { addon, book, world } = school();
    number(world, '12');
    addon.orderCurator();
    world.log.answers.push({ button: 'YES' });
    number(world, '17-о');
    addon.orderCurator();
    expect(sheetValues(book, 'Приказы')!.map((r) => r[0])).toEqual(['№', '238/12', '17-о']);
    world.log.answers.push({ button: 'YES' });
    number(world, '17-о');
    addon.orderCurator();
    expect(world.log.alerts.at(-1)!.prompt).toBe(ORDERS_UI.numberTaken('17-о'));
  });

  it('asks without holding the document lock: a question is shown while another job holds it, and cancelling makes nothing', () => {
    const { addon, world } = school();
    world.locks.document.heldByOther = true;
    addon.orderPairs(); // no answer queued: the curator presses Cancel
    expect(world.log.alerts.at(-1)!.prompt).toContain('номер по журналу регистрации приказов');
    expect(world.log.toasts.at(-1)!.message).toBe(ORDERS_UI.cancelled);
    expect(world.drive.files.size).toBe(0);
  });

  it('follows the curator’s edit of the template', () => {
    const { addon, world } = school();
    number(world);
    addon.orderCurator();
    const template = [...world.drive.files.values()].find((f) => f.name.startsWith('Шаблон: О назначении куратора'))!;
    const body = world.drive.docs.get(template.id)!.body;
    const p = body.find((e) => e.type !== 'TABLE' && e.text.startsWith('Назначить куратором'))!;
    if (p.type !== 'TABLE') p.text = 'Назначить куратором программы {{куратора}}.';
    world.log.answers.push({ button: 'YES' });
    number(world);
    addon.orderCurator();
    expect(docText(docsNamed(world, 'Приказ № 238/2')[0]!)).toContain('Назначить куратором программы Иванову Марию Петровну.');
  });

  it('a template or folder the curator deleted (moved to the trash) is made again, not used', () => {
    const { addon, world } = school();
    number(world);
    addon.orderCurator();
    const template = [...world.drive.files.values()].find((f) => f.name.startsWith('Шаблон: О назначении куратора'))!;
    template.trashed = true;
    for (const f of world.drive.folders.values()) if (f.name === 'Наставничество — документы') f.trashed = true;
    world.log.answers.push({ button: 'YES' });
    number(world);
    addon.orderCurator();
    const templates = [...world.drive.files.values()].filter((f) => f.name.startsWith('Шаблон: О назначении куратора'));
    expect(templates.filter((f) => !f.trashed)).toHaveLength(1);
    const order = docsNamed(world, 'Приказ № 238/2')[0]!;
    const folder = world.drive.folders.get(world.drive.files.get(order.id)!.parents[0]!)!;
    expect(folder.trashed).not.toBe(true);
  });

  it('refuses in Russian when today’s document quota cannot take the order', () => {
    const { addon, world } = school({ drive: { docsPerDay: 250 } });
    world.properties.user.set('orders.created.2025-09-15', '250');
    number(world);
    addon.orderPairs();
    expect(world.log.alerts.at(-1)!.prompt).toBe(ORDERS_UI.quota(2, 0));
    expect(world.drive.files.size).toBe(0);
  });
});

describe('letters in chunks', () => {
  it('a run stopped by the time budget resumes with no duplicate and no gap', () => {
    // Each copy takes a minute of the world clock: a 4.5-minute budget fits a few letters per run.
    const { addon, sidebar, book, world } = school({ drive: { latency: { 'File.makeCopy': 60_000 } } });
    addon.makeLetters();
    const first = docsNamed(world, 'Благодарственное письмо').length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(MENTOR_NAMES.length);
    // the rest is the hourly dispatcher's: one trigger, every hour
    expect(world.triggers).toEqual([expect.objectContaining({ handler: 'dispatchHourly', eventType: 'CLOCK', everyHours: 1 })]);
    expect(sidebar.getOrdersProgress()).toMatchObject({ running: true, done: first, total: MENTOR_NAMES.length });
    expect(sheetValues(book, 'Приказы')![1]![5]).toBe(`формируется: ${first} из ${MENTOR_NAMES.length}`);
    for (let i = 0; i < 10 && world.triggers.length; i++) world.run.trigger('dispatchHourly');
    const letters = docsNamed(world, 'Благодарственное письмо');
    const names = letters.map((d) => d.name.replace('Благодарственное письмо — ', '')).sort();
    expect(names).toEqual([...MENTOR_NAMES].sort());
    expect(world.triggers).toHaveLength(0);
    expect(sheetValues(book, 'Приказы')![1]![5]).toBe('проект');
    expect(docText(letters[0]!)).toMatch(/Уважаемый Сергей Ильич!/);
    expect(sidebar.getOrdersProgress()).toMatchObject({ running: false });
  });

  it('progress goes to its own registry line even after the curator inserted a row above it', () => {
    const { addon, book, world } = school({ drive: { latency: { 'File.makeCopy': 60_000 } } });
    addon.makeLetters();
    const registry = book.getSheetByName('Приказы')!;
    registry.insertRowsAfter(1, 1);
    registry.getRange(2, 1, 1, 6).setValues([['17', '01.09.2025', 'приказ', 'О внедрении', 'https://docs.google.com/document/d/x', 'подписан']]);
    for (let i = 0; i < 10 && registry.getRange(3, 6).getValue() !== 'проект'; i++) world.run.trigger('dispatchHourly');
    expect(registry.getRange(2, 6).getValue()).toBe('подписан');
    expect(registry.getRange(3, 6).getValue()).toBe('проект');
  });
});

describe('the default wording of the documents, from Texts.html', () => {
  /** Texts.html is the only project HTML file these executions read (the sidebar's page is not opened here). */
  const reads = (e: Execution) => e.calls.count('HtmlService.createHtmlOutputFromFile');

  it('is read once by the execution that makes the templates, and by none of the others', () => {
    const { addon, world } = school();
    expect(world.executions.filter((e) => reads(e) > 0)).toEqual([]);
    number(world);
    addon.orderApprove();
    const made = [...world.drive.files.values()].filter((f) => f.name.startsWith(ORDERS_UI.templateName(''))).map((f) => f.name);
    expect(made.sort()).toEqual((['approve', 'programme', 'regulation', 'roadmap'] as const).map((k) => ORDERS_UI.templateName(TITLE[k])).sort());
    expect(world.executions.filter((e) => reads(e) > 0).map((e) => [e.fn, reads(e)])).toEqual([['orderApprove', 1]]);
    expect(docText(docsNamed(world, 'Приложение 1')[0]!)).toContain('Настоящее Положение определяет цели, задачи, формы и порядок');
  });

  it('a template the curator deleted while letters go on is made again by the hourly trigger, with no UI', () => {
    const { addon, world } = school({ drive: { latency: { 'File.makeCopy': 60_000 } } });
    addon.makeLetters();
    const name = ORDERS_UI.templateName(TITLE.letter);
    [...world.drive.files.values()].find((f) => f.name === name)!.trashed = true;
    // Apps Script starts every execution from the script's fresh global state: nothing read before is kept.
    world.load(CODE);
    world.run.trigger('dispatchHourly');
    const trigger = world.executions.at(-1)!;
    expect([trigger.kind, trigger.outcome, reads(trigger)]).toEqual(['trigger', 'ok', 1]);
    expect([...world.drive.files.values()].filter((f) => f.name === name && !f.trashed)).toHaveLength(1);
    for (let i = 0; i < 10 && world.triggers.length; i++) world.run.trigger('dispatchHourly');
    expect(docsNamed(world, 'Благодарственное письмо')).toHaveLength(MENTOR_NAMES.length);
  });
});

describe('batches: quota, plans, consent', () => {
  it('says in Russian that letters will not fit today’s quota and creates nothing', () => {
    const { addon, sidebar, world } = school();
    world.properties.user.set('orders.created.2025-09-15', '245');
    addon.makeLetters();
    // 12 letters and the letter template do not fit the 5 documents left.
    expect(world.log.alerts.at(-1)!.prompt).toBe(ORDERS_UI.quota(MENTOR_NAMES.length + 1, 5));
    expect(world.drive.files.size).toBe(0);
    expect(sidebar.getOrdersProgress()).toMatchObject({ running: false });
  });

  it('plans: one per approved pair with consent, with the five-column table', () => {
    const { addon, world } = school();
    addon.makePlans();
    const plans = docsNamed(world, 'Индивидуальный план');
    expect(plans).toHaveLength(MENTOR_NAMES.length);
    const text = plans.map(docText).join('\n');
    for (const absent of ['Белых', 'Сидоров', 'Отклонённый', 'Предложенный', '{{']) expect(text).not.toContain(absent);
    const table = plans[0]!.body.find((e) => e.type === 'TABLE')!;
    expect(table.type === 'TABLE' && table.rows[0]!.cells.map((c) => c.text)).toEqual(PAPER_TEXT.planHeader);
  });

  it('a mentor whose consent is withdrawn between two runs gets no letter', () => {
    const { addon, book, world } = school({ drive: { latency: { 'File.makeCopy': 60_000 } } });
    addon.makeLetters();
    const done = docsNamed(world, 'Благодарственное письмо').length;
    const last = [...MENTOR_NAMES].sort((a, b) => a.localeCompare(b, 'ru')).at(-1)!;
    const sheet = book.getSheetByName('Наставники')!;
    const values = sheet.getDataRange().getValues();
    const row = values.findIndex((r) => r.includes(last)) + 1;
    sheet.getRange(row, values[0]!.indexOf('Согласие на обработку ПДн') + 1).setValue('отозвано');
    for (let i = 0; i < 10 && world.triggers.length; i++) world.run.trigger('dispatchHourly');
    const names = docsNamed(world, 'Благодарственное письмо').map((d) => d.name);
    expect(done).toBeLessThan(MENTOR_NAMES.length - 1);
    expect(names).toHaveLength(MENTOR_NAMES.length - 1);
    expect(names.join()).not.toContain(last);
  });

  it('without the «Пары» sheet the pairs order explains what to do', () => {
    const { addon, book, world } = school();
    book.deleteSheet(book.getSheetByName('Пары')!);
    addon.orderPairs();
    expect(world.log.alerts.at(-1)!.prompt).toBe(ORDERS_UI.noPairsSheet);
  });
});

describe('settings and repeats', () => {
  it('the preamble follows the legal references typed in «Настройки»', () => {
    const { addon, book, world } = school();
    typeParams(book, { legalBasis: 'приказом Министерства образования Республики Крым от 27.10.2022 № 1667' } as Record<string, string>);
    number(world);
    addon.orderCurator();
    expect(docText(docsNamed(world, 'Приказ № 238/1')[0]!))
      .toContain('В соответствии с приказом Министерства образования Республики Крым от 27.10.2022 № 1667, в целях');
  });

  it('letters made once are not made again silently: NO leaves Drive as it was', () => {
    const { addon, world } = school({ drive: { latency: {} } });
    addon.makeLetters();
    const files = world.drive.files.size;
    world.log.answers.push({ button: 'NO' });
    addon.makeLetters();
    expect(world.log.alerts.at(-1)!.prompt).toBe(ORDERS_UI.againBatch('Благодарственные письма наставникам'));
    expect(world.drive.files.size).toBe(files);
  });
});

describe('progress for the sidebar', () => {
  it('is readable while a run holds the document lock', () => {
    const { addon, sidebar, world } = school({ drive: { latency: { 'File.makeCopy': 60_000 } } });
    addon.makeLetters();
    world.locks.document.heldByOther = true; // the batch's next run is going on
    const p = sidebar.getOrdersProgress();
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    expect(p.running).toBe(true);
  });
});
