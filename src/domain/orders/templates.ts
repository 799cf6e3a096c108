/**
 * The default template of each document, as blocks with `{{tags}}`: created once as a Google Doc,
 * then the curator may edit the wording there. Orders follow seed 002 and ГОСТ Р 7.0.97-2016: the
 * organisation, ПРИКАЗ, the date at the left and the number at the right margin, the place, a bold
 * title, the preamble, ПРИКАЗЫВАЮ, numbered items, the signature line (position at the left,
 * initials and surname at the right margin), «С приказом ознакомлены», appendices on new pages.
 * Built into Texts.html, not Code.js (domain/texts.ts): the build fails if the server imports it.
 */
import type { DocKind, OrderKind } from './kinds';
import { approvalCorner, blank, dateLine, grid, heading, item, p, signatureLine, text } from './blocks';
import { FIELD, SET, TAG, TITLE } from './messages';
import { APPENDIX, ORDER_BODY, ORDER_FRAME } from './wording';
import { tag, type Block } from './model';
import { papersTemplate } from './papers';
import { programmeTemplate } from './programme';
import { regulationTemplate } from './regulation';

function orderHeader(title: string): Block[] {
  return [
    heading(tag(TAG.org)),
    blank(),
    p(ORDER_FRAME.order, { align: 'center', bold: true, size: 'large' }),
    blank(),
    dateLine(),
    p(tag(TAG.place), { align: 'center' }),
    blank(),
    p(title, { bold: true }),
    blank(),
  ];
}

function footer(ack: boolean): Block[] {
  const out: Block[] = [blank(), blank(), signatureLine()];
  if (ack) {
    out.push(blank(), p(ORDER_FRAME.acquainted),
      grid(ORDER_FRAME.ackHeader, SET.ack, [FIELD.name, FIELD.position, FIELD.done, FIELD.when]));
  }
  return out;
}

function appendix(n: number, caption: string, table: Block): Block[] {
  return [
    { kind: 'pageBreak' },
    approvalCorner(ORDER_FRAME.appendix(n)),
    blank(),
    heading(caption),
    blank(),
    table,
  ];
}

const PERSON_FIELDS = [FIELD.n, FIELD.name, FIELD.role, FIELD.form];
const APPENDICES: Partial<Record<OrderKind, Block[]>> = {
  pairs: appendix(1, APPENDIX.pairs, grid(APPENDIX.pairsHeader, SET.pair, [FIELD.n, FIELD.mentor, FIELD.mentee, FIELD.form, FIELD.period])),
  mentors: appendix(1, APPENDIX.mentors, grid(APPENDIX.mentorsHeader, SET.person, PERSON_FIELDS)),
  reward: appendix(1, APPENDIX.reward, grid(APPENDIX.mentorsHeader, SET.person, PERSON_FIELDS)),
  pairChanges: appendix(1, APPENDIX.changes, grid(APPENDIX.changesHeader, SET.change, [FIELD.n, FIELD.name, FIELD.what, FIELD.when])),
  association: appendix(1, APPENDIX.association, grid(APPENDIX.associationHeader, SET.person, [FIELD.n, FIELD.name, FIELD.role, FIELD.status])),
};

function orderTemplate(kind: OrderKind): Block[] {
  const body = ORDER_BODY[kind];
  return [
    ...orderHeader(TITLE[kind]),
    text(ORDER_FRAME.preamble(body.purpose)),
    blank(),
    p(ORDER_FRAME.decree, { bold: true }),
    ...body.items.map(item),
    item(ORDER_FRAME.control),
    ...footer(true),
    ...(APPENDICES[kind] ?? []),
  ];
}

export function defaultTemplate(kind: DocKind): Block[] {
  switch (kind) {
    case 'regulation': return regulationTemplate();
    case 'programme': return programmeTemplate();
    case 'roadmap': case 'municipalInfo': case 'letter': case 'plan': case 'agreement':
    case 'partnerLetter': case 'parentLetter': case 'certificate':
      return papersTemplate(kind);
    default: return orderTemplate(kind);
  }
}
