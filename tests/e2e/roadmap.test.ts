import { addonWorld, sheetValues } from '../support/addon';
import { pasteRows } from '../../demo/fill';
import { typeParams } from '../../demo/settings';
import { peopleOf, writePairs } from '../../demo/steps/roadmap';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import { LIFE_UI } from '../../src/domain/meetings/messages';
import { ROADMAP_UI, YEAR_UI } from '../../src/domain/roadmap/messages';

const moscow = (iso: string) => `${iso}T10:00:00+03:00`;
const day = (iso: string) => new Date(`${iso}T00:00:00+03:00`);
const ru = (d: unknown) => (d instanceof Date ? d.toLocaleDateString('ru-RU', { timeZone: 'Europe/Moscow' }) : String(d));

const pupil = (fullName: string, grade: string) => ({
  fullName, category: 'обучающийся', grade, form: 'Ученик – ученик', request: 'Подтянуть математику',
  parentName: 'Смирнова Ольга Петровна', parentPhone: '+7 917 555-03-01', consent: 'дано', consentBy: 'законный представитель',
  birthDate: day('2012-04-02'), status: 'в паре',
});
const teacher = (fullName: string) => ({
  fullName, category: 'педагог', position: 'учитель физики', phone: '+7 917 555-03-02', form: 'Учитель – учитель',
  competences: 'Методика', consent: 'дано', consentBy: 'участник', capacity: 2, status: 'в паре',
});

/** A school in September 2025: settings, a few people with codes, and a roadmap. */
function school() {
  const env = addonWorld({ now: moscow('2025-09-15') });
  env.addon.prepareSheet();
  typeParams(env.book, { director: 'Малахова Елена Николаевна', curator: 'Петрова Анна Ивановна', silentWeeks: '4' });
  pasteRows(env.book, MENTORS, [pupil('Орлов Денис Игоревич', '11А'), teacher('Кузнецова Мария Львовна')]);
  pasteRows(env.book, MENTEES, [pupil('Семёнов Артём Петрович', '7Б'), pupil('Ким Виктор Сергеевич', '7Б'), teacher('Белова Ирина Олеговна')]);
  env.addon.prepareSheet();
  return env;
}

type Env = ReturnType<typeof school>;
const roadmap = (env: Env) => sheetValues(env.book, 'Дорожная карта')!;
const col = (env: Env, header: string) => roadmap(env)[0]!.indexOf(header);
const rowOf = (env: Env, part: string) => roadmap(env).find((r) => String(r[col(env, 'Мероприятие')]).includes(part))!;
const statusOf = (env: Env, part: string) => rowOf(env, part)[col(env, 'Статус')];

function withPairs(env: Env) {
  const mentors = peopleOf(env.book, 'Наставники');
  const mentees = peopleOf(env.book, 'Наставляемые');
  const pair = (id: string, m: number, e: number, status = 'утверждена') => ({
    pairId: id, mentorCode: mentors[m]!.code, mentor: mentors[m]!.name, menteeCode: mentees[e]!.code, mentee: mentees[e]!.name,
    form: mentees[e]!.form, status, startDate: day('2025-12-01'),
  });
  writePairs(env.book, [pair('П-001', 0, 0), pair('П-001', 0, 1), pair('П-002', 1, 2), pair('П-003', 1, 1, 'предложена')]);
}

