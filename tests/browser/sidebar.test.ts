/**
 * The sidebar in a real Chromium, 300 px wide, against the built add-on in the emulator: the
 * curator's main path on the demo school, checked on the page and in the Sheet.
 */
import { generateSchool } from '../../demo/school';
import { BASES_UI } from '../../src/domain/bases/messages';
import { HOME, PANEL_TITLE, STAGES } from '../../src/domain/home/messages';
import { addonWorld, sheetValues } from '../support/addon';
import { demoWorld, text, useSidebar } from './browser';
import { expectFitsAndRussian, latinWords, overflowing } from './checks';

const sidebar = useSidebar();

const school = generateSchool(2025);


describe('the sidebar in Chromium', () => {
  it('on a new spreadsheet: stage 1 and one step, «Подготовить таблицу», which creates the sheets', async () => {
    await sidebar.open(addonWorld(), async ({ page, env }) => {
      await page.getByText(HOME.notReady).waitFor();
      expect(await text(page, '#stage')).toBe(`${HOME.stage(1)} ${STAGES[0]}`);
      expect(await page.locator('#next li').count()).toBe(1);
      await expectFitsAndRussian(page);

      await page.getByRole('button', { name: BASES_UI.menu.prepare }).click();
      await page.locator('#message').getByText('Созданы листы').waitFor();
      expect(await text(page, '#message')).toBe('Созданы листы: Настройки, Наставники, Наставляемые.');
      expect(env.book.getSheets().map((x) => x.getName())).toEqual(expect.arrayContaining(['Настройки', 'Наставники', 'Наставляемые']));
      expect(await text(page, '#school')).toBe('2025/2026 учебный год');
      expect(await text(page, '#next')).toContain(HOME.steps.fillSettings);
      await expectFitsAndRussian(page);
    });
  });

  it('on the demo school: counts, stage, «Что дальше», then bases checked from their panel', async () => {
    await sidebar.open(demoWorld(), async ({ page, env }) => {
      await page.locator('[data-count="mentors"]').waitFor();
      expect(await text(page, '#school')).toBe(`${school.settings.orgShortName} · 2025/2026 учебный год`);
      expect(await text(page, '[data-count="mentors"]')).toBe(`${HOME.mentors} ${school.mentors.length}`);
      expect(await text(page, '[data-count="mentees"]')).toBe(`${HOME.mentees} ${school.mentees.length}`);
      expect(await text(page, '[data-count="pairs"]')).toBe(`${HOME.pairs} ${HOME.noPairs}`);
      const problems = Number((await text(page, '[data-count="problems"]')).replace(HOME.problems, ''));
      expect(problems).toBeGreaterThan(0);
      expect(await text(page, '#next')).toContain(HOME.steps.fixProblems(problems));
      await expectFitsAndRussian(page);

      // one click from «Обзор» to the bases panel; focus moves to its title
      await page.getByRole('button', { name: PANEL_TITLE.bases }).click();
      await page.getByRole('heading', { name: PANEL_TITLE.bases }).waitFor();
      expect(await page.evaluate('document.activeElement.id')).toBe('panel-title');
      expect(await page.locator('[data-base]').count()).toBe(2);
      await expectFitsAndRussian(page);

      await page.getByRole('button', { name: BASES_UI.menu.check }).click();
      const people = school.mentors.length + school.mentees.length;
      await page.locator('#message').getByText(BASES_UI.checked(people, problems)).waitFor();
      const report = sheetValues(env.book, 'Проверка')!;
      expect(report).toHaveLength(problems + 1);
      expect(report[0]).toEqual(BASES_UI.reportHeaders);
      expect(await text(page, '#problems')).toBe(`${HOME.problems}: ${problems}`);

      await page.getByRole('button', { name: HOME.openSheet('Проверка') }).click();
      await page.locator('#open-report-status').getByText(HOME.openedSheet('Проверка')).waitFor();
      expect(env.book.getActiveSheet().getName()).toBe('Проверка');
      await expectFitsAndRussian(page);

      await page.getByRole('button', { name: HOME.back }).click();
      await page.getByRole('heading', { name: PANEL_TITLE.overview }).waitFor();
    });
  });

  it('shows a Russian error next to the failing action, and the panel stays usable', async () => {
    const env = demoWorld();
    env.book.getSheetByName('Наставники')!.getRange(1, 2).setValue('Ф.И.О.');
    await sidebar.open(env, async ({ page }) => {
      await page.getByRole('button', { name: PANEL_TITLE.bases }).click();
      const check = page.getByRole('button', { name: BASES_UI.menu.check });
      await check.click();
      const alert = page.locator('#check-status[role="alert"]');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('На листе «Наставники» не найдены столбцы: ФИО');
      expect(await alert.innerText()).not.toMatch(/at |Error|\.js/);
      expect(await check.isEnabled()).toBe(true);
      await expectFitsAndRussian(page);

      env.book.getSheetByName('Наставники')!.getRange(1, 2).setValue('ФИО');
      await check.click();
      await page.locator('#message').getByText('Проверено участников').waitFor();
      expect(sheetValues(env.book, 'Проверка')!.length).toBeGreaterThan(1);
    });
  });

  it('works from the keyboard: every control is a labelled button reached with Tab', async () => {
    await sidebar.open(demoWorld(), async ({ page }) => {
      await page.locator('#sections').waitFor();
      const unlabelled = await page.evaluate(`[...document.querySelectorAll('button, input, select, textarea, a[href]')]
        .filter((e) => !(e.innerText || '').trim() && !e.getAttribute('aria-label') && !(e.labels && e.labels.length)).length`);
      expect(unlabelled).toBe(0);
      let reached = false;
      for (let i = 0; i < 30 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = (await page.evaluate('document.activeElement.dataset.panel || ""')) === 'bases';
      }
      expect(reached).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: PANEL_TITLE.bases }).waitFor();
    });
  });
});

