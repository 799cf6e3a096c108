import type { ColumnSpec, TableSpec } from '../table';
import type { BaseName } from '../bases/schema';

/** Every questionnaire the add-on creates; a key names one Google Form (a variant is a form of its own). */
export const FORM_KEYS = [
  'menteeStudent', 'menteeTeacher', 'mentorStudent', 'mentorTeacher', 'mentorParent', 'mentorEmployer', 'consent',
  'preferencesMentee', 'preferencesMentor', 'satisfactionMentee', 'satisfactionMentor', 'entryExitMentee', 'entryExitMentor',
] as const;
export type FormKey = (typeof FORM_KEYS)[number];

/** What a questionnaire's answers are for, which decides where they go. */
export type FormPurpose = 'intake' | 'consent' | 'preferences' | 'satisfaction' | 'entryExit';

export type QuestionKind = 'text' | 'paragraph' | 'choice' | 'checkbox' | 'list' | 'scale' | 'grid' | 'date' | 'section' | 'page';

export type Validation =
  | { rule: 'whole'; min: number; max: number; help: string }
  | { rule: 'email'; help: string }
  | { rule: 'pattern'; pattern: string; help: string }
  | { rule: 'atMost'; count: number; help: string };

/** One item of a form. `key` is stable; answers are found by `title`, which is unique within a form. */
export interface Question {
  key: string;
  kind: QuestionKind;
  title: string;
  help?: string;
  required?: boolean;
  choices?: string[];
  /** «Другое» with free text. */
  other?: boolean;
  scale?: { from: 0 | 1; to: number; labels: [string, string] };
  validation?: Validation;
  /** A choice that jumps to a page: choice value → the page's key. */
  goTo?: Record<string, string>;
  /** A page: the previous page ends the form (a section that must not run on into this one). */
  submitBefore?: boolean;
}

export interface FormSpec {
  key: FormKey;
  purpose: FormPurpose;
  /** The base whose people fill it; null when either (consent). */
  base: BaseName | null;
  /** Fixed category of a variant (обучающийся, педагог, …), when the form does not ask. */
  category?: string;
  title: string;
  /** Short name for the curator (menus, «Журнал», sidebar). */
  name: string;
  description: string;
  confirmation: string;
  questions: Question[];
}

const text = (header: string, width: number): ColumnSpec => ({ header, kind: 'text', width });

/**
 * «Предпочтения»: the ranked choices of the preference questionnaire, one row per choice. A later
 * answer of the same person replaces the earlier one for matching (see latestPreferences).
 */
export const PREFERENCES = {
  sheet: 'Предпочтения',
  columns: {
    responseId: text('ID ответа', 120),
    date: { header: 'Дата', kind: 'date', width: 100 },
    code: text('Код участника', 100),
    fullName: text('ФИО', 200),
    role: text('Роль', 110),
    form: text('Форма наставничества', 160),
    rank: { header: 'Место в списке', kind: 'number', width: 80 },
    choiceCode: text('Код выбранного', 110),
    choiceName: text('Выбранный участник', 220),
  },
} as const satisfies TableSpec;

/** «Журнал»: every change the questionnaires made to the bases, and every problem, newest first. */
export const JOURNAL = {
  sheet: 'Журнал',
  columns: {
    when: { header: 'Когда', kind: 'date', width: 140 },
    who: text('Кто', 240),
    event: text('Событие', 140),
    sheet: text('Лист', 120),
    code: text('Код участника', 100),
    field: text('Поле', 200),
    old: text('Было', 200),
    new: text('Стало', 200),
  },
} as const satisfies TableSpec;
export type JournalKey = keyof typeof JOURNAL.columns;

/** «Вопросы»: the parameters of the entry and exit questionnaire; a school adds its own rows. */
export const QUESTIONS = {
  sheet: 'Вопросы',
  columns: {
    parameter: text('Параметр (входная и итоговая анкета)', 360),
    audience: text('Для кого', 140),
  },
} as const satisfies TableSpec;

export type PreferenceKey = keyof typeof PREFERENCES.columns;
