import type { Cell } from '../cell';
import { KPI_LABELS, type Kpi } from './kpi';
import { KPI_TEXT, STAGE1, STAGE2 } from './messages';
import type { Stage1 } from './stage1';
import type { ParameterResult, Stage2 } from './stage2';

/** A block of the sheet: the 1-based row of its header and how many data rows follow. */
export interface Block {
  row: number;
  rows: number;
  columns: number;
}

export interface MonitoringLayout {
  values: Cell[][];
  stage1: Block;
  distribution: Block;
  stage2: Block;
  correlations: Block;
  /** Rows holding a title (bold). */
  titles: number[];
}

/** p-values below 0.0001 would round to 0: written as text «< 0,0001». */
const pCell = (p: number | null): Cell => (p !== null && p < 0.0001 ? '< 0,0001' : round(p, 4));
const round = (v: number | null, digits = 2): Cell => (v === null || !Number.isFinite(v) ? '' : Math.round(v * 10 ** digits) / 10 ** digits);
export const WIDTH = STAGE2.headers.length;

/** The «Мониторинг» sheet as one rectangle: stage 1, its chart data, stage 2 and the correlations. */
export function monitoringLayout(stage1: Stage1, stage2: Stage2, threshold: number, meetingsKnown: boolean): MonitoringLayout {
  const out: Cell[][] = [];
  const titles: number[] = [];
  const title = (text: string) => {
    out.push([text]);
    titles.push(out.length);
  };
  const block = (headers: readonly string[], rows: Cell[][]): Block => {
    out.push([...headers]);
    const b = { row: out.length, rows: rows.length, columns: headers.length };
    out.push(...rows);
    return b;
  };

  title(STAGE1.title);
  out.push([STAGE1.threshold(threshold)]);
  const s1 = block(STAGE1.headers, stage1.questions.map((q) => [
    q.question, q.form || STAGE1.allForms, q.n, round(q.mean), round(q.median), q.scale, round(q.satisfied, 4), STAGE1.distribution(q.distribution),
  ]));
  if (!stage1.questions.length) out.push([STAGE1.none]);
  out.push([]);
  title(STAGE1.strongest);
  for (const q of stage1.strongest) out.push([STAGE1.point(q.question, q.mean, q.scale, q.satisfied, q.n)]);
  title(STAGE1.weakest);
  for (const q of stage1.weakest) out.push([STAGE1.point(q.question, q.mean, q.scale, q.satisfied, q.n)]);
  if (stage1.open) out.push([STAGE1.open(stage1.open)]);
  out.push([]);
  title(STAGE1.chartData);
  const dist = block(STAGE1.chartHeaders, stage1.distribution.counts.map((c, i) => [i + 1, c]));
  out.push([]);

  title(STAGE2.title);
  out.push([STAGE2.note]);
  const s2 = block(STAGE2.headers, stage2.parameters.map(parameterRow));
  if (!stage2.parameters.length) out.push([STAGE2.none]);
  const onlyOne = stage2.parameters.reduce((s, p) => s + p.onlyEntry + p.onlyExit, 0);
  if (onlyOne) out.push([STAGE2.onlyOne(onlyOne)]);
  for (const p of stage2.parameters) out.push([describeParameter(p)]);
  out.push([]);
  title(STAGE2.correlations);
  const { satisfaction, meetings } = stage2.correlations;
  const corr = (label: string, c: typeof satisfaction): Cell[] => [label, c.n, round(c.rho, 3), pCell(c.p), STAGE2.correlation(c.rho, c.p)];
  const cb = block(STAGE2.correlationHeaders, [
    corr(STAGE2.withSatisfaction, satisfaction),
    ...(meetings ? [corr(STAGE2.withMeetings, meetings)] : []),
  ]);
  if (!meetingsKnown) out.push([STAGE2.noMeetings]);

  const values = out.map((r) => [...r, ...Array<Cell>(WIDTH - r.length).fill('')]);
  return { values, stage1: s1, distribution: dist, stage2: s2, correlations: cb, titles };
}

function parameterRow(p: ParameterResult): Cell[] {
  const t = p.test;
  return [
    p.parameter, round(p.entryMean), round(p.exitMean), p.role, p.pairs, p.onlyEntry, p.onlyExit, round(p.medianChange),
    t.wPlus, t.wMinus, round(t.z, 3), pCell(t.p), STAGE2.method[t.method], round(t.r, 3), STAGE2.verdict[p.verdict],
  ];
}

/** «Параметр»: значимое улучшение (p = 0,012, r = 0,61 — большой эффект, n = 14). */
export function describeParameter(p: ParameterResult): string {
  if (p.verdict === 'tooFew') return STAGE2.tooFew(p.parameter, p.pairs);
  return STAGE2.describe(p.parameter, STAGE2.verdict[p.verdict], p.test.p, p.test.r, p.pairs, STAGE2.effect(p.test.r));
}

/** «Показатели»: one row per indicator, with what the actual share was computed from. */
export function kpiRows(kpis: readonly Kpi[], year: string): Cell[][] {
  return [
    KPI_TEXT.headers,
    ...kpis.map((k) => [
      KPI_LABELS[k.key], round(k.actual, 1), k.target.value, year, KPI_TEXT.status[k.status],
      KPI_TEXT.basis(k.count, k.of) + (k.target.fromSettings ? '' : KPI_TEXT.defaultTarget),
    ]),
  ];
}
