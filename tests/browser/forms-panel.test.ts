/** «Анкеты» in Chromium: questionnaires created from the panel, their links with QR codes, personal pre-filled links. */
import { FORMS_UI } from '../../src/domain/forms/messages';
import { FORMS_PANEL, PANEL_TITLE } from '../../src/domain/home/messages';
import { sheetValues } from '../support/addon';
import { demoWorld, text, useSidebar } from './browser';
import { expectFitsAndRussian } from './checks';

const sidebar = useSidebar();

describe('«Анкеты» in Chromium', () => {
  it('creates the questionnaires, shows each link with its QR code, and a participant’s personal links', async () => {
    const env = demoWorld();
    env.addon.prepareSheet(); // participant codes
    await sidebar.open(env, async ({ page }) => {
      await page.getByRole('button', { name: PANEL_TITLE.forms }).click();
      await page.locator('#forms-missing').waitFor();
      expect(await text(page, '#forms-missing')).toBe(FORMS_UI.noForms);
      await expectFitsAndRussian(page);

      await page.getByRole('button', { name: FORMS_UI.menu.create }).click();
      await page.locator('#message').getByText('Создано анкет').waitFor();
      await page.locator('#form-links').waitFor();
      const made = await page.locator('#form-links > li').count();
      expect(made).toBeGreaterThan(3);
      expect(await text(page, '#message')).toBe(FORMS_UI.created(made, 0));
      const hrefs = await page.locator('#form-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.every((h) => /^https:\/\/docs\.google\.com\/forms\//.test(h))).toBe(true);

      const first = page.locator('#form-links > li').first();
      await first.getByRole('button', { name: FORMS_PANEL.showQr }).click();
      const qr = first.locator('img.qr');
      await qr.waitFor();
      expect(await qr.getAttribute('src')).toMatch(/^data:image\/gif;base64,/);
      expect(await qr.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(50);
      expect(await qr.getAttribute('alt')).toMatch(/^QR-код анкеты «.+»$/);
      await expectFitsAndRussian(page);

      const mentees = sheetValues(env.book, 'Наставляемые')!;
      const code = String(mentees[1]![mentees[0]!.indexOf('Код участника')]);
      const option = await page.locator('#person option').filter({ hasText: `(${code})` }).getAttribute('value');
      await page.getByLabel(FORMS_PANEL.person).selectOption(option!);
      await page.locator('#personal-links li').first().waitFor();
      const personal = await page.locator('#personal-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(personal.length).toBeGreaterThan(1);
      expect(personal.some((h) => h.includes(encodeURIComponent(code)) || h.includes(code))).toBe(true);
      await page.locator('#personal-links li').first().getByRole('button', { name: FORMS_PANEL.showQr }).click();
      await page.locator('#personal-links img.qr').first().waitFor();
      await expectFitsAndRussian(page);
    });
  });
});
