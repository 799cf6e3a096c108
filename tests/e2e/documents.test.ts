/**
 * Every kind of document, made through the built add-on in the emulator as a curator would, read
 * as the director who signs it: the name forms against the hand-written table, gender agreement of
 * every role word, positions declined, no tag left, and the style the add-on set in the document
 * itself (font, size, page fields, indents, layout lines, column widths).
 */
import { NAME_FORMS } from '../support/name-forms';
import { docText, documentsSchool, makeEveryDocument, PARAMS } from '../support/documents';
import type { DocModel } from '../../emulator/docs/model';
import { docStyle, PT_PER_MM } from '../../src/domain/orders/style';

const { world, addon } = documentsSchool();
const docs = makeEveryDocument(world, addon);
const all = Object.values(docs).flat();
const text = (kind: string) => docs[kind]!.map(docText).join('\n\f\n');
/** The form of a name in a case, from the hand-written table. */
const form = (name: string, c: 1 | 2 | 3) => NAME_FORMS.find((r) => r[0] === name)![c];
const [GEN, DAT, ACC] = [1, 2, 3] as const;

describe('every kind is made', () => {
  it.each(Object.keys(docs))('%s', (kind) => {
    expect(docs[kind]!.length).toBeGreaterThan(0);
    for (const d of docs[kind]!) expect(docText(d)).not.toMatch(/\{\{|\}\}/);
  });
});

