import { defineFacts, expect, thrown } from './kit';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet/';

/** Spreadsheet and SpreadsheetApp, on the spreadsheet the run is bound to: each fact removes what it adds. */
export default defineFacts('Spreadsheet', (fact) => {
  /** Inserts a sheet named after the fact's scratch sheet, removed after the fact. */
  const extra = (g: Parameters<Parameters<typeof fact>[2]>[0], suffix: string, index?: number) => {
    const name = `${g.sheet.getName()} ${suffix}`;
    const sheet = index === undefined ? g.spreadsheet.insertSheet(name) : g.spreadsheet.insertSheet(name, index);
    g.after(() => {
      const left = g.spreadsheet.getSheetByName(name);
      if (left) g.spreadsheet.deleteSheet(left);
    });
    return sheet;
  };

  fact('the first sheet of a new spreadsheet is named by its locale: Лист1 in Russian', { source: `${REF}spreadsheet#getsheets` }, (g) => {
    const ru = g.spreadsheet.getSpreadsheetLocale().startsWith('ru');
    expect(g.spreadsheet.getSheets()[0]!.getName()).toBe(ru ? 'Лист1' : 'Sheet1');
  });
  fact('the id has 44 characters and the url ends in /edit; rename renames', { source: `${REF}spreadsheet#geturl` }, (g) => {
    const book = g.spreadsheet;
    const name = book.getName();
    g.after(() => book.rename(name));
    expect(book.getId()).toHaveLength(44);
    expect(book.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${book.getId()}/edit`);
    book.rename(`${name} (сверка)`);
    expect(book.getName()).toBe(`${name} (сверка)`);
  });
  fact('getSheetByName ignores case; a missing sheet is null, not an exception', { source: `${REF}spreadsheet#getsheetbynamename` }, (g) => {
    expect(g.spreadsheet.getSheetByName(g.sheet.getName().toUpperCase())?.getName()).toBe(g.sheet.getName());
    expect(g.spreadsheet.getSheetByName('Нет такого листа')).toBeNull();
  });
  fact('insertSheet with an existing name (in any case) throws', { source: `${REF}spreadsheet#insertsheetsheetname` }, (g) => {
    const taken = g.sheet.getName().toLowerCase();
    // The text is in the account's language (service-errors.facts.ts): only the name it quotes is checked here.
    const error = thrown(() => g.spreadsheet.insertSheet(taken));
    expect(error.name).toBe('Exception');
    expect(error.message).toContain(`"${taken}"`);
  });
  fact('insertSheet(name, index) places the sheet at a 0-based index and activates it', { source: `${REF}spreadsheet#insertsheetsheetname,-sheetindex` }, (g) => {
    const first = extra(g, 'первый', 0);
    expect(g.spreadsheet.getSheets()[0]!.getName()).toBe(first.getName());
    expect(g.spreadsheet.getActiveSheet().getName()).toBe(first.getName());
  });
  fact('insertSheet() with no name picks a free default name', { source: `${REF}spreadsheet#insertsheet` }, (g) => {
    const before = g.spreadsheet.getSheets().map((s) => s.getName());
    const sheet = g.spreadsheet.insertSheet();
    const name = sheet.getName();
    g.after(() => g.spreadsheet.deleteSheet(sheet));
    expect(name).toMatch(g.spreadsheet.getSpreadsheetLocale().startsWith('ru') ? /^Лист\d+$/ : /^Sheet\d+$/);
    expect(before).not.toContain(name);
  });
  fact("a deleted sheet's views throw when used", { source: `${REF}spreadsheet#deletesheetsheet` }, (g) => {
    const other = extra(g, 'удаляемый');
    const r = other.getRange('A1');
    g.spreadsheet.deleteSheet(other);
    expect(() => r.getValue()).toThrow(/deleted/);
    expect(() => other.getName()).toThrow(/deleted/);
  });
  fact("getRange('Лист!A1') reaches another sheet by its name in any case; an unknown sheet is «Range not found»", { source: `${REF}spreadsheet#getrangea1notation` }, (g) => {
    g.sheet.getRange('B2').setValue('тут');
    expect(g.spreadsheet.getRange(`'${g.sheet.getName().toLowerCase()}'!B2`).getValue()).toBe('тут');
    expect(() => g.spreadsheet.getRange('Нет такого!A1')).toThrow('Range not found');
  });
  fact('getRange without a sheet name reads the active sheet', { source: `${REF}spreadsheet#getrangea1notation` }, (g) => {
    g.sheet.activate().getRange('A1').setValue('p');
    expect(g.spreadsheet.getRange('A1').getValue()).toBe('p');
  });
  fact('the time zone is read and set; an unknown zone throws', { source: `${REF}spreadsheet#setspreadsheettimezonetimezone` }, (g) => {
    const book = g.spreadsheet;
    const zone = book.getSpreadsheetTimeZone();
    g.after(() => book.setSpreadsheetTimeZone(zone));
    book.setSpreadsheetTimeZone('Asia/Novosibirsk');
    expect(book.getSpreadsheetTimeZone()).toBe('Asia/Novosibirsk');
    expect(() => book.setSpreadsheetTimeZone('Mars/Olympus')).toThrow();
  });
  fact('getSheetById finds a sheet by its id', { source: `${REF}spreadsheet#getsheetbyidid` }, (g) => {
    expect(g.spreadsheet.getSheetById(g.sheet.getSheetId())?.getName()).toBe(g.sheet.getName());
  });

  fact('getActive and getActiveSpreadsheet are the same spreadsheet', { source: `${REF}spreadsheet-app#getactive` }, (g) => {
    expect(g.SpreadsheetApp.getActive().getId()).toBe(g.SpreadsheetApp.getActiveSpreadsheet().getId());
  });
  fact('getActiveSheet follows setActiveSheet', { source: `${REF}spreadsheet#setactivesheetsheet` }, (g) => {
    extra(g, 'другой');
    g.spreadsheet.setActiveSheet(g.sheet);
    expect(g.SpreadsheetApp.getActiveSheet().getName()).toBe(g.sheet.getName());
  });
  for (const method of ['openById', 'openByUrl', 'create'] as const) {
    fact(`${method} throws under the spreadsheets.currentonly scope`, { source: 'https://developers.google.com/apps-script/guides/services/authorization#manual_authorization_scopes_for_sheets_docs_slides_and_forms' }, (g) => {
      expect(() => (g.SpreadsheetApp[method] as (x: string) => unknown)('x')).toThrow(
        `You do not have permission to call SpreadsheetApp.${method}. Required permissions: https://www.googleapis.com/auth/spreadsheets`,
      );
    });
  }
  fact('enums print as their names', { source: `${REF}protection-type` }, (g) => {
    expect(String(g.SpreadsheetApp.ProtectionType.RANGE)).toBe('RANGE');
    expect(String(g.SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST)).toBe('VALUE_IN_LIST');
    expect(String(g.SpreadsheetApp.BorderStyle.SOLID)).toBe('SOLID');
  });
});
