import { fillBlocks, fillText, plainText, rowSet, tagsOf } from '../../src/domain/orders/model';
import { latestOf, registryRow, entriesOf } from '../../src/domain/orders/registry';
import { KIND_NAME } from '../../src/domain/orders/messages';

describe('template semantics', () => {
  it('a row with {{набор.поле}} repeats per item; an empty set leaves only the header', () => {
    const blocks = [{ kind: 'table' as const, rows: [['№', 'ФИО'], ['{{пара.№}}', '{{пара.фио}} ({{год}})']] }];
    const two = fillBlocks(blocks, { values: { год: '2025/2026' }, sets: { пара: [{ '№': '1', фио: 'А' }, { '№': '2', фио: 'Б' }] } });
    expect(plainText(two)).toBe('№ | ФИО\n1 | А (2025/2026)\n2 | Б (2025/2026)');
    expect(plainText(fillBlocks(blocks, { values: {}, sets: {} }))).toBe('№ | ФИО');
  });

  it('an unknown tag stays visible, so the curator sees what a template asks for', () => {
    expect(fillText('Директор {{директор}}, {{неизвестно}}', { директор: 'М.Р. Газиева' })).toBe('Директор М.Р. Газиева, {{неизвестно}}');
  });

  it('finds tags and the set a row repeats over', () => {
    expect(tagsOf(['{{дата}} № {{номер}}', '{{пара.фио}} {{дата}}'])).toEqual([{ name: 'дата' }, { name: 'номер' }, { name: 'пара', field: 'фио' }]);
    expect(rowSet(['{{пункт.№}}', 'текст'])).toBe('пункт');
    expect(rowSet(['{{дата}}'])).toBeNull();
  });
});

describe('registry «Приказы»', () => {
  const entries = entriesOf([
    { row: 2, cells: { number: '238/1', date: '01.09.2025', kind: KIND_NAME.pairs, title: 'О закреплении' } },
    { row: 3, cells: { number: '238/2', date: '02.09.2025', kind: KIND_NAME.curator, title: 'О куратора' } },
    { row: 4, cells: { number: '238/3', date: '03.09.2025', kind: KIND_NAME.pairs, title: 'О закреплении' } },
  ]);

  it('the latest entry of a kind is what «create again?» refers to', () => {
    expect(latestOf(entries, 'pairs')).toMatchObject({ row: 4, number: '238/3' });
    expect(latestOf(entries, 'reward')).toBeNull();
  });

  it('a new row follows the columns wherever the curator moved them', () => {
    const row = registryRow(
      { number: '1', date: '01.09.2025', kind: 'k', title: 't', link: 'l', status: 'проект', author: 'a' },
      { status: 0, number: 2, title: 4 }, 5);
    expect(row).toEqual(['проект', '', '1', '', 't']);
  });
});
