/** Builders shared by the matching unit tests: people as the bases would hold them. */
import type { Cell } from '../../src/domain/cell';
import { applyWrites, planSettings, readSettings, type Settings } from '../../src/domain/bases/settings';
import { readPeople, type Person } from '../../src/domain/matching/people';
import { rulesFrom, type Rules } from '../../src/domain/matching/rules';

export const TODAY = '2025-09-15';

export function defaultSettings(params: Partial<Settings['params']> = {}): Settings {
  const s = readSettings(applyWrites([], planSettings([], { schoolYear: '2025/2026', timeZone: 'Europe/Moscow' })));
  return { ...s, params: { ...s.params, ...params } };
}

let counter = 0;
const base = (cells: Record<string, Cell>): Record<string, Cell> => ({
  code: `X-${++counter}`, fullName: `Участник${counter} Тест`, consent: 'дано', consentBy: 'участник', status: 'активен',
  birthDate: { iso: '1985-01-01' }, ...cells,
});

export const teacherMentor = (cells: Record<string, Cell> = {}): Record<string, Cell> =>
  base({ category: 'педагог', form: 'Учитель – учитель', competences: '', capacity: 1, ...cells });
export const teacherMentee = (cells: Record<string, Cell> = {}): Record<string, Cell> =>
  base({ category: 'педагог', form: 'Учитель – учитель', request: '', ...cells });
export const pupil = (grade: string, cells: Record<string, Cell> = {}): Record<string, Cell> =>
  base({ category: 'обучающийся', grade, form: 'Ученик – ученик', consentBy: 'законный представитель', birthDate: { iso: '2012-05-05' }, capacity: 1, ...cells });

export function people(role: 'mentor' | 'mentee', rows: Record<string, Cell>[]): Person[] {
  return readPeople(role, rows.map((cells, i) => ({ row: i + 2, cells })), TODAY);
}

export const one = (role: 'mentor' | 'mentee', cells: Record<string, Cell>) => people(role, [cells])[0]!;

export function rules(params: Partial<Settings['params']> = {}, excluded?: Set<string>, wishes?: Map<string, string[]>): Rules {
  return rulesFrom(defaultSettings(params), excluded, wishes);
}
