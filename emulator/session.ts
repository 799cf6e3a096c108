import { createHash } from 'node:crypto';
import type { Host } from './host';
import { AppsScriptException } from './errors';
import { strict } from './strict';

const EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

/**
 * Session — reference: base/session. One user, who is both the active and the effective user.
 * With a manifest that lists its scopes (`scopes`) but not userinfo.email, the e-mail is not the
 * script's to know: `getEffectiveUser` throws Apps Script's permission error and the active user's
 * e-mail is '' — as for an add-on that asks for least privilege.
 */
export function createSession(host: Host, scopes?: readonly string[]): GoogleAppsScript.Base.Session {
  const allowed = !scopes || scopes.includes(EMAIL_SCOPE);
  const user = (method: string) => {
    host.calls.hit(`Session.${method}`);
    if (!allowed && method === 'getEffectiveUser')
      throw new AppsScriptException(`You do not have permission to call Session.getEffectiveUser. Required permissions: ${EMAIL_SCOPE}`);
    const u = {
      getEmail(): string {
        host.calls.hit('User.getEmail');
        return allowed ? host.user : '';
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
