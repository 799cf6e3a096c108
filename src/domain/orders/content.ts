/** What fills each document: tag values and repeating rows, from settings, the bases, «Пары» and the roadmap. */
import type { MentoringForm } from '../bases/schema';
import type { ParamKey } from '../bases/settings';
import { schoolYearOf } from '../bases/settings';
import { datedTasks } from '../meetings/plans';
import { addMonths } from '../roadmap/terms';
import { monthOf, monthSpan, orderDate, parseRuDate, shortDate } from './dates';
import type { BatchKind, DocKind, OrderKind } from './kinds';
import { CHANGE_TEXT, FIELD, FILL_TEXT, ORDER_TEXT, SET, TAG } from './messages';
import type { Fill } from './model';
import { byGender, declineName, declinePosition, firstAndMiddle, genderOfName as genderOf, initialsFirst, nameWithPosition, surnameInitials } from './names';
import { mentorKey, mentorsOf, pairKey, type OrderPair, type Person } from './people';

/** A dated, numbered document another one refers to («приказом от … № …»). */
export interface Ref {
  dateIso: string;
  number: string;
}

export interface DocContext {
  params: Record<ParamKey, string>;
  /** The document's date (today for orders). */
  dateIso: string;
  /** The number from the school's journal (orders, outgoing letters). */
  number?: string;
  /** Forms of mentoring of «Настройки», with their participants and role models. */
  forms: readonly MentoringForm[];
  /** The approval order, for the documents it approves. */
  approvedBy?: Ref;
  /** The latest order fixing pairs, for the order changing them. */
  pairsOrder?: Ref;
  /** The final event, as the curator gave it when the order was made. */
  event?: { dateIso?: string; place?: string };
}

/** A row of «Дорожная карта» as the roadmap Doc prints it. */
export interface RoadmapLine {
  stage: string;
  activity: string;
  startIso?: string;
  endIso?: string;
  responsible: string;
  result: string;
}

/** A task of «Индивидуальные планы». */
export interface PlanLine {
  task: string;
  deadlineIso?: string;
  expected: string;
  done: string;
}

/** Everything the documents are made from, read once per execution. */
export interface DocData {
  /** Approved pairs whose participants have valid consent. */
  pairs: OrderPair[];
  /** Approved and completed pairs: thanks and rewards. */
  rewarded: OrderPair[];
  /** Pairs in any state after the approval (approved, completed, replaced): the changes order. */
  history: OrderPair[];
  /** Mentors of the base with valid consent (the mentors order comes before pairs). */
  mentors: Person[];
  roadmap: RoadmapLine[];
  /** Tasks of «Индивидуальные планы» by pair id. */
  plans: Map<string, PlanLine[]>;
}

/** Parameters a kind cannot do without. */
export function requiredParams(kind: DocKind): ParamKey[] {
  if (kind === 'plan' || kind === 'roadmap') return ['orgFullName', 'curator'];
  if (kind === 'municipalInfo') return ['orgFullName', 'director', 'curator', 'municipalBody'];
  return ['orgFullName', 'director', 'curator'];
}

const quoted = (forms: readonly string[]) => forms.map((f) => `«${f}»`).join(', ');
const yearOf = (ctx: DocContext) => ctx.params.schoolYear || schoolYearOf(ctx.dateIso);
const endYearOf = (ctx: DocContext) => yearOf(ctx).split('/')[1] ?? ctx.dateIso.slice(0, 4);
/** The day the pairs order was signed, else 1 September of the school year: changes since then go into the order on changes. */
export const changesFrom = (ctx: DocContext): string => ctx.pairsOrder?.dateIso ?? `${yearOf(ctx).slice(0, 4)}-09-01`;
/** The changes to pairs the order on changes lists. */
export const pairChanges = (ctx: DocContext, history: readonly OrderPair[]): PairChange[] => changesSince(history, changesFrom(ctx), yearEndIso(ctx));
/** «от «01» сентября 2025 г. № 12». */
export const refText = (r: Ref) => `от ${orderDate(r.dateIso)} № ${r.number}`;

