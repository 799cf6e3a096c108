/** A small world for the SpreadsheetApp tests: our own classes only (createWorld needs every service). */
import { Calls } from '../../emulator/calls';
import { Clock } from '../../emulator/clock';
import { newUserLog, type Host } from '../../emulator/host';
import { strict } from '../../emulator/strict';
import { createSpreadsheetApp, FakeSpreadsheet } from '../../emulator/spreadsheet';

export function makeBook(options: { timeZone?: string; locale?: string; now?: string } = {}) {
  const host: Host = {
    calls: new Calls(),
    clock: new Clock(options.now ?? '2025-09-01T09:00:00+03:00'),
    timeZone: options.timeZone ?? 'Europe/Moscow',
    locale: options.locale ?? 'ru_RU',
    user: 'kurator@school.example',
    log: newUserLog(),
  };
  const fake = new FakeSpreadsheet(host, { name: 'Наставничество' });
  const ui = strict({}, 'Ui') as GoogleAppsScript.Base.Ui;
  const app = createSpreadsheetApp(host, fake, ui);
  const book = fake.asApi();
  const sheet = book.getSheets()[0]!;
  host.calls.reset();
  return { host, calls: host.calls, fake, app, book, sheet, ui };
}

/** Midnight of a day in Moscow (UTC+3, no DST since 2014). */
export const moscowMidnight = (isoDay: string) => new Date(`${isoDay}T00:00:00+03:00`);
