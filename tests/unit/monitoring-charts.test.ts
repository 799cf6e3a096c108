import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createWorld } from '../../emulator';
import { chartSpecs } from '../../emulator/spreadsheet/chart';
import { exportXlsx } from '../../emulator/export/xlsx';

function world() {
  const w = createWorld();
  const book = w.spreadsheet;
  const sheet = book.insertSheet('Данные');
  sheet.getRange(1, 1, 4, 3).setValues([['Параметр', 'Вход', 'Выход'], ['Мотивация', 4, 6], ['Уверенность', 5, 7], ['Интерес', 3, 3]]);
  const Charts = w.globals.Charts as GoogleAppsScript.Charts.Charts;
  return { w, book, sheet, Charts };
}

describe('EmbeddedChart in the emulator', () => {
  it('records what the builder was told: type, ranges, options and position', () => {
    const { sheet, Charts } = world();
    const chart = sheet.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sheet.getRange('A1:C4'))
      .setPosition(2, 5, 0, 0).setOption('title', 'Вход и выход').setNumHeaders(1).build();
    expect(sheet.getCharts()).toHaveLength(0);
    sheet.insertChart(chart);
    expect(chartSpecs(sheet)).toEqual([expect.objectContaining({
      type: 'COLUMN', ranges: [`'Данные'!A1:C4`], options: { title: 'Вход и выход' }, anchor: { row: 2, column: 5 }, numHeaders: 1,
    })]);
    const [got] = sheet.getCharts();
    expect(got!.getOptions().get('title')).toBe('Вход и выход');
    expect(got!.getRanges()[0]!.getA1Notation()).toBe('A1:C4');
    expect(got!.getContainerInfo().getAnchorColumn()).toBe(5);
  });

  it('modify + updateChart changes the chart in place; removeChart removes it', () => {
    const { sheet, Charts } = world();
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.BAR).addRange(sheet.getRange('A1:B4')).build());
    const [chart] = sheet.getCharts();
    sheet.updateChart(chart!.modify().setOption('title', 'Новое').build());
    expect(chartSpecs(sheet).map((c) => c.options.title)).toEqual(['Новое']);
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toEqual([]);
  });

  it('refuses a chart without a type, an unknown type and a second insert of the same chart', () => {
    const { sheet, Charts } = world();
    expect(() => sheet.newChart().addRange(sheet.getRange('A1:B2')).build()).toThrow();
    expect(() => sheet.newChart().setChartType('DONUT' as never)).toThrow();
    const chart = sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(sheet.getRange('A1:B2')).build();
    sheet.insertChart(chart);
    expect(() => sheet.insertChart(chart)).toThrow();
    expect(() => sheet.newChart().asColumnChart()).toThrow(/not emulated/);
  });

  it('the .xlsx export writes each chart as a native chart over the same cells', async () => {
    const { book, sheet, Charts } = world();
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sheet.getRange('A1:C4'))
      .setPosition(6, 1, 0, 0).setOption('title', 'Вход и выход').build());
    const file = join(mkdtempSync(join(tmpdir(), 'charts-')), 'book.xlsx');
    await exportXlsx(book, file);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart).toContain('<c:barDir val="col"/>');
    expect(chart).toContain(`<c:f>'Данные'!$B$2:$B$4</c:f>`);
    expect(chart).toContain(`<c:f>'Данные'!$C$1</c:f>`);
    expect(chart).toContain('<c:v>Мотивация</c:v>');
    expect(chart).toContain('Вход и выход');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('/xl/charts/chart1.xml');
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(file);
    expect(reread.getWorksheet('Данные')!.getCell('B2').value).toBe(4);
  });
});
