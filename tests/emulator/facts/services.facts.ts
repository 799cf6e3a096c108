import { defineFacts, expect, thrown, type FactContext } from './kit';

const CACHE = 'https://developers.google.com/apps-script/reference/cache/cache';
const SESSION = 'https://developers.google.com/apps-script/reference/base/session';
const LOGGER = 'https://developers.google.com/apps-script/reference/base/logger';

/** A key of this fact alone, removed from the script cache after it. */
const keyOf = (g: FactContext, name: string) => {
  const key = `${g.sheet.getName()}.${name}`;
  g.after(() => g.CacheService.getScriptCache().remove(key));
  return key;
};

/** CacheService, Session and Logger: the small services the add-on leans on. */
export default defineFacts('Services', (fact) => {
  fact('Cache: get returns what put stored, and null for a missing key', { source: `${CACHE}#getkey` }, (g) => {
    const cache = g.CacheService.getScriptCache();
    cache.put(keyOf(g, 'k'), 'v');
    expect(cache.get(keyOf(g, 'k'))).toBe('v');
    expect(cache.get(keyOf(g, 'missing'))).toBeNull();
  });
  fact('Cache: putAll and getAll work on several keys; getAll leaves out missing ones', { source: `${CACHE}#getallkeys` }, (g) => {
    const cache = g.CacheService.getScriptCache();
    const [a, b, c] = [keyOf(g, 'a'), keyOf(g, 'b'), keyOf(g, 'c')];
    cache.putAll({ [a]: '1', [b]: '2' }, 60);
    expect(cache.getAll([a, b, c])).toEqual({ [a]: '1', [b]: '2' });
  });
  fact('Cache: remove and removeAll delete keys', { source: `${CACHE}#removeallkeys` }, (g) => {
    const cache = g.CacheService.getScriptCache();
    const [a, b, c] = [keyOf(g, 'a'), keyOf(g, 'b'), keyOf(g, 'c')];
    cache.putAll({ [a]: '1', [b]: '2', [c]: '3' });
    cache.remove(a);
    cache.removeAll([b]);
    expect(cache.getAll([a, b, c])).toEqual({ [c]: '3' });
  });
  fact('Cache: the script cache and the user cache are separate stores', { source: 'https://developers.google.com/apps-script/reference/cache/cache-service' }, (g) => {
    const k = keyOf(g, 'scoped');
    g.CacheService.getScriptCache().put(k, 'script');
    expect(g.CacheService.getUserCache().get(k)).toBeNull();
    expect(g.CacheService.getScriptCache().get(k)).toBe('script');
  });
  fact('Cache: a value over 100 KB throws «Argument too large: value»', { source: `${CACHE}#putkey,-value` }, (g) => {
    expect(thrown(() => g.CacheService.getScriptCache().put(keyOf(g, 'big'), 'x'.repeat(100 * 1024 + 1))))
      .toEqual({ name: 'Exception', message: 'Argument too large: value' });
  });
  fact('Cache: a key over 250 characters throws «Argument too large: key», on get as well', { source: `${CACHE}#putkey,-value` }, (g) => {
    const long = 'k'.repeat(251);
    expect(thrown(() => g.CacheService.getScriptCache().put(long, 'v')).message).toBe('Argument too large: key');
    expect(thrown(() => g.CacheService.getScriptCache().get(long)).message).toBe('Argument too large: key');
  });

  fact('Session: the script time zone is the manifest\'s, Europe/Moscow', { source: `${SESSION}#getscripttimezone` }, (g) => {
    expect(g.Session.getScriptTimeZone()).toBe('Europe/Moscow');
  });
  fact('Session: the user\'s locale is a language code, e.g. ru', { source: `${SESSION}#getactiveuserlocale` }, (g) => {
    expect(g.Session.getActiveUserLocale()).toMatch(/^[a-z]{2,3}$/);
  });
  fact('Session: the temporary user key is the same within a run', { source: `${SESSION}#gettemporaryactiveuserkey` }, (g) => {
    expect(g.Session.getTemporaryActiveUserKey()).toBe(g.Session.getTemporaryActiveUserKey());
  });
  fact('Session: without the userinfo.email scope getEffectiveUser throws and the active user\'s e-mail is empty', { source: `${SESSION}#geteffectiveuser` }, (g) => {
    expect(() => g.Session.getEffectiveUser()).toThrow(/Required permissions: https:\/\/www.googleapis.com\/auth\/userinfo.email/);
    expect(g.Session.getActiveUser().getEmail()).toBe('');
  });

  fact('Logger: log takes a format string; getLog returns the lines; clear empties it', { source: `${LOGGER}#logformat,-values` }, (g) => {
    g.Logger.clear();
    g.Logger.log('старт');
    g.Logger.log('пар: %s, без пары: %d', 'пять', 2);
    expect(g.Logger.getLog()).toBe('старт\nпар: пять, без пары: 2\n');
    g.Logger.clear();
    expect(g.Logger.getLog()).toBe('');
  });
});
