/** Facts: service errors — their language and the class names in signature errors. */
import type { Fact } from './fact';

export const SERVICE_FACTS: Fact[] = [
  {
    name: 'a Russian account reads service errors in Russian: «Лист "X" уже существует…»',
    source: 'issue 14 (error text from a live run on a Russian account)',
    world: { locale: 'ru_RU' },
    expected: true,
    run: () => {
      const book = SpreadsheetApp.getActive();
      book.insertSheet('Пары');
      try { book.insertSheet('Пары'); return false; } catch (e) { return (e as Error).message.startsWith('Лист "Пары" уже существует'); }
    },
  },
  {
    name: 'an English account reads «A sheet with the name "X" already exists…»',
    source: 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname',
    world: { locale: 'en_US' },
    expected: 'A sheet with the name "Pairs" already exists. Please enter another name.',
    run: () => {
      const book = SpreadsheetApp.getActive();
      book.insertSheet('Pairs');
      try { book.insertSheet('Pairs'); return 'no error'; } catch (e) { return (e as Error).message; }
    },
  },
  {
    name: 'a signature error names the service and class: LockService.Lock.waitLock',
    source: 'github code search: «…don\'t match the method signature for LockService.Lock.tryLock.» quoted from live runs',
    expected: "The parameters (String) don't match the method signature for LockService.Lock.waitLock.",
    run: () => {
      try { LockService.getDocumentLock().waitLock('10s' as unknown as number); return 'no error'; } catch (e) { return (e as Error).message; }
    },
  },
  {
    name: 'a signature error of Properties names PropertiesService.Properties',
    source: 'github code search: «…method signature for FormApp.Form.moveItem.» — the service prefix on every class',
    expected: "The parameters (number) don't match the method signature for PropertiesService.Properties.getProperty.",
    run: () => {
      try { PropertiesService.getDocumentProperties().getProperty(5 as unknown as string); return 'no error'; } catch (e) { return (e as Error).message; }
    },
  },
];
