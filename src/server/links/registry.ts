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

/** Every document property at once: one call, shared by the registry and the tombstones. */
export type AllProperties = Record<string, string>;
export const allProperties = (props = PropertiesService.getDocumentProperties()): AllProperties => props.getProperties();

/**
 * A property value holds at most 9 KB: a long text is stored in parts of 4,000 characters (Cyrillic
 * takes two bytes), `<key>`, `<key>#1`, … and joined again when read.
 */
const PART = 4000;

/** The text stored under `key` in parts, or undefined. */
export function readParts(all: AllProperties, key: string): string | undefined {
  let text = all[key];
  if (text === undefined) return undefined;
  for (let i = 1; all[`${key}#${i}`] !== undefined; i++) text += all[`${key}#${i}`];
  return text;
}

export function saveParts(key: string, text: string, props = PropertiesService.getDocumentProperties()): void {
  const parts: Record<string, string> = {};
  for (let i = 0; i === 0 || i * PART < text.length; i++) parts[i === 0 ? key : `${key}#${i}`] = text.slice(i * PART, (i + 1) * PART);
  const stale = props.getKeys().filter((k) => k.startsWith(`${key}#`) && !(k in parts));
  for (const k of stale) props.deleteProperty(k);
  props.setProperties(parts);
}

export function readRegistry(all: AllProperties = allProperties()): FormRecord[] {
  return Object.keys(all)
    .filter((k) => k.startsWith(PREFIX) && !k.includes('#'))
    .map((k) => JSON.parse(readParts(all, k)!) as FormRecord);
}

export function saveRecord(r: FormRecord, props = PropertiesService.getDocumentProperties()): void {
  saveParts(PREFIX + r.key, JSON.stringify(r), props);
}
