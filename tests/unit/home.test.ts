import { countPairs, homeOf } from '../../src/domain/home/home';
import { HOME, STAGES } from '../../src/domain/home/messages';
import type { NextStep as RoadmapStep } from '../../src/domain/roadmap/roadmap';
import type { Summary } from '../../src/domain/bases/summary';

const summary = (mentors: number, mentees: number, extra: Partial<Summary> = {}): Summary => ({
  ready: true,
  schoolYear: '2025/2026',
  organisation: 'МБОУ «СОШ № 17»',
  problems: 0,
  bases: [
    { base: 'mentors', title: 'Наставники', people: mentors, withoutConsent: 0, byForm: [] },
    { base: 'mentees', title: 'Наставляемые', people: mentees, withoutConsent: 0, byForm: [] },
  ],
  ...extra,
});

const step = (stage: string, activity: string, status: RoadmapStep['status'], extra: Partial<RoadmapStep> = {}): RoadmapStep => ({
  row: 2, number: '1', stage, activity, responsible: 'куратор', startIso: '2025-09-01', endIso: '2025-09-30', status, ...extra,
});

describe('the sidebar home: stage and «Что дальше»', () => {
  it('a table not prepared yet is stage 1 with one step that prepares it', () => {
    const home = homeOf({ ready: false, message: 'нет листов' }, null);
    expect([home.stage, home.stageTitle]).toEqual([1, STAGES[0]]);
    expect(home.next).toEqual([{ text: HOME.steps.prepare, action: { kind: 'run', action: 'prepare', label: expect.any(String) } }]);
  });

  it.each([
    ['no mentees yet', summary(0, 0), null, 2],
    ['mentees but no mentors', summary(0, 5), null, 3],
    ['both bases, no pairs', summary(4, 5), null, 5],
    ['proposed pairs only', summary(4, 5), countPairs(['предложена', 'предложена']), 5],
    ['an approved pair', summary(4, 5), countPairs(['утверждена', 'предложена']), 6],
    ['every pair completed', summary(4, 5), countPairs(['завершена', 'Завершена ']), 7],
  ] as const)('%s → stage %i', (_what, overview, pairs, stage) => {
    expect(homeOf(overview, pairs ? [...pairs] : null).stage).toBe(stage);
  });

  it('asks to approve proposed pairs, and to fix problems and collect consents first', () => {
    const o = summary(4, 5, { problems: 3 });
    o.bases[1]!.withoutConsent = 2;
    const home = homeOf(o, countPairs(['предложена', 'предложена', 'отклонена']));
    expect(home.next.map((s) => s.text)).toEqual([
      HOME.steps.fixProblems(3), HOME.steps.consents(2), HOME.createRoadmap, HOME.steps.approvePairs(2),
    ]);
    expect(home.next[3]!.action).toEqual({ kind: 'panel', panel: 'pairs', label: HOME.open });
    expect(home.roadmap).toBe(false);
  });

  it('offers to create the roadmap only while there is none', () => {
    const texts = (roadmap: [] | null) => homeOf(summary(4, 5), null, roadmap).next.map((s) => s.text);
    expect(texts(null)).toContain(HOME.createRoadmap);
    expect(texts([])).not.toContain(HOME.createRoadmap);
  });

  it('with a roadmap and a calendar stage: that stage, though earlier steps are still open', () => {
    const home = homeOf(summary(4, 5), null, [step('1. Подготовка условий', 'Приказ о внедрении', 'просрочено')], '7. Завершение наставничества');
    expect([home.stage, home.next[0]!.text]).toEqual([7, 'Приказ о внедрении']);
  });

  it('with a roadmap: its lowest open stage, its steps with deadlines, a button where the add-on does the step', () => {
    const home = homeOf(summary(4, 5), null, [
      step('3. Формирование базы наставников', 'Проверить базу', 'просрочено', { step: 'basesChecked', endIso: '2025-09-10' }),
      step('1. Подготовка условий', 'Приказ о внедрении', 'в работе', { step: 'orderIntroduction' }),
      step('5. Пары', 'Встреча', 'запланировано', { endIso: '' }),
    ]);
    expect([home.stage, home.stageTitle]).toEqual([1, STAGES[0]]);
    expect(home.next).toEqual([
      { text: 'Проверить базу', due: '2025-09-10', overdue: true, action: { kind: 'run', action: 'check', label: expect.any(String) } },
      { text: 'Приказ о внедрении', due: '2025-09-30', action: { kind: 'panel', panel: 'orders', label: HOME.open } },
      { text: 'Встреча' },
    ]);
  });

  it('counts pairs per status, whatever the case and spaces typed', () => {
    expect(countPairs(['Утверждена', ' утверждена', 'предложена', 'что-то']).filter((p) => p.count)).toEqual([
      { status: 'предложена', count: 1 },
      { status: 'утверждена', count: 2 },
    ]);
  });
});
