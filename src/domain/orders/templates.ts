/**
 * The default template of each document, as blocks with `{{tags}}`: created once as a Google Doc,
 * then the curator may edit the wording there. Layout follows seed 002 (ГОСТ Р 7.0.97-2016).
 */
import type { DocKind, OrderKind } from './kinds';
import { APPENDIX, FIELD, LETTER_TEXT, ORDER_BODY, ORDER_TEXT, PLAN_TEXT, SET, TAG, TITLE } from './messages';
import { tag, type Block } from './model';

const p = (text: string, extra: Omit<Extract<Block, { kind: 'paragraph' }>, 'kind' | 'text'> = {}): Block => ({ kind: 'paragraph', text, ...extra });
const blank = p('');
const row = (set: string, fields: readonly string[]) => fields.map((f) => tag(set, f));

function header(title: string): Block[] {
  return [
    p(tag(TAG.org), { align: 'center', bold: true }),
    blank,
    p(ORDER_TEXT.order, { style: 'title', align: 'center', bold: true }),
    blank,
    p(ORDER_TEXT.dateLine),
    p(tag(TAG.place), { align: 'center' }),
    blank,
    p(title, { bold: true }),
    blank,
  ];
}

function footer(ack: boolean): Block[] {
  const out: Block[] = [blank, p(ORDER_TEXT.signature), blank];
  if (ack) {
    out.push(p(ORDER_TEXT.acquainted), { kind: 'table', rows: [ORDER_TEXT.ackHeader, [tag(SET.ack, FIELD.name), '', '']] });
  }
  return out;
}

function appendix(n: number, caption: string, head: string[], fields: string[], set: string): Block[] {
  return [
    { kind: 'pageBreak' },
    p(ORDER_TEXT.appendix(n), { align: 'right' }),
    blank,
    p(caption, { style: 'heading', align: 'center', bold: true }),
    { kind: 'table', rows: [head, row(set, fields)] },
  ];
}

const APPENDICES: Partial<Record<OrderKind, Block[]>> = {
  pairs: appendix(1, APPENDIX.pairs, APPENDIX.pairsHeader,
    [FIELD.n, FIELD.mentor, FIELD.mentorRole, FIELD.mentee, FIELD.menteeRole, FIELD.form, FIELD.period], SET.pair),
  mentors: appendix(1, APPENDIX.mentors, APPENDIX.mentorsHeader, [FIELD.n, FIELD.name, FIELD.role, FIELD.form], SET.person),
  reward: appendix(1, APPENDIX.reward, APPENDIX.mentorsHeader, [FIELD.n, FIELD.name, FIELD.role, FIELD.form], SET.person),
};

function orderTemplate(kind: OrderKind): Block[] {
  const body = ORDER_BODY[kind];
  return [
    ...header(TITLE[kind]),
    p(ORDER_TEXT.preamble(body.purpose), { align: 'justify' }),
    p(ORDER_TEXT.decree, { bold: true }),
    ...body.items.map((text): Block => ({ kind: 'item', text })),
    { kind: 'item', text: ORDER_TEXT.control },
    ...footer(true),
    ...(APPENDICES[kind] ?? []),
  ];
}

const letterTemplate = (): Block[] => [
  p(tag(TAG.org), { align: 'center', bold: true }),
  blank,
  p(LETTER_TEXT.title, { style: 'title', align: 'center', bold: true }),
  p(LETTER_TEXT.toWhom, { style: 'heading', align: 'center', bold: true }),
  blank,
  p(LETTER_TEXT.address, { align: 'center' }),
  p(LETTER_TEXT.body, { align: 'justify' }),
  blank,
  p(ORDER_TEXT.signature),
  p(tag(TAG.place) + ', ' + tag(TAG.date)),
];

const planTemplate = (): Block[] => [
  p(tag(TAG.org), { align: 'center', bold: true }),
  p(PLAN_TEXT.title, { style: 'title', align: 'center', bold: true }),
  p(PLAN_TEXT.subtitle, { align: 'center' }),
  blank,
  p(PLAN_TEXT.mentor),
  p(PLAN_TEXT.mentee),
  p(PLAN_TEXT.form),
  p(PLAN_TEXT.period),
  blank,
  { kind: 'table', rows: [PLAN_TEXT.header, row(SET.step, [FIELD.n, FIELD.content, FIELD.when, FIELD.result, FIELD.done])] },
  blank,
  p(PLAN_TEXT.signatures),
];

export function defaultTemplate(kind: DocKind): Block[] {
  if (kind === 'letter') return letterTemplate();
  if (kind === 'plan') return planTemplate();
  return orderTemplate(kind);
}
