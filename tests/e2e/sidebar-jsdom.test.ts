import { JSDOM } from 'jsdom';
import { addonWorld } from '../support/addon';
import { assertTransportable, createScriptRun } from '../support/bridge';
import { pasteRows } from '../../demo/fill';
import { MENTEES } from '../../src/domain/bases/schema';
import { BASES_UI } from '../../src/domain/bases/messages';
import { HOME, STAGES } from '../../src/domain/home/messages';

/** The sidebar as the curator gets it: the HTML the add-on showed, wired to the real server functions. */
function openSidebar() {
  const env = addonWorld();
  env.addon.openSidebar();
  const html = env.world.log.shown.at(-1)!.html;
  const dom = new JSDOM(html, {
    runScripts: 'dangerously',
    beforeParse(window) {
      (window as any).google = { script: { run: createScriptRun(env.sidebar) } };
    },
  });
  const doc = dom.window.document;
  const text = (id: string) => doc.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim();
  const click = (id: string) => (doc.getElementById(id) as HTMLButtonElement).click();
  return { ...env, dom, doc, text, click };
}

async function until(what: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting for the sidebar');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('the sidebar, in jsdom, against the bundle’s server functions', () => {
  it('on a new spreadsheet says the table is not prepared yet and offers to prepare it', async () => {
    const s = openSidebar();
    await until(() => s.text('school') !== HOME.loading);
    expect(s.text('school')).toBe(HOME.notReady);
    expect(s.doc.getElementById('stage')!.getAttribute('aria-label')).toBe(HOME.stageLabel(1, STAGES[0]));
    expect(s.text('next')).toContain(HOME.steps.prepare);
  });

  it('prepares the table: busy while it runs, then the result and the next step', async () => {
    const s = openSidebar();
    await until(() => s.text('school') !== HOME.loading);
    s.click('prepare');
    expect(s.text('prepare-status')).toBe(HOME.busy(BASES_UI.menu.prepare));
    expect(s.doc.querySelector('#prepare-status [role="progressbar"]')).not.toBeNull();
    expect((s.doc.getElementById('prepare') as HTMLButtonElement).disabled).toBe(true);
    await until(() => s.text('message').startsWith('Созданы'));
    expect(s.text('message')).toBe('Созданы листы: Настройки, Наставники, Наставляемые.');
    expect(s.text('school')).toBe('2025/2026 учебный год');
    expect(s.text('next')).toContain(HOME.steps.fillSettings);
    expect(s.book.getSheetByName('Наставники')).not.toBeNull();
  });

  it('checks the bases from their panel and shows people per form and the problems found', async () => {
    const s = openSidebar();
    s.addon.prepareSheet();
    pasteRows(s.book, MENTEES, [
      { fullName: 'Семёнов Артём Петрович', category: 'обучающийся', grade: '6Б', form: 'Ученик – ученик', request: 'Математика', parentName: 'Семёнова Ольга', parentPhone: '89175550301', consent: 'дано', consentBy: 'законный представитель' },
      { fullName: 'Ким Виктор Сергеевич', category: 'обучающийся', grade: '7А', form: 'Ученик – ученик', request: 'Физика', parentName: 'Ким Анна', parentPhone: '89175550302', consent: 'не дано' },
    ]);
    await until(() => s.doc.querySelector('[data-panel="bases"]') !== null);
    (s.doc.querySelector('[data-panel="bases"]') as HTMLButtonElement).click();
    await until(() => s.doc.getElementById('check') !== null);
    s.click('check');
    await until(() => s.text('message').startsWith('Проверено'));
    expect(s.text('message')).toBe('Проверено участников: 2. Найдено проблем: 1 — список на листе «Проверка».');
    const card = s.doc.querySelector('[data-base="mentees"]')!;
    const lines = [...card.querySelectorAll('.row')].map((r) => [...r.children].map((c) => c.textContent).join(' '));
    expect(lines).toEqual(['Наставляемые 2', `${HOME.withoutConsent} 1`, 'Ученик – ученик 2']);
    expect(s.text('problems')).toBe(`${HOME.problems}: 1`);
  });

  it('shows a Russian error next to the action that failed and stays usable', async () => {
    const s = openSidebar();
    s.addon.prepareSheet();
    s.book.getSheetByName('Наставники')!.getRange(1, 2).setValue('Ф.И.О.');
    await until(() => s.doc.querySelector('[data-panel="bases"]') !== null);
    (s.doc.querySelector('[data-panel="bases"]') as HTMLButtonElement).click();
    await until(() => s.doc.getElementById('check') !== null);
    s.click('check');
    await until(() => s.doc.getElementById('check-status')!.className.includes('error'));
    expect(s.text('check-status')).toContain('На листе «Наставники» не найдены столбцы: ФИО');
    expect(s.doc.getElementById('check-status')!.getAttribute('role')).toBe('alert');
    expect((s.doc.getElementById('check') as HTMLButtonElement).disabled).toBe(false);
    s.book.getSheetByName('Наставники')!.getRange(1, 2).setValue('ФИО');
    s.click('check');
    await until(() => s.text('message').startsWith('Проверено'));
  });
});

describe('the google.script.run bridge refuses what Apps Script cannot pass', () => {
  it.each([
    ['a Date', new Date()],
    ['a function', () => 1],
    ['a class instance', new (class Point { x = 1; })()],
    ['a nested Date', { when: [new Date()] }],
  ])('%s', (_what, value) => expect(() => assertTransportable(value)).toThrow(TypeError));
  it('but passes plain data', () => {
    expect(() => assertTransportable({ a: [1, 'x', null, { b: true }] })).not.toThrow();
  });
});
