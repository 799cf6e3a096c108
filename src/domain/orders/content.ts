/** What fills each document: tag values and repeating rows, from settings and the selected pairs. */
import type { ParamKey } from '../bases/settings';
import { schoolYearOf } from '../bases/settings';
import { addMonths, monthOf, orderDate, shortDate } from './dates';
import type { OrderKind } from './kinds';
import { FIELD, LETTER_TEXT, ORDER_TEXT, PLAN_TEXT, SET, TAG } from './messages';
import type { Fill } from './model';
import { declineName, firstAndMiddle, genderOf, initialsFirst, splitName } from './names';
import { mentorsOf, type OrderPair, type Person } from './people';

export interface DocContext {
  params: Record<ParamKey, string>;
  /** The document's date. */
  dateIso: string;
  /** The order number (orders only). */
  number?: string;
  /** Forms listed in «Настройки», for the order on introducing the model. */
  forms: readonly string[];
}

/** Parameters a kind cannot do without. */
export function requiredParams(kind: OrderKind | 'letter' | 'plan'): ParamKey[] {
  const base: ParamKey[] = ['orgFullName', 'director'];
  return kind === 'plan' ? ['orgFullName'] : [...base, 'curator'];
}

const quoted = (forms: readonly string[]) => forms.map((f) => `«${f}»`).join(', ');

function common(ctx: DocContext): Record<string, string> {
  const p = ctx.params;
  const year = p.schoolYear || schoolYearOf(ctx.dateIso);
  const endYear = year.split('/')[1] ?? '';
  return {
    [TAG.org]: p.orgFullName,
    [TAG.orgShort]: p.orgShortName || p.orgFullName,
    [TAG.place]: p.place,
    [TAG.date]: orderDate(ctx.dateIso),
    [TAG.number]: ctx.number ?? '',
    [TAG.basis]: p.legalBasis,
    [TAG.year]: year,
    [TAG.director]: initialsFirst(p.director),
    [TAG.curatorAcc]: p.curator ? declineName(p.curator, 'accusative') : '',
    [TAG.curatorDat]: p.curator ? declineName(p.curator, 'dative') : '',
    [TAG.planDeadline]: orderDate(addMonths(ctx.dateIso, 1)),
    [TAG.event]: p.finalEvent,
    [TAG.eventDate]: p.finalEventDate || `в мае ${endYear} г.`,
  };
}

const periodOf = (p: OrderPair, year: string) =>
  p.startIso && p.endIso ? `${shortDate(p.startIso)} – ${shortDate(p.endIso)}`
    : p.endIso ? `до ${shortDate(p.endIso)}` : ORDER_TEXT.wholeYear(year);

/** An order: tag values, the appendix rows and those who sign «С приказом ознакомлены». */
export function orderFill(kind: OrderKind, ctx: DocContext, pairs: readonly OrderPair[]): Fill {
  const values = common(ctx);
  const usedForms = [...new Set(pairs.map((p) => p.form).filter(Boolean))];
  values[TAG.forms] = quoted(usedForms.length ? usedForms : ctx.forms);
  const year = values[TAG.year]!;
  const mentors = mentorsOf(pairs);
  const people = mentors.map((m, i) => ({
    [FIELD.n]: String(i + 1), [FIELD.name]: m.person.fullName, [FIELD.role]: m.person.role, [FIELD.form]: m.forms.join(', '),
  }));
  const pairRows = pairs.map((p, i) => ({
    [FIELD.n]: String(i + 1),
    [FIELD.mentor]: p.mentor.fullName, [FIELD.mentorRole]: p.mentor.role,
    [FIELD.mentee]: p.mentee.fullName, [FIELD.menteeRole]: p.mentee.role,
    [FIELD.form]: p.form, [FIELD.period]: periodOf(p, year),
  }));
  const withMentors = kind === 'mentors' || kind === 'pairs' || kind === 'reward';
  // Minors do not sign orders: the acquaintance list is the curator and adult mentors.
  const ack = [ctx.params.curator, ...(withMentors ? mentors.filter((m) => !m.person.minor).map((m) => m.person.fullName) : [])]
    .filter((n, i, all) => n && all.indexOf(n) === i)
    .map((n) => ({ [FIELD.name]: n }));
  return { values, sets: { [SET.pair]: pairRows, [SET.person]: people, [SET.ack]: ack } };
}

/** A letter of thanks to one mentor. */
export function letterFill(mentor: Person, forms: readonly string[], ctx: DocContext): Fill {
  const values = common(ctx);
  const g = genderOf(splitName(mentor.fullName));
  values[TAG.toWhom] = declineName(mentor.fullName, 'dative');
  values[TAG.dear] = g === 'male' ? LETTER_TEXT.dearMale : g === 'female' ? LETTER_TEXT.dearFemale : LETTER_TEXT.dearAny;
  values[TAG.address] = firstAndMiddle(mentor.fullName);
  values[TAG.form] = forms.join('», «');
  return { values, sets: {} };
}

/** The individual plan of one pair: steps spread over the pair's months. */
export function planFill(pair: OrderPair, ctx: DocContext): Fill {
  const values = common(ctx);
  const year = values[TAG.year]!;
  values[TAG.mentor] = `${pair.mentor.fullName}, ${pair.mentor.role}`;
  values[TAG.mentee] = `${pair.mentee.fullName}, ${pair.mentee.role}`;
  values[TAG.form] = pair.form;
  values[TAG.roleModel] = pair.roleModel || PLAN_TEXT.noRoleModel;
  values[TAG.period] = periodOf(pair, year);
  const start = pair.startIso ?? ctx.dateIso;
  const months = [0, 0, 1, 1, 4, 8];
  const steps = PLAN_TEXT.steps.map(([content, result], i) => ({
    [FIELD.n]: String(i + 1), [FIELD.content]: content, [FIELD.when]: monthOf(addMonths(start, months[i] ?? 0)),
    [FIELD.result]: result, [FIELD.done]: '',
  }));
  return { values, sets: { [SET.step]: steps } };
}