describe('names, gender and positions', () => {
  it('the curator, a woman with an ё-surname, is appointed with her position, «ответственной»', () => {
    expect(text('curator')).toContain(`на 2025/2026 учебный год ${form(PARAMS.curator, ACC)}, заместителя директора по УВР.`);
    expect(text('curator')).toContain(`Куратору ${form(PARAMS.curator, DAT)} обеспечить`);
    expect(text('implement')).toContain(`Назначить ответственной за внедрение целевой модели наставничества ${form(PARAMS.curator, ACC)}, заместителя директора по УВР.`);
    expect(text('finalEvent')).toContain('Назначить ответственной за подготовку');
    expect(all.map(docText).join('\n')).not.toMatch(/Соловьёв[еы] /);
  });

  it('the director signs at the right margin with initials first, the position at the left', () => {
    for (const kind of ['implement', 'pairs', 'reward', 'municipalInfo', 'letter', 'report']) {
      const sign = docs[kind]![0]!.body.find((e) => e.type === 'TABLE' && e.rows[0]!.cells.at(-1)!.text === 'А.Н. Назарова');
      expect([kind, sign && sign.type === 'TABLE' && sign.rows[0]!.cells[0]!.text]).toEqual([kind, 'Директор']);
    }
  });

  it('pupils are «обучающийся» or «обучающаяся» by their gender, everywhere they are named', () => {
    const everything = all.map(docText).join('\n');
    expect(everything).toContain('Алиева Лейла Рустам кызы, обучающаяся 7Б класса');
    expect(everything).toContain('Шевчук Олег Ильдарович, обучающийся 6А класса');
    expect(everything).toContain('Ермакова Екатерина Евгеньевна, обучающаяся 10А класса');
    for (const woman of ['Алиева Лейла Рустам кызы', 'Ермакова Екатерина Евгеньевна', 'Кузьмина Любовь Петровна', 'Черных Ирина Олеговна']) {
      expect(everything).not.toContain(`${woman}, обучающийся`);
    }
  });

  it('letters address mentors in the dative with their positions, and «Уважаемый/Уважаемая» by gender', () => {
    const letters = text('letter');
    expect(letters).toContain(`${form('Лихачёва Анна Сергеевна', DAT)}, учителю математики`);
    expect(letters).toContain(`${form('Королёв Алексей Петрович', DAT)}, учителю физики`);
    expect(letters).toContain(`${form('Мамедов Эльдар Рустам оглы', DAT)}, педагогу-психологу`);
    expect(letters).toContain('Уважаемая Анна Сергеевна!');
    expect(letters).toContain('Уважаемый Эльдар Рустам оглы!');
  });

  it('the parent of a pupil mentor is thanked for their daughter, in the right forms', () => {
    expect(text('parentLetter')).toContain('Ермакову Евгению Петровичу');
    expect(text('parentLetter')).toContain('Уважаемый Евгений Петрович!');
    expect(text('parentLetter')).toContain(`за воспитание дочери, ${form('Ермакова Екатерина Евгеньевна', GEN)}, обучающейся 10А класса, которая была наставником`);
  });

  it('a partner organisation is thanked for its specialist, named in the genitive', () => {
    expect(text('partnerLetter')).toContain(`наставничество специалиста ${form('Римская-Корсакова Ольга Игоревна', GEN)}`);
    expect(text('partnerLetter')).toContain('Руководителю АО «Энский завод „Прогресс“»');
  });

  it('an agreement names the director in the genitive and a minor’s parent', () => {
    const a = docs.agreement!.map(docText).find((t) => t.includes('Алиева Лейла'))!;
    expect(a).toContain(`в лице директора ${form(PARAMS.director, GEN)}, наставник Королёв Алексей Петрович, учитель физики, наставляемый Алиева Лейла Рустам кызы, обучающаяся 7Б класса, законный представитель наставляемого Алиев Рустам Ильдарович`);
  });

  it('«С приказом ознакомлены» lists everyone with a duty, teacher mentees too, never a minor', () => {
    const ack = (kind: string) => {
      const t = docs[kind]![0]!.body.filter((e) => e.type === 'TABLE').find((e) => e.type === 'TABLE' && e.rows[0]!.cells[0]!.text === 'ФИО');
      return t && t.type === 'TABLE' ? t.rows.slice(1).map((r) => r.cells[0]!.text) : [];
    };
    expect(ack('pairs')).toEqual(expect.arrayContaining([PARAMS.curator, 'Королёв Алексей Петрович', 'Соловьёв Пётр Семёнович', 'Римская-Корсакова Ольга Игоревна']));
    expect(ack('pairs').join()).not.toMatch(/Алиева|Ермакова|Шевчук/);
    expect(ack('implement')).toEqual([PARAMS.curator]);
  });

  it('orders on mentors and pairs say written consents were obtained', () => {
    expect(text('mentors')).toContain('письменного согласия на осуществление наставнической деятельности');
    expect(text('pairs')).toContain('на основании письменного согласия участников наставнических пар (групп), а за несовершеннолетних — их законных представителей');
  });

  it('the final event has its date and place; letters are dated at the end of the year they thank for', () => {
    expect(text('finalEvent')).toContain('Провести «25» мая 2026 г. в актовом зале школы итоговое мероприятие');
    // The date the curator gave for the final event went to «Настройки», and dates the letters.
    expect(text('letter')).toContain('г. Энск, «25» мая 2026 г.');
    expect(text('certificate')).toContain('«25» мая 2026 г.');
  });

  it('the approval order comes with its appendices: Положение, программа with the forms of «Настройки», the roadmap', () => {
    expect(text('regulation')).toContain('УТВЕРЖДЕНО\nприказом МБОУ «СШ № 1»\nот «15» сентября 2025 г. № 3');
    expect(text('regulation')).toMatch(/«Ученик – ученик» \|.*«равный – равному»/);
    expect(text('programme')).toContain('ПРОГРАММА НАСТАВНИЧЕСТВА');
    expect(text('roadmap')).toContain(' | 1. Подготовка условий для запуска программы наставничества |  |  | \n1 | Изучение методологии');
    expect(text('roadmap')).toContain('2 | Издание приказа о внедрении');
  });

  it('a plan lists the pair’s tasks of «Индивидуальные планы» and is approved by the mentor, the parent of a minor, the curator', () => {
    const plan = docs.plan!.map(docText).find((t) => t.includes('Алиева Лейла'))!;
    expect(plan).toContain('Законный представитель наставляемого | ____________ | Р.И. Алиев');
    expect(plan).toContain('Куратор | ____________ | В.К. Соловьёва');
    expect(plan).not.toContain('Пробная рабочая встреча |');
  });

  it('the regional report has its outgoing number, the signature and comma decimals', () => {
    expect(text('report')).toContain('Исх. № 01-12/8');
    expect(text('report')).not.toMatch(/\d\.\d+ ?%/);
  });
});

