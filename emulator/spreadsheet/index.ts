/** The SpreadsheetApp part of the emulator: one container-bound spreadsheet and its service. */
export { FakeSpreadsheet } from './spreadsheet';
export { createSpreadsheetApp } from './spreadsheet-app';
export { AUTOMATIC_FORMAT, PLAIN_TEXT_FORMAT } from './values';
export { parseA1, columnToLetters, lettersToColumn } from './a1';
