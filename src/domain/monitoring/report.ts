import { cellText, formatRuDate, type Cell } from '../cell';
import { APPROVED, COMPLETED } from '../pairs/schema';
import { norm } from './answers';
import { KPI_LABELS, type Kpi } from './kpi';
import { describeParameter } from './layout';
import { HEADLINE, KPI_TEXT, num, REPORT, SCORECARD_TEXT, STAGE1, STAGE2 } from './messages';
import { blank, dateLine, heading, p as para, signatureLine, text } from '../orders/blocks';
import { orderDate } from '../orders/dates';
import type { Block } from '../orders/model';
import { initialsFirst } from '../orders/names';
import { MAX_TOTAL, type ScorecardTotal } from './scorecard';
import { satisfiedShare, type Stage1 } from './stage1';
import type { Stage2 } from './stage2';

/** The report as plain content: adapters render it into a Google Doc or a sheet. */
export interface ReportSection {
  heading: string;
  paragraphs: string[];
  table?: Cell[][];
}

export interface Report {
  title: string;
  subtitle: string;
  sections: ReportSection[];
  /** The covering details of an outgoing letter: organisation, outgoing number and date, who signs. */
  org: string;
  outgoing: string;
  dateIso: string;
  signer: { position: string; name: string };
  curator: string;
}

/** Reports go to the regional centre by 20 December and 20 May (seed 003, roadmap row 29). */
export function reportDate(todayIso: string): string {
  const [y, m, d] = todayIso.split('-').map(Number) as [number, number, number];
  const md = m * 100 + d;
  if (md <= 520) return `${y}-05-20`;
  if (md <= 1220) return `${y}-12-20`;
  return `${y + 1}-05-20`;
}

export interface ReportInput {
  today: string;
  schoolYear: string;
  orgName: string;
  curator: string;
  /** The outgoing number from the school's journal, the head who signs. */
  outgoing?: string;
  director?: string;
  directorPosition?: string;
  pairs: readonly { pairId: string; form: string; mentorCode: string; menteeCode: string; status: string }[];
  stage1: Stage1;
  stage2: Stage2;
  threshold: number;
  kpis: readonly Kpi[];
  scorecard: ScorecardTotal | null;
  roadmap: { done: number; all: number } | null;
}

export function buildReport(r: ReportInput): Report {
  const pct = (v: number | null) => (v === null ? '—' : `${num(v, 1)}%`);
  const all = satisfiedShare(r.stage1.people, null, r.threshold);
  const sections: ReportSection[] = [
    { heading: REPORT.pairs, paragraphs: [], table: pairsByForm(r.pairs) },
    {
      heading: REPORT.coverage,
      paragraphs: [],
      table: [
        [KPI_TEXT.headers[0]!, KPI_TEXT.headers[1]!, KPI_TEXT.headers[2]!, KPI_TEXT.headers[4]!],
        ...r.kpis.map((k) => [KPI_LABELS[k.key], pct(k.actual), pct(k.target.value), KPI_TEXT.status[k.status]]),
      ],
    },
    {
      heading: REPORT.satisfaction,
      paragraphs: [
        all.share === null ? STAGE1.none : `${HEADLINE.satisfied}: ${pct(100 * all.share)} (n = ${all.n}).`,
        ...r.stage1.strongest.map((q) => `${STAGE1.strongest.split(' (')[0]}: ${STAGE1.point(q.question, q.mean, q.scale, q.satisfied, q.n)}.`),
        ...r.stage1.weakest.map((q) => `${STAGE1.weakest.split(' (')[0]}: ${STAGE1.point(q.question, q.mean, q.scale, q.satisfied, q.n)}.`),
      ],
    },
    {
      heading: REPORT.growth,
      paragraphs: r.stage2.parameters.length ? [...r.stage2.parameters.map(describeParameter), STAGE2.note] : [STAGE2.none],
    },
    {
      heading: REPORT.scorecard,
      paragraphs: [
        r.scorecard
          ? REPORT.scorecardLine(r.scorecard.total, MAX_TOTAL, r.scorecard.level ? SCORECARD_TEXT.level[r.scorecard.level] : SCORECARD_TEXT.incomplete(9 - r.scorecard.scored))
          : SCORECARD_TEXT.incomplete(9),
        SCORECARD_TEXT.scale,
      ],
    },
    { heading: REPORT.roadmap, paragraphs: [r.roadmap ? REPORT.roadmapLine(r.roadmap.done, r.roadmap.all) : REPORT.roadmapNone] },
  ];
  return {
    title: `${REPORT.title} ${REPORT.to}`,
    subtitle: [r.orgName, REPORT.period(formatRuDate(reportDate(r.today)), r.schoolYear)].filter(Boolean).join('\n'),
    sections,
    org: r.orgName,
    outgoing: r.outgoing ?? '',
    dateIso: r.today,
    signer: { position: r.directorPosition || 'Директор', name: r.director ? initialsFirst(r.director) : '' },
    curator: r.curator,
  };
}

