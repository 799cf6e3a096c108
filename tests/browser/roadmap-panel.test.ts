/**
 * «Что дальше» and «Дорожная карта» in Chromium on the demo school: the roadmap created from the
 * sidebar, its dated steps on «Обзор», statuses refreshed; a pairs' job failing in Russian.
 */
import { HOME, PANEL_TITLE, ROADMAP_PANEL, STAGES } from '../../src/domain/home/messages';
import { LIFE_UI } from '../../src/domain/meetings/messages';
import { ROADMAP_UI } from '../../src/domain/roadmap/messages';
import { sheetValues } from '../support/addon';
import { demoWorld, text, useSidebar } from './browser';
import { expectFitsAndRussian } from './checks';

const sidebar = useSidebar();

describe('the roadmap from the sidebar', () => {
  it('is created from «Что дальше», then gives the stage and dated steps, and its panel runs its jobs', async () => {
    await sidebar.open(demoWorld(), async ({ page, env }) => {
      await page.locator('#next').getByText(HOME.createRoadmap).waitFor();
      await page.getByRole('button', { name: ROADMAP_UI.menu.create }).click();
      await page.locator('#message').getByText('Дорожная карта на 2025/2026 учебный год создана').waitFor();
      const sheet = sheetValues(env.book, 'Дорожная карта')!;
      expect(sheet.length).toBeGreaterThan(20);

      // «Обзор» now follows the roadmap: its first open stage, its steps with deadlines
      expect(await text(page, '#stage')).toBe(`${HOME.stage(1)} ${STAGES[0]}`);
      const steps = await page.locator('#next li').allInnerTexts();
      expect(steps.length).toBeGreaterThanOrEqual(3);
      expect(steps.join('\n')).toMatch(/(до|срок был) \d\d\.\d\d\.20\d\d/);
      expect(steps.join('\n')).not.toContain(HOME.createRoadmap);
      await expectFitsAndRussian(page);

      await page.getByRole('button', { name: PANEL_TITLE.roadmap }).click();
      await page.locator('#roadmap-next').waitFor();
      expect(await page.locator('#roadmap-next li').count()).toBe(3);
      expect(await text(page, '#roadmap-next')).toContain(ROADMAP_PANEL.responsible('').trim());
      await expectFitsAndRussian(page);

      await page.getByRole('button', { name: ROADMAP_UI.menu.refresh }).click();
      await page.locator('#message').getByText('Статусы обновлены').waitFor();

      await page.getByRole('button', { name: HOME.back }).click();
      await page.getByRole('button', { name: PANEL_TITLE.pairs }).click();
      await page.getByRole('button', { name: ROADMAP_UI.menu.plans }).click();
      const alert = page.locator('#job-createPlans-status[role="alert"]');
      await alert.waitFor();
      expect(await alert.innerText()).toBe(LIFE_UI.noPairs);
      expect(await page.getByRole('button', { name: ROADMAP_UI.menu.progress }).isEnabled()).toBe(true);
      await expectFitsAndRussian(page);
    });
  });
});
