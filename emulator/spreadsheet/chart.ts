/**
 * EmbeddedChartBuilder, EmbeddedChart, ContainerInfo, ChartOptions and the Charts service's enums —
 * reference: developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 * Charts are recorded as plain data (chart-state.ts); the emulator draws nothing itself.
 */
import { AppsScriptException } from '../errors';
import type { Host } from '../host';
import { blankChart, chartsOf, cloneChart, newChartId, specOf, type ChartSpec, type ChartState } from './chart-state';
import type { BookState, SheetState } from './model';
import { expose, int, lookup, signatureMismatch, str } from './refs';
import { provide, views } from './views';

/** Charts.ChartType: the enum's values are their names, as in Apps Script. */
export const CHART_TYPES = [
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR', 'LINE',
  'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
] as const;

/** The global `Charts`: only the enums an embedded chart needs. */
export function createCharts(host: Host) {
  const enumOf = (names: readonly string[]) => Object.freeze(Object.fromEntries(names.map((n) => [n, n])));
  const service = {
    ChartType: enumOf(CHART_TYPES),
    ChartMergeStrategy: enumOf(['MERGE_COLUMNS', 'MERGE_ROWS']),
    ChartHiddenDimensionStrategy: enumOf(['IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH']),
    Position: enumOf(['TOP', 'RIGHT', 'BOTTOM', 'NONE']),
  };
  void host;
  return expose<GoogleAppsScript.Charts.Charts>(service, 'Charts');
}

const chartStates = new WeakMap<object, { sheet: SheetState; state: ChartState }>();

function newChartBuilder(book: BookState, sheet: SheetState, from?: ChartState): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  return ChartBuilder.create(book, sheet, from ? cloneChart(from) : blankChart());
}