/**
 * The day letters of thanks and certificates are dated: the end of the year they thank for — the
 * final event's date when the curator gave one, else 31 May of the school year's second half.
 */
export function yearEndDate(ctx: DocContext): string {
  return ctx.event?.dateIso ?? parseRuDate(ctx.params.finalEventDate) ?? `${endYearOf(ctx)}-05-31`;
}

function common(ctx: DocContext, dateIso = ctx.dateIso): Record<string, string> {
  const p = ctx.params;
  return {
    [TAG.org]: p.orgFullName,
    [TAG.orgShort]: p.orgShortName || p.orgFullName,
    [TAG.address]: p.address,
    [TAG.place]: p.place,
    [TAG.date]: orderDate(dateIso),
    [TAG.number]: ctx.number ?? '',
    [TAG.basis]: p.legalBasis,
    [TAG.year]: yearOf(ctx),
    [TAG.director]: initialsFirst(p.director),
    [TAG.directorFull]: p.director,
    [TAG.directorPosition]: p.directorPosition || ORDER_TEXT.directorDefault,
    [TAG.curator]: [p.curator, p.curatorPosition].filter(Boolean).join(', '),
    [TAG.curatorShort]: initialsFirst(p.curator),
    [TAG.curatorAcc]: p.curator ? nameWithPosition(p.curator, p.curatorPosition, 'accusative') : '',
    [TAG.curatorDat]: p.curator ? declineName(p.curator, 'dative') : '',
    [TAG.responsible]: byGender(genderOf(p.curator), ...ORDER_TEXT.responsible),
    [TAG.planDeadline]: ORDER_TEXT.withinMonth(orderDate(addMonths(ctx.dateIso, 1))),
    [TAG.event]: p.finalEvent,
    [TAG.eventDate]: orderDate(yearEndDate(ctx)),
    [TAG.eventPlace]: ctx.event?.place || p.finalEventPlace || 'актовом зале',
    [TAG.municipal]: p.municipalBody,
    [TAG.approvedBy]: ctx.approvedBy ? refText(ctx.approvedBy) : '',
    [TAG.pairsOrder]: ctx.pairsOrder ? refText(ctx.pairsOrder) : '',
    [TAG.forms]: quoted(ctx.forms.map((f) => f.name)),
  };
}

const periodOf = (p: OrderPair, year: string) =>
  p.startIso && p.endIso ? `${shortDate(p.startIso)} – ${shortDate(p.endIso)}`
    : p.endIso ? `до ${shortDate(p.endIso)}` : ORDER_TEXT.wholeYear(year);

const withRole = (p: Person) => `${p.fullName}, ${p.role}`;

/**
 * «С приказом ознакомлены»: everyone the order gives a duty — the curator, adult mentors, teacher
 * mentees. Pupils (minors or not) do not sign the director's orders: their part is in the appendix.
 */
function ackRows(ctx: DocContext, people: readonly Person[]): Record<string, string>[] {
  const rows = [{ [FIELD.name]: ctx.params.curator, [FIELD.position]: ctx.params.curatorPosition }];
  const seen = new Set([ctx.params.curator]);
  for (const p of people) {
    if (p.minor || p.category === 'обучающийся' || seen.has(p.fullName)) continue;
    seen.add(p.fullName);
    rows.push({ [FIELD.name]: p.fullName, [FIELD.position]: p.position || p.role });
  }
  return rows.filter((r) => r[FIELD.name]).map((r) => ({ ...r, [FIELD.done]: '', [FIELD.when]: '' }));
}

const personRows = (people: readonly { person: Person; forms: string[] }[]) => people.map((m, i) => ({
  [FIELD.n]: String(i + 1), [FIELD.name]: m.person.fullName, [FIELD.role]: m.person.role, [FIELD.form]: m.forms.join(', '),
}));

const pairRows = (pairs: readonly OrderPair[], year: string) => pairs.map((p, i) => ({
  [FIELD.n]: String(i + 1), [FIELD.mentor]: withRole(p.mentor), [FIELD.mentee]: withRole(p.mentee), [FIELD.form]: p.form,
  [FIELD.period]: periodOf(p, year),
}));

