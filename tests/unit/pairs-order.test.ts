import { orderPairs } from '../../src/domain/pairs/order';

const pairs = [
  { id: 1, score: 22, mentor: 'Петров П.', mentee: 'Юдин Ю.' },
  { id: 2, score: 5, mentor: 'Антонова А.', mentee: 'Борисов Б.' },
  { id: 3, score: 18, mentor: 'Петров П.', mentee: 'Андреев А.' },
  { id: 4, score: 18, mentor: 'антонова а.', mentee: 'Яковлев Я.' },
  { id: 5, score: 27, mentor: 'Ёлкин Е.', mentee: 'Васильев В.' },
];
const ids = (list: { id: number }[]) => list.map((p) => p.id);

describe('the pairs panel’s order', () => {
  it('lowest score first, to check the doubtful pairs; equal scores keep the sheet’s order', () => {
    expect(ids(orderPairs(pairs, 'score'))).toEqual([2, 3, 4, 1, 5]);
  });
  it('by mentor (Russian alphabet, any case), each mentor’s pairs lowest score first', () => {
    expect(ids(orderPairs(pairs, 'mentor'))).toEqual([2, 4, 5, 3, 1]);
  });
  it('as on the sheet, and the input is never reordered in place', () => {
    expect(ids(orderPairs(pairs, 'sheet'))).toEqual([1, 2, 3, 4, 5]);
    orderPairs(pairs, 'score');
    expect(ids(pairs)).toEqual([1, 2, 3, 4, 5]);
  });
});