class ChartBuilder {
  readonly #book: BookState;
  readonly #sheet: SheetState;
  readonly #s: ChartState;
  #self!: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
  private constructor(book: BookState, sheet: SheetState, state: ChartState) {
    this.#book = book;
    this.#sheet = sheet;
    this.#s = state;
  }
  static create(book: BookState, sheet: SheetState, state: ChartState) {
    const view = new ChartBuilder(book, sheet, state);
    view.#self = expose<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>(view, 'EmbeddedChartBuilder');
    return view.#self;
  }
  #hit(method: string) {
    this.#book.host.calls.hit(`EmbeddedChartBuilder.${method}`);
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range) {
    this.#hit('addRange');
    this.#s.ranges.push({ ...lookup.range(range, 'EmbeddedChartBuilder.addRange') });
    return this.#self;
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range) {
    this.#hit('removeRange');
    const r = lookup.range(range, 'EmbeddedChartBuilder.removeRange');
    this.#s.ranges = this.#s.ranges.filter((x) => !(x.sheet === r.sheet && x.row === r.row && x.col === r.col && x.numRows === r.numRows && x.numCols === r.numCols));
    return this.#self;
  }
  clearRanges() { this.#hit('clearRanges'); this.#s.ranges = []; return this.#self; }
  getRanges() { this.#hit('getRanges'); return this.#s.ranges.map((r) => views.range(this.#book, { ...r })); }
  setChartType(type: GoogleAppsScript.Charts.ChartType) {
    this.#hit('setChartType');
    const t = type as unknown;
    if (typeof t !== 'string' || !(CHART_TYPES as readonly string[]).includes(t)) throw signatureMismatch('EmbeddedChartBuilder.setChartType', [type]);
    this.#s.type = t;
    return this.#self;
  }
  getChartType() { this.#hit('getChartType'); return this.#s.type as unknown as GoogleAppsScript.Charts.ChartType; }
  setOption(option: string, value: unknown) {
    this.#hit('setOption');
    str(option, 'EmbeddedChartBuilder.setOption', [option, value]);
    this.#s.options.set(option, structuredClone(value));
    return this.#self;
  }
  /** Anchored at a cell (1-based), offset in pixels. */
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number) {
    this.#hit('setPosition');
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    const [row, column, x, y] = args.map((a) => int(a, 'EmbeddedChartBuilder.setPosition', args)) as [number, number, number, number];
    if (row < 1 || column < 1) throw new AppsScriptException('Those rows are out of bounds.');
    this.#s.anchor = { row, column, offsetX: x, offsetY: y };
    return this.#self;
  }
  setNumHeaders(headers: number) { this.#hit('setNumHeaders'); this.#s.numHeaders = int(headers, 'EmbeddedChartBuilder.setNumHeaders', [headers]); return this.#self; }
  setTransposeRowsAndColumns(transpose: boolean) { this.#hit('setTransposeRowsAndColumns'); this.#s.transpose = !!transpose; return this.#self; }
  getContainer() { this.#hit('getContainer'); return containerInfo(this.#s); }
  build() {
    this.#hit('build');
    if (!this.#s.type) throw new AppsScriptException('Chart type must be set.');
    return chartView(this.#book, this.#sheet, cloneChart(this.#s));
  }
}

function containerInfo(s: ChartState): GoogleAppsScript.Spreadsheet.ContainerInfo {
  const a = { ...s.anchor };
  return expose<GoogleAppsScript.Spreadsheet.ContainerInfo>({
    getAnchorRow: () => a.row, getAnchorColumn: () => a.column, getOffsetX: () => a.offsetX, getOffsetY: () => a.offsetY,
  }, 'ContainerInfo');
}

function chartView(book: BookState, sheet: SheetState, state: ChartState): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  const hit = (m: string) => book.host.calls.hit(`EmbeddedChart.${m}`);
  const view = expose<GoogleAppsScript.Spreadsheet.EmbeddedChart>({
    getChartId: () => (hit('getChartId'), state.id || null),
    getRanges: () => (hit('getRanges'), state.ranges.map((r) => views.range(book, { ...r }))),
    getNumHeaders: () => (hit('getNumHeaders'), state.numHeaders),
    getTransposeRowsAndColumns: () => (hit('getTransposeRowsAndColumns'), state.transpose),
    getContainerInfo: () => (hit('getContainerInfo'), containerInfo(state)),
    getOptions: () => (hit('getOptions'), expose<GoogleAppsScript.Charts.ChartOptions>({ get: (o: string) => structuredClone(state.options.get(o) ?? null) }, 'ChartOptions')),
    modify: () => (hit('modify'), newChartBuilder(book, sheet, state)),
  }, 'EmbeddedChart');
  chartStates.set(view, { sheet, state });
  return view;
}

/** Sheet#insertChart, #updateChart, #removeChart, #getCharts. */
const sheetCharts: typeof views.charts = {
  insert(book: BookState, sheet: SheetState, chart: unknown): void {
    const found = chartStates.get(chart as object);
    if (!found) throw signatureMismatch('Sheet.insertChart', [chart]);
    if (found.state.id) throw new AppsScriptException('The chart is already on a sheet.');
    found.state.id = newChartId();
    chartsOf(sheet).push(found.state);
    void book;
  },
  update(sheet: SheetState, chart: unknown): void {
    const found = chartStates.get(chart as object);
    if (!found) throw signatureMismatch('Sheet.updateChart', [chart]);
    const list = chartsOf(sheet);
    const i = list.findIndex((c) => c.id === found.state.id);
    if (i < 0) throw new AppsScriptException('The chart was not found on this sheet.');
    list[i] = found.state;
  },
  remove(sheet: SheetState, chart: unknown): void {
    const found = chartStates.get(chart as object);
    if (!found) throw signatureMismatch('Sheet.removeChart', [chart]);
    const list = chartsOf(sheet);
    const i = list.findIndex((c) => c.id === found.state.id);
    if (i >= 0) list.splice(i, 1);
  },
  list(book: BookState, sheet: SheetState): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return chartsOf(sheet).map((c) => chartView(book, sheet, c));
  },
};

/** The recorded charts of a sheet, as plain data (for tests and the .xlsx export). */
export function chartSpecs(sheet: GoogleAppsScript.Spreadsheet.Sheet): ChartSpec[] {
  return chartsOf(lookup.sheet(sheet, 'chartSpecs')).map(specOf);
}

provide({ chartBuilder: newChartBuilder, charts: sheetCharts });