/** A change to pairs since the last pairs order: a replacement, an early end or an extension (seed 002 §7). */
export interface PairChange {
  pair: OrderPair;
  what: string;
  dateIso: string;
  /** The new pair of a replacement: its participants get duties. */
  next?: OrderPair;
}

/** Changes recorded in «Пары» since a date: «заменена», «завершена» not by plan, an end after the school year. */
export function changesSince(history: readonly OrderPair[], sinceIso: string, yearEndIso: string): PairChange[] {
  const out: PairChange[] = [];
  for (const p of history) {
    if (p.status === 'заменена' && p.endIso && p.endIso >= sinceIso) {
      const next = history.find((q) => q !== p && q.mentee.code === p.mentee.code && q.status === 'утверждена' && q.mentor.code !== p.mentor.code);
      out.push({ pair: p, dateIso: p.endIso, ...(next ? { next } : {}),
        what: CHANGE_TEXT.replaced(surnameInitials(p.mentor.fullName), next ? surnameInitials(next.mentor.fullName) : '—', p.endReason) });
    } else if (p.status === 'завершена' && p.endIso && p.endIso >= sinceIso && p.endReason && p.endReason !== 'план выполнен') {
      out.push({ pair: p, dateIso: p.endIso, what: CHANGE_TEXT.ended(p.endReason) });
    } else if (p.status === 'утверждена' && p.endIso && p.endIso > yearEndIso) {
      out.push({ pair: p, dateIso: p.startIso ?? sinceIso, what: CHANGE_TEXT.extended(shortDate(p.endIso)) });
    }
  }
  return out.sort((a, b) => a.dateIso.localeCompare(b.dateIso));
}

export const yearEndIso = (ctx: DocContext) => `${endYearOf(ctx)}-06-30`;

/** The forms of «Настройки» as the Положение and the programme print them. */
const formRows = (forms: readonly MentoringForm[]) => forms.map((f) => ({
  [FIELD.form]: `«${f.name}»`, [FIELD.mentorSide]: f.mentor.join(', '), [FIELD.menteeSide]: f.mentee.join(', '),
  [FIELD.roleModels]: f.roleModels.length ? f.roleModels.map((m) => `«${m}»`).join('; ') : '—',
}));

/** An order: tag values, the appendix rows and those who sign «С приказом ознакомлены». */
export function orderFill(kind: OrderKind, ctx: DocContext, data: DocData): Fill {
  const values = common(ctx);
  const year = values[TAG.year]!;
  const source = kind === 'reward' ? data.rewarded : data.pairs;
  const usedForms = [...new Set(source.map((p) => p.form).filter(Boolean))];
  if (usedForms.length && kind !== 'implement') values[TAG.forms] = quoted(usedForms);
  const sets: Fill['sets'] = {};
  let duty: Person[] = [];
  if (kind === 'mentors' || kind === 'association') {
    const people = data.mentors.map((m) => ({ person: m, forms: m.form ? [m.form] : [] }));
    sets[SET.person] = kind === 'mentors' ? personRows(people)
      : people.map((m, i) => ({ [FIELD.n]: String(i + 1), [FIELD.name]: m.person.fullName, [FIELD.role]: m.person.role, [FIELD.status]: 'член объединения' }));
    duty = data.mentors;
  } else if (kind === 'pairs') {
    sets[SET.pair] = pairRows(data.pairs, year);
    duty = data.pairs.flatMap((p) => [p.mentor, p.mentee]);
  } else if (kind === 'reward') {
    sets[SET.person] = personRows(mentorsOf(data.rewarded));
  } else if (kind === 'pairChanges') {
    const changes = pairChanges(ctx, data.history);
    sets[SET.change] = changes.map((c, i) => ({
      [FIELD.n]: String(i + 1), [FIELD.name]: `${surnameInitials(c.pair.mentor.fullName)} — ${surnameInitials(c.pair.mentee.fullName)}`,
      [FIELD.what]: c.what, [FIELD.when]: shortDate(c.dateIso),
    }));
    duty = changes.flatMap((c) => [c.pair.mentor, c.pair.mentee, ...(c.next ? [c.next.mentor] : [])]);
  }
  sets[SET.ack] = ackRows(ctx, duty);
  return { values, sets };
}

