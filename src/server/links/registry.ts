/**
 * Which Google Forms belong to this spreadsheet: ids, links, response sheet and the questions'
 * titles, kept in the document's properties (one property per form, well under 9 KB), so the
 * trigger can route an answer without reading «Настройки» or rebuilding the questionnaires.
 */
import type { FormKey, FormPurpose, FormSpec, QuestionKind } from '../../domain/forms/schema';
import type { BaseName } from '../../domain/bases/schema';

export interface FormRecord {
  key: FormKey;
  id: string;
  url: string;
  editUrl: string;
  /** The response sheet, by id: the curator may rename it. */
  sheetId: number;
  version: number;
  /** Item ids by question key: pre-filled links and choice refreshes need them. */
  items: Record<string, number>;
  spec: SlimSpec;
  /** Earlier versions: their links still work, so their answers are still routed. */
  older?: { id: string; sheetId: number }[];
}

/** The record whose form (this version or an earlier one) answers into this sheet. */
export const recordOfSheet = (records: readonly FormRecord[], sheetId: number): FormRecord | undefined =>
  records.find((r) => r.sheetId === sheetId || (r.older ?? []).some((o) => o.sheetId === sheetId));

/** Every response sheet of a record, the current version first. */
export const sheetsOf = (r: FormRecord): number[] => [r.sheetId, ...(r.older ?? []).map((o) => o.sheetId)];

/** What routing an answer needs of a questionnaire. */
export interface SlimSpec {
  key: FormKey;
  purpose: FormPurpose;
  base: BaseName | null;
  category?: string;
  name: string;
  title: string;
  description: string;
  confirmation: string;
  questions: { key: string; kind: QuestionKind; title: string }[];
}

const PREFIX = 'forms.';

export const slim = (s: FormSpec): SlimSpec => ({
  key: s.key, purpose: s.purpose, base: s.base, category: s.category, name: s.name, title: s.title,
  description: '', confirmation: '', questions: s.questions.map((q) => ({ key: q.key, kind: q.kind, title: q.title })),
});

/** SlimSpec is a FormSpec without choices and help: enough for the domain to read answers. */
export const asSpec = (s: SlimSpec): FormSpec => s as FormSpec;

/**
 * A property value holds at most 9 KB: a record is stored in parts of 4,000 characters (Cyrillic
 * takes two bytes), `forms.<key>`, `forms.<key>#1`, … and joined again when read.
 */
const PART = 4000;

export function readRegistry(props = PropertiesService.getDocumentProperties()): FormRecord[] {
  const all = props.getProperties();
  return Object.keys(all)
    .filter((k) => k.startsWith(PREFIX) && !k.includes('#'))
    .map((k) => {
      let json = all[k]!;
      for (let i = 1; all[`${k}#${i}`] !== undefined; i++) json += all[`${k}#${i}`];
      return JSON.parse(json) as FormRecord;
    });
}

export function saveRecord(r: FormRecord, props = PropertiesService.getDocumentProperties()): void {
  const json = JSON.stringify(r);
  const key = PREFIX + r.key;
  const parts: Record<string, string> = {};
  for (let i = 0; i * PART < json.length; i++) parts[i === 0 ? key : `${key}#${i}`] = json.slice(i * PART, (i + 1) * PART);
  const stale = props.getKeys().filter((k) => k.startsWith(`${key}#`) && !(k in parts));
  for (const k of stale) props.deleteProperty(k);
  props.setProperties(parts);
}
