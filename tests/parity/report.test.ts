import type { FactResult } from '../emulator/facts/kit';
import { disagreements, fromRow, toRow, type ParityReport } from './report';

const fact = (name: string, pass: boolean, observed = 'x'): FactResult => ({ area: 'A', name, source: 's', expected: 'e', observed, pass });
const report = (facts: FactResult[]): ParityReport => ({ ranAt: '', locale: 'ru', timeZone: 'Europe/Moscow', facts });

describe('parity report', () => {
  it('a row holds a fact and reads back the same', () => {
    const r = { ...fact('f', false), cleanup: 'c' };
    expect(fromRow(toRow(r))).toEqual(r);
    expect(fromRow(toRow(fact('g', true)))).toEqual(fact('g', true));
  });
  it('disagreements: pass against fail, a fact only one side has, two failures that saw different things', () => {
    const google = report([fact('same', true, 'id-1'), fact('differs', false), fact('google only', true), fact('both fail', false, 'a')]);
    const emulator = report([fact('same', true, 'id-2'), fact('differs', true), fact('emulator only', true), fact('both fail', false, 'b')]);
    expect(disagreements(google, emulator).map((d) => d.name)).toEqual(['differs', 'google only', 'both fail', 'emulator only']);
  });
});