/** Положение, программа, дорожная карта: appendices 1–3 of the approval order. */
export function approvedFill(kind: 'regulation' | 'programme' | 'roadmap', ctx: DocContext, data: DocData): Fill {
  const values = common(ctx);
  if (kind !== 'roadmap') return { values, sets: { [SET.form]: formRows(ctx.forms) } };
  // Each stage opens with a row of its own, as printed roadmaps group their activities (and five
  // columns fit portrait A4 without breaking a word).
  const rows: Record<string, string>[] = [];
  data.roadmap.forEach((r, i) => {
    if (r.stage && (i === 0 || data.roadmap[i - 1]!.stage !== r.stage)) {
      rows.push({ [FIELD.n]: '', [FIELD.content]: r.stage, [FIELD.when]: '', [FIELD.who]: '', [FIELD.result]: '' });
    }
    rows.push({
      [FIELD.n]: String(i + 1), [FIELD.content]: r.activity,
      [FIELD.when]: r.startIso && r.endIso ? monthSpan(r.startIso, r.endIso) : r.endIso ? `до ${shortDate(r.endIso)}` : 'в течение года',
      [FIELD.who]: r.responsible, [FIELD.result]: r.result,
    });
  });
  return { values, sets: { [SET.row]: rows } };
}

/** Information to the municipal body: counts by category, and the pairs (minors without their names). */
export function municipalFill(ctx: DocContext, data: DocData): Fill {
  const values = common(ctx);
  const mentors = mentorsOf(data.pairs).map((m) => m.person);
  const mentees = [...new Map(data.pairs.map((p) => [p.mentee.code || p.mentee.fullName, p.mentee])).values()];
  const count = (people: Person[], student: boolean) => String(people.filter((p) => (p.category === 'обучающийся') === student).length);
  const counts = [
    ['Наставники — педагоги и другие взрослые', count(mentors, false)], ['Наставники — обучающиеся', count(mentors, true)],
    ['Наставляемые — педагоги', count(mentees, false)], ['Наставляемые — обучающиеся', count(mentees, true)],
    ['Наставнических пар (групп)', String(new Set(data.pairs.map((p) => p.pairId)).size)],
  ].map(([c, n]) => ({ [FIELD.category]: c!, [FIELD.count]: n! }));
  const who = (p: Person) => (p.minor ? p.role : withRole(p));
  const rows = data.pairs.map((p, i) => ({
    [FIELD.n]: String(i + 1), [FIELD.mentor]: who(p.mentor), [FIELD.mentee]: who(p.mentee), [FIELD.form]: p.form, [FIELD.period]: periodOf(p, values[TAG.year]!),
  }));
  return { values, sets: { [SET.stage]: counts, [SET.pair]: rows } };
}

const dearOf = (name: string) => {
  const g = genderOf(name);
  return g === 'androgynous' ? FILL_TEXT.dearAny : byGender(g, ...FILL_TEXT.dear);
};

/** A letter of thanks to one mentor, dated at the end of the year it thanks for. */
export function letterFill(mentor: Person, forms: readonly string[], ctx: DocContext): Fill {
  const values = common(ctx, yearEndDate(ctx));
  values[TAG.toWhom] = nameWithPosition(mentor.fullName, mentor.minor ? '' : mentor.position, 'dative');
  values[TAG.dear] = dearOf(mentor.fullName);
  values[TAG.address2] = firstAndMiddle(mentor.fullName);
  values[TAG.form] = quoted(forms);
  return { values, sets: {} };
}

