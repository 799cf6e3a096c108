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

  it('«Кто не ответил»: figures per questionnaire, personal links, a reminder to copy, e-mails to adults and parents after a preview', async () => {
    const env = demoWorld();
    // three minors' legal representatives have an e-mail in the base; the minors' own addresses must never be used
    const mentees = env.book.getSheetByName('Наставляемые')!;
    const head = mentees.getRange(1, 1, 1, mentees.getLastColumn()).getValues()[0]!;
    const parentEmail = head.indexOf('E-mail представителя') + 1;
    const own = head.indexOf('E-mail') + 1;
    const rows = mentees.getDataRange().getValues();
    const minors = rows.map((r, i) => i).filter((i) => i > 0 && String(rows[i]![head.indexOf('Законный представитель (ФИО)')]) !== '').slice(0, 3);
    for (const i of minors) {
      mentees.getRange(i + 1, parentEmail).setValue(`parent${i}@example.org`);
      mentees.getRange(i + 1, own).setValue(`child${i}@example.org`);
    }
    env.addon.createForms();
    await sidebar.open(env, async ({ page }) => {
      await page.getByRole('button', { name: PANEL_TITLE.forms }).click();
      await page.locator('#form-links').waitFor();
      // each form's response sheet: hidden, opened from the panel
      const consentSheet = await page.locator('#answers-consent').innerText();
      const name = /лист «(.+)»/.exec(consentSheet)![1]!;
      expect(env.book.getSheetByName(name)!.isSheetHidden()).toBe(true);
      await page.locator('#answers-consent').click();
      await page.locator('#answers-consent-status.ok').waitFor();
      expect(env.book.getActiveSheet().getName()).toBe(name);
      expect(env.book.getSheetByName(name)!.isSheetHidden()).toBe(false);

      await page.getByRole('button', { name: FORMS_PANEL.progressShow }).click();
      await page.locator('#form-progress > li').first().waitFor();
      expect(await page.locator('#form-progress > li').count()).toBe(13);
      const consent = page.locator('#form-progress > li[data-form="consent"]');
      expect(await consent.locator('.muted').innerText()).toMatch(/^ответили \d+ из \d+$/);
      await consent.locator('summary').first().click();
      expect(await consent.locator('.missing li').count()).toBeGreaterThan(0);
      expect(await consent.locator('textarea').inputValue()).toContain('Ссылка на анкету: https://docs.google.com/forms/');
      await expectFitsAndRussian(page);

      // the pupils' intake questionnaire: nobody has answered it yet; pupils are minors, so only parents are written to
      const intake = page.locator('#form-progress > li[data-form="menteeStudent"]');
      await intake.getByRole('button', { name: FORMS_PANEL.mail }).click();
      await intake.locator('#reminder-preview').waitFor();
      expect(env.world.mail.sent).toEqual([]);
      expect(await intake.locator('#reminder-preview').innerText()).toMatch(/Будет отправлено писем: 3 /);
      await expectFitsAndRussian(page);
      await intake.locator('#send-menteeStudent').click();
      await page.locator('#send-menteeStudent-status.ok').waitFor();
      const sent = env.world.mail.sent;
      expect(sent.length).toBeGreaterThan(0);
      const to = sent.flatMap((m) => m.to);
      for (const i of minors) expect(to).not.toContain(`child${i}@example.org`);
      expect(to.filter((t) => t.startsWith('parent'))).toHaveLength(minors.length);
      expect(sent.every((m) => /Личная ссылка: https:\/\/docs\.google\.com\/forms\//.test(m.body))).toBe(true);
      const journal = sheetValues(env.book, 'Журнал')!;
      expect(journal.filter((r) => r.includes('напоминание по e-mail'))).toHaveLength(sent.length);

      // the same day, again: nobody is written to twice
      await intake.getByRole('button', { name: FORMS_PANEL.mail }).click();
      await intake.locator('#reminder-preview').getByText(FORMS_PANEL.previewNone).waitFor();
    });
  });
});

