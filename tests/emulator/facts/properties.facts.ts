import { defineFacts, expect, thrown, type FactContext } from './kit';

const REF = 'https://developers.google.com/apps-script/reference/properties/properties';
const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas#current_limitations';

/** A store emptied before and after the fact: the parity project keeps nothing of its own in properties. */
const store = (g: FactContext, kind: 'Document' | 'Script' | 'User') => {
  const p = g.PropertiesService[`get${kind}Properties`]();
  p.deleteAllProperties();
  g.after(() => p.deleteAllProperties());
  return p;
};

/** PropertiesService: three stores of strings, with Apps Script's limits. */
export default defineFacts('Properties', (fact) => {
  fact('getProperty of a missing key is null', { source: `${REF}#getpropertykey` }, (g) => {
    expect(store(g, 'Document').getProperty('nope')).toBeNull();
  });
  fact('setProperty stores into its own kind of store only', { source: 'https://developers.google.com/apps-script/guides/properties' }, (g) => {
    store(g, 'Document').setProperty('lastRun', '2025-09-01');
    expect(store(g, 'Script').getProperty('lastRun')).toBeNull();
    expect(g.PropertiesService.getUserProperties().getProperty('lastRun')).toBeNull();
    expect(g.PropertiesService.getDocumentProperties().getProperty('lastRun')).toBe('2025-09-01');
  });
  fact('setProperty turns a non-string value into a string', { source: `${REF}#setpropertykey,-value` }, (g) => {
    expect(store(g, 'Script').setProperty('n', 42 as unknown as string).getProperty('n')).toBe('42');
  });
  fact('setProperty with a null value throws an Exception', { source: `${REF}#setpropertykey,-value` }, (g) => {
    expect(thrown(() => store(g, 'User').setProperty('k', null as unknown as string)).name).toBe('Exception');
  });
  fact('a value over 9 KB throws «Argument too large: value» and stores nothing', { source: QUOTAS }, (g) => {
    const p = store(g, 'Document');
    expect(thrown(() => p.setProperty('big', 'я'.repeat(5000))).message).toBe('Argument too large: value');
    expect(p.getProperty('big')).toBeNull();
  });
  fact('a store over 500 KB in total throws the storage quota error', { source: QUOTAS }, (g) => {
    const p = store(g, 'Document');
    for (let i = 0; i < 56; i++) p.setProperty(`k${i}`, 'x'.repeat(9000));
    const e = thrown(() => p.setProperty('k56', 'x'.repeat(9000)));
    expect(e.name).toBe('Exception');
    expect(e.message).toMatch(/exceeded the property storage quota/);
  });
  fact('setProperties merges, or replaces everything with deleteAllOthers', { source: `${REF}#setpropertiesproperties,-deleteallothers` }, (g) => {
    const p = store(g, 'User').setProperties({ a: '1', b: '2' });
    p.setProperties({ c: '3' });
    expect(p.getKeys().sort()).toEqual(['a', 'b', 'c']);
    p.setProperties({ d: '4' }, true);
    expect(p.getProperties()).toEqual({ d: '4' });
  });
  fact('deleteProperty and deleteAllProperties remove keys', { source: `${REF}#deletepropertykey` }, (g) => {
    const p = store(g, 'Script').setProperties({ a: '1', b: '2' });
    p.deleteProperty('a');
    expect(p.getKeys()).toEqual(['b']);
    p.deleteAllProperties();
    expect(p.getKeys()).toEqual([]);
  });
  fact('getProperties returns a copy, not the store', { source: `${REF}#getproperties` }, (g) => {
    const p = store(g, 'Script').setProperty('a', '1');
    p.getProperties()['a'] = 'changed';
    expect(p.getProperty('a')).toBe('1');
  });
});