/** A letter to the parent of a pupil mentor (seed 001 §8). */
export function parentLetterFill(mentor: Person, ctx: DocContext): Fill {
  const values = common(ctx, yearEndDate(ctx));
  const g = mentor.gender;
  values[TAG.toWhom] = declineName(mentor.parent, 'dative');
  values[TAG.dear] = dearOf(mentor.parent);
  values[TAG.address2] = firstAndMiddle(mentor.parent);
  values[TAG.son] = byGender(g, 'сына', 'дочери');
  values[TAG.mentor] = `${declineName(mentor.fullName, 'genitive')}, ${byGender(g, 'обучающегося', 'обучающейся')}${mentor.grade ? ` ${mentor.grade} класса` : ''}`;
  values[TAG.thanks] = `${byGender(g, 'который', 'которая')} был${byGender(g, '', 'а')} наставником младших школьников`;
  return { values, sets: {} };
}

/** A letter of thanks to a partner organisation for its specialists' mentoring (seed 004). */
export function partnerLetterFill(organisation: string, people: readonly Person[], ctx: DocContext): Fill {
  const values = common(ctx, yearEndDate(ctx));
  values[TAG.toWhom] = `Руководителю ${organisation}`;
  values[TAG.dear] = 'Уважаемый';
  values[TAG.address2] = 'руководитель';
  values[TAG.partner] = organisation;
  values[TAG.thanks] = `наставничество ${people.length === 1 ? 'специалиста' : 'специалистов'} ${people.map((p) => declineName(p.fullName, 'genitive')).join(', ')}`;
  return { values, sets: {} };
}

/** A «Лучший наставник» certificate (seed 001 §8). */
export function certificateFill(mentor: Person, forms: readonly string[], ctx: DocContext): Fill {
  const values = common(ctx, yearEndDate(ctx));
  values[TAG.mentor] = mentor.fullName;
  values[TAG.toWhom] = mentor.role;
  values[TAG.thanks] = `в форме наставничества ${quoted(forms)}`;
  return { values, sets: {} };
}

/** The individual plan of one pair: the tasks of «Индивидуальные планы», and who approves it. */
export function planFill(pair: OrderPair, ctx: DocContext, tasks: readonly PlanLine[] = []): Fill {
  const values = common(ctx, pair.startIso ?? ctx.dateIso);
  const year = values[TAG.year]!;
  values[TAG.mentor] = withRole(pair.mentor);
  values[TAG.mentee] = withRole(pair.mentee);
  values[TAG.form] = pair.form;
  values[TAG.roleModel] = pair.roleModel || FILL_TEXT.noRoleModel;
  values[TAG.period] = periodOf(pair, year);
  const start = pair.startIso ?? ctx.dateIso;
  // The sheet's tasks when the pair has them; else the same form-specific template the sheet is filled from.
  const lines: PlanLine[] = tasks.length ? [...tasks] : datedTasks(pair.form, start, pair.endIso).map((t) => ({
    task: t.task, expected: t.expected, done: '', deadlineIso: t.deadline,
  }));
  const steps = lines.map((l, i) => ({
    [FIELD.n]: String(i + 1), [FIELD.content]: l.task, [FIELD.when]: l.deadlineIso ? monthOf(l.deadlineIso) : '',
    [FIELD.result]: l.expected, [FIELD.done]: /^нет$/i.test(l.done) ? '' : l.done,
  }));
  const menteeSide = pair.mentee.minor
    ? { [FIELD.role]: 'Законный представитель наставляемого', [FIELD.name]: initialsFirst(pair.mentee.parent) }
    : { [FIELD.role]: 'Наставляемый', [FIELD.name]: initialsFirst(pair.mentee.fullName) };
  const signers = [{ [FIELD.role]: 'Наставник', [FIELD.name]: initialsFirst(pair.mentor.fullName) }, menteeSide];
  return { values, sets: { [SET.step]: steps, [SET.person]: signers } };
}

