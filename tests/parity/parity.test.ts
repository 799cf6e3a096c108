/**
 * The parity project (npm run parity) run offline: the same bundle a curator pushes to a scratch Sheet,
 * loaded into the emulator. Every fact must hold here; on Google, `npm run parity:compare` shows where
 * the emulator and Google disagree.
 */
import { FACTS } from '../emulator/facts/all';
import { PARITY_SHEET, HEADER } from './report';
import { runParityInEmulator } from './emulated';

describe('the parity project in the emulator', () => {
  const { world, report, runs, file } = runParityInEmulator();

  it('has its own menu «Сверка с Google → Запустить»', () => {
    expect(world.log.menus).toEqual([{ caption: 'Сверка с Google', addon: false, items: [{ kind: 'item', caption: 'Запустить', functionName: 'runParity' }] }]);
  });
  it('runs every fact, and every fact holds', () => {
    expect(runs).toBe(1);
    expect(report.facts).toHaveLength(FACTS.reduce((n, s) => n + s.facts.length, 0));
    expect(report.facts.filter((f) => !f.pass).map((f) => `${f.area} — ${f.name}: ${f.observed}`)).toEqual([]);
  });
  it('writes one row per fact on «Сверка», as plain text, and the same as JSON to Drive', () => {
    const rows = world.spreadsheet.getSheetByName(PARITY_SHEET)!.getDataRange().getValues();
    expect(rows[0]).toEqual([...HEADER]);
    expect(rows).toHaveLength(report.facts.length + 1);
    expect(rows.slice(1).every((r) => r.every((c) => typeof c === 'string'))).toBe(true);
    expect(file.mimeType).toBe('application/json');
    expect(report).toMatchObject({ timeZone: 'Europe/Moscow', locale: 'ru' });
    expect(world.log.alerts.at(-1)!.prompt).toMatch(/^Готово: совпало \d+ из \d+\. Файл на Диске: «Сверка с Google /);
  });
  it('leaves no scratch sheet behind', () => {
    expect(world.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Лист1', PARITY_SHEET]);
  });
});

describe('a long parity run', () => {
  it('stops before Apps Script\'s time limit and goes on where it stopped on the next «Запустить»', () => {
    // Every new sheet takes 30 s of the world clock: a run fits only a few facts.
    const { world, runs, report } = runParityInEmulator({ latency: { 'Spreadsheet.insertSheet': 30_000 } }, 60);
    expect(runs).toBeGreaterThan(2);
    expect(world.log.alerts[0]!.prompt).toMatch(/^Проверено фактов: \d+ из \d+\. Выберите «Сверка с Google → Запустить» ещё раз/);
    expect(new Set(report.facts.map((f) => `${f.area}/${f.name}`)).size).toBe(report.facts.length);
    expect(report.facts.every((f) => f.pass)).toBe(true);
  });
});
