import { createHash } from 'node:crypto';
import type { Host } from './host';
import { strict } from './strict';

/** Session — reference: base/session. One user, who is both the active and the effective user. */
export function createSession(host: Host): GoogleAppsScript.Base.Session {
  const user = (method: string) => {
    host.calls.hit(`Session.${method}`);
    const u = {
      getEmail(): string {
        host.calls.hit('User.getEmail');
        return host.user;
      },
    };
    return strict(u, 'User') as unknown as GoogleAppsScript.Base.User;
  };
  const session = {
    getActiveUser: () => user('getActiveUser'),
    getEffectiveUser: () => user('getEffectiveUser'),
    getScriptTimeZone(): string {
      host.calls.hit('Session.getScriptTimeZone');
      return host.timeZone;
    },
    /** The language part only: Apps Script answers 'ru', 'en', … */
    getActiveUserLocale(): string {
      host.calls.hit('Session.getActiveUserLocale');
      return host.locale.split(/[_-]/)[0] ?? host.locale;
    },
    /** Stable per user (and, in Apps Script, per script for 30 days): derived from the e-mail. */
    getTemporaryActiveUserKey(): string {
      host.calls.hit('Session.getTemporaryActiveUserKey');
      return createHash('sha256').update(`temp-key:${host.user}`).digest('base64');
    },
  };
  return strict(session, 'Session') as unknown as GoogleAppsScript.Base.Session;
}
