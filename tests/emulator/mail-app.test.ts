import { createMailApp, SEND_MAIL_SCOPE } from '../../emulator/mail-app';
import { AppsScriptException, NotEmulated } from '../../emulator/errors';
import { testHost } from './service-host';

const HOUR = 60 * 60 * 1000;

describe('MailApp', () => {
  it('sendEmail(recipient, subject, body) records the message; nothing is sent', () => {
    const host = testHost();
    const { service, state } = createMailApp(host, [SEND_MAIL_SCOPE]);
    service.sendEmail('mama@example.org', 'Анкета', 'Здравствуйте!');
    expect(state.sent).toEqual([expect.objectContaining({ to: ['mama@example.org'], cc: [], bcc: [], subject: 'Анкета', body: 'Здравствуйте!' })]);
  });

  it('every signature of the reference: message object, options, (to, replyTo, subject, body)', () => {
    const { service, state } = createMailApp(testHost(), [SEND_MAIL_SCOPE]);
    service.sendEmail({ to: 'a@example.org', subject: 's', body: 'b', name: 'Школа' });
    service.sendEmail('b@example.org', 's', 'b', { cc: 'c@example.org', replyTo: 'k@example.org' });
    service.sendEmail('d@example.org', 'k@example.org', 's', 'b');
    expect(state.sent.map((m) => [m.to, m.cc, m.replyTo ?? '', m.name ?? ''])).toEqual([
      [['a@example.org'], [], '', 'Школа'], [['b@example.org'], ['c@example.org'], 'k@example.org', ''], [['d@example.org'], [], 'k@example.org', ''],
    ]);
    expect(() => (service.sendEmail as (...a: unknown[]) => void)('a@example.org', 1)).toThrow(/don't match the method signature for MailApp.sendEmail/);
  });

  it('the quota counts recipients (to + cc + bcc), and a message over it throws and sends nothing', () => {
    const { service, state } = createMailApp(testHost(), [SEND_MAIL_SCOPE], { dailyQuota: 3 });
    service.sendEmail({ to: 'a@example.org,b@example.org', subject: 's', body: 'b' });
    expect(service.getRemainingDailyQuota()).toBe(1);
    expect(() => service.sendEmail({ to: 'c@example.org', cc: 'd@example.org', subject: 's', body: 'b' })).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(state.sent).toHaveLength(1);
    service.sendEmail('c@example.org', 's', 'b');
    expect(service.getRemainingDailyQuota()).toBe(0);
  });

  it('the quota comes back 24 hours after the first request, not at midnight', () => {
    const host = testHost();
    const { service } = createMailApp(host, [SEND_MAIL_SCOPE], { dailyQuota: 2 });
    service.sendEmail('a@example.org', 's', 'b');
    host.clock.advance(23 * HOUR);
    service.sendEmail('b@example.org', 's', 'b');
    expect(service.getRemainingDailyQuota()).toBe(0);
    host.clock.advance(HOUR);
    expect(service.getRemainingDailyQuota()).toBe(2);
  });

  it('a consumer account has 100 recipients a day by default', () => {
    expect(createMailApp(testHost(), [SEND_MAIL_SCOPE]).service.getRemainingDailyQuota()).toBe(100);
  });

  it('at most 50 recipients in one message; no recipient or a malformed address throws', () => {
    const { service, state } = createMailApp(testHost(), [SEND_MAIL_SCOPE], { dailyQuota: 1500 });
    const many = Array.from({ length: 51 }, (_, i) => `p${i}@example.org`).join(',');
    expect(() => service.sendEmail(many, 's', 'b')).toThrow(AppsScriptException);
    expect(() => service.sendEmail('', 's', 'b')).toThrow(AppsScriptException);
    expect(() => service.sendEmail('мама на почте', 's', 'b')).toThrow(AppsScriptException);
    expect(state.sent).toEqual([]);
  });

  it('without the script.send_mail scope in the manifest both methods refuse', () => {
    const { service } = createMailApp(testHost(), ['https://www.googleapis.com/auth/forms']);
    expect(() => service.getRemainingDailyQuota()).toThrow(/Required permissions: https:\/\/www.googleapis.com\/auth\/script.send_mail/);
    expect(() => service.sendEmail('a@example.org', 's', 'b')).toThrow(AppsScriptException);
  });

  it('attachments and other options it does not emulate are refused, never ignored', () => {
    const { service } = createMailApp(testHost(), [SEND_MAIL_SCOPE]);
    expect(() => service.sendEmail('a@example.org', 's', 'b', { attachments: [] })).toThrow(NotEmulated);
    expect(() => (service as unknown as { sendEmails(): void }).sendEmails()).toThrow(NotEmulated);
  });
});
