import type { PersonRow } from '../../src/domain/bases/check';
import { PARAMS, PARAM_DEFAULTS, type ParamKey } from '../../src/domain/bases/settings';
import { DEFAULT_FORMS } from '../../src/domain/bases/schema';
import { batchSubjects, changesSince, documentFill, letterFill, orderFill, planFill, type DocContext, type DocData } from '../../src/domain/orders/content';
import { ALL_KINDS, BATCH_KINDS, ORDER_KINDS, isBatchKind } from '../../src/domain/orders/kinds';
import { TITLE } from '../../src/domain/orders/messages';
import { APPENDIX, ORDER_FRAME } from '../../src/domain/orders/wording';
import { fillBlocks, plainText, type Block } from '../../src/domain/orders/model';
import { PAPER_TEXT } from '../../src/domain/orders/papers';
import { mentorsOf, selectMentors, selectPairs } from '../../src/domain/orders/people';
import { defaultTemplate } from '../../src/domain/orders/templates';

const TODAY = '2025-09-15';
const adult = (code: string, fullName: string, extra: Record<string, string> = {}): PersonRow => ({
  row: 2, cells: { code, fullName, category: 'педагог', position: 'учитель математики', consent: 'дано', consentBy: 'участник', ...extra },
});
const pupil = (code: string, fullName: string, extra: Record<string, string> = {}): PersonRow => ({
  row: 2, cells: { code, fullName, category: 'обучающийся', grade: '7Б', consent: 'дано', consentBy: 'законный представитель',
    birthDate: { iso: '2012-03-01' }, ...extra } as PersonRow['cells'],
});
let pairRow = 1;
const pair = (pairId: string, mentorCode: string, menteeCode: string, status: string, form = 'Учитель – ученик'): PersonRow => ({
  row: ++pairRow, cells: { pairId, mentorCode, menteeCode, status, form, mentor: '', mentee: '' },
});

const mentors = [
  adult('НК-0001', 'Петров Сергей Ильич'),
  adult('НК-0002', 'Иванова Мария Петровна', { position: 'учитель физики', results: 'Лучший наставник года' }),
  adult('НК-0003', 'Сидоров Антон Павлович', { consent: 'не дано' }),
  pupil('НК-0004', 'Орлова Дарья Игоревна', { grade: '10А', parentName: 'Орлова Елена Викторовна' }),
  adult('НК-0005', 'Соловьёва Виктория Константиновна', { category: 'представитель предприятия', position: 'инженер-технолог', organisation: 'АО «Прогресс»' }),
];
const mentees = [
  pupil('НЯ-0001', 'Ким Виктор Сергеевич', { parentName: 'Ким Сергей Петрович' }),
  pupil('НЯ-0002', 'Черных Ирина Олеговна'),
  pupil('НЯ-0003', 'Белых Никита Андреевич', { consentBy: 'участник' }), // a minor who consented alone: no valid consent
  pupil('НЯ-0004', 'Шевчук Ольга Ильинична'),
  pupil('НЯ-0005', 'Газиев Рустем Ленурович'),
  adult('НЯ-0006', 'Королёв Алексей Петрович', { position: 'учитель технологии' }),
];
const pairs = [
  pair('П-1', 'НК-0001', 'НЯ-0001', 'утверждена'),
  pair('П-2', 'НК-0002', 'НЯ-0002', 'утверждена'),
  pair('П-3', 'НК-0001', 'НЯ-0003', 'утверждена'),
  pair('П-4', 'НК-0003', 'НЯ-0004', 'утверждена'),
  pair('П-5', 'НК-0002', 'НЯ-0004', 'отклонена'),
  pair('П-6', 'НК-0004', 'НЯ-0005', 'предложена', 'Ученик – ученик'),
  pair('П-7', 'НК-0004', 'НЯ-0004', 'утверждена', 'Ученик – ученик'),
  pair('П-8', 'НК-0005', 'НЯ-0006', 'утверждена', 'Работодатель – студент'),
];

