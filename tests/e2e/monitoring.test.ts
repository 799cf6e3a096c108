import { typeParams } from '../../demo/settings';
import { addonWorld, sheetValues } from '../support/addon';
import { pasteRows } from '../../demo/fill';
import { generateSchool } from '../../demo/school';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import { ENTRY_EXIT, SATISFACTION } from '../../src/domain/surveys/schema';
import { MEETINGS } from '../../src/domain/meetings/schema';
import { KPI_LABELS } from '../../src/domain/monitoring/kpi';
import { INDICATORS, SCORE_CHOICES } from '../../src/domain/monitoring/scorecard';
import { MONITORING, REPORT, SCORECARD_TEXT, STAGE1, STAGE2, SWOT } from '../../src/domain/monitoring/messages';
import { chartSpecs } from '../../emulator/spreadsheet/chart';
import { SHEETS_CLASSES } from '../../emulator/calls';
import { monitoringStep, setTotals, surveyAnswers, writeAnswers } from '../../demo/steps/monitoring';
import { writePairs } from '../../demo/steps/roadmap';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A small hand-checked school: 4 mentors, 8 mentees, 8 approved pairs. */
function smallSchool(waves = 1) {
  const env = addonWorld({ now: '2026-05-18T10:00:00+03:00' });
  env.addon.prepareSheet();
  pasteRows(env.book, MENTORS, Array.from({ length: 4 }, (_, i) => ({
    fullName: `Наставник Номер ${i + 1}`, category: 'педагог', form: 'Учитель – ученик', consent: 'дано', consentBy: 'участник', experience: 10,
  })));
  pasteRows(env.book, MENTEES, Array.from({ length: 8 }, (_, i) => ({
    fullName: `Ученик Номер ${i + 1}`, category: 'обучающийся', grade: '9А', form: 'Учитель – ученик', consent: 'дано',
    consentBy: 'законный представитель', parentName: 'Родитель', birthDate: new Date('2010-01-01T00:00:00+03:00'),
  })));
  env.addon.prepareSheet();
  const code = (sheet: string, i: number) => String(sheetValues(env.book, sheet)![i + 1]![0]);
  const pairs = Array.from({ length: 8 }, (_, i) => ({
    pairId: `П-${i + 1}`, mentorCode: code('Наставники', i % 4), menteeCode: code('Наставляемые', i), form: 'Учитель – ученик',
  }));
  writePairs(env.book, pairs.map((p) => ({ ...p, status: 'утверждена' })));
  const answers = surveyAnswers(pairs, 3, waves);
  writeAnswers(env.book, SATISFACTION, answers.satisfaction);
  writeAnswers(env.book, ENTRY_EXIT, answers.measurements);
  setTotals(env.book, { studentsTotal: 80, teachersTotal: 20 });
  return { ...env, pairs };
}

const rowsOf = (book: Book, name: string) => sheetValues(book, name)!;
const find = (rows: unknown[][], first: string) => rows.findIndex((r) => r[0] === first);

