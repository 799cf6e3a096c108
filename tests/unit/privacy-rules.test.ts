import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aboutHtml } from '../../src/domain/privacy/about';
import { SCOPE_PURPOSE } from '../../src/domain/privacy/messages';
import { endPairs, eraseBaseRow, overdue, retentionYears } from '../../src/domain/privacy/rules';

describe('consent withdrawal ends pairs', () => {
  const index = { mentorCode: 0, menteeCode: 1, status: 2, endDate: 3, endReason: 4 };
  const rows = [
    { row: 2, cells: { mentorCode: 'НК-0001', menteeCode: 'НЯ-0007', status: 'утверждена' } },
    { row: 3, cells: { mentorCode: 'НК-0002', menteeCode: 'НЯ-0007', status: 'предложена' } },
    { row: 4, cells: { mentorCode: 'НК-0003', menteeCode: 'НЯ-0007', status: 'завершена' } },
    { row: 5, cells: { mentorCode: 'НК-0001', menteeCode: 'НЯ-0008', status: 'утверждена' } },
  ];

  it('completes the approved pair and rejects the proposed one, with today and the reason', () => {
    const { changes, ended } = endPairs(rows, index, 'НЯ-0007', '2025-10-01', 'Отзыв согласия');
    expect(ended).toBe(2);
    expect(changes).toEqual([
      { row: 2, col: 2, value: 'завершена' }, { row: 2, col: 3, value: { iso: '2025-10-01' } }, { row: 2, col: 4, value: 'Отзыв согласия' },
      { row: 3, col: 2, value: 'отклонена' }, { row: 3, col: 3, value: { iso: '2025-10-01' } }, { row: 3, col: 4, value: 'Отзыв согласия' },
    ]);
  });
});

describe('erasing a base row', () => {
  it('keeps the fields statistics count, pseudonymises code and name, empties the rest', () => {
    const index = { code: 0, fullName: 1, category: 2, grade: 3, phone: 4, form: 5, consent: 6, request: 7 };
    const changes = eraseBaseRow(9, ['НЯ-0007', 'Семёнов Артём', 'обучающийся', '7Б', '+7 917', 'Ученик – ученик', 'дано', 'Математика', 'заметка куратора'], index, 'УД-0001');
    expect(changes).toEqual([
      { row: 9, col: 0, value: 'УД-0001' }, { row: 9, col: 1, value: 'УД-0001' }, { row: 9, col: 4, value: '' },
      { row: 9, col: 6, value: 'отозвано' }, { row: 9, col: 7, value: '' }, { row: 9, col: 8, value: '' },
    ]);
  });
});

describe('retention', () => {
  const person = (code: string, cells: Record<string, unknown>) => ({ base: 'mentees', row: 2, cells: { code, fullName: 'Иванов Иван', ...cells } as never });

  it('lists withdrawn consents, and finished participants past the period after their last pair', () => {
    const list = overdue(
      [
        person('НЯ-0001', { consent: 'отозвано', status: 'активен' }),
        person('НЯ-0002', { consent: 'дано', status: 'завершил' }),
        person('НЯ-0003', { consent: 'дано', status: 'выбыл', entryDate: { iso: '2019-09-10' } }),
        person('НЯ-0004', { consent: 'дано', status: 'активен', entryDate: { iso: '2015-09-10' } }),
        person('УД-0001', { consent: 'отозвано' }),
      ],
      new Map([['НЯ-0002', ['2021-05-20', '2022-05-25']]]),
      3,
      '2025-09-15',
    );
    expect(list).toEqual([
      { base: 'mentees', row: 2, code: 'НЯ-0001', reason: 'withdrawn', since: '' },
      { base: 'mentees', row: 2, code: 'НЯ-0002', reason: 'expired', since: '2025-05-25' },
      { base: 'mentees', row: 2, code: 'НЯ-0003', reason: 'expired', since: '2023-05-31' },
    ]);
  });

  it('reads the setting, 3 years when empty or not a number', () => {
    expect(retentionYears('5')).toBe(5);
    expect(retentionYears('')).toBe(3);
    expect(retentionYears('пять')).toBe(3);
  });
});

describe('«О персональных данных»', () => {
  it('is self-contained HTML that names the scopes and loads nothing from outside', () => {
    const html = aboutHtml();
    expect(html).toContain('spreadsheets.currentonly');
    expect(html).toContain('script.container.ui');
    expect(html).toContain('152-ФЗ');
    expect(html).not.toMatch(/<script|src=|https?:\/\//);
  });
});

describe('the scopes the dialog explains', () => {
  it('are exactly the scopes of appsscript.json', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect(Object.keys(SCOPE_PURPOSE).sort()).toEqual([...manifest.oauthScopes].sort());
  });
});