describe('«Дорожная карта» through the bundle', () => {
  it('is created for the school year of «Настройки» with dates, names and statuses', () => {
    const env = school();
    env.addon.createRoadmapSheet();
    const values = roadmap(env);
    expect(values[0]).toEqual(['№', 'Этап', 'Мероприятие', 'Начало', 'Окончание', 'Ответственный', 'Результат / документ',
      'Статус', 'Дата выполнения', 'Ссылка', 'Комментарий']);
    expect(values.length - 1).toBeGreaterThanOrEqual(29);
    const report = values.filter((r) => String(r[2]).includes('региональный наставнический центр'));
    expect(report.map((r) => ru(r[4]))).toEqual(['20.12.2025', '20.05.2026']);
    expect(values.some((r) => r[5] === 'Малахова Елена Николаевна (директор)')).toBe(true);
    expect(statusOf(env, 'Издание приказа о внедрении')).toBe('в работе');
    expect(statusOf(env, 'Групповая встреча')).toBe('запланировано');
    const rules = env.book.getSheetByName('Дорожная карта')!.getConditionalFormatRules();
    expect(rules.map((r) => r.getBooleanCondition()!.getCriteriaValues()[0])).toContain('просрочено');
    expect(env.world.log.toasts.at(-1)!.message).toBe(ROADMAP_UI.created('2025/2026', values.length - 1));
  });

  it('a second «Создать дорожную карту» leaves the curator’s roadmap alone', () => {
    const env = school();
    env.addon.createRoadmapSheet();
    const sheet = env.book.getSheetByName('Дорожная карта')!;
    sheet.getRange(2, 11).setValue('моя заметка');
    const before = roadmap(env);
    env.addon.createRoadmapSheet();
    expect(roadmap(env)).toEqual(before);
    expect(env.world.log.toasts.at(-1)!.message).toBe(ROADMAP_UI.exists(before.length - 1));
  });

  it('«Проверить базы» marks its rows «выполнено» with the date and a link to the report', () => {
    const env = school();
    env.addon.createRoadmapSheet();
    env.world.clock.set(moscow('2025-10-20'));
    env.addon.checkBases();
    const row = rowOf(env, 'Формирование базы наставляемых');
    expect(row[col(env, 'Статус')]).toBe('выполнено');
    expect(ru(row[col(env, 'Дата выполнения')])).toBe('20.10.2025');
    expect(row[col(env, 'Ссылка')]).toBe('Проверка');
    const r = roadmap(env).findIndex((x) => x[0] === row[0]) + 1;
    const gid = env.book.getSheetByName('Проверка')!.getSheetId();
    expect(env.book.getSheetByName('Дорожная карта')!.getRange(r, col(env, 'Ссылка') + 1).getFormula()).toContain(`#gid=${gid}`);
    expect(statusOf(env, 'Формирование базы наставников')).toBe('выполнено');
  });

  it('refreshes statuses as the clock moves: overdue rows, done rows stay done; one read, one write', () => {
    const env = school();
    env.addon.createRoadmapSheet();
    env.addon.checkBases();
    env.world.clock.set(moscow('2025-12-22'));
    env.world.calls.reset();
    env.addon.refreshRoadmapStatuses();
    expect(env.world.calls.count('Range.getValues')).toBe(1);
    expect(env.world.calls.count('Range.setValues')).toBe(1);
    expect(statusOf(env, 'Издание приказа о внедрении')).toBe('просрочено');
    expect(statusOf(env, 'Формирование базы наставляемых')).toBe('выполнено');
    expect(statusOf(env, 'Регулярные встречи')).toBe('в работе');
    expect(statusOf(env, 'об итогах реализации программы наставничества в региональный')).toBe('запланировано');
  });

  it('follows the curator’s edits: an added row with typed dates, a deleted column', () => {
    const env = school();
    env.addon.createRoadmapSheet();
    const sheet = env.book.getSheetByName('Дорожная карта')!;
    sheet.deleteColumn(col(env, 'Комментарий') + 1);
    const last = sheet.getLastRow() + 1;
    sheet.getRange(last, col(env, 'Мероприятие') + 1).setValue('Школьный фестиваль наставников');
    sheet.getRange(last, col(env, 'Окончание') + 1).setValue('01.10.2025');
    env.world.clock.set(moscow('2025-10-02'));
    env.addon.refreshRoadmapStatuses();
    expect(statusOf(env, 'Школьный фестиваль')).toBe('просрочено');
    env.addon.checkBases();
    expect(statusOf(env, 'Формирование базы наставляемых')).toBe('выполнено');
  });

  it('«Что дальше» gives the next three steps with ISO deadlines and the action that does one', () => {
    const env = school();
    env.addon.createRoadmapSheet();
    env.world.clock.set(moscow('2025-11-10'));
    const next = env.addon.getRoadmapNext();
    expect(next).toHaveLength(3);
    expect(next.every((s: { due: string }) => /^\d{4}-\d{2}-\d{2}$/.test(s.due))).toBe(true);
    expect(next[0].status).toBe('просрочено');
    env.world.clock.set(moscow('2025-10-01'));
    const order = env.addon.getRoadmapNext()[1];
    expect(order.text).toBe('Издание приказа о внедрении целевой модели наставничества');
    env.world.run.open('NONE');
    const orders = env.world.log.menus[0]!.items.flatMap((i) => (i.kind === 'submenu' ? i.items : [i]));
    const item = orders.find((i) => i.kind === 'item' && i.functionName === order.action.fn);
    expect(item?.kind === 'item' && item.caption).toBe(order.action.label);
    expect(typeof env.addon[order.action.fn]).toBe('function');
    env.world.clock.set(moscow('2025-09-15'));
    const all = env.addon.getRoadmapNext();
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
  });

  it('the daily refresh is the hourly dispatcher’s: asked for once, done once a day from 6 a.m.', () => {
    const env = school();
    env.addon.createRoadmapSheet();
    env.addon.installRoadmapTrigger();
    env.addon.installRoadmapTrigger();
    expect(env.world.triggers).toEqual([expect.objectContaining({ handler: 'dispatchHourly', eventType: 'CLOCK', everyHours: 1 })]);
    expect(env.world.log.toasts.at(-1)!.message).toBe(ROADMAP_UI.triggerExists);
    env.world.clock.set('2025-10-02T05:00:00+03:00');
    env.world.run.trigger('dispatchHourly');
    expect(statusOf(env, 'Издание приказа о внедрении')).not.toBe('просрочено');
    env.world.clock.set('2025-10-02T06:00:00+03:00');
    env.world.run.trigger('dispatchHourly');
    expect(statusOf(env, 'Издание приказа о внедрении')).toBe('просрочено');
    expect(env.world.triggers).toHaveLength(1);
    // The curator deletes the roadmap: the next run finds nothing to do and does not fail.
    env.book.deleteSheet(env.book.getSheetByName('Дорожная карта')!);
    expect(() => env.world.run.trigger('dispatchHourly')).not.toThrow();
  });

  it('a Sheet still holding the old daily trigger: it hands over to the dispatcher and is removed', () => {
    const env = school();
    env.addon.createRoadmapSheet();
    (env.world.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp).newTrigger('roadmapDaily').timeBased().everyDays(1).atHour(6).create();
    env.world.run.trigger('roadmapDaily');
    expect(env.world.triggers.map((t) => t.handler)).toEqual(['dispatchHourly']);
  });
});

