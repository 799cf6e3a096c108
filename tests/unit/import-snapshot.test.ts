import { boundingBox } from '../../src/domain/import/snapshot';

describe('patches of cells', () => {
  it('the rectangle around changes', () => {
    expect(boundingBox([{ row: 5, col: 2, value: 'a' }, { row: 2, col: 7, value: 'b' }])).toEqual({ top: 2, left: 3, height: 4, width: 6 });
    expect(boundingBox([])).toBeNull();
  });
});