/** An agreement between the organisation, the mentor, the mentee and a minor's parent (seed 000). */
export function agreementFill(pair: OrderPair, ctx: DocContext): Fill {
  const values = common(ctx);
  const p = ctx.params;
  values[TAG.directorPosition] = inText(declinePosition(p.directorPosition || ORDER_TEXT.directorDefault, 'genitive'));
  values[TAG.directorFull] = declineName(p.director, 'genitive');
  values[TAG.mentor] = withRole(pair.mentor);
  values[TAG.mentee] = withRole(pair.mentee);
  values[TAG.parent] = [
    pair.mentor.minor && pair.mentor.parent ? `, законный представитель наставника ${pair.mentor.parent}` : '',
    pair.mentee.minor && pair.mentee.parent ? `, законный представитель наставляемого ${pair.mentee.parent}` : '',
  ].join('');
  values[TAG.form] = `«${pair.form}»`;
  values[TAG.period] = periodOf(pair, values[TAG.year]!);
  const rows = [
    ['Организация', `${p.directorPosition || ORDER_TEXT.directorDefault} ${initialsFirst(p.director)}`],
    ['Наставник', pair.mentor.fullName],
    ...(pair.mentor.minor && pair.mentor.parent ? [['Законный представитель наставника', pair.mentor.parent]] : []),
    ['Наставляемый', pair.mentee.fullName],
    ...(pair.mentee.minor && pair.mentee.parent ? [['Законный представитель наставляемого', pair.mentee.parent]] : []),
  ].map(([role, name]) => ({ [FIELD.role]: role!, [FIELD.name]: name!, [FIELD.done]: '' }));
  return { values, sets: { [SET.person]: rows } };
}

/** A position inside a sentence: «Директор» of the signature line becomes «директора»; «ВРИО» stays. */
const inText = (s: string) => (/^[А-ЯЁ][а-яё]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** One document of a batch: its stable key (to resume without duplicates), file name and fill. */
export interface Subject {
  key: string;
  name: string;
  fill: () => Fill;
}

const BEST = /лучш\S* наставник/i;

/** The documents of a batch kind, each with its stable key. */
export function batchSubjects(kind: BatchKind, ctx: DocContext, data: DocData): Subject[] {
  switch (kind) {
    case 'letter':
      return mentorsOf(data.rewarded).map((m) => ({
        key: mentorKey(m.person), name: `Благодарственное письмо — ${m.person.fullName}`, fill: () => letterFill(m.person, m.forms, ctx),
      }));
    case 'certificate':
      return mentorsOf(data.rewarded).filter((m) => BEST.test(m.person.results)).map((m) => ({
        key: mentorKey(m.person), name: `Грамота «Лучший наставник» — ${m.person.fullName}`, fill: () => certificateFill(m.person, m.forms, ctx),
      }));
    case 'parentLetter':
      return mentorsOf(data.rewarded).filter((m) => m.person.minor && m.person.parent).map((m) => ({
        key: mentorKey(m.person), name: `Письмо родителям — ${m.person.fullName}`, fill: () => parentLetterFill(m.person, ctx),
      }));
    case 'partnerLetter': {
      const byOrg = new Map<string, Person[]>();
      for (const m of mentorsOf(data.rewarded)) {
        const org = m.person.organisation.trim();
        if (org) byOrg.set(org, [...(byOrg.get(org) ?? []), m.person]);
      }
      return [...byOrg].map(([org, people]) => ({ key: `org:${org.toLowerCase()}`, name: `Благодарственное письмо — ${org}`, fill: () => partnerLetterFill(org, people, ctx) }));
    }
    case 'agreement':
      return data.pairs.map((p) => ({
        key: pairKey(p), name: `Соглашение — ${p.mentor.fullName} / ${p.mentee.fullName}`, fill: () => agreementFill(p, ctx),
      }));
    case 'plan':
      return data.pairs.map((p) => ({
        key: pairKey(p), name: `Индивидуальный план — ${p.mentor.fullName} / ${p.mentee.fullName}`,
        fill: () => planFill(p, ctx, data.plans.get(p.pairId) ?? []),
      }));
  }
}

/** The fill of any single (non-batch) document. */
export function documentFill(kind: Exclude<DocKind, BatchKind>, ctx: DocContext, data: DocData): Fill {
  if (kind === 'regulation' || kind === 'programme' || kind === 'roadmap') return approvedFill(kind, ctx, data);
  if (kind === 'municipalInfo') return municipalFill(ctx, data);
  return orderFill(kind, ctx, data);
}
