/**
 * The parity project's script: the emulator facts (tests/emulator/facts) run on a real Google account.
 * `npm run parity` bundles this file into build-parity/Code.js — a separate Apps Script project bound
 * to a scratch Sheet, never the add-on. Menu «Сверка с Google → Запустить» runs the facts in chunks
 * under Apps Script's 6 minutes, one row per fact on the sheet «Сверка»; when every fact has run, it
 * writes the same rows as a JSON file to Drive for `npm run parity:compare FILE`.
 * The same bundle runs in the emulator in `npm test` (tests/parity/parity.test.ts) and must pass there.
 */
import { FACTS } from '../emulator/facts/all';
import { runFact, type AppsScriptGlobals, type FactResult } from '../emulator/facts/kit';
import { PARITY_SHEET, HEADER, fromRow, toRow, type ParityReport } from './report';

/** Stop starting new facts after this long: a fact that creates forms or documents takes seconds. */
const BUDGET_MS = 4 * 60_000;

const globals = (): AppsScriptGlobals => ({
  SpreadsheetApp, FormApp, DocumentApp, DriveApp, PropertiesService, LockService, CacheService, Session, ScriptApp,
  Utilities, Logger, HtmlService, Charts,
});

/** Simple trigger: the menu of the parity project. */
export function onOpen(): void {
  SpreadsheetApp.getUi().createMenu('Сверка с Google').addItem('Запустить', 'runParity').addToUi();
}

/** Menu «Запустить»: runs the facts not yet on the sheet; the last run writes the JSON file. */
export function runParity(): void {
  const started = Date.now();
  const book = SpreadsheetApp.getActiveSpreadsheet();
  // The facts assume the add-on's spreadsheet settings: a Russian Sheet in Moscow time.
  book.setSpreadsheetLocale('ru_RU');
  book.setSpreadsheetTimeZone('Europe/Moscow');
  const sheet = resultsSheet(book);
  const done = new Set(readResults(sheet).map((r) => `${r.area}\u0000${r.name}`));
  const all = FACTS.flatMap((set) => set.facts);
  for (const fact of all) {
    if (done.has(`${fact.area}\u0000${fact.name}`)) continue;
    if (Date.now() - started > BUDGET_MS) {
      return say(`Проверено фактов: ${done.size} из ${all.length}. Выберите «Сверка с Google → Запустить» ещё раз, чтобы продолжить.`);
    }
    const row = sheet.getLastRow() + 1;
    sheet.getRange(row, 1, 1, HEADER.length).setNumberFormat('@').setValues([toRow(runFact(fact, globals()))]);
    done.add(`${fact.area}\u0000${fact.name}`);
  }
  const facts = readResults(sheet);
  const report: ParityReport = {
    ranAt: new Date().toISOString(), locale: Session.getActiveUserLocale(), timeZone: Session.getScriptTimeZone(), facts,
  };
  const name = `Сверка с Google ${Utilities.formatDate(new Date(), 'Europe/Moscow', 'yyyy-MM-dd HH-mm')}.json`;
  const file = DriveApp.createFile(name, JSON.stringify(report, null, 1), 'application/json');
  book.setActiveSheet(sheet);
  say(`Готово: совпало ${facts.filter((f) => f.pass).length} из ${facts.length}. Файл на Диске: «${name}» (${file.getUrl()}). ` +
    'Скачайте его и запустите npm run parity:compare ФАЙЛ. Чтобы начать заново, удалите лист «Сверка».');
}

function resultsSheet(book: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  const found = book.getSheetByName(PARITY_SHEET);
  if (found) return found;
  const sheet = book.insertSheet(PARITY_SHEET);
  sheet.getRange(1, 1, 1, HEADER.length).setValues([[...HEADER]]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}

function readResults(sheet: GoogleAppsScript.Spreadsheet.Sheet): FactResult[] {
  const last = sheet.getLastRow();
  return last < 2 ? [] : sheet.getRange(2, 1, last - 1, HEADER.length).getValues().map(fromRow);
}

function say(message: string): void {
  SpreadsheetApp.getUi().alert(message);
}
