import type { PersonRow } from '../../src/domain/bases/check';
import { PARAMS, PARAM_DEFAULTS, type ParamKey } from '../../src/domain/bases/settings';
import { letterFill, orderFill, planFill, type DocContext } from '../../src/domain/orders/content';
import { ORDER_KINDS } from '../../src/domain/orders/kinds';
import { APPENDIX, ORDER_TEXT, PLAN_TEXT, TITLE } from '../../src/domain/orders/messages';
import { fillBlocks, plainText, type Block } from '../../src/domain/orders/model';
import { mentorsOf, selectPairs } from '../../src/domain/orders/people';
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
  adult('НК-0002', 'Иванова Мария Петровна', { position: 'учитель физики' }),
  adult('НК-0003', 'Сидоров Антон Павлович', { consent: 'не дано' }),
  pupil('НК-0004', 'Орлова Дарья Игоревна', { grade: '10А' }),
];
const mentees = [
  pupil('НЯ-0001', 'Ким Виктор Сергеевич'),
  pupil('НЯ-0002', 'Черных Ирина Олеговна'),
  pupil('НЯ-0003', 'Белых Никита Андреевич', { consentBy: 'участник' }), // a minor who consented alone: no valid consent
  pupil('НЯ-0004', 'Шевчук Ольга Ильинична'),
  pupil('НЯ-0005', 'Газиев Рустем Ленурович'),
];
const pairs = [
  pair('П-1', 'НК-0001', 'НЯ-0001', 'утверждена'),
  pair('П-2', 'НК-0002', 'НЯ-0002', 'утверждена'),
  pair('П-3', 'НК-0001', 'НЯ-0003', 'утверждена'),
  pair('П-4', 'НК-0003', 'НЯ-0004', 'утверждена'),
  pair('П-5', 'НК-0002', 'НЯ-0004', 'отклонена'),
  pair('П-6', 'НК-0004', 'НЯ-0005', 'предложена', 'Ученик – ученик'),
  pair('П-7', 'НК-0004', 'НЯ-0004', 'утверждена', 'Ученик – ученик'),
];

const params = Object.fromEntries(Object.keys(PARAMS).map((k) => [k, PARAM_DEFAULTS[k as ParamKey] ?? ''])) as Record<ParamKey, string>;
Object.assign(params, {
  orgFullName: 'МБОУ «Октябрьская школа № 3»', orgShortName: 'МБОУ «ОШ № 3»', place: 'пгт Октябрьское',
  director: 'Газиева Мавиле Рефатовна', curator: 'Иванова Мария Петровна', schoolYear: '2025/2026',
});
const ctx: DocContext = { params, dateIso: '2025-09-01', number: '238/1', forms: ['Ученик – ученик', 'Учитель – учитель'] };
const selection = selectPairs(pairs, mentors, mentees, TODAY);
const render = (blocks: Block[]) => plainText(blocks);

