import { defineFacts, expect, thrown } from './kit';

/** Service errors: the account's language, and the class names in signature errors. */
export default defineFacts('Service errors', (fact) => {
  fact('a Russian account reads «Лист "X" уже существует…»', { source: 'issue 14 (error text from a live run on a Russian account)' }, (g) => {
    expect(thrown(() => g.spreadsheet.insertSheet(g.sheet.getName())).message).toMatch(/^Лист ".*" уже существует/);
  });
  fact('a signature error names the service and class: LockService.Lock.waitLock', { source: "github code search: «…don't match the method signature for LockService.Lock.tryLock.» quoted from live runs" }, (g) => {
    expect(thrown(() => g.LockService.getDocumentLock().waitLock('10s' as unknown as number)).message)
      .toBe("The parameters (String) don't match the method signature for LockService.Lock.waitLock.");
  });
  fact('a signature error of Properties names PropertiesService.Properties', { source: 'github code search: «…method signature for FormApp.Form.moveItem.» — the service prefix on every class' }, (g) => {
    expect(thrown(() => g.PropertiesService.getDocumentProperties().getProperty(5 as unknown as string)).message)
      .toBe("The parameters (number) don't match the method signature for PropertiesService.Properties.getProperty.");
  });
});