const params = Object.fromEntries(Object.keys(PARAMS).map((k) => [k, PARAM_DEFAULTS[k as ParamKey] ?? ''])) as Record<ParamKey, string>;
Object.assign(params, {
  orgFullName: 'МБОУ «Октябрьская школа № 3»', orgShortName: 'МБОУ «ОШ № 3»', place: 'пгт Октябрьское',
  director: 'Газиева Мавиле Рефатовна', curator: 'Иванова Мария Петровна', schoolYear: '2025/2026',
  curatorPosition: 'заместитель директора по УВР', municipalBody: 'Начальнику управления образования',
});
const ctx: DocContext = { params, dateIso: '2025-09-01', number: '238/1', forms: DEFAULT_FORMS.filter((f) => ['Ученик – ученик', 'Учитель – учитель'].includes(f.name)) };
const selection = selectPairs(pairs, mentors, mentees, TODAY);
const data: DocData = {
  pairs: selection.pairs, rewarded: selection.pairs, history: selection.pairs, mentors: selectMentors(mentors, TODAY),
  roadmap: [{ stage: 'Подготовка', activity: 'Приказ о внедрении', startIso: '2025-09-01', endIso: '2025-09-30', responsible: 'Директор', result: 'Приказ' }],
  plans: new Map(),
};
const only = (pairs: typeof selection.pairs): DocData => ({ ...data, pairs, rewarded: pairs });
const render = (blocks: Block[]) => plainText(blocks);

describe('who may appear', () => {
  it('only approved pairs whose mentor and mentee both have valid consent', () => {
    expect(selection.pairs.map((p) => p.pairId)).toEqual(['П-2', 'П-7', 'П-1', 'П-8']);
    expect(selection.skipped).toEqual(expect.arrayContaining([
      expect.objectContaining({ reason: 'noConsent' }), expect.objectContaining({ reason: 'notApproved' }),
    ]));
    expect(selection.skipped).toHaveLength(4);
  });
});

describe('joining «Пары» to the bases', () => {
  it('finds a person by name when the pair row has no code, and leaves out one found nowhere', () => {
    const rows: PersonRow[] = [
      { row: 2, cells: { pairId: 'П-1', mentor: 'петров  сергей ильич', mentee: 'Ким Виктор Сергеевич', status: 'Утверждена', form: 'Учитель – ученик' } },
      { row: 3, cells: { pairId: 'П-2', mentor: 'Неизвестный Иван Иванович', mentee: 'Ким Виктор Сергеевич', status: 'утверждена' } },
    ];
    const s = selectPairs(rows, mentors, mentees, TODAY);
    expect(s.pairs.map((p) => [p.mentor.code, p.mentee.code])).toEqual([['НК-0001', 'НЯ-0001']]);
    expect(s.skipped).toEqual([{ row: 3, reason: 'unknownPerson' }]);
  });
});