describe('the life of pairs through the bundle', () => {
  it('creates individual plans once per pair and marks the roadmap', () => {
    const env = school();
    env.addon.createRoadmapSheet();
    withPairs(env);
    env.world.clock.set(moscow('2025-12-05'));
    env.addon.createIndividualPlans();
    const plans = sheetValues(env.book, 'Индивидуальные планы')!;
    const pairs = new Set(plans.slice(1).map((r) => `${r[0]} ${r[1]}`));
    expect(pairs).toEqual(new Set(['П-001 Семёнов Артём Петрович', 'П-001 Ким Виктор Сергеевич', 'П-002 Белова Ирина Олеговна']));
    expect(statusOf(env, 'Встреча-планирование')).toBe('выполнено');
    env.addon.createIndividualPlans();
    expect(sheetValues(env.book, 'Индивидуальные планы')).toEqual(plans);
    expect(env.world.log.toasts.at(-1)!.message).toBe(LIFE_UI.plansCreated(0, 0));
  });

  it('logs meetings from the sidebar and refuses bad ones in Russian', () => {
    const env = school();
    withPairs(env);
    env.world.clock.set(moscow('2025-12-20'));
    expect(env.addon.logMeeting({ pairId: 'П-001', date: '03.12.2025', type: 'встреча-знакомство', topic: '=знакомство' }))
      .toBe('Встреча записана: встреча-знакомство, 03.12.2025.');
    const rows = sheetValues(env.book, 'Встречи')!;
    expect(rows[1]!.slice(0, 6).map(ru)).toEqual(['П-001', 'Орлов Денис Игоревич', 'Семёнов Артём Петрович, Ким Виктор Сергеевич',
      '03.12.2025', 'встреча-знакомство', '=знакомство']);
    expect(env.book.getSheetByName('Встречи')!.getRange(2, 6).getFormula()).toBe('');
    expect(() => env.addon.logMeeting({ pairId: 'П-003', date: '03.12.2025', type: 'рабочая встреча' }))
      .toThrow(LIFE_UI.unknownPair('П-003'));
    expect(() => env.addon.logMeeting({ pairId: 'П-001', date: '03.13.2025', type: 'рабочая встреча' })).toThrow(LIFE_UI.badDate);
    expect(() => env.addon.logMeeting({ pairId: 'П-001', date: '01.02.2026', type: 'рабочая встреча' })).toThrow(LIFE_UI.futureMeeting);
    expect(() => env.addon.logMeeting({ pairId: 'П-001', date: '03.12.2025', type: 'чаепитие' })).toThrow('Тип встречи');
  });

  it('shows progress and highlights pairs without a meeting for N weeks (N from «Настройки»)', () => {
    const env = school();
    withPairs(env);
    env.world.clock.set(moscow('2026-01-20'));
    env.addon.logMeeting({ pairId: 'П-001', date: '15.01.2026', type: 'рабочая встреча' });
    env.addon.logMeeting({ pairId: 'П-002', date: '10.12.2025', type: 'встреча-знакомство' });
    env.addon.showPairsProgress();
    const rows = sheetValues(env.book, 'Ход работы пар')!;
    const by = (id: string) => rows.find((r) => r[0] === id)!;
    expect(by('П-001').slice(4, 6)).toEqual([1, 4]);
    expect(by('П-001')[9]).toContain(LIFE_UI.noPlan);
    expect(by('П-001')[9]).not.toContain('Нет встреч');
    expect(by('П-002')[9]).toContain(LIFE_UI.silent(5));
    expect(rows.find((r) => r[0] === 'П-003')).toBeUndefined();
  });

  it('completes pairs: «Пары» gets the end, both bases get the results, history kept', () => {
    const env = school();
    env.addon.createRoadmapSheet();
    withPairs(env);
    env.world.clock.set(moscow('2026-05-20'));
    const pairs = env.book.getSheetByName('Пары')!;
    const header = sheetValues(env.book, 'Пары')![0]!;
    pairs.getRange(4, header.indexOf('Причина завершения') + 1).setValue('план выполнен');
    pairs.getRange(4, header.indexOf('Результаты') + 1).setValue('Открытый урок проведён');
    env.addon.completeMarkedPairs();
    let values = sheetValues(env.book, 'Пары')!;
    expect(values[3]![header.indexOf('Статус')]).toBe('завершена');
    expect(ru(values[3]![header.indexOf('Дата окончания')])).toBe('20.05.2026');
    expect(values[1]![header.indexOf('Статус')]).toBe('утверждена');
    expect(statusOf(env, 'Внесение данных об итогах')).not.toBe('выполнено');

    expect(env.addon.completePair({ pairId: 'П-001', reason: 'по инициативе наставляемого', results: 'Переход в другую школу', caseLink: 'https://school.example/case/1' }))
      .toBe(LIFE_UI.completed(1, 3));
    values = sheetValues(env.book, 'Пары')!;
    expect(values.slice(1, 3).map((r) => r[header.indexOf('Причина завершения')])).toEqual(['по инициативе наставляемого', 'по инициативе наставляемого']);
    const mentees = sheetValues(env.book, 'Наставляемые')!;
    const mh = mentees[0]!;
    const semyonov = mentees.find((r) => r[mh.indexOf('ФИО')] === 'Семёнов Артём Петрович')!;
    expect(semyonov[mh.indexOf('Результаты')]).toBe('2025/2026, пара П-001 (по инициативе наставляемого, 20.05.2026): Переход в другую школу');
    expect(semyonov[mh.indexOf('Ссылка на кейс / отзыв')]).toBe('https://school.example/case/1');
    expect(semyonov[mh.indexOf('Статус')]).toBe('завершил');
    const belova = mentees.find((r) => r[mh.indexOf('ФИО')] === 'Белова Ирина Олеговна')!;
    expect(belova[mh.indexOf('Результаты')]).toBe('2025/2026, пара П-002 (план выполнен, 20.05.2026): Открытый урок проведён');
    const mentors = sheetValues(env.book, 'Наставники')!;
    expect(mentors.find((r) => r[mh.indexOf('ФИО')] === 'Орлов Денис Игоревич')![mentors[0]!.indexOf('Статус')]).toBe('завершил');
    expect(statusOf(env, 'Внесение данных об итогах')).toBe('выполнено');

    env.addon.completeMarkedPairs();
    expect(sheetValues(env.book, 'Наставляемые')).toEqual(mentees);
    expect(() => env.addon.completePair({ pairId: 'П-003', reason: 'надоело', results: '' })).toThrow('Причина завершения');
  });

  it('a mentor who keeps another approved pair keeps their status until their last pair ends', () => {
    const env = school();
    const mentors = peopleOf(env.book, 'Наставники');
    const mentees = peopleOf(env.book, 'Наставляемые');
    const pair = (id: string, e: number) => ({
      pairId: id, mentorCode: mentors[1]!.code, mentor: mentors[1]!.name, menteeCode: mentees[e]!.code, mentee: mentees[e]!.name,
      form: mentees[e]!.form, status: 'утверждена', startDate: day('2025-12-01'),
    });
    writePairs(env.book, [pair('П-002', 2), pair('П-004', 0)]);
    env.world.clock.set(moscow('2026-05-20'));
    const mentorStatus = () => {
      const values = sheetValues(env.book, 'Наставники')!;
      return values.find((r) => r[values[0]!.indexOf('ФИО')] === 'Кузнецова Мария Львовна')![values[0]!.indexOf('Статус')];
    };
    env.addon.completePair({ pairId: 'П-002', reason: 'план выполнен', results: '' });
    expect(mentorStatus()).toBe('в паре');
    env.addon.completePair({ pairId: 'П-004', reason: 'план выполнен', results: '' });
    expect(mentorStatus()).toBe('завершил');
  });

  it('completing a pair keeps the formulas the curator put in the bases’ columns it writes', () => {
    const env = school();
    withPairs(env);
    env.world.clock.set(moscow('2026-05-20'));
    const sheet = env.book.getSheetByName('Наставляемые')!;
    const mh = sheetValues(env.book, 'Наставляемые')![0]!;
    const belovaRow = sheetValues(env.book, 'Наставляемые')!.findIndex((r) => r[mh.indexOf('ФИО')] === 'Белова Ирина Олеговна') + 1;
    const link = sheet.getRange(belovaRow, mh.indexOf('Ссылка на кейс / отзыв') + 1);
    link.setFormula('=HYPERLINK("https://school.example/case/belova"; "кейс")');
    env.addon.completePair({ pairId: 'П-001', reason: 'план выполнен', results: 'Готово' });
    expect(link.getFormula()).toBe('=HYPERLINK("https://school.example/case/belova"; "кейс")');
    expect(link.getValue()).toBe('кейс');
  });
});