/**
 * The report as a document: the organisation, the outgoing number and date, the title, the
 * sections with their tables, the head's signature line and the curator as the executor.
 */
export function reportBlocks(r: Report): Block[] {
  const out: Block[] = [
    ...(r.org ? [heading(r.org), blank()] : []),
    dateLine(`Исх. № ${r.outgoing || '______'}`, orderDate(r.dateIso)),
    blank(),
    heading(r.title),
    ...r.subtitle.split('\n').filter((line) => line !== r.org).map((line) => para(line, { align: 'center' })),
  ];
  for (const s of r.sections) {
    out.push(blank());
    if (s.heading) out.push(para(s.heading, { bold: true }));
    for (const t of s.paragraphs) out.push(text(t));
    if (s.table && s.table.length) out.push({ kind: 'table', rows: s.table.map((row) => row.map((c) => cellText(c))) });
  }
  out.push(blank(), blank(), signatureLine(r.signer.position, r.signer.name));
  if (r.curator) out.push(blank(), para(REPORT.curator(r.curator), { size: 'small' }));
  return out;
}

function pairsByForm(pairs: ReportInput['pairs']): Cell[][] {
  const active = pairs.filter((p) => [APPROVED, COMPLETED].includes(norm(p.status) as typeof APPROVED));
  const forms = new Map<string, { ids: Set<string>; mentors: Set<string>; mentees: Set<string> }>();
  for (const p of active) {
    const key = p.form || REPORT.noForm;
    const f = forms.get(key) ?? { ids: new Set(), mentors: new Set(), mentees: new Set() };
    f.ids.add(p.pairId || `${p.mentorCode}/${p.menteeCode}`);
    f.mentors.add(p.mentorCode);
    f.mentees.add(p.menteeCode);
    forms.set(key, f);
  }
  return [
    REPORT.pairsHeaders,
    ...[...forms].sort(([a], [b]) => a.localeCompare(b, 'ru')).map(([form, f]) => [form, f.ids.size, f.mentors.size, f.mentees.size]),
  ];
}

/** Roadmap progress from a «Дорожная карта» grid: rows with an activity, and those marked done. */
export function roadmapProgress(grid: readonly (readonly Cell[])[] | null): { done: number; all: number } | null {
  if (!grid || grid.length < 2) return null;
  const header = (grid[0] ?? []).map((h) => norm(cellText(h)));
  const status = header.findIndex((h) => /статус|выполн|отметка/.test(h));
  const activity = header.findIndex((h) => /мероприят/.test(h));
  if (status < 0 || activity < 0) return null;
  const rows = grid.slice(1).filter((r) => cellText(r[activity]));
  const done = rows.filter((r) => /^(выполнено|выполнен|да|готово|true)$/.test(norm(cellText(r[status])))).length;
  return rows.length ? { done, all: rows.length } : null;
}

/** The sidebar's headline figures: plain JSON. */
export interface MonitoringHeadline {
  satisfied: { label: string; share: number | null; n: number };
  improved: { label: string; count: number; of: number };
  scorecard: { label: string; total: number | null; max: number; level: string };
  targets: { label: string; met: number; of: number };
}

export function headline(stage1: Stage1, stage2: Stage2, threshold: number, kpis: readonly Kpi[], scorecard: ScorecardTotal | null): MonitoringHeadline {
  const all = satisfiedShare(stage1.people, null, threshold);
  const tested = stage2.parameters.filter((p) => p.verdict !== 'tooFew');
  const measured = kpis.filter((k) => k.status !== 'noData');
  return {
    satisfied: { label: HEADLINE.satisfied, share: all.share, n: all.n },
    improved: { label: HEADLINE.improved, count: tested.filter((p) => p.verdict === 'better').length, of: tested.length },
    scorecard: {
      label: HEADLINE.scorecard, total: scorecard ? scorecard.total : null, max: MAX_TOTAL,
      level: scorecard?.level ? SCORECARD_TEXT.level[scorecard.level] : SCORECARD_TEXT.incomplete(9 - (scorecard?.scored ?? 0)),
    },
    targets: { label: HEADLINE.targets, met: measured.filter((k) => k.status === 'met').length, of: measured.length },
  };
}
