/**
 * Native charts in the .xlsx: exceljs cannot write charts, so after it has written the workbook
 * each embedded chart is added as a DrawingML chart part (c:barChart) that refers to the same cells
 * and carries their values as a cache. Excel and LibreOffice draw them as real, editable charts.
 */
import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { NotEmulated } from '../errors';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ExportChart {
  /** The sheet the chart sits on (its name in the workbook being written). */
  sheet: string;
  type: string;
  title: string;
  /** Excel name of the data's sheet and the data, header row first. */
  dataSheet: string;
  top: number;
  left: number;
  values: unknown[][];
  anchor: { row: number; column: number };
}

/** The charts of a sheet through the Apps Script API; an implementation without charts has none. */
export function chartsOf(sheet: Sheet, names: Map<string, string>): ExportChart[] {
  let charts: GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  if (typeof (sheet as Partial<Sheet>).getCharts !== 'function') return [];
  try {
    charts = sheet.getCharts();
  } catch (e) {
    if (e instanceof NotEmulated) return [];
    throw e;
  }
  const own = names.get(sheet.getName()) ?? sheet.getName();
  return charts.flatMap((chart) => {
    const range = chart.getRanges()[0];
    if (!range) return [];
    const info = chart.getContainerInfo();
    const dataName = range.getSheet().getName();
    return [{
      sheet: own, type: String(chart.modify().getChartType()), title: String(chart.getOptions().get('title') ?? ''),
      dataSheet: names.get(dataName) ?? dataName, top: range.getRow(), left: range.getColumn(), values: range.getValues(),
      anchor: { row: info.getAnchorRow(), column: info.getAnchorColumn() },
    }];
  });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const col = (n: number) => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};
const ref = (sheet: string, c: number, r1: number, r2 = r1) =>
  esc(`'${sheet.replace(/'/g, "''")}'!$${col(c)}$${r1}${r2 === r1 ? '' : `:$${col(c)}$${r2}`}`);
const NS = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const COLORS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];

function chartXml(c: ExportChart): string {
  const rows = c.values.length - 1;
  const first = c.top + 1;
  const last = c.top + rows;
  const cats = c.values.slice(1).map((r) => String(r[0] ?? ''));
  const series = (c.values[0] ?? []).slice(1).map((header, i) => {
    const column = c.left + 1 + i;
    const nums = c.values.slice(1).map((r) => (typeof r[i + 1] === 'number' ? (r[i + 1] as number) : 0));
    return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>`
      + `<c:tx><c:strRef><c:f>${ref(c.dataSheet, column, c.top)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${esc(String(header))}</c:v></c:pt></c:strCache></c:strRef></c:tx>`
      + `<c:spPr><a:solidFill><a:srgbClr val="${COLORS[i % COLORS.length]}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`
      + `<c:cat><c:strRef><c:f>${ref(c.dataSheet, c.left, first, last)}</c:f><c:strCache><c:ptCount val="${rows}"/>${cats.map((v, k) => `<c:pt idx="${k}"><c:v>${esc(v)}</c:v></c:pt>`).join('')}</c:strCache></c:strRef></c:cat>`
      + `<c:val><c:numRef><c:f>${ref(c.dataSheet, column, first, last)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${rows}"/>${nums.map((v, k) => `<c:pt idx="${k}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache></c:numRef></c:val></c:ser>`;
  }).join('');
  const dir = c.type === 'BAR' ? 'bar' : 'col';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace ${NS}><c:roundedCorners val="0"/><c:chart>`
    + `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(c.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    + `<c:plotArea><c:layout/><c:barChart><c:barDir val="${dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}`
    + `<c:gapWidth val="80"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>`
    + `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${dir === 'bar' ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${dir === 'bar' ? 'l' : 'b'}"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>`
    + `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${dir === 'bar' ? 'b' : 'l'}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
    + `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}

function anchorXml(c: ExportChart, id: number, rel: string): string {
  const from = `<xdr:from><xdr:col>${c.anchor.column - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.anchor.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;
  const to = `<xdr:to><xdr:col>${c.anchor.column + 7}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.anchor.row + 17}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;
  return `<xdr:twoCellAnchor>${from}${to}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${esc(c.title || `Chart ${id}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
    + `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">`
    + `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${rel}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Adds the charts to an .xlsx file exceljs has written. */
export async function addChartsToXlsx(file: string, charts: readonly ExportChart[]): Promise<void> {
  if (!charts.length) return;
  const zip = await JSZip.loadAsync(await readFile(file));
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const workbook = await text('xl/workbook.xml');
  const wbRels = await text('xl/_rels/workbook.xml.rels');
  let types = await text('[Content_Types].xml');
  const sheetPath = (name: string) => {
    const rid = new RegExp(`<sheet [^>]*name="${esc(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
    const target = rid ? new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(wbRels) : null;
    const t = target?.[1] ?? target?.[2];
    return t ? `xl/${t.replace(/^\/?xl\//, '')}` : null;
  };
  let chartNo = 0;
  let drawingNo = 0;
  for (const sheet of [...new Set(charts.map((c) => c.sheet))]) {
    const path = sheetPath(sheet);
    if (!path) continue;
    const mine = charts.filter((c) => c.sheet === sheet);
    const d = ++drawingNo;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    mine.forEach((c, i) => {
      const n = ++chartNo;
      zip.file(`xl/charts/chart${n}.xml`, chartXml(c));
      types = types.replace('</Types>', `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
      drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/chart" Target="../charts/chart${n}.xml"/>`);
      anchors.push(anchorXml(c, i + 1, `rId${i + 1}`));
    });
    zip.file(`xl/drawings/drawing${d}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">${anchors.join('')}</xdr:wsDr>`);
    zip.file(`xl/drawings/_rels/drawing${d}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRels.join('')}</Relationships>`);
    types = types.replace('</Types>', `<Override PartName="/xl/drawings/drawing${d}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`);
    const relsPath = path.replace(/worksheets\/([^/]+)$/, 'worksheets/_rels/$1.rels');
    const rels = (await text(relsPath)) || `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    zip.file(relsPath, rels.replace('</Relationships>', `<Relationship Id="rIdChartDrawing" Type="${REL}/drawing" Target="../drawings/drawing${d}.xml"/></Relationships>`));
    let xml = await text(path);
    if (!xml.includes('xmlns:r=')) xml = xml.replace('<worksheet ', `<worksheet xmlns:r="${REL}" `);
    const tag = '<drawing r:id="rIdChartDrawing"/>';
    const before = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst'].map((t) => xml.indexOf(t)).filter((i) => i >= 0);
    const at = before.length ? Math.min(...before) : xml.lastIndexOf('</worksheet>');
    zip.file(path, xml.slice(0, at) + tag + xml.slice(at));
  }
  zip.file('[Content_Types].xml', types);
  await writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