describe('the other features mark their roadmap rows', () => {
  it('creating the questionnaires, an order and approving pairs mark their rows «выполнено» with a link', () => {
    const env = school();
    env.addon.createRoadmapSheet();
    typeParams(env.book, { orgFullName: 'МБОУ «СОШ № 17»', orgShortName: 'МБОУ «СОШ № 17»', schoolYear: '2025/2026' });
    env.addon.createForms();
    expect(statusOf(env, 'Анкетирование потенциальных наставников')).toBe('выполнено');
    env.world.log.answers.push({ button: 'OK', text: '' }); // the journal number: the one proposed
    env.addon.orderCurator();
    expect(statusOf(env, 'Назначение куратора внедрения')).toBe('выполнено');
    expect(String(rowOf(env, 'Назначение куратора внедрения')[col(env, 'Ссылка')])).toContain('Приказ №');
    expect(statusOf(env, 'Анализ анкет и соединение наставников')).not.toBe('выполнено');
    withPairs(env);
    env.addon.syncApprovedPairs();
    expect(statusOf(env, 'Анализ анкет и соединение наставников')).toBe('выполнено');
  });
});

describe('«Новый учебный год» through the bundle', () => {
  it('archives the year, moves classes up, makes the next roadmap — and a second run does nothing', () => {
    const env = school();
    env.addon.createRoadmapSheet();
    env.addon.checkBases();
    withPairs(env);
    env.world.clock.set(moscow('2026-03-01'));
    env.addon.logMeeting({ pairId: 'П-001', date: '01.03.2026', type: 'рабочая встреча' });
    env.addon.logMeeting({ pairId: 'П-002', date: '01.03.2026', type: 'рабочая встреча' });
    env.addon.completePair({ pairId: 'П-002', reason: 'план выполнен', results: 'Готово' });

    env.addon.startNewSchoolYear();
    expect(env.world.log.toasts.at(-1)!.message).toBe(YEAR_UI.tooEarly('2025/2026', '01.06.2026'));
    expect(env.book.getSheetByName('Дорожная карта 2025-2026')).toBeNull();

    env.world.clock.set(moscow('2026-06-05'));
    const before = { pairs: sheetValues(env.book, 'Пары'), meetings: sheetValues(env.book, 'Встречи'), roadmap: roadmap(env) };
    // It asks first: NO changes nothing.
    env.world.log.answers.push({ button: 'NO' });
    env.addon.startNewSchoolYear();
    expect(env.world.log.alerts.at(-1)!.prompt).toBe(YEAR_UI.ask);
    expect(env.world.log.toasts.at(-1)!.message).toBe(YEAR_UI.cancelled);
    expect(sheetValues(env.book, 'Пары')).toEqual(before.pairs);
    env.world.log.answers.push({ button: 'YES' });
    env.addon.startNewSchoolYear();
    expect(env.world.log.toasts.at(-1)!.message).toContain('Учебный год 2025/2026 закрыт');
    expect(sheetValues(env.book, 'Пары 2025-2026')).toEqual(before.pairs);
    expect(sheetValues(env.book, 'Встречи 2025-2026')).toEqual(before.meetings);
    expect(sheetValues(env.book, 'Дорожная карта 2025-2026')).toEqual(before.roadmap);

    expect(sheetValues(env.book, 'Пары')!.slice(1).map((r) => `${r[0]} ${r[10]}`)).toEqual(['П-001 утверждена', 'П-001 утверждена']);
    expect(sheetValues(env.book, 'Встречи')!.slice(1).map((r) => r[0])).toEqual(['П-001']);
    const settings = sheetValues(env.book, 'Настройки')!;
    expect(settings.find((r) => r[0] === 'Учебный год')![1]).toBe('2026/2027');
    const mentees = peopleOf(env.book, 'Наставляемые');
    expect(mentees.filter((p) => p.category === 'обучающийся').map((p) => p.grade)).toEqual(['8Б', '8Б']);
    const orlov = peopleOf(env.book, 'Наставники').find((p) => p.name === 'Орлов Денис Игоревич')!;
    expect([orlov.grade, orlov.category]).toEqual(['выпуск 2026', 'выпускник']);
    expect(ru(rowOf(env, 'Издание приказа о внедрении')[col(env, 'Начало')])).toBe('01.09.2026');
    expect(statusOf(env, 'Формирование базы наставляемых')).toBe('запланировано');
    expect(rowOf(env, 'Формирование базы наставляемых')[col(env, 'Ссылка')]).toBe('');

    const snapshot = () => env.book.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]);
    const after = snapshot();
    env.addon.startNewSchoolYear();
    expect(snapshot()).toEqual(after);
    expect(env.world.log.toasts.at(-1)!.message).toBe(YEAR_UI.tooEarly('2026/2027', '01.06.2027'));
    // The steps still mark the rolled roadmap: the notes stayed on their rows.
    env.world.clock.set(moscow('2026-09-10'));
    env.addon.checkBases();
    expect(statusOf(env, 'Формирование базы наставляемых')).toBe('выполнено');
  });

  it('a run stopped after moving classes up is finished by the next one, without moving them twice', () => {
    const env = school();
    env.addon.createRoadmapSheet();
    withPairs(env);
    env.world.clock.set(moscow('2026-06-05'));
    env.world.log.answers.push({ button: 'YES' });
    env.addon.startNewSchoolYear();
    // As if the first run had died before writing the new school year into «Настройки».
    const settings = env.book.getSheetByName('Настройки')!;
    const yearRow = sheetValues(env.book, 'Настройки')!.findIndex((r) => r[0] === 'Учебный год') + 1;
    settings.getRange(yearRow, 2).setValue('2025/2026');
    const key = 'newYear.2025-2026';
    const progress = JSON.parse(env.world.properties.document.get(key)!) as string[];
    env.world.properties.document.set(key, JSON.stringify(progress.filter((s) => s !== 'year')));
    const grades = () => peopleOf(env.book, 'Наставляемые').map((p) => p.grade);
    const before = { grades: grades(), start: rowOf(env, 'Издание приказа о внедрении')[col(env, 'Начало')] };

    env.world.log.answers.push({ button: 'YES' });
    env.addon.startNewSchoolYear();
    expect(sheetValues(env.book, 'Настройки')!.find((r) => r[0] === 'Учебный год')![1]).toBe('2026/2027');
    expect(grades()).toEqual(before.grades);
    expect(rowOf(env, 'Издание приказа о внедрении')[col(env, 'Начало')]).toEqual(before.start);
  });
});
