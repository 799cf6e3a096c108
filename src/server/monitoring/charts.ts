import { columnLetter } from '../../domain/table';
import type { Block } from '../../domain/monitoring/layout';
import { KPI_TEXT, SCORECARD_TEXT, STAGE1, STAGE2 } from '../../domain/monitoring/messages';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A chart the add-on owns: found again by its title, so a re-run replaces it and leaves the curator's charts alone. */
export interface ChartPlan {
  sheet: Sheet;
  type: 'COLUMN' | 'BAR';
  title: string;
  /** A1 of the data with its header row: labels in the first column, one series per further column. */
  a1: string;
  anchor: { row: number; column: number };
  axis?: { min?: number; max?: number };
}

export const blockA1 = (b: Block, columns = b.columns) => `A${b.row}:${columnLetter(columns)}${b.row + b.rows}`;

/** Removes our previous charts of these sheets, then inserts the planned ones. */
export function placeCharts(plans: readonly ChartPlan[]): number {
  const titles = new Set(plans.map((p) => p.title));
  for (const sheet of new Set(plans.map((p) => p.sheet))) {
    for (const chart of sheet.getCharts()) if (titles.has(String(chart.getOptions().get('title') ?? ''))) sheet.removeChart(chart);
  }
  for (const p of plans) {
    let b = p.sheet.newChart()
      .setChartType(Charts.ChartType[p.type])
      .addRange(p.sheet.getRange(p.a1))
      .setNumHeaders(1)
      .setPosition(p.anchor.row, p.anchor.column, 0, 0)
      .setOption('title', p.title)
      .setOption('legend', { position: 'bottom' });
    if (p.axis) b = b.setOption('vAxis', { viewWindow: p.axis });
    p.sheet.insertChart(b.build());
  }
  return plans.length;
}

export const CHART_TITLES = {
  growth: STAGE2.chartTitle,
  distribution: STAGE1.chartData,
  kpis: KPI_TEXT.chartTitle,
  scorecard: SCORECARD_TEXT.chartTitle,
};
