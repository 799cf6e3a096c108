/**
 * «Приказы» in Chromium: an order in one click, and a batch of letters whose progress bar follows
 * the server's recorded progress — across chunks, after leaving the panel, while the trigger runs.
 */
import { ORDERS_UI, TITLE } from '../../src/domain/orders/messages';
import { HOME, ORDERS_PANEL, PANEL_TITLE } from '../../src/domain/home/messages';
import { sheetValues } from '../support/addon';
import { approvedPairs, demoWorld, text, useSidebar } from './browser';
import { expectFitsAndRussian } from './checks';
import { generateSchool } from '../../demo/school';

const sidebar = useSidebar({ timeout: 90_000 });

describe('«Приказы» in Chromium', () => {
  it('makes an order; without a «Пары» sheet, a Russian error by the button', async () => {
    const env = demoWorld();
    await sidebar.open(env, async ({ page }) => {
      await page.getByRole('button', { name: PANEL_TITLE.orders }).click();
      await page.getByRole('button', { name: ORDERS_UI.menu.pairs }).click();
      await page.locator('#job-orderPairs-status[role="alert"]').waitFor();
      expect(await text(page, '#job-orderPairs-status')).toBe(ORDERS_UI.noPairsSheet);
      await expectFitsAndRussian(page);

      approvedPairs(env, 6);
      env.world.log.answers.push({ button: 'OK', text: '' }); // the journal number: the one proposed
      await page.getByRole('button', { name: ORDERS_UI.menu.pairs }).click();
      await page.locator('#message').getByText('Создан приказ №').waitFor();
      const registry = sheetValues(env.book, 'Приказы')!;
      expect(registry).toHaveLength(2);
      expect(registry[1]!.join(' ')).toContain('закреплении');
    });
  });

  it('shows a batch of letters advancing chunk by chunk, kept when the panel is left, polled while the trigger goes on', async () => {
    // Each copy takes a minute of the world's clock: a run under the time budget makes a few letters.
    const env = demoWorld(generateSchool(2025), { drive: { latency: { 'File.makeCopy': 60_000 } } });
    approvedPairs(env, 12);
    await sidebar.open(env, async ({ page }) => {
      const bar = page.locator('#batch [role="progressbar"]');
      const now = async () => Number(await bar.getAttribute('aria-valuenow'));
      await page.getByRole('button', { name: PANEL_TITLE.orders }).click();
      await page.getByRole('button', { name: ORDERS_UI.menu.letters }).click();
      await bar.waitFor();
      const server = () => env.sidebar.getOrdersProgress() as { running: boolean; done: number; total: number };
      const first = server();
      expect(first.running).toBe(true);
      expect(first.done).toBeGreaterThan(0);
      expect(first.done).toBeLessThan(first.total);
      expect(await now()).toBe(first.done);
      expect(await bar.getAttribute('aria-valuemax')).toBe(String(first.total));
      expect(await text(page, '#batch-text')).toBe(ORDERS_UI.progress(TITLE.letter, first.done, first.total));
      expect(await text(page, '#batch-later')).toBe(ORDERS_PANEL.later);
      await expectFitsAndRussian(page);

      // left and reopened: the bar starts where the server's record says
      await page.getByRole('button', { name: HOME.back }).click();
      await page.getByRole('button', { name: PANEL_TITLE.orders }).click();
      await bar.waitFor();
      expect(await now()).toBe(first.done);

      // the add-on's trigger carries on; the open panel polls and follows
      env.world.run.trigger('dispatchHourly');
      const second = server().done;
      expect(second).toBeGreaterThan(first.done);
      await page.waitForFunction(`Number(document.querySelector('#batch [role="progressbar"]').getAttribute('aria-valuenow')) === ${second}`);

      // resumed from the panel until done
      for (let i = 0; i < 10 && server().running; i++) {
        await page.getByRole('button', { name: ORDERS_PANEL.resumeNow }).click();
        await page.locator('#message').getByText(/Создано|готово/).waitFor();
      }
      expect(server().running).toBe(false);
      await page.locator('#message').getByText(ORDERS_UI.batchDone(TITLE.letter, first.total)).waitFor();
      await page.locator('#batch').waitFor({ state: 'detached' });
      await expectFitsAndRussian(page);
    });
  });
});