describe('order on fixing pairs', () => {
  const doc = fillBlocks(defaultTemplate('pairs'), orderFill('pairs', ctx, data));
  const text = render(doc);

  it('has the header of a school order: organisation, ПРИКАЗ, date in words, number, place, bold title', () => {
    const paras = doc.filter((b) => b.kind === 'paragraph');
    expect(paras[0]).toMatchObject({ text: 'МБОУ «Октябрьская школа № 3»', align: 'center', bold: true });
    expect(text).toContain(`${ORDER_FRAME.order}\n`);
    expect(doc.find((b) => b.kind === 'table')).toMatchObject({ grid: false, rows: [['«01» сентября 2025 г.', '№ 238/1']], align: ['left', 'right'] });
    expect(text).toContain('пгт Октябрьское');
    expect(paras.find((b) => b.text === TITLE.pairs)).toMatchObject({ bold: true });
  });

  it('has the editable legal preamble, ПРИКАЗЫВАЮ, numbered items ending with the control item, signature', () => {
    expect(text).toContain(`В соответствии с ${params.legalBasis}, на основании письменного согласия участников`);
    const items = doc.filter((b) => b.kind === 'item').map((b) => (b as { text: string }).text);
    expect(items[0]).toBe('Закрепить наставнические пары (группы) на 2025/2026 учебный год согласно приложению 1.');
    expect(items).toContain('Куратору Ивановой Марии Петровне осуществлять мониторинг работы наставнических пар (групп).');
    expect(items.at(-1)).toBe(ORDER_FRAME.control);
    expect(doc).toContainEqual(expect.objectContaining({ kind: 'table', grid: false, rows: [['Директор', '', 'М.Р. Газиева']] }));
  });

  it('lists everyone with a duty under «С приказом ознакомлены» with their positions, never a minor', () => {
    const ack = doc.filter((b) => b.kind === 'table' && b.grid !== false)[0] as { rows: string[][] };
    expect(ack.rows.map((r) => r.slice(0, 2))).toEqual([
      ['ФИО', 'Должность'], ['Иванова Мария Петровна', 'заместитель директора по УВР'], ['Петров Сергей Ильич', 'учитель математики'],
      ['Соловьёва Виктория Константиновна', 'инженер-технолог'], ['Королёв Алексей Петрович', 'учитель технологии'],
    ]);
  });

  it('puts the appendix on a new page; its rows are exactly the approved pairs with consent', () => {
    const brk = doc.findIndex((b) => b.kind === 'pageBreak');
    expect(brk).toBeGreaterThan(0);
    expect(render(doc.slice(brk))).toContain('Приложение 1\nк приказу от «01» сентября 2025 г. № 238/1');
    const table = doc.slice(brk).find((b) => b.kind === 'table' && b.grid !== false) as { rows: string[][] };
    expect(table.rows[0]).toEqual(APPENDIX.pairsHeader);
    expect(table.rows.slice(1)).toEqual([
      ['1', 'Иванова Мария Петровна, учитель физики', 'Черных Ирина Олеговна, обучающаяся 7Б класса', 'Учитель – ученик', '2025/2026 учебный год'],
      ['2', 'Орлова Дарья Игоревна, обучающаяся 10А класса', 'Шевчук Ольга Ильинична, обучающаяся 7Б класса', 'Ученик – ученик', '2025/2026 учебный год'],
      ['3', 'Петров Сергей Ильич, учитель математики', 'Ким Виктор Сергеевич, обучающийся 7Б класса', 'Учитель – ученик', '2025/2026 учебный год'],
      ['4', 'Соловьёва Виктория Константиновна, инженер-технолог', 'Королёв Алексей Петрович, учитель технологии', 'Работодатель – студент', '2025/2026 учебный год'],
    ]);
    for (const name of ['Сидоров', 'Белых', 'Рустем']) expect(text).not.toContain(name);
  });

  it('leaves no tag unfilled and no double full stop', () => expect(text).not.toMatch(/\{\{|\.\./));
});

describe('every order', () => {
  it.each(ORDER_KINDS.map((k) => [k]))('%s: title, items, control item, no unfilled tag', (kind) => {
    const doc = fillBlocks(defaultTemplate(kind), orderFill(kind, ctx, data));
    const text = render(doc);
    expect(text).toContain(TITLE[kind]);
    expect(text).toContain(ORDER_FRAME.decree);
    expect(doc.filter((b) => b.kind === 'item').length).toBeGreaterThanOrEqual(3);
    expect(text).not.toMatch(/\{\{/);
  });

  it('the curator order names the curator with the position in the accusative, and in the dative', () => {
    const text = render(fillBlocks(defaultTemplate('curator'), orderFill('curator', ctx, only([]))));
    expect(text).toContain('на 2025/2026 учебный год Иванову Марию Петровну, заместителя директора по УВР.');
    expect(text).toContain('Куратору Ивановой Марии Петровне обеспечить');
  });

  it('«ответственным» agrees with the curator: «ответственной» for a woman', () => {
    const text = render(fillBlocks(defaultTemplate('implement'), orderFill('implement', ctx, only([]))));
    expect(text).toContain('Назначить ответственной за внедрение');
    const male = { ...ctx, params: { ...params, curator: 'Королёв Алексей Петрович', curatorPosition: 'заместитель директора по ВР' } };
    expect(render(fillBlocks(defaultTemplate('implement'), orderFill('implement', male, only([])))))
      .toContain('Назначить ответственным за внедрение целевой модели наставничества Королёва Алексея Петровича, заместителя директора по ВР.');
  });

  it('«в течение месяца» is a month from the order date', () => {
    const text = render(fillBlocks(defaultTemplate('implement'), orderFill('implement', { ...ctx, dateIso: '2025-09-15' }, only([]))));
    expect(text).toContain('в течение месяца (до «15» октября 2025 г.)');
  });

  it('the mentors order is made from the base, before any pair exists, and says consents were obtained', () => {
    const doc = fillBlocks(defaultTemplate('mentors'), orderFill('mentors', ctx, only([])));
    const table = doc.filter((b) => b.kind === 'table').at(-1) as { rows: string[][] };
    expect(table.rows.slice(1).map((r) => r[1])).toEqual(['Иванова Мария Петровна', 'Орлова Дарья Игоревна', 'Петров Сергей Ильич', 'Соловьёва Виктория Константиновна']);
    expect(render(doc)).toContain('письменного согласия на осуществление наставнической деятельности');
  });

  it('the introduction order lists the forms of «Настройки»', () => {
    const text = render(fillBlocks(defaultTemplate('implement'), orderFill('implement', ctx, only([]))));
    expect(text).toContain('Применять формы наставничества: «Ученик – ученик», «Учитель – учитель».');
  });

  it('the changes order lists replacements, early ends and extensions since the last pairs order', () => {
    const [a, b, c] = selection.pairs;
    const history = [
      { ...a!, status: 'заменена', endIso: '2025-11-10', endReason: 'по инициативе наставляемого' },
      { ...a!, pairId: 'П-9', mentor: b!.mentor, status: 'утверждена', startIso: '2025-11-11' },
      { ...b!, status: 'завершена', endIso: '2025-12-01', endReason: 'по обоюдному решению' },
      { ...c!, endIso: '2026-10-31' },
    ];
    expect(changesSince(history, '2025-10-01', '2026-06-30').map((x) => x.what)).toEqual([
      'Продление срока до 31.10.2026',
      'Замена наставника: Иванова М.П. → Орлова Д.И. (по инициативе наставляемого)',
      'Досрочное завершение (по обоюдному решению)',
    ]);
    const doc = fillBlocks(defaultTemplate('pairChanges'), orderFill('pairChanges', { ...ctx, pairsOrder: { dateIso: '2025-10-01', number: '12' } }, { ...data, history }));
    expect(render(doc)).toContain('закреплённых приказом от «01» октября 2025 г. № 12');
  });
});

describe('every kind fills without a tag left', () => {
  it.each(ALL_KINDS.map((k) => [k]))('%s', (kind) => {
    const fills = isBatchKind(kind) ? batchSubjects(kind, ctx, data).map((s) => s.fill()) : [documentFill(kind, ctx, data)];
    expect(fills.length).toBeGreaterThan(0);
    for (const f of fills) expect(render(fillBlocks(defaultTemplate(kind), f))).not.toMatch(/\{\{|\}\}/);
  });
  it('batches cover every batch kind', () => expect(BATCH_KINDS.length).toBe(6));
});

describe('letters, plans, agreements', () => {
  it('a letter addresses the mentor in the dative with the position and the right «Уважаемый/Уважаемая», dated at the year end', () => {
    const [maria] = mentorsOf(selection.pairs);
    const text = render(fillBlocks(defaultTemplate('letter'), letterFill(maria!.person, maria!.forms, ctx)));
    expect(text).toContain('Ивановой Марии Петровне, учителю физики');
    expect(text).toContain('Уважаемая Мария Петровна!');
    expect(text).toContain('«31» мая 2026 г.');
    const sergey = mentorsOf(selection.pairs).find((m) => m.person.code === 'НК-0001')!;
    expect(render(fillBlocks(defaultTemplate('letter'), letterFill(sergey.person, sergey.forms, ctx)))).toContain('Уважаемый Сергей Ильич!');
  });

  it('a plan takes the form-specific tasks and is approved by the mentor, the parent of a minor and the curator', () => {
    const pair = selection.pairs.find((p) => p.pairId === 'П-1')!;
    const doc = fillBlocks(defaultTemplate('plan'), planFill(pair, ctx, [{ task: 'Разбор олимпиадных задач', deadlineIso: '2025-11-15', expected: 'Призёр школьного этапа', done: '' }]));
    const tables = doc.filter((b) => b.kind === 'table') as { rows: string[][] }[];
    expect(tables[0]!.rows).toEqual([PAPER_TEXT.planHeader, ['1', 'Разбор олимпиадных задач', 'ноябрь 2025 г.', 'Призёр школьного этапа', '']]);
    expect(tables[1]!.rows).toEqual([['Наставник', '____________', 'С.И. Петров'], ['Законный представитель наставляемого', '____________', 'С.П. Ким']]);
    expect(tables[2]!.rows[0]).toEqual(['Куратор', '____________', 'М.П. Иванова']);
  });

  it('without tasks in the sheet a plan uses the same form-specific template the sheet is filled from', () => {
    const pair = selection.pairs.find((p) => p.pairId === 'П-1')!;
    const doc = fillBlocks(defaultTemplate('plan'), planFill(pair, ctx));
    expect(render(doc)).toContain('Встреча-знакомство, пробная рабочая встреча');
    expect(render(doc)).toContain('Наставляемый: Ким Виктор Сергеевич, обучающийся 7Б класса');
  });

  it('an agreement names the organisation by its director, the pair and a minor’s parent, who all sign', () => {
    const pair = selection.pairs.find((p) => p.pairId === 'П-1')!;
    const doc = fillBlocks(defaultTemplate('agreement'), batchSubjects('agreement', ctx, data).find((s) => s.key.startsWith('П-1'))!.fill());
    expect(render(doc)).toContain('в лице директора Газиевой Мавиле Рефатовны, наставник Петров Сергей Ильич, учитель математики, наставляемый Ким Виктор Сергеевич, обучающийся 7Б класса, законный представитель наставляемого Ким Сергей Петрович');
    expect((doc.at(-1) as { rows: string[][] }).rows.map((r) => r[0])).toEqual(['Сторона', 'Организация', 'Наставник', 'Наставляемый', 'Законный представитель наставляемого']);
    void pair;
  });

  it('a letter to the parents of a pupil mentor speaks of their daughter in the right gender', () => {
    const [s] = batchSubjects('parentLetter', ctx, data);
    const text = render(fillBlocks(defaultTemplate('parentLetter'), s!.fill()));
    expect(text).toContain('Орловой Елене Викторовне');
    expect(text).toContain('Уважаемая Елена Викторовна!');
    expect(text).toContain('за воспитание дочери, Орловой Дарьи Игоревны, обучающейся 10А класса, которая была наставником');
  });

  it('a partner organisation is thanked for its specialists, named in the genitive', () => {
    const [s] = batchSubjects('partnerLetter', ctx, data);
    const text = render(fillBlocks(defaultTemplate('partnerLetter'), s!.fill()));
    expect(text).toContain('Руководителю АО «Прогресс»');
    expect(text).toContain('за участие в программе наставничества в 2025/2026 учебном году: наставничество специалиста Соловьёвой Виктории Константиновны.');
  });

  it('a «Лучший наставник» certificate goes to mentors the curator marked so in «Результаты»', () => {
    expect(batchSubjects('certificate', ctx, data).map((s) => s.name)).toEqual(['Грамота «Лучший наставник» — Иванова Мария Петровна']);
  });
});
