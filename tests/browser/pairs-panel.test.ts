/** «Пары» in Chromium: pairs by status, a meeting logged and a pair completed, checked in the Sheet. */
import { LIFE_UI } from '../../src/domain/meetings/messages';
import { HOME, PAIRS_PANEL, PANEL_TITLE } from '../../src/domain/home/messages';
import { MATCHING_UI } from '../../src/domain/matching/messages';
import { sheetValues } from '../support/addon';
import { approvedPairs, demoWorld, text, useSidebar } from './browser';
import { expectFitsAndRussian } from './checks';

const sidebar = useSidebar();

describe('«Пары» in Chromium', () => {
  it('matches the demo school, shows why each pair, and approves and rejects pairs one by one', async () => {
    const env = demoWorld(); // people pasted without codes: matching gives them
    await sidebar.open(env, async ({ page }) => {
      await page.getByRole('button', { name: PANEL_TITLE.pairs }).click();
      await page.locator('#pair-list').waitFor();
      expect(await text(page, '#pair-counts')).toBe(PAIRS_PANEL.none);

      await page.getByRole('button', { name: MATCHING_UI.menu.match }).click();
      await page.locator('#match-status.ok').waitFor();
      expect(await text(page, '#match-status')).toMatch(/^Присвоено кодов участников: \d+\. Режим «.+»\. Предложено пар: \d+/);
      const proposed = Number(/Предложено пар: (\d+)/.exec(await text(page, '#match-status'))![1]);
      expect(proposed).toBeGreaterThan(20);
      // lowest score first: the doubtful pairs lead; «по наставнику» groups each mentor's pairs
      const scores = (await page.locator('#pair-list > li.pair .muted').allInnerTexts()).map((t) => Number(/Баллы: (\d+)/.exec(t)![1]));
      expect(scores).toEqual([...scores].sort((a, b) => a - b));
      expect(scores[0]).toBeLessThan(scores.at(-1)!);
      await page.getByLabel(PAIRS_PANEL.order).selectOption({ label: PAIRS_PANEL.orders.mentor });
      const mentors = (await page.locator('#pair-list > li.pair > div[translate="no"]').allInnerTexts()).map((t) => t.split(' — ')[0]!);
      expect(mentors).toEqual([...mentors].sort((a, b) => a.localeCompare(b, 'ru', { sensitivity: 'base' })));
      await page.getByLabel(PAIRS_PANEL.order).selectOption({ label: PAIRS_PANEL.orders.score });
      expect(await page.locator('#pair-list > li.pair').count()).toBe(20);
      await page.getByRole('button', { name: PAIRS_PANEL.more(proposed - 20) }).click();
      expect(await page.locator('#pair-list > li.pair').count()).toBe(Math.min(40, proposed));
      const statusCol = () => { const v = sheetValues(env.book, 'Пары')!; return { v, c: v[0]!.indexOf('Статус') }; };
      expect(statusCol().v.length - 1).toBeGreaterThanOrEqual(proposed);
      expect(await text(page, '#pair-counts')).toBe(`предложена ${proposed}`);
      await expectFitsAndRussian(page);

      const first = page.locator('#pair-list > li.pair').first();
      await first.getByText(PAIRS_PANEL.why).click();
      expect((await first.locator('details').innerText()).length).toBeGreaterThan(PAIRS_PANEL.why.length + 10);
      await expectFitsAndRussian(page);
      const firstId = await first.getAttribute('data-pair');
      await first.getByRole('button', { name: PAIRS_PANEL.approve }).click();
      const approved = page.locator(`[data-pair="${firstId}"]`);
      await approved.locator('.status-tag[data-status="утверждена"]').waitFor();
      expect(await text(page, '#pair-counts')).toBe(`предложена ${proposed - 1} утверждена 1`);

      const second = page.locator('#pair-list > li.pair').nth(1);
      await second.getByRole('button', { name: PAIRS_PANEL.reject }).click();
      await second.locator('.status-tag[data-status="отклонена"]').waitFor();
      const { v, c } = statusCol();
      const statuses = v.slice(1).map((r) => r[c]);
      expect(statuses.filter((x) => x === 'утверждена')).toHaveLength(1);
      expect(statuses.filter((x) => x === 'отклонена')).toHaveLength(1);

      await page.getByRole('button', { name: HOME.back }).click();
      await page.locator('[data-count="pairs"]').waitFor();
      expect(await text(page, '[data-count="pairs"]')).toBe(`${HOME.pairs} предложена ${proposed - 2} утверждена 1 отклонена 1`);
    });
  });


  it('logs a meeting of an approved pair and completes another; a bad date is a Russian error by the button', async () => {
    const env = demoWorld();
    approvedPairs(env, 3);
    await sidebar.open(env, async ({ page }) => {
      await page.getByRole('button', { name: PANEL_TITLE.pairs }).click();
      await page.locator('#meeting').waitFor();
      expect(await text(page, '#pair-counts')).toBe('утверждена 3');
      await expectFitsAndRussian(page);

      const meeting = page.locator('#meeting');
      await meeting.getByLabel(PAIRS_PANEL.pair).selectOption('П-1');
      await meeting.getByLabel(PAIRS_PANEL.type).selectOption('встреча-знакомство');
      await meeting.getByRole('button', { name: PAIRS_PANEL.meeting }).click();
      await page.locator('#log-meeting-status[role="alert"]').waitFor();
      expect(await text(page, '#log-meeting-status')).toBe(LIFE_UI.badDate);

      await meeting.getByLabel(PAIRS_PANEL.date).fill('12.09.2025');
      await meeting.getByLabel(PAIRS_PANEL.topic).fill('Знакомство, интересы');
      await meeting.getByRole('button', { name: PAIRS_PANEL.meeting }).click();
      await page.locator('#log-meeting-status.ok').waitFor();
      expect(await text(page, '#log-meeting-status')).toBe(LIFE_UI.meetingLogged('встреча-знакомство', '12.09.2025'));
      const meetings = sheetValues(env.book, 'Встречи')!;
      expect(meetings).toHaveLength(2);
      expect(meetings[1]!.join(' ')).toContain('Знакомство, интересы');

      const ending = page.locator('#ending');
      await ending.getByLabel(PAIRS_PANEL.pair).selectOption('П-2');
      await ending.getByLabel(PAIRS_PANEL.reason).selectOption('план выполнен');
      await ending.getByLabel(PAIRS_PANEL.results).fill('Подтянул математику');
      await ending.getByRole('button', { name: PAIRS_PANEL.ending }).click();
      await page.locator('#message').getByText('Завершено пар: 1').waitFor();
      const pairs = sheetValues(env.book, 'Пары')!;
      const status = pairs[0]!.indexOf('Статус');
      expect(pairs.slice(1).map((r) => r[status])).toEqual(['утверждена', 'завершена', 'утверждена']);
      expect(await text(page, '#pair-counts')).toBe('утверждена 2 завершена 1');
      await expectFitsAndRussian(page);
    });
  });
});
