/** The facts kit itself: a fact fails when a check fails, records what it compared, and cleans up. */
import vm from 'node:vm';
import { createWorld } from '../../emulator';
import { defineFacts, expect as check, runFact, same, show, thrown, type AppsScriptGlobals, type FactBody } from './facts/kit';

const globals = () => createWorld().globals as unknown as AppsScriptGlobals;
const one = (body: FactBody) => defineFacts('Kit', (fact) => fact('the fact', { source: 'test' }, body)).facts[0]!;

describe('facts kit', () => {
  it('a passing fact records each check', () => {
    const r = runFact(one(() => { check(1 + 1).toBe(2); check([1, 'a']).toEqual([1, 'a']); }), globals());
    expect(r).toMatchObject({ pass: true, expected: '2 | [1, "a"]', observed: '2 | [1, "a"]' });
  });
  it('a failing check fails the fact and stops it', () => {
    let after = false;
    const r = runFact(one(() => { check('a').toBe('b'); after = true; }), globals());
    expect(r).toMatchObject({ pass: false, expected: '"b"', observed: '"a"' });
    expect(after).toBe(false);
  });
  it('an unexpected throw fails the fact with its message; a fact without checks fails', () => {
    expect(runFact(one(() => { throw new Error('boom'); }), globals())).toMatchObject({ pass: false, observed: 'threw "boom"' });
    expect(runFact(one(() => undefined), globals())).toMatchObject({ pass: false, observed: 'no checks' });
  });
  it('toThrow matches a part of the message or a pattern; thrown() gives name and message', () => {
    const fail = () => { throw Object.assign(new Error('Range not found'), { name: 'Exception' }); };
    expect(runFact(one(() => check(fail).toThrow('not found')), globals()).pass).toBe(true);
    expect(runFact(one(() => check(fail).toThrow(/^Sheet/)), globals()).pass).toBe(false);
    expect(runFact(one(() => check(() => 1).toThrow()), globals())).toMatchObject({ pass: false, observed: 'no throw' });
    expect(runFact(one(() => check(thrown(fail)).toEqual({ name: 'Exception', message: 'Range not found' })), globals()).pass).toBe(true);
    expect(runFact(one(() => check(() => 1).not.toThrow()), globals()).pass).toBe(true);
    expect(runFact(one(() => check(fail).not.toThrow()), globals())).toMatchObject({ pass: false, expected: 'not a throw', observed: 'throws "Range not found"' });
  });
  it('not inverts a check', () => {
    expect(runFact(one(() => check([1, 2]).not.toContain(3)), globals()).pass).toBe(true);
    expect(runFact(one(() => check('abc').not.toContain('b')), globals())).toMatchObject({ pass: false, expected: 'not containing "b"' });
  });
  it('the scratch sheet is made on first use and deleted after the fact, even when it fails', () => {
    const g = globals();
    let name = '';
    runFact(one((f) => { name = f.sheet.getName(); check(f.sheet.getMaxRows()).toBe(1); }), g);
    expect(name).toMatch(/^Факт [0-9a-z]+$/);
    expect(g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)).toBeNull();
  });
  it('compares Dates and arrays from another realm by value', () => {
    const other = vm.runInNewContext('[new Date(0), [1]]') as unknown[];
    expect(same(other, [new Date(0), [1]])).toBe(true);
    expect(show(other)).toBe('[Date(1970-01-01T00:00:00.000Z), [1]]');
  });
  it('two facts of one area may not share a name, and each names a source', () => {
    expect(() => defineFacts('A', (fact) => { fact('x', { source: 's' }, () => 0); fact('x', { source: 's' }, () => 0); })).toThrow(/two facts/);
    expect(() => defineFacts('A', (fact) => fact('x', { source: '' }, () => 0))).toThrow(/names no source/);
  });
});