describe('every panel on the demo school', () => {
  it('fits 300 px and speaks Russian, and is one click away from «Обзор»', async () => {
    await sidebar.open(demoWorld(), async ({ page }) => {
      await page.locator('#sections').waitFor();
      const panels = await page.locator('#sections [data-panel]').evaluateAll((els) => els.map((e) => e.getAttribute('data-panel')!));
      expect(panels.length).toBeGreaterThanOrEqual(5);
      await expectFitsAndRussian(page);
      for (const p of panels) {
        await page.locator(`#sections [data-panel="${p}"]`).click();
        await page.locator(`#panel[data-panel="${p}"] .panel-body > *`).first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(await text(page, '#panel-title')).toBe(PANEL_TITLE[p as keyof typeof PANEL_TITLE]);
        await expectFitsAndRussian(page);
        await page.locator('#back').click();
        await page.locator('#sections').waitFor();
      }
    });
  });
});

describe('the page checks catch what they are for', () => {
  it('an English word and a too-wide element are reported', async () => {
    const page = await sidebar.browser.context.newPage();
    try {
      await page.setContent('<body style="margin:0"><p>Проверено: 3 items</p><div style="width:420px">широко</div><p>E-mail, ID, QR</p></body>');
      expect(await latinWords(page)).toEqual(['items']);
      expect((await overflowing(page)).join('\n')).toMatch(/div.*420px/);
    } finally {
      await page.close();
    }
  });
});

describe('google.script.run in the page, as Apps Script delivers it', () => {
  it('delivers asynchronously with the user object, and refuses Dates, functions and class instances before sending', async () => {
    await sidebar.open(addonWorld(), async (s) => {
      const result = await s.page.evaluate(`new Promise((resolve) => {
        const order = [];
        google.script.run.withUserObject('мой').withSuccessHandler((v, u) => { order.push('ответ'); resolve({ order, ready: v.overview.ready, u }); }).getHome();
        order.push('после вызова');
      })`);
      expect(result).toEqual({ order: ['после вызова', 'ответ'], ready: false, u: 'мой' });
      const refused = await s.page.evaluate(`[new Date(), () => 1, new (class Point { x = 1; })(), { when: [new Date()] }].map((v) => {
        try { google.script.run.showSheet(v); return 'отправлено'; } catch (e) { return e.name; }
      })`);
      expect(refused).toEqual(['TypeError', 'TypeError', 'TypeError', 'TypeError']);
      const failed = await s.page.evaluate(`new Promise((resolve) => google.script.run.withFailureHandler((e) => resolve(e.message)).showSheet('Нет такого'))`);
      expect(failed).toBe(HOME.noSheet('Нет такого'));
      expect(s.server.log.calls.map((c) => [c.fn, c.ok])).toEqual(expect.arrayContaining([['getHome', true], ['showSheet', false]]));
    });
  });
});