describe('«Мониторинг → Обновить мониторинг и показатели»', () => {
  it('fills stage 1 per question and form, with the share satisfied computed from the answers', () => {
    const { addon, book } = smallSchool();
    addon.refreshMonitoring();
    const rows = rowsOf(book, MONITORING.sheets.monitoring);
    const header = find(rows, STAGE1.headers[0]!);
    expect(rows[header]!.slice(0, 8)).toEqual(STAGE1.headers);
    const question = 'Насколько удобным было время встреч';
    const line = rows.find((r) => r[0] === question && r[1] === STAGE1.allForms)!;
    const answers = rowsOf(book, SATISFACTION.sheet).filter((r) => r[5] === question).map((r) => Number(r[6]));
    expect(line[2]).toBe(answers.length);
    expect(line[3]).toBeCloseTo(answers.reduce((a, b) => a + b, 0) / answers.length, 2);
    expect(line[6]).toBeCloseTo(answers.filter((a) => a >= 7).length / answers.length, 4);
  });

  it('writes questions typed like formulas as text', () => {
    const { addon, book, pairs } = smallSchool();
    writeAnswers(book, SATISFACTION, pairs.map((p, i) => ({
      responseId: `F-${i}`, code: p.menteeCode, role: 'наставляемый', form: p.form, question: '=1+1 это вопрос?', answer: '9',
    })));
    addon.refreshMonitoring();
    const sheet = book.getSheetByName(MONITORING.sheets.monitoring)!;
    const row = rowsOf(book, MONITORING.sheets.monitoring).findIndex((r) => r[0] === '=1+1 это вопрос?') + 1;
    expect(row).toBeGreaterThan(0);
    expect(sheet.getRange(row, 1).getFormula()).toBe('');
    expect(sheet.getRange(row, 3).getValue()).toBe(8);
  });

  it('compares entry and exit per person with Wilcoxon’s test and says what it means in Russian', () => {
    const { addon, book } = smallSchool();
    addon.refreshMonitoring();
    const rows = rowsOf(book, MONITORING.sheets.monitoring);
    const header = find(rows, STAGE2.headers[0]!);
    expect(rows[header]).toEqual(STAGE2.headers);
    const measured = rowsOf(book, ENTRY_EXIT.sheet).slice(1);
    const motivation = rows.find((r, i) => i > header && r[0] === 'Мотивация к учёбе')!;
    const codes = (stage: string) => new Set(measured.filter((r) => r[5] === 'Мотивация к учёбе' && r[3] === stage).map((r) => r[1]));
    const both = [...codes('входная')].filter((c) => codes('итоговая').has(c));
    expect(motivation[4]).toBe(both.length);
    expect(motivation[5]).toBe(codes('входная').size - both.length);
    expect(Object.values(STAGE2.verdict)).toContain(motivation[14]);
    expect(rows.flat().some((v) => typeof v === 'string' && v.startsWith('«Мотивация к учёбе»') && v.includes(`n = ${both.length}`))).toBe(true);
  });

  it('draws the charts once, and a re-run replaces them instead of adding more', () => {
    const { addon, book } = smallSchool();
    addon.refreshMonitoring();
    addon.refreshMonitoring();
    const mon = chartSpecs(book.getSheetByName(MONITORING.sheets.monitoring)!);
    expect(mon.map((c) => c.options.title).sort()).toEqual([STAGE1.chartData, STAGE2.chartTitle].sort());
    const growth = mon.find((c) => c.options.title === STAGE2.chartTitle)!;
    expect(growth.type).toBe('COLUMN');
    const [, a1] = growth.ranges[0]!.split('!');
    const values = book.getSheetByName(MONITORING.sheets.monitoring)!.getRange(a1!).getValues();
    expect(values[0]).toEqual(STAGE2.headers.slice(0, 3));
    expect(values).toHaveLength(5); // header + four parameters
    const kpi = chartSpecs(book.getSheetByName(MONITORING.sheets.kpis)!);
    expect(kpi).toEqual([expect.objectContaining({ type: 'BAR', ranges: [`'Показатели'!A1:C9`] })]);
    expect(chartSpecs(book.getSheetByName(MONITORING.sheets.scorecard)!)).toHaveLength(1);
  });

  it('prefills SWOT and never overwrites what the curator wrote there', () => {
    const { addon, book } = smallSchool();
    addon.refreshMonitoring();
    const swot = book.getSheetByName(MONITORING.sheets.swot)!;
    const rows = rowsOf(book, MONITORING.sheets.swot);
    expect(rows[0]!.slice(0, 3)).toEqual(SWOT.headers);
    expect(rows.filter((r) => r[0] === SWOT.strengths).length).toBeGreaterThan(0);
    const opportunity = rows.findIndex((r) => r[0] === SWOT.opportunities) + 1;
    swot.getRange(opportunity, 2, 1, 2).setValues([['Сетевое взаимодействие с техникумом', 'куратор']]);
    addon.refreshMonitoring();
    expect(rowsOf(book, MONITORING.sheets.swot).map((r) => r[1])).toContain('Сетевое взаимодействие с техникумом');
  });

  it('keeps one scorecard per school year: dropdowns, suggestions with reasons, the curator’s scores, total and level', () => {
    const { addon, book } = smallSchool();
    addon.refreshMonitoring();
    const card = book.getSheetByName(MONITORING.sheets.scorecard)!;
    let rows = rowsOf(book, MONITORING.sheets.scorecard);
    expect(rows[0]!.slice(0, 7)).toEqual(SCORECARD_TEXT.headers);
    expect(rows.slice(1, 10).map((r) => r[2])).toEqual(INDICATORS.map((i) => i.no));
    const satisfied = rows.find((r) => r[2] === 6)!;
    expect(SCORE_CHOICES).toContain(satisfied[5]);
    expect(String(satisfied[6])).toMatch(/n = \d+/);
    expect(card.getRange(2, 5).getDataValidation()!.getCriteriaValues()[0]).toEqual([...SCORE_CHOICES]);
    expect(() => card.getRange(2, 5).setValue('5')).toThrow();
    // 6 × 2 + 3 × 1 = 15: the optimal level, at its lower boundary
    card.getRange(2, 5, 9, 1).setValues([0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => [SCORE_CHOICES[i < 6 ? 0 : 1]]));
    addon.refreshMonitoring();
    rows = rowsOf(book, MONITORING.sheets.scorecard);
    expect(rows[1]![4]).toBe(SCORE_CHOICES[0]);
    expect(rows[1]!.slice(8, 12)).toEqual(['2025/2026', 15, 18, SCORECARD_TEXT.level.optimal]);
    card.getRange(10, 5).setValue(SCORE_CHOICES[2]);
    addon.refreshMonitoring();
    expect(rowsOf(book, MONITORING.sheets.scorecard)[1]!.slice(9, 12)).toEqual([14, 18, SCORECARD_TEXT.level.acceptable]);
    expect(addon.getMonitoringFigures().scorecard).toMatchObject({ total: 14, level: SCORECARD_TEXT.level.acceptable });
  });

  it('shows the target indicators against their yearly targets from «Настройки»', () => {
    const { addon, book } = smallSchool();
    addon.refreshMonitoring();
    const rows = rowsOf(book, MONITORING.sheets.kpis);
    const coverage = rows.find((r) => r[0] === KPI_LABELS.coverageStudents)!;
    expect(coverage.slice(1, 5)).toEqual([10, 10, '2025/2026', 'достигнут']); // 8 pupils of 80
    const teachers = rows.find((r) => r[0] === KPI_LABELS.coverageTeachers)!;
    expect(teachers.slice(1, 3)).toEqual([20, 10]); // 4 teachers of 20
    const young = rows.find((r) => r[0] === KPI_LABELS.youngTeachers)!;
    expect(young[4]).toBe('нет данных');
  });

  it('follows the curator’s settings: the satisfaction threshold and this year’s targets', () => {
    const { addon, book } = smallSchool();
    setTotals(book, { satisfactionThreshold: 90 });
    const settings = book.getSheetByName('Настройки')!;
    const grid = settings.getDataRange().getValues();
    const col = grid[0]!.indexOf('Целевой показатель');
    const row = grid.findIndex((r) => r[col] === KPI_LABELS.coverageStudents && r[col + 1] === '2025/2026');
    expect(row).toBeGreaterThan(0);
    settings.getRange(row + 1, col + 3).setValue(15);
    addon.refreshMonitoring();
    const coverage = rowsOf(book, MONITORING.sheets.kpis).find((r) => r[0] === KPI_LABELS.coverageStudents)!;
    expect(coverage.slice(1, 5)).toEqual([10, 15, '2025/2026', 'не достигнут']);
    const question = 'Насколько удобным было время встреч';
    const answers = rowsOf(book, SATISFACTION.sheet).filter((r) => r[5] === question).map((r) => Number(r[6]));
    const line = rowsOf(book, MONITORING.sheets.monitoring).find((r) => r[0] === question && r[1] === STAGE1.allForms)!;
    expect(line[6]).toBeCloseTo(answers.filter((a) => a >= 9).length / answers.length, 4);
  });

  it('makes the same number of Sheets calls for 10 times more answers', () => {
    const count = (waves: number) => {
      const { world, addon } = smallSchool(waves);
      addon.refreshMonitoring(); // first run creates the sheets
      world.calls.reset();
      addon.refreshMonitoring();
      return world.calls.service([...SHEETS_CLASSES, 'EmbeddedChart', 'EmbeddedChartBuilder']);
    };
    expect(count(10)).toBe(count(1));
  });

  it('correlates growth with the number of meetings logged in «Встречи»', () => {
    const { addon, book, pairs } = smallSchool();
    writeAnswers(book, MEETINGS, pairs.flatMap((p, i) => Array.from({ length: i + 1 }, () => ({ pairId: p.pairId, type: 'рабочая встреча' }))));
    addon.refreshMonitoring();
    const rows = rowsOf(book, MONITORING.sheets.monitoring);
    const line = rows.find((r) => r[0] === STAGE2.withMeetings)!;
    expect(line[1]).toBe(pairs.length);
    expect(typeof line[2]).toBe('number');
    expect(rows.flat()).not.toContain(STAGE2.noMeetings);
  });

  it('builds the report to the regional centre as a Google Doc with the period’s figures', () => {
    const { world, addon, book } = smallSchool();
    typeParams(book, { director: 'Назарова Анна Николаевна' } as Record<string, string>);
    addon.createRoadmapSheet();
    addon.refreshMonitoring();
    world.log.answers.push({ button: 'OK', text: '01-12/45' }); // the outgoing number from the journal
    addon.makeRegionalReport();
    const doc = [...world.drive.docs.values()].find((d) => d.name.startsWith(REPORT.title))!;
    expect(doc.name).toBe(`${REPORT.title} (20.05.2026)`);
    const text = (world.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp).openById(doc.id).getBody().getText();
    for (const heading of [REPORT.pairs, REPORT.coverage, REPORT.satisfaction, REPORT.growth, REPORT.scorecard, REPORT.roadmap]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Учитель – ученик');
    expect(text).toContain('по состоянию на 20.05.2026');
    expect(text).toMatch(/Выполнено мероприятий: \d+ из \d+\./);
    expect(text).toContain('Исх. № 01-12/45');
    expect(text).toMatch(/Директор\n+А\.Н\. Назарова/); // the signature line: position, room to sign, initials and surname (a table's text puts each cell on its own line)
    expect(text).not.toMatch(/\d\.\d+ ?%/); // one decimal separator: the comma
    expect(world.log.alerts.at(-1)!.prompt).toContain('https://docs.google.com/document/d/');
  });

  it('an empty table gets empty monitoring sheets and a clear message, not a crash', () => {
    const { world, addon, book } = addonWorld();
    addon.prepareSheet();
    addon.refreshMonitoring();
    expect(world.log.toasts.at(-1)!.message).toContain(MONITORING.noData);
    expect(rowsOf(book, MONITORING.sheets.monitoring).flat()).toContain(STAGE1.none);
  });

  it('the «Мониторинг» menu group has its two items', () => {
    const { world } = addonWorld();
    world.run.open('NONE');
    const group = world.log.menus[0]!.items.find((i) => i.kind === 'submenu' && i.caption === 'Мониторинг');
    expect(group?.kind === 'submenu' && group.items.map((i) => (i.kind === 'item' ? i.caption : ''))).toEqual([MONITORING.menu.run, MONITORING.menu.report]);
  });
});

describe('monitoring on the demo school', () => {
  it('answers → monitoring, SWOT, scorecard, indicators, charts and the report', () => {
    const { world, addon, sidebar, book } = addonWorld();
    const school = generateSchool(2025);
    addon.prepareSheet();
    pasteRows(book, MENTORS, school.mentors);
    pasteRows(book, MENTEES, school.mentees);
    addon.prepareSheet();
    const lines = monitoringStep({ world, addon, sidebar, book, school });
    expect(lines.length).toBeGreaterThan(3);
    for (const name of Object.values(MONITORING.sheets).filter((n) => n !== MONITORING.sheets.meetings && n !== MONITORING.sheets.report)) {
      expect(book.getSheetByName(name)).not.toBeNull();
    }
    const figures = addon.getMonitoringFigures();
    expect(figures.scorecard.total).not.toBeNull();
    expect(figures.satisfied.n).toBeGreaterThan(10);
    expect([...world.drive.docs.values()].some((d) => d.name.startsWith(REPORT.title))).toBe(true);
  });
});
