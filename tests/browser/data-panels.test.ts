/**
 * The data panels in Chromium: a class list imported into a base (mapping, preview, load, undo)
 * and a consent withdrawn — what the page shows and what the Sheet holds afterwards.
 */
import { IMPORT_UI } from '../../src/domain/import/messages';
import { IMPORT_PANEL, PANEL_TITLE, PEOPLE_PANEL } from '../../src/domain/home/messages';
import { sheetValues } from '../support/addon';
import { demoWorld, text, useSidebar } from './browser';
import { expectFitsAndRussian } from './checks';

const sidebar = useSidebar();

const LIST = [
  ['Фамилия', 'Имя', 'Класс', 'Телефон родителя', 'Email'],
  ['Орлова', 'Дарья', '5А', '+7 917 555-01-01', 'orlova@example.ru'],
  ['Зайцев', 'Пётр', '5А', '+7 917 555-01-02', 'zaitsev@example.ru'],
];

describe('«Импорт» in Chromium', () => {
  it('maps the columns of a pasted list, previews, loads it into the base, and undoes it', async () => {
    const env = demoWorld();
    env.book.insertSheet('Список 5А').getRange(1, 1, LIST.length, LIST[0]!.length).setValues(LIST);
    const before = sheetValues(env.book, 'Наставляемые')!.length;
    await sidebar.open(env, async ({ page }) => {
      await page.getByRole('button', { name: PANEL_TITLE.import }).click();
      await page.getByLabel(IMPORT_PANEL.source).selectOption('Список 5А');
      await page.getByLabel(IMPORT_PANEL.base).selectOption('mentees');
      await page.getByRole('button', { name: IMPORT_PANEL.propose }).click();
      await page.locator('#import-mapping select').first().waitFor();
      expect(await page.locator('#import-mapping select').count()).toBe(LIST[0]!.length);
      expect(await page.getByLabel('Фамилия', { exact: true }).inputValue()).toBe('lastName');
      await expectFitsAndRussian(page);

      await page.getByRole('button', { name: IMPORT_PANEL.preview }).click();
      await page.locator('#import-preview').waitFor();
      expect(await text(page, '#import-preview')).toContain(IMPORT_UI.preview(2, 0, 0));
      expect(sheetValues(env.book, 'Наставляемые')!.length).toBe(before);

      await page.getByRole('button', { name: IMPORT_PANEL.apply }).click();
      await page.locator('#message').getByText(IMPORT_UI.done('Наставляемые', 2, 0, 0)).waitFor();
      const mentees = sheetValues(env.book, 'Наставляемые')!;
      expect(mentees.length).toBe(before + 2);
      expect(mentees.map((r) => r[1])).toEqual(expect.arrayContaining(['Орлова Дарья', 'Зайцев Пётр']));
      await expectFitsAndRussian(page);

      await page.getByRole('button', { name: IMPORT_PANEL.undo }).click();
      await page.locator('#message').getByText(IMPORT_UI.undone('Наставляемые', 2, 0, 2, [], []).slice(0, 30)).waitFor();
      expect(sheetValues(env.book, 'Наставляемые')!.length).toBeLessThanOrEqual(before + 2);
      expect(sheetValues(env.book, 'Наставляемые')!.map((r) => r[1])).not.toContain('Орлова Дарья');
    });
  });

  it('an empty sheet chosen as the list is a Russian error next to the button, and the panel goes on', async () => {
    const env = demoWorld();
    await sidebar.open(env, async ({ page }) => {
      await page.getByRole('button', { name: PANEL_TITLE.import }).click();
      await page.getByLabel(IMPORT_PANEL.source).selectOption('Лист1');
      await page.getByRole('button', { name: IMPORT_PANEL.propose }).click();
      await page.locator('#import-propose-status[role="alert"]').waitFor();
      expect(await text(page, '#import-propose-status')).toBe(IMPORT_UI.emptySource('Лист1'));
      await expectFitsAndRussian(page);

      env.book.getSheetByName('Лист1')!.getRange(1, 1, LIST.length, LIST[0]!.length).setValues(LIST);
      await page.getByRole('button', { name: IMPORT_PANEL.propose }).click();
      await page.locator('#import-mapping select').first().waitFor();
      expect(await page.locator('#import-propose-status').getAttribute('role')).toBe('status');
    });
  });
});

describe('«Персональные данные» in Chromium', () => {
  it('withdraws a participant’s consent by code; an unknown code is an error next to the button', async () => {
    const env = demoWorld();
    const mentees = sheetValues(env.book, 'Наставляемые')!;
    const codeCol = mentees[0]!.indexOf('Код участника');
    const consentCol = mentees[0]!.indexOf('Согласие на обработку ПДн');
    env.addon.prepareSheet(); // codes for the pasted people
    const coded = sheetValues(env.book, 'Наставляемые')!;
    const code = String(coded[1]![codeCol]);
    expect(code).toMatch(/\S/);
    await sidebar.open(env, async ({ page }) => {
      await page.getByRole('button', { name: PANEL_TITLE.people }).click();
      await page.getByLabel(PEOPLE_PANEL.code).fill('НЯ-9999');
      await page.getByRole('button', { name: PEOPLE_PANEL.withdraw }).click();
      await page.locator('#withdraw-status[role="alert"]').waitFor();
      expect(await text(page, '#withdraw-status')).toContain('НЯ-9999');
      await expectFitsAndRussian(page);

      await page.getByLabel(PEOPLE_PANEL.code).fill(code);
      await page.getByRole('button', { name: PEOPLE_PANEL.withdraw }).click();
      await page.locator('#message').getByText(code).waitFor();
      expect(sheetValues(env.book, 'Наставляемые')![1]![consentCol]).toMatch(/отозван/);
      expect(await text(page, '#panel-title')).toBe(PANEL_TITLE.people);
      await expectFitsAndRussian(page);
    });
  });
});

