/**
 * A script runs in its own realm (node:vm here, V8 isolates on Google): the values services hand it
 * are that realm's arrays and Dates, so `instanceof` holds in the script as it does in Apps Script.
 */
import { createWorld } from '../../emulator';

describe("values reach the script in the script's own realm", () => {
  it('getValues() is an Array and a date cell a Date of the script; Dates the script writes are accepted', () => {
    const world = createWorld();
    const context = world.loadSource(`
      function probe() {
        const range = SpreadsheetApp.getActive().getSheets()[0].getRange('A1:B1');
        range.setValues([[new Date(2025, 8, 1), 'текст']]);
        const values = range.getValues();
        return [values instanceof Array, values[0] instanceof Array, values[0][0] instanceof Date,
          range.getDisplayValues() instanceof Array, new Date().getTime() === Date.now()];
      }`);
    expect(world.execute('menu', () => context.probe())).toEqual([true, true, true, true, true]);
  });
  it("the script's Date reads the world clock", () => {
    const world = createWorld({ now: '2025-09-01T09:00:00+03:00' });
    const context = world.loadSource('function now() { return new Date().toISOString(); }');
    expect(world.execute('menu', () => context.now())).toBe('2025-09-01T06:00:00.000Z');
  });
});
