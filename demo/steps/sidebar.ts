/**
 * The sidebar as the curator sees it, photographed in a real Chromium (300 px wide) on the demo
 * school: one PNG per panel in out/, e.g. out/sidebar-overview.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PANEL_TITLE, type PanelId } from '../../src/domain/home/messages';
import { browserPath, launchBrowser, openSidebar, type Env } from '../../tests/browser/browser';

type Ctx = Env;

const out = join(__dirname, '../../out');

async function shoot(page: Page, panel: PanelId): Promise<string> {
  if (panel !== 'overview') await page.locator(`[data-panel="${panel}"]`).click();
  await page.locator(`#panel[data-panel="${panel}"]`).waitFor();
  await page.waitForLoadState('networkidle');
  const file = join(out, `sidebar-${panel}.png`);
  // The whole panel, but no taller than a long sidebar: a list of a hundred pairs is shown by its top.
  const height = Math.min(await page.evaluate('document.documentElement.scrollHeight') as number, 1400);
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: 300, height }, animations: 'disabled' });
  if (panel !== 'overview') await page.locator('#back').click();
  await page.locator('#panel[data-panel="overview"]').waitFor();
  return `out/sidebar-${panel}.png`;
}

export async function sidebarScreens(ctx: Ctx): Promise<string[]> {
  try {
    browserPath();
  } catch {
    return ['Снимки панели пропущены: нет Chromium (sudo apt-get install -y chromium-headless-shell).'];
  }
  mkdirSync(out, { recursive: true });
  const browser = await launchBrowser({ scale: 2, height: 480 });
  try {
    const s = await openSidebar(browser, ctx);
    try {
      await s.page.locator('#sections').waitFor();
      const panels = await s.page.locator('#sections [data-panel]').evaluateAll((els) => els.map((e) => (e as unknown as { dataset: { panel: string } }).dataset.panel));
      const files: string[] = [];
      for (const p of ['overview', ...panels] as PanelId[]) files.push(`${PANEL_TITLE[p]} — ${await shoot(s.page, p)}`);
      return ['Снимки боковой панели (300 пикселей):', ...files.map((f) => `  • ${f}`)];
    } finally {
      await s.close();
    }
  } finally {
    await browser.close();
  }
}

export default sidebarScreens;
