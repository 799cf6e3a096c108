/** Links the sidebar shows (and prints as QR codes): each form's link and personal pre-filled links. */
import { cellText } from '../cell';
import type { PersonRow } from '../bases/check';
import { SERVICE_FIELD, type BaseName } from '../bases/schema';
import { parseProvenance } from '../privacy/provenance';
import type { FormKey, FormPurpose } from './schema';

export interface FormLink {
  key: FormKey;
  name: string;
  purpose: FormPurpose;
  url: string;
  editUrl: string;
  version: number;
  /** Its response sheet's name ('' when the curator deleted it): the panel opens it. */
  sheet: string;
  /** Why answers do not reach this spreadsheet (unlinked, linked elsewhere, sheet deleted, form deleted). */
  problem?: string;
}

export interface PersonLinks {
  code: string;
  fullName: string;
  base: BaseName;
  links: { key: FormKey; name: string; url: string }[];
}

/** Plain JSON for google.script.run. */
export interface FormLinks {
  forms: FormLink[];
  people: PersonLinks[];
}

const INTAKE: Record<BaseName, Record<string, FormKey>> = {
  mentees: { 'обучающийся': 'menteeStudent', 'педагог': 'menteeTeacher' },
  mentors: {
    'обучающийся': 'mentorStudent', 'педагог': 'mentorTeacher', 'родитель': 'mentorParent', 'выпускник': 'mentorParent',
    'представитель предприятия': 'mentorEmployer',
  },
};

/** The questionnaires a person of a base and category fills, in the order they come. */
export function formsFor(base: BaseName, category: string): FormKey[] {
  const intake = INTAKE[base][category.trim().toLowerCase()];
  const rest: FormKey[] = base === 'mentees'
    ? ['consent', 'preferencesMentee', 'satisfactionMentee', 'entryExitMentee']
    : ['consent', 'preferencesMentor', 'satisfactionMentor', 'entryExitMentor'];
  return intake ? [intake, ...rest] : rest;
}

/** What a personal link fills in: the code with its token (privacy/identity.ts), and the name where the form asks for it. */
export function prefillFor(person: PersonRow): Record<string, string> {
  const name = cellText(person.cells.fullName);
  return { code: cellText(person.cells.code), token: parseProvenance(cellText(person.cells[SERVICE_FIELD])).token, fullName: name, participantName: name };
}
