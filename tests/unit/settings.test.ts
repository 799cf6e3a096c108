import { applyWrites as apply, planSettings, readSettings, schoolYearOf, PARAMS, LIST_HEADERS } from '../../src/domain/bases/settings';
import { DEFAULT_FORMS } from '../../src/domain/bases/schema';

const defaults = { schoolYear: '2025/2026', timeZone: 'Europe/Moscow' };

describe('«Настройки»', () => {
  it('an empty sheet gets every block in one write, with the forms of the seeds', () => {
    const writes = planSettings([], defaults);
    expect(writes).toHaveLength(1);
    const s = readSettings(apply([], writes));
    expect(s.forms.map((f) => f.name)).toEqual(DEFAULT_FORMS.map((f) => f.name));
    expect(s.forms[1]!.roleModels).toContain('лидер педагогического сообщества – педагог, испытывающий проблемы');
    expect(s.params.schoolYear).toBe('2025/2026');
    expect(s.lists.categories).toContain('обучающийся');
    expect(s.listColumns.forms).toBeGreaterThan(0);
  });

  it('a complete sheet needs nothing', () => {
    const full = apply([], planSettings([], defaults));
    expect(planSettings(full, defaults)).toEqual([]);
  });

  it('running again adds only a deleted parameter and a deleted list, keeping the curator’s values and forms', () => {
    const full = apply([], planSettings([], defaults));
    const edited = full.map((r) => r.slice());
    const dirRow = edited.findIndex((r) => r[0] === PARAMS.director);
    edited[dirRow] = ['', '', ...edited[dirRow]!.slice(2)];
    edited[1]![1] = 'МБОУ «СОШ № 1»';
    const statusCol = edited[0]!.indexOf(LIST_HEADERS.statuses);
    for (const r of edited) r[statusCol] = '';
    const formCol = edited[0]!.indexOf('Форма наставничества');
    for (const r of edited.slice(2)) r[formCol] = ''; // the curator keeps only one form
    const writes = planSettings(edited, defaults);
    expect(writes).toHaveLength(2);
    const after = readSettings(apply(edited, writes));
    expect(after.params.orgFullName).toBe('МБОУ «СОШ № 1»');
    expect(after.params.director).toBe('');
    expect(after.lists.statuses).toContain('активен');
    expect(after.forms.map((f) => f.name)).toEqual(['Ученик – ученик']);
    expect(after.lists.forms).toEqual(['Ученик – ученик']);
  });

  it('the school year starts in September', () => {
    expect(schoolYearOf('2025-08-31')).toBe('2024/2025');
    expect(schoolYearOf('2025-09-01')).toBe('2025/2026');
  });
});
