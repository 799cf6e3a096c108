/**
 * Personal pre-filled links to the questionnaires: the person's code (and name) already written in,
 * so an answer lands in their row. Shared by the forms panel, «Кто не ответил», reminders and
 * «Без пары»: one Forms call per questionnaire, whatever the number of people.
 */
import type { PersonRow } from '../../domain/bases/check';
import { prefillFor } from '../../domain/forms/links';
import type { FormKey } from '../../domain/forms/schema';
import type { Response } from '../../domain/forms/answers';
import { readRegistry, type FormRecord } from './registry';

type Form = GoogleAppsScript.Forms.Form;

/** The form still exists (the curator may have deleted it in Drive). */
export function openFormById(id: string): Form | null {
  try {
    return FormApp.openById(id);
  } catch {
    return null;
  }
}

export const openForm = (record: FormRecord): Form | null => openFormById(record.id);

/** A response's timestamp as the trigger receives it. */
const STAMP_FORMAT = 'dd.MM.yyyy H:mm:ss';

/**
 * A row of a response sheet as the trigger would have received it: the timestamp (first column) and
 * dates as text, every answer by its column's title.
 */
export function responseOfRow(header: readonly unknown[], row: readonly unknown[], tz: string): Response {
  const text = (v: unknown, j: number) =>
    Object.prototype.toString.call(v) === '[object Date]' ? Utilities.formatDate(v as Date, tz, j === 0 ? STAMP_FORMAT : 'dd.MM.yyyy') : String(v ?? '');
  return { stamp: text(row[0], 0), named: Object.fromEntries(header.map((h, j) => [String(h), text(row[j], j)])) };
}

/**
 * The responses a form keeps itself, as the submit trigger would receive them (a checkbox's
 * choices joined), each with the FormResponse it came from (its id is read only when needed).
 */
export function storedResponses(form: Form, tz: string): (Response & { source: GoogleAppsScript.Forms.FormResponse })[] {
  return form.getResponses().map((r) => ({
    source: r,
    stamp: Utilities.formatDate(r.getTimestamp(), tz, STAMP_FORMAT),
    named: Object.fromEntries(r.getItemResponses().map((i) => {
      const a = i.getResponse();
      return [i.getItem().getTitle(), Array.isArray(a) ? a.join(', ') : String(a)];
    })),
  }));
}

/**
 * Placeholders of the template link, one distinct value per question: a link names its questions
 * by `entry.<n>` numbers that are not the items' ids, so the values are found by what they say.
 */
export const PREFILL_PLACEHOLDER: Record<string, string> = {
  code: 'НК-0000', token: 'КЛЮЧ-ССЫЛКИ', fullName: 'Фамилия Имя', participantName: 'Фамилия Имя Отчество',
};

/**
 * A personal pre-filled link for each value set, built from one template link per form: Forms
 * makes the link once, the codes are put in by text, so 700 people cost one Forms call, not 700.
 */
export function prefilledTemplate(form: Form, record: FormRecord, keys: readonly string[], placeholder = PREFILL_PLACEHOLDER): string {
  let response = form.createResponse();
  for (const key of keys) {
    const id = record.items[key];
    const item = id === undefined ? null : form.getItemById(id);
    if (item) response = response.withItemResponse(item.asTextItem().createResponse(placeholder[key]!));
  }
  return response.toPrefilledUrl();
}

/** The template link with each placeholder replaced by the person's value. */
export function fillTemplate(template: string, values: Record<string, string>, placeholder = PREFILL_PLACEHOLDER): string {
  const [base, query = ''] = template.split('?');
  const keyOf = new Map(Object.entries(placeholder).map(([k, v]) => [v, k]));
  const params = query.split('&').map((p) => {
    const [k, v = ''] = p.split('=');
    const key = keyOf.get(decodeURIComponent(v.replace(/\+/g, ' ')));
    return key && values[key] !== undefined ? `${k}=${encodeURIComponent(values[key]!)}` : p;
  });
  return `${base}?${params.join('&')}`;
}

/**
 * A maker of personal links over the registry as read once: the first link of a form asks Forms for
 * its template, the rest are filled in by text. A form deleted in Drive gives its common link.
 */
export function personalLinks(registry: readonly FormRecord[] = readRegistry()): (key: FormKey, person: PersonRow) => string | null {
  const records = new Map(registry.map((r) => [r.key, r]));
  const templates = new Map<FormKey, string>();
  return (key, person) => {
    const r = records.get(key);
    if (!r) return null;
    if (!templates.has(key)) {
      const form = openForm(r);
      const keys = ['code', 'token', 'fullName', 'participantName'].filter((k) => r.items[k] !== undefined);
      templates.set(key, form ? prefilledTemplate(form, r, keys) : r.url);
    }
    return fillTemplate(templates.get(key)!, prefillFor(person));
  };
}
