import { tabOrder } from '../../src/domain/forms/tabs';

describe('tab order with questionnaires', () => {
  const tabs = [
    { id: 13, name: 'Ответы на форму (2)' }, { id: 12, name: 'Ответы на форму (1)' }, { id: 1, name: 'Настройки' },
    { id: 2, name: 'Наставники' }, { id: 3, name: 'Наставляемые' }, { id: 7, name: 'Мой лист' }, { id: 8, name: 'Журнал' },
  ];
  it('bases first, the curator’s and the add-on’s sheets as they were, the response sheets last in the forms’ order', () => {
    expect(tabOrder(tabs, ['Наставники', 'Наставляемые'], [12, 13])).toEqual([2, 3, 1, 7, 8, 12, 13]);
  });
  it('a response sheet the curator deleted, or a base not made yet, is simply not there', () => {
    expect(tabOrder(tabs.filter((t) => t.id !== 3), ['Наставники', 'Наставляемые'], [12, 99, 13])).toEqual([2, 1, 7, 8, 12, 13]);
  });
  it('an order already right stays as it is', () => {
    const right = [2, 3, 1, 7, 8, 12, 13].map((id) => tabs.find((t) => t.id === id)!);
    expect(tabOrder(right, ['Наставники', 'Наставляемые'], [12, 13])).toEqual([2, 3, 1, 7, 8, 12, 13]);
  });
});
