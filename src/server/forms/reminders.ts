/**
 * «Кто не ответил»: per questionnaire, who of the people expected has answered, who has not (with
 * personal links), a reminder to copy; and, at the curator's command, reminders by e-mail — to
 * adults and to the legal representatives of minors, never to a minor's own address, within the
 * day's MailApp quota, each written to «Журнал».
 */
import { UserError } from '../../domain/errors';
import type { JournalLine } from '../../domain/forms/apply';
import { REMINDER, FORMS_UI } from '../../domain/forms/messages';
import { formProgress, reminderMails, reminderText, type FormProgress, type Missing, type ReminderMail } from '../../domain/forms/progress';
import { FORM_KEYS, JOURNAL, type FormKey } from '../../domain/forms/schema';
import { cellText } from '../../domain/cell';
import { assignMissingCodes, readBases } from '../bases/read';
import { personalLinks } from '../links/personal';
import { asSpec, readRegistry, sheetsOf, type FormRecord } from '../links/registry';
import { readTable } from '../sheets/table';
import { todayIso } from '../sheets/values';
import { currentUser } from '../ui/run';
import { writeJournal } from './answer-tables';
import { responsesOf } from './questionnaires';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One questionnaire as the panel shows it: plain JSON (no Dates) for google.script.run. */
export interface FormProgressView extends Omit<FormProgress, 'missing'> {
  missing: (Missing & { link: string })[];
  /** The reminder to copy into a chat or a letter, with the form's common link. */
  reminder: string;
}

export interface ProgressView {
  forms: FormProgressView[];
  /** Codes given to people pasted without one (personal links need them). */
  codesAdded: number;
}

function registryOrThrow(): FormRecord[] {
  const all = readRegistry();
  if (!all.length) throw new UserError(FORMS_UI.noForms);
  return [...all].sort((a, b) => FORM_KEYS.indexOf(a.key) - FORM_KEYS.indexOf(b.key));
}

const schoolOf = (settings: ReturnType<typeof readBases>['settings']) =>
  ({ org: settings.params.orgShortName || settings.params.orgFullName || '', curator: settings.params.curator || '' });

/** Reads the bases once and each response sheet once; one Forms call per questionnaire for personal links. */
function progressOf(book: Book, only?: FormKey) {
  const registry = registryOrThrow().filter((r) => !only || r.key === only);
  if (!registry.length) throw new UserError(FORMS_UI.noForms);
  const { settings, tables } = readBases(book);
  const codesAdded = assignMissingCodes(book, tables);
  const tz = book.getSpreadsheetTimeZone();
  const sheets = new Map(book.getSheets().map((s) => [s.getSheetId(), s]));
  const responses = new Map(registry.map((r) => [r.key, sheetsOf(r).flatMap((id) => {
    const sheet = sheets.get(id);
    return sheet ? responsesOf(sheet, tz) : [];
  })]));
  const people = { mentors: tables.mentors.records, mentees: tables.mentees.records };
  const progress = formProgress(registry.map((r) => asSpec(r.spec)), responses, people, todayIso(book));
  const rows = new Map([...people.mentors, ...people.mentees].map((p) => [cellText(p.cells.code), p]));
  const link = personalLinks(registry);
  const links = (p: FormProgress) => new Map(p.missing.map((m) => [m.code, link(p.key, rows.get(m.code)!) ?? '']));
  return { registry, progress, links, codesAdded, school: schoolOf(settings) };
}

/** Sidebar «Кто не ответил». */
export function formProgressView(book: Book): ProgressView {
  const { registry, progress, links, codesAdded, school } = progressOf(book);
  const forms = progress.map((p) => {
    const record = registry.find((r) => r.key === p.key)!;
    const byCode = links(p);
    return {
      ...p,
      missing: p.missing.map((m) => ({ ...m, link: byCode.get(m.code) ?? '' })),
      reminder: reminderText(asSpec(record.spec), school, record.url),
    };
  });
  return { forms, codesAdded };
}

/** Those already reminded today about this questionnaire (from «Журнал»): not written to twice a day. */
function remindedToday(book: Book, formName: string, today: string): Set<string> {
  const journal = readTable(JOURNAL, book);
  const out = new Set<string>();
  for (const r of journal?.records ?? []) {
    const when = r.cells.when;
    const day = when && typeof when === 'object' && 'iso' in when ? when.iso : '';
    if (day === today && cellText(r.cells.event) === REMINDER.journalEvent && cellText(r.cells.sheet) === formName) out.add(cellText(r.cells.code));
  }
  return out;
}

export interface ReminderPreview {
  form: string;
  mails: (ReminderMail & { fullName: string })[];
  /** No e-mail to write to (for a minor: no representative's e-mail): to be reminded by phone. */
  unreachable: { code: string; fullName: string; phone: string; who: 'self' | 'parent' }[];
  already: number;
  quota: number;
}

/** What «Отправить напоминания» would send, for the curator to look at first. */
export function previewReminders(book: Book, key: FormKey): ReminderPreview {
  const { registry, progress, links, school } = progressOf(book, key);
  const p = progress[0]!;
  const already = remindedToday(book, p.name, todayIso(book));
  const { mails, unreachable } = reminderMails(asSpec(registry[0]!.spec), p.missing.filter((m) => !already.has(m.code)), links(p), school);
  const name = new Map(p.missing.map((m) => [m.code, m.fullName]));
  return {
    form: p.name,
    mails: mails.map((m) => ({ ...m, fullName: name.get(m.code) ?? '' })),
    unreachable: unreachable.map((m) => ({ code: m.code, fullName: m.fullName, phone: m.remind.phone, who: m.remind.who })),
    already: already.size,
    quota: MailApp.getRemainingDailyQuota(),
  };
}

/** Sends the previewed reminders, as many as today's quota allows; one «Журнал» line per message. */
export function sendReminders(book: Book, key: FormKey): string {
  const preview = previewReminders(book, key);
  if (!preview.mails.length) return REMINDER.nothingToSend;
  const now = new Date();
  const who = currentUser();
  const sent: JournalLine[] = [];
  for (const m of preview.mails.slice(0, Math.max(0, preview.quota))) {
    MailApp.sendEmail({ to: m.to, subject: m.subject, body: m.body, name: REMINDER.senderName });
    sent.push({ who, event: REMINDER.journalEvent, sheet: preview.form, code: m.code, field: REMINDER.journalField[m.who], old: '', new: m.to });
  }
  writeJournal(book, sent, now);
  const left = preview.mails.length - sent.length;
  return [REMINDER.sent(sent.length), left ? REMINDER.quotaLeft(left) : ''].filter(Boolean).join(' ');
}