describe('who may appear', () => {
  it('only approved pairs whose mentor and mentee both have valid consent', () => {
    expect(selection.pairs.map((p) => p.pairId)).toEqual(['П-2', 'П-7', 'П-1']);
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
  const doc = fillBlocks(defaultTemplate('pairs'), orderFill('pairs', ctx, selection.pairs));
  const text = render(doc);

  it('has the header of a school order: organisation, ПРИКАЗ, date in words, number, place, bold title', () => {
    const paras = doc.filter((b) => b.kind === 'paragraph');
    expect(paras[0]).toMatchObject({ text: 'МБОУ «Октябрьская школа № 3»', align: 'center', bold: true });
    expect(text).toContain(`${ORDER_TEXT.order}\n`);
    expect(text).toContain('«01» сентября 2025 г.\t\t\t\t\t\t№ 238/1');
    expect(text).toContain('пгт Октябрьское');
    expect(paras.find((b) => b.text === TITLE.pairs)).toMatchObject({ bold: true });
  });

  it('has the editable legal preamble, ПРИКАЗЫВАЮ, numbered items ending with the control item, signature', () => {
    expect(text).toContain(`В соответствии с ${params.legalBasis}, с учётом`);
    const items = doc.filter((b) => b.kind === 'item').map((b) => (b as { text: string }).text);
    expect(items[0]).toBe('Закрепить наставнические пары (группы) на 2025/2026 учебный год согласно приложению 1.');
    expect(items).toContain('Куратору Ивановой Марии Петровне осуществлять мониторинг работы наставнических пар (групп).');
    expect(items.at(-1)).toBe(ORDER_TEXT.control);
    expect(text).toContain('Директор\t\t\t\t____________\t\tМ.Р. Газиева');
  });

  it('lists adult mentors and the curator under «С приказом ознакомлены», never a minor', () => {
    const ack = doc.filter((b) => b.kind === 'table')[0] as { rows: string[][] };
    expect(ack.rows.map((r) => r[0])).toEqual(['ФИО', 'Иванова Мария Петровна', 'Петров Сергей Ильич']);
  });

  it('puts the appendix on a new page; its rows are exactly the approved pairs with consent', () => {
    const brk = doc.findIndex((b) => b.kind === 'pageBreak');
    expect(brk).toBeGreaterThan(0);
    expect(render(doc.slice(brk))).toContain('Приложение 1\nк приказу от «01» сентября 2025 г. № 238/1');
    const table = doc.slice(brk).find((b) => b.kind === 'table') as { rows: string[][] };
    expect(table.rows[0]).toEqual(APPENDIX.pairsHeader);
    expect(table.rows.slice(1)).toEqual([
      ['1', 'Иванова Мария Петровна', 'учитель физики', 'Черных Ирина Олеговна', 'обучающийся 7Б класса', 'Учитель – ученик', '2025/2026 учебный год'],
      ['2', 'Орлова Дарья Игоревна', 'обучающийся 10А класса', 'Шевчук Ольга Ильинична', 'обучающийся 7Б класса', 'Ученик – ученик', '2025/2026 учебный год'],
      ['3', 'Петров Сергей Ильич', 'учитель математики', 'Ким Виктор Сергеевич', 'обучающийся 7Б класса', 'Учитель – ученик', '2025/2026 учебный год'],
    ]);
    for (const name of ['Сидоров', 'Белых', 'Рустем']) expect(text).not.toContain(name);
  });

  it('leaves no tag unfilled and no double full stop', () => expect(text).not.toMatch(/\{\{|\.\./));
});

describe('every order', () => {
  it.each(ORDER_KINDS.map((k) => [k]))('%s: title, items, control item, no unfilled tag', (kind) => {
    const doc = fillBlocks(defaultTemplate(kind), orderFill(kind, ctx, selection.pairs));
    const text = render(doc);
    expect(text).toContain(TITLE[kind]);
    expect(text).toContain(ORDER_TEXT.decree);
    expect(doc.filter((b) => b.kind === 'item').length).toBeGreaterThanOrEqual(3);
    expect(text).not.toMatch(/\{\{/);
  });

  it('the curator order names the curator in the accusative and the dative', () => {
    const text = render(fillBlocks(defaultTemplate('curator'), orderFill('curator', ctx, [])));
    expect(text).toContain('на 2025/2026 учебный год Иванову Марию Петровну.');
    expect(text).toContain('Куратору Ивановой Марии Петровне обеспечить');
  });

  it('the mentors order appends one row per mentor with the forms they work in', () => {
    const doc = fillBlocks(defaultTemplate('mentors'), orderFill('mentors', ctx, selection.pairs));
    const table = doc.filter((b) => b.kind === 'table').at(-1) as { rows: string[][] };
    expect(table.rows.slice(1).map((r) => r[1])).toEqual(mentorsOf(selection.pairs).map((m) => m.person.fullName));
    expect(table.rows).toHaveLength(4);
  });

  it('the introduction order lists the forms of «Настройки» when there are no pairs yet', () => {
    const text = render(fillBlocks(defaultTemplate('implement'), orderFill('implement', ctx, [])));
    expect(text).toContain('Применять формы наставничества: «Ученик – ученик», «Учитель – учитель».');
  });
});

describe('letter and plan', () => {
  it('a letter addresses the mentor in the dative with the right «Уважаемый/Уважаемая»', () => {
    const [maria] = mentorsOf(selection.pairs);
    const text = render(fillBlocks(defaultTemplate('letter'), letterFill(maria!.person, maria!.forms, ctx)));
    expect(text).toContain('Ивановой Марии Петровне');
    expect(text).toContain('Уважаемая Мария Петровна!');
    const sergey = mentorsOf(selection.pairs).find((m) => m.person.code === 'НК-0001')!;
    expect(render(fillBlocks(defaultTemplate('letter'), letterFill(sergey.person, sergey.forms, ctx)))).toContain('Уважаемый Сергей Ильич!');
  });

  it('a plan has the five columns and one row per step, dated in months', () => {
    const doc = fillBlocks(defaultTemplate('plan'), planFill(selection.pairs[0]!, ctx));
    const table = doc.find((b) => b.kind === 'table') as { rows: string[][] };
    expect(table.rows[0]).toEqual(PLAN_TEXT.header);
    expect(table.rows).toHaveLength(1 + PLAN_TEXT.steps.length);
    expect(table.rows[1]).toEqual(['1', 'Встреча-знакомство', 'сентябрь 2025 г.', PLAN_TEXT.steps[0]![1], '']);
    expect(render(doc)).toContain('Наставляемый: Черных Ирина Олеговна, обучающийся 7Б класса');
  });
});
