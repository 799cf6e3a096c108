/**
 * The SpreadsheetApp part of the emulator: one container-bound spreadsheet and its service.
 * Loading this module loads every class file, and so fills the table of views (views.ts).
 */
import './sheet';
import './range';
import './protection';
import './conditional-format';
import './chart';
export { FakeSpreadsheet } from './spreadsheet';
export { createSpreadsheetApp } from './spreadsheet-app';
export { createCharts, chartSpecs } from './chart';
export { views } from './views';
export { AUTOMATIC_FORMAT, PLAIN_TEXT_FORMAT } from './values';
export { parseA1, columnToLetters, lettersToColumn } from './a1';
