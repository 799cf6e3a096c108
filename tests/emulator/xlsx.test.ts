import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { exportXlsx, excelFormat } from '../../emulator/export/xlsx';
import { createSpreadsheetApp, FakeSpreadsheet } from '../../emulator/spreadsheet';
import { createUi } from '../../emulator/ui';
import { testHost } from './service-host';

/** Just the Apps Script surface exportXlsx reads, over plain grids; cast once to the real type. */
interface TinySheetData {
  name: string;
  values: unknown[][];
  formulas?: string[][];
  formats?: string[][];
  backgrounds?: string[][];
  weights?: string[][];
  notes?: string[][];
  validations?: (object | null)[][];
  frozenRows?: number;
  widths?: number[];
}

function tinySpreadsheet(sheets: TinySheetData[]): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const grid = <T>(d: TinySheetData, g: T[][] | undefined, empty: T) =>
    d.values.map((row, r) => row.map((_, c) => g?.[r]?.[c] ?? empty));
  const sheet = (d: TinySheetData) => {
    const range = {
      getValues: () => d.values,
      getFormulas: () => grid(d, d.formulas, ''),
      getNumberFormats: () => grid(d, d.formats, ''),
      getBackgrounds: () => grid(d, d.backgrounds, '#ffffff'),
      getFontWeights: () => grid(d, d.weights, 'normal'),
      getNotes: () => grid(d, d.notes, ''),
      getDataValidations: () => grid<object | null>(d, d.validations, null),
    };
    return {
      getName: () => d.name,
      getDataRange: () => range,
      getFrozenRows: () => d.frozenRows ?? 0,
      getColumnWidth: (c: number) => d.widths?.[c - 1] ?? 100,
      getLastRow: () => d.values.length,
      getLastColumn: () => d.values[0]?.length ?? 0,
    };
  };
  const book = { getSheets: () => sheets.map(sheet), getSpreadsheetTimeZone: () => 'Europe/Moscow' };
  return book as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}

const listRule = (items: string[]) => ({
  getCriteriaType: () => 'VALUE_IN_LIST', getCriteriaValues: () => [items, true],
  getAllowInvalid: () => false, getHelpText: () => '',
});
const rangeRule = (sheet: string, a1: string) => ({
  getCriteriaType: () => 'VALUE_IN_RANGE',
  getCriteriaValues: () => [{ getSheet: () => ({ getName: () => sheet }), getA1Notation: () => a1 }, true],
  getAllowInvalid: () => true, getHelpText: () => 'Выберите из списка',
});

async function exportAndRead(book: GoogleAppsScript.Spreadsheet.Spreadsheet): Promise<ExcelJS.Workbook> {
  const file = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'book.xlsx');
  await exportXlsx(book, file);
  const read = new ExcelJS.Workbook();
  await read.xlsx.readFile(file);
  return read;
}

/** 1 Sept 2025, midnight in Moscow, as Sheets holds it. */
const SEPT_1 = new Date('2025-08-31T21:00:00Z');

const sample = () => tinySpreadsheet([
  {
    name: 'Наставляемые',
    values: [['ФИО', 'Класс', 'Дата', 'Анкета', 'Баллы'], ['Иванова Анна', '7А', SEPT_1, 'Форма', 12]],
    formulas: [['', '', '', '', ''], ['', '', '', '=HYPERLINK("https://forms.example/1","Форма")', '=SUM(10,2)']],
    formats: [['', '', '', '', ''], ['@', '@', 'dd.MM.yyyy', '', '0.00']],
    weights: [['bold', 'bold', 'bold', 'bold', 'bold']],
    backgrounds: [['#d9ead3', '#d9ead3', '#ffffff', '#ffffff', '#ffffff']],
    notes: [['', 'Класс на 1 сентября', '', '', '']],
    validations: [[], [null, listRule(['7А', '7Б', '8А']), null, null, null]],
    frozenRows: 1,
    widths: [280, 70, 100, 100, 100],
  },
  {
    name: 'Пары',
    values: [['Наставник'], ['Петров']],
    validations: [[], [rangeRule('Наставники', 'A2:A100')]],
  },
]);

