/**
 * MailApp — reference: https://developers.google.com/apps-script/reference/mail/mail-app
 * Sends nothing: every message is recorded (recipients, subject, body, time) for tests and the demo,
 * and the daily recipients quota is kept as Apps Script keeps it.
 *
 * Facts emulated, each from the reference or the quotas guide
 * (https://developers.google.com/apps-script/guides/services/quotas):
 * - both methods need the `script.send_mail` scope ("Authorization" on each method's reference entry);
 * - the quota counts recipients, not messages: to + cc + bcc ("Email recipients per day": 100 for a
 *   consumer account, 1,500 for Google Workspace), per user, reset 24 hours after the first request;
 * - a message over the quota throws "Service invoked too many times for one day: email." (the text
 *   Apps Script prints, as quoted on the quotas guide's exceptions table) and sends nothing;
 * - at most 50 recipients per message ("Limit Exceeded: Email Recipients Per Message");
 * - `getRemainingDailyQuota` is the recipients left today.
 * Attachments, inline images and the like are refused as not emulated: the add-on sends plain text.
 */
import type { Host } from './host';
import { signatureError } from './args';
import { AppsScriptException, NotEmulated } from './errors';
import { strict } from './strict';

export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';
const DAY_MS = 24 * 60 * 60 * 1000;
const PER_MESSAGE = 50;

export interface MailOptions {
  /** Recipients per day: 100 for a consumer account (the default), 1,500 for Google Workspace. */
  dailyQuota?: number;
}

/** One message as MailApp accepted it. */
export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  /** ISO time on the world clock. */
  at: string;
}

export interface MailState {
  sent: SentMail[];
  dailyQuota: number;
}

type Message = GoogleAppsScript.Mail.MailAdvancedParameters & { to?: string; subject?: string; body?: string };

const EMULATED_OPTIONS = new Set(['to', 'cc', 'bcc', 'subject', 'body', 'htmlBody', 'name', 'replyTo', 'noReply']);

/** A comma-separated list of addresses, each of which must look like one. */
function addresses(list: string | undefined): string[] {
  const out = (list ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  for (const a of out) {
    // Apps Script refuses a malformed address and sends nothing ("Invalid email: …" as users report
    // it on the Apps Script issue tracker and forums; the wording is not checked on a live account).
    if (!/^[^\s@<>(),;]+@[^\s@<>(),;]+\.[^\s@<>(),;]+$/.test(a)) throw new AppsScriptException(`Invalid email: ${a}`);
  }
  return out;
}

export function createMailApp(host: Host, scopes: readonly string[] | undefined, options: MailOptions = {}) {
  const state: MailState = { sent: [], dailyQuota: options.dailyQuota ?? 100 };
  /** Recipients counted since the first request of the current 24-hour window. */
  let window: { start: number; used: number } | null = null;

  const allowed = (method: string) => {
    host.calls.hit(`MailApp.${method}`);
    if (scopes && !scopes.includes(SEND_MAIL_SCOPE))
      throw new AppsScriptException(`You do not have permission to call MailApp.${method}. Required permissions: ${SEND_MAIL_SCOPE}`);
  };
  const used = (): number => {
    const now = host.clock.now().getTime();
    if (window && now - window.start >= DAY_MS) window = null;
    return window?.used ?? 0;
  };

  function send(message: Message): void {
    for (const key of Object.keys(message)) if (!EMULATED_OPTIONS.has(key)) throw new NotEmulated(`MailApp.sendEmail option «${key}»`);
    const to = addresses(message.to);
    const cc = addresses(message.cc);
    const bcc = addresses(message.bcc);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new AppsScriptException('Failed to send email: no recipient'); // Apps Script's text for an empty `to`
    if (count > PER_MESSAGE) throw new AppsScriptException('Limit Exceeded: Email Recipients Per Message.');
    if (used() + count > state.dailyQuota) throw new AppsScriptException('Service invoked too many times for one day: email.');
    const now = host.clock.now();
    window ??= { start: now.getTime(), used: 0 };
    window.used += count;
    state.sent.push({
      to, cc, bcc, subject: String(message.subject ?? ''), body: String(message.body ?? ''),
      ...(message.htmlBody !== undefined ? { htmlBody: message.htmlBody } : {}),
      ...(message.name !== undefined ? { name: message.name } : {}),
      ...(message.replyTo !== undefined ? { replyTo: message.replyTo } : {}),
      ...(message.noReply !== undefined ? { noReply: message.noReply } : {}),
      at: now.toISOString(),
    });
  }

  const service = {
    /** reference: mail-app#getRemainingDailyQuota() — recipients left for the rest of the day. */
    getRemainingDailyQuota(): number {
      allowed('getRemainingDailyQuota');
      return state.dailyQuota - used();
    },
    /**
     * reference: mail-app#sendEmail(Object), #sendEmail(String,String,String),
     * #sendEmail(String,String,String,Object) and #sendEmail(String,String,String,String) (to, replyTo, subject, body).
     */
    sendEmail(...args: unknown[]): void {
      allowed('sendEmail');
      if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) return send(args[0] as Message);
      if (args.length === 3 && args.every((a) => typeof a === 'string')) {
        return send({ to: args[0] as string, subject: args[1] as string, body: args[2] as string });
      }
      if (args.length === 4 && args.every((a) => typeof a === 'string')) {
        return send({ to: args[0] as string, replyTo: args[1] as string, subject: args[2] as string, body: args[3] as string });
      }
      if (args.length === 4 && args.slice(0, 3).every((a) => typeof a === 'string') && typeof args[3] === 'object' && args[3] !== null) {
        return send({ ...(args[3] as Message), to: args[0] as string, subject: args[1] as string, body: args[2] as string });
      }
      throw signatureError('MailApp.sendEmail', args);
    },
  };
  return { service: strict(service, 'MailApp') as unknown as GoogleAppsScript.Mail.MailApp, state };
}
