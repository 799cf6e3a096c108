/** «Мониторинг» in Chromium: headline figures, the monitoring sheets written, the report for the region. */
import { MONITORING } from '../../src/domain/monitoring/messages';
import { MONITORING_PANEL, PANEL_TITLE } from '../../src/domain/home/messages';
import { sheetValues } from '../support/addon';
import { demoWorld, text, useSidebar } from './browser';
import { expectFitsAndRussian } from './checks';

const sidebar = useSidebar();

describe('«Мониторинг» in Chromium', () => {
  it('shows the headline figures, refreshes the monitoring sheets and makes the report', async () => {
    const env = demoWorld();
    await sidebar.open(env, async ({ page }) => {
      await page.getByRole('button', { name: PANEL_TITLE.monitoring }).click();
      await page.locator('#figures').waitFor();
      expect(await page.locator('#figures .row').count()).toBe(4);
      expect(await text(page, '#figures')).toContain(MONITORING_PANEL.none);
      await expectFitsAndRussian(page);

      await page.getByRole('button', { name: MONITORING.menu.run }).click();
      // the demo school has no survey answers yet: the sheets are written empty, and the message says so
      await page.locator('#message').getByText(MONITORING.noData).waitFor();
      expect(sheetValues(env.book, MONITORING.sheets.monitoring)).not.toBeNull();
      expect(sheetValues(env.book, MONITORING.sheets.swot)).not.toBeNull();

      env.world.log.answers.push({ button: 'OK', text: '01-12/5' }); // the outgoing number from the journal
      await page.getByRole('button', { name: MONITORING.menu.report }).click();
      await page.locator('#message').getByText(/^(Отчёт готов: «.+»\.|Отчёт сформирован)/).waitFor();
      await expectFitsAndRussian(page);
    });
  });
});