describe('exportXlsx (through a hand-made Apps Script stand-in)', () => {
  it('writes every sheet by name, values included', async () => {
    const wb = await exportAndRead(sample());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Наставляемые', 'Пары']);
    const ws = wb.getWorksheet('Наставляемые')!;
    expect(ws.getCell('A2').value).toBe('Иванова Анна');
    expect(ws.getCell('B2').value).toBe('7А');
  });

  it('writes a date as a date showing the Moscow calendar day, with its number format', async () => {
    const ws = (await exportAndRead(sample())).getWorksheet('Наставляемые')!;
    const cell = ws.getCell('C2');
    expect(cell.value).toEqual(new Date('2025-09-01T00:00:00Z'));
    expect(cell.numFmt).toBe('dd.mm.yyyy');
    expect(ws.getCell('B2').numFmt).toBe('@');
  });

  it('turns =HYPERLINK("url","label") into a hyperlink cell and keeps other formulas with their result', async () => {
    const ws = (await exportAndRead(sample())).getWorksheet('Наставляемые')!;
    expect(ws.getCell('D2').value).toEqual({ text: 'Форма', hyperlink: 'https://forms.example/1' });
    expect(ws.getCell('E2').value).toEqual({ formula: 'SUM(10,2)', result: 12 });
  });

  it('writes a value-list validation as an Excel list', async () => {
    const ws = (await exportAndRead(sample())).getWorksheet('Наставляемые')!;
    expect(ws.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"7А,7Б,8А"'], showErrorMessage: true });
  });

  it('writes a range validation as a list over the absolute range of its sheet', async () => {
    const ws = (await exportAndRead(sample())).getWorksheet('Пары')!;
    expect(ws.getCell('A2').dataValidation).toMatchObject({
      type: 'list', formulae: ["'Наставники'!$A$2:$A$100"], prompt: 'Выберите из списка',
    });
    expect(ws.getCell('A2').dataValidation.showErrorMessage).toBeFalsy();
  });

  it('a long list goes to a hidden helper sheet', async () => {
    const items = Array.from({ length: 60 }, (_, i) => `Учитель ${i + 1}`);
    const book = tinySpreadsheet([{ name: 'A', values: [['x']], validations: [[listRule(items)]] }]);
    const wb = await exportAndRead(book);
    expect(wb.getWorksheet('A')!.getCell('A1').dataValidation.formulae).toEqual(["'_lists'!$A$1:$A$60"]);
    expect(wb.getWorksheet('_lists')!.state).toBe('hidden');
    expect(wb.getWorksheet('_lists')!.getCell('A60').value).toBe('Учитель 60');
  });

  it('freezes the frozen rows and converts column widths from pixels', async () => {
    const ws = (await exportAndRead(sample())).getWorksheet('Наставляемые')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.getColumn(2).width).toBe(10);
  });

  it('writes bold, background fills and notes', async () => {
    const ws = (await exportAndRead(sample())).getWorksheet('Наставляемые')!;
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9EAD3' } });
    expect((ws.getCell('C1').fill as { pattern?: string } | undefined)?.pattern).not.toBe('solid');
    expect(ws.getCell('B1').note).toBe('Класс на 1 сентября');
  });

  it('maps Sheets number formats to Excel: months to m, quoted text and AM/PM kept', () => {
    expect(excelFormat('dd.MM.yyyy')).toBe('dd.mm.yyyy');
    expect(excelFormat('dd.MM.yyyy HH:mm')).toBe('dd.mm.yyyy HH:mm');
    expect(excelFormat('"Month" M h:mm AM/PM')).toBe('"Month" m h:mm AM/PM');
    expect(excelFormat('@')).toBe('@');
    expect(excelFormat('')).toBeUndefined();
  });
});

describe('exportXlsx (through the emulator’s FakeSpreadsheet)', () => {
  async function exported() {
    const host = testHost();
    const book = new FakeSpreadsheet(host, { name: 'Наставничество' });
    const ss = book.asApi();
    const app = createSpreadsheetApp(host, book, createUi(host));
    const sheet = ss.getSheets()[0]!.setName('Наставляемые');
    sheet.getRange('A:B').setNumberFormat('@');
    sheet.getRange(1, 1, 2, 3).setValues([['ФИО', 'Класс', 'Дата'], ['Иванова Анна', '7А', SEPT_1]]);
    sheet.getRange('C2').setNumberFormat('dd.MM.yyyy');
    sheet.getRange('A1:C1').setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(1, 280);
    sheet.getRange('B2').setDataValidation(app.newDataValidation().requireValueInList(['7А', '7Б']).build());
    return exportAndRead(ss);
  }

  it('writes values, a date, a validation list, the frozen row and a width', async () => {
    const ws = (await exported()).getWorksheet('Наставляемые')!;
    expect(ws.getCell('A2').value).toBe('Иванова Анна');
    expect(ws.getCell('C2').value).toEqual(new Date('2025-09-01T00:00:00Z'));
    expect(ws.getCell('C2').numFmt).toBe('dd.mm.yyyy');
    expect(ws.getCell('B2').dataValidation).toMatchObject({ type: 'list', formulae: ['"7А,7Б"'] });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBe(40);
    expect(ws.getCell('A1').font?.bold).toBe(true);
  });
});
