/**
 * The Marketplace listing's pictures, made from the real add-on: the icons and the card banner
 * drawn in docs/marketplace/*.svg and rendered by Chromium at their sizes, and screenshots at
 * 1280×800 — the real sidebar (the built add-on in the emulator) beside the Sheet it works on.
 * They are written to out/marketplace/; with MARKETPLACE=1 also to docs/marketplace/, which is how
 * the committed pictures are made.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PANEL_TITLE } from '../../src/domain/home/messages';
import { FORMS_PANEL } from '../../src/domain/home/messages';
import { MATCHING_UI } from '../../src/domain/matching/messages';
import { demoWorld, useSidebar, type Env } from './browser';

const sidebar = useSidebar({ timeout: 120_000 });
const DOCS = join(__dirname, '../../docs/marketplace');
const OUT = join(__dirname, '../../out/marketplace');
const publish = process.env.MARKETPLACE === '1';

function save(file: string, target: string): void {
  if (publish) {
    mkdirSync(join(DOCS, target.includes('/') ? target.split('/')[0]! : ''), { recursive: true });
    copyFileSync(file, join(DOCS, target));
  }
}

/** PNG size from its IHDR chunk. */
const pngSize = (file: string) => {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

const escape = (s: unknown) => String(s instanceof Date ? s.toLocaleDateString('ru-RU') : s ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The Sheet as the curator sees it beside the sidebar: a grid of the active sheet's first rows and its tabs. */
function sheetHtml(env: Env, sheetName: string, sidebarUrl: string): string {
  const sheet = env.book.getSheetByName(sheetName)!;
  const values = sheet.getDataRange().getValues().slice(0, 26).map((r) => r.slice(0, 7));
  const letters = values[0]!.map((_, i) => String.fromCharCode(65 + i));
  const tabs = env.book.getSheets().filter((s) => !s.isSheetHidden()).map((s) => s.getName());
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><style>
    body { margin: 0; font: 13px Arial, sans-serif; color: #202124; display: grid; grid-template-columns: 1fr 300px; grid-template-rows: 64px 1fr 34px; height: 800px; }
    header { grid-column: 1 / 3; border-bottom: 1px solid #dadce0; padding: 8px 16px; }
    header b { font-size: 18px; font-weight: normal; } nav { color: #444; margin-top: 6px; } nav span { margin-right: 14px; }
    .grid { overflow: hidden; } table { border-collapse: collapse; table-layout: fixed; }
    td, th { border: 1px solid #e2e3e3; padding: 3px 6px; height: 19px; max-width: 150px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
    th { background: #f8f9fa; color: #5f6368; font-weight: normal; } tr:nth-child(2) td { font-weight: bold; background: #d9ead3; }
    iframe { border: 0; border-left: 1px solid #dadce0; width: 300px; height: 100%; grid-row: 2 / 4; grid-column: 2; }
    footer { background: #f8f9fa; border-top: 1px solid #dadce0; padding: 7px 12px; white-space: nowrap; overflow: hidden; }
    footer span { margin-right: 18px; } footer .on { color: #188038; font-weight: bold; }
  </style></head><body>
    <header><b>${escape(env.book.getName())}</b><nav><span>Файл</span><span>Правка</span><span>Вид</span><span>Вставка</span><span>Формат</span><span>Данные</span><span>Инструменты</span><span>Расширения</span><span>Справка</span></nav></header>
    <div class="grid"><table><tr><th></th>${letters.map((l) => `<th>${l}</th>`).join('')}</tr>
      ${values.map((r, i) => `<tr><th>${i + 1}</th>${r.map((v) => `<td>${escape(v)}</td>`).join('')}</tr>`).join('')}</table></div>
    <iframe src="${sidebarUrl}" title="Наставничество"></iframe>
    <footer>${tabs.map((t) => `<span class="${t === sheetName ? 'on' : ''}">${escape(t)}</span>`).join('')}</footer>
  </body></html>`;
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.png`);
  await page.waitForTimeout(300);
  await page.screenshot({ path: file, animations: 'disabled' });
  expect(pngSize(file)).toEqual({ width: 1280, height: 800 });
  save(file, `screenshots/${name}.png`);
}

describe('Marketplace pictures', () => {
  it('the icon at 128 and 32 px and the card banner at 220×140, rendered from the SVG drawings', async () => {
    const page = await sidebar.browser.context.newPage();
    try {
      mkdirSync(OUT, { recursive: true });
      for (const [svg, name, width, height] of [['icon.svg', 'icon-128', 128, 128], ['icon.svg', 'icon-32', 32, 32], ['banner.svg', 'banner-220x140', 220, 140]] as const) {
        await page.setViewportSize({ width, height });
        const data = readFileSync(join(DOCS, svg)).toString('base64');
        await page.setContent(`<body style="margin:0"><img src="data:image/svg+xml;base64,${data}" width="${width}" height="${height}"></body>`);
        await page.locator('img').evaluate((img) => (img as unknown as { decode(): Promise<void> }).decode());
        const file = join(OUT, `${name}.png`);
        await page.screenshot({ path: file, omitBackground: true });
        expect(pngSize(file)).toEqual({ width, height });
        save(file, `${name}.png`);
      }
    } finally {
      await page.close();
    }
  });

  it('screenshots at 1280×800 of the real sidebar beside the Sheet: overview, pairs, who has not answered', async () => {
    const env = demoWorld();
    env.addon.createForms();
    env.addon.matchPairs();
    await sidebar.open(env, async ({ server }) => {
      const page = await sidebar.browser.context.newPage();
      try {
        await page.setViewportSize({ width: 1280, height: 800 });
        const frame = page.frameLocator('iframe');
        await page.setContent(sheetHtml(env, 'Наставники', server.url));
        await frame.locator('#sections').waitFor();
        await shoot(page, '1-obzor');

        await page.setContent(sheetHtml(env, 'Пары', server.url));
        await frame.getByRole('button', { name: PANEL_TITLE.pairs }).click();
        await frame.locator('#pair-list > li.pair').first().waitFor();
        await frame.locator('#pair-list > li.pair').first().getByText('Почему эта пара').click();
        expect(await frame.getByRole('button', { name: MATCHING_UI.menu.match }).count()).toBe(1);
        await shoot(page, '2-pary');

        await page.setContent(sheetHtml(env, 'Наставляемые', server.url));
        await frame.getByRole('button', { name: PANEL_TITLE.forms }).click();
        await frame.getByRole('button', { name: FORMS_PANEL.progressShow }).click();
        await frame.locator('#form-progress > li').first().waitFor();
        await frame.locator('#progress').scrollIntoViewIfNeeded();
        await shoot(page, '3-kto-ne-otvetil');
      } finally {
        await page.close();
      }
    });
  });
});
