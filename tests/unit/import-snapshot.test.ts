import { boundingBox, decodeCell, encodeCell } from '../../src/domain/import/snapshot';

describe('undo snapshot cells', () => {
  it.each([
    ['text', 'Иванов', ''], ['text that looks like a number', '007', ''], ['number', 7.5, ''], ['boolean', false, ''],
    ['blank', '', ''], ['date', new Date('2012-04-01T20:00:00Z'), ''],
  ])('keep a %s exactly', (_, value, formula) => {
    const back = decodeCell(encodeCell(value as string, formula));
    expect(back).toEqual({ value, formula: false });
  });

  it('keep a formula as a formula', () => {
    expect(decodeCell(encodeCell(3, '=1+2'))).toEqual({ value: '=1+2', formula: true });
  });

  it('a text starting with a type letter stays that text', () => {
    expect(decodeCell(encodeCell('d123'))).toEqual({ value: 'd123', formula: false });
  });

  it('the rectangle around changes', () => {
    expect(boundingBox([{ row: 5, col: 2, value: 'a' }, { row: 2, col: 7, value: 'b' }])).toEqual({ top: 2, left: 3, height: 4, width: 6 });
    expect(boundingBox([])).toBeNull();
  });
});