describe('the roadmap', () => {
  it('each document marks its row «выполнено» on the day it is made, with a link to it', () => {
    const range = world.spreadsheet.getSheetByName('Дорожная карта')!.getDataRange();
    const [v, f] = [range.getValues(), range.getFormulas()];
    const h = v[0]!.map(String);
    const row = (part: string) => {
      const i = v.findIndex((r) => String(r[h.indexOf('Мероприятие')]).includes(part));
      return v[i]!.map((c, k) => (k === h.indexOf('Ссылка') ? f[i]![k] : c));
    };
    for (const part of ['Издание приказа о внедрении', 'Назначение куратора', 'Утверждение программы', 'Издание приказа о назначении наставников',
      'Создание методического объединения', 'Закрепление наставнических пар', 'Соглашения наставников', 'муниципальный орган', 'Торжественное мероприятие']) {
      const r = row(part);
      expect([part, r[h.indexOf('Статус')], String(r[h.indexOf('Ссылка')])]).toEqual([part, 'выполнено', expect.stringContaining('HYPERLINK')]);
    }
  });
});

describe('the style the add-on set, in the document itself', () => {
  const s = docStyle();
  it.each(Object.keys(docs))('%s: A4, ГОСТ fields, Times New Roman 14 on every paragraph', (kind) => {
    for (const d of docs[kind]!) {
      expect(d.attrs).toMatchObject({ MARGIN_LEFT: s.margins.left, MARGIN_RIGHT: s.margins.right, MARGIN_TOP: s.margins.top, PAGE_WIDTH: s.page.width });
      expect(Math.round(s.margins.left / PT_PER_MM)).toBe(30);
      for (const e of d.body) {
        if (e.type === 'TABLE' || e.pageBreak) continue;
        expect([e.text, e.attrs.FONT_FAMILY, e.attrs.FONT_SIZE === 14 || e.attrs.FONT_SIZE === 16 || e.attrs.FONT_SIZE === 12]).toEqual([e.text, 'Times New Roman', true]);
      }
    }
  });

  it('body text is justified with a 1.25 cm first-line indent; items are justified and numbered at the text size', () => {
    const order = docs.pairs![0]!;
    const preamble = order.body.find((e) => e.type !== 'TABLE' && e.text.startsWith('В соответствии'))!;
    expect(preamble.type !== 'TABLE' && [preamble.alignment, Math.round(Number(preamble.attrs.INDENT_FIRST_LINE) / PT_PER_MM * 10) / 10]).toEqual(['JUSTIFY', 12.5]);
    const items = order.body.filter((e) => e.type === 'LIST_ITEM');
    expect(items.length).toBeGreaterThan(2);
    for (const i of items) expect(i.type === 'LIST_ITEM' && [i.alignment, i.attrs.FONT_SIZE]).toEqual(['JUSTIFY', 14]);
  });

  it('the date and number line is a borderless table: the date at the left, «№» at the right margin', () => {
    const line = docs.curator![0]!.body.find((e) => e.type === 'TABLE')!;
    expect(line.type === 'TABLE' && [line.attrs.BORDER_WIDTH, line.rows[0]!.cells.map((c) => [c.text, c.alignment ?? 'LEFT'])])
      .toEqual([0, [['«15» сентября 2025 г.', 'LEFT'], ['№ 2', 'RIGHT']]]);
  });

  it('appendix tables have borders and columns set from content that fill the text width', () => {
    const table = docs.pairs![0]!.body.filter((e) => e.type === 'TABLE').at(-1)!;
    expect(table.type).toBe('TABLE');
    if (table.type !== 'TABLE') return;
    expect(table.attrs.BORDER_WIDTH).toBeGreaterThan(0);
    const widths = table.widths as number[];
    expect(widths).toHaveLength(5);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(s.page.width - s.margins.left - s.margins.right);
    expect(widths[0]!).toBeLessThan(widths[1]!);
  });

  it('appendix tables repeat their header row on each page and keep every row on one page (Docs API)', () => {
    for (const kind of ['pairs', 'mentors', 'reward', 'roadmap', 'municipalInfo', 'plan']) {
      const table = docs[kind]![0]!.body.filter((e) => e.type === 'TABLE' && e.attrs.BORDER_WIDTH !== 0).at(-1)!;
      expect(table.type === 'TABLE' && [kind, table.attrs.HEADER_ROWS, table.rows.every((r) => r.attrs?.PREVENT_OVERFLOW === true)]).toEqual([kind, 1, true]);
    }
  });
});

export const DOCUMENTS: Record<string, DocModel[]> = docs;
