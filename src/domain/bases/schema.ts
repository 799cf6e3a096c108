import type { ColumnSpec, TableSpec } from '../table';

/** Категории участников (seed 000 §2.2). */
export const CATEGORIES = ['обучающийся', 'педагог', 'родитель', 'выпускник', 'представитель предприятия'] as const;
export const STUDENT = 'обучающийся';
export const TEACHER = 'педагог';

/** Статус участника в программе. */
export const STATUSES = ['активен', 'в паре', 'приостановлен', 'завершил', 'выбыл'] as const;
/** Согласие на обработку персональных данных. */
export const CONSENT = ['дано', 'не дано', 'отозвано'] as const;
export const CONSENT_GIVEN = 'дано';
export const CONSENT_WITHDRAWN = 'отозвано';
/** Кто дал согласие: the participant, or a legal representative of a minor. */
export const CONSENT_BY = ['участник', 'законный представитель'] as const;
export const CONSENT_BY_PARENT = 'законный представитель';

/** Формы наставничества with the categories of mentor and mentee and the role models (seeds 001 §5, 004). */
export interface MentoringForm {
  name: string;
  mentor: string[];
  mentee: string[];
  roleModels: string[];
}

export const DEFAULT_FORMS: MentoringForm[] = [
  {
    name: 'Ученик – ученик',
    mentor: [STUDENT],
    mentee: [STUDENT],
    roleModels: ['успевающий – неуспевающий', 'лидер – пассивный', 'равный – равному', 'адаптированный – неадаптированный'],
  },
  {
    name: 'Учитель – учитель',
    mentor: [TEACHER],
    mentee: [TEACHER],
    roleModels: [
      'опытный педагог – молодой специалист',
      'опытный классный руководитель – молодой специалист',
      'лидер педагогического сообщества – педагог, испытывающий проблемы',
      'педагог-новатор – консервативный педагог',
      'опытный предметник – неопытный предметник',
    ],
  },
  {
    name: 'Учитель – ученик',
    mentor: [TEACHER],
    mentee: [STUDENT],
    roleModels: ['лидер – пассивный', 'активный профессионал – равнодушный потребитель'],
  },
  {
    name: 'Работодатель – ученик',
    mentor: ['представитель предприятия', 'родитель', 'выпускник'],
    mentee: [STUDENT],
    roleModels: [
      'активный профессионал – равнодушный потребитель',
      'успешный профессионал – ученик, выбирающий профессию',
      'работодатель – будущий сотрудник',
    ],
  },
  { name: 'Студент – ученик', mentor: ['выпускник'], mentee: [STUDENT], roleModels: [] },
  { name: 'Руководитель ОО – педагог', mentor: [TEACHER], mentee: [TEACHER], roleModels: [] },
];

/** The columns both bases share; each base adds its own. */
const person = {
  code: { header: 'Код участника', kind: 'text', width: 100, note: 'Ставится автоматически, не меняйте' },
  fullName: { header: 'ФИО', kind: 'text', width: 220 },
  category: { header: 'Категория', kind: 'text', width: 150, list: 'categories' },
  grade: { header: 'Класс / курс', kind: 'text', width: 80, note: 'Для обучающихся: 7Б, 10А' },
  position: { header: 'Должность', kind: 'text', width: 150 },
  subject: { header: 'Предмет', kind: 'text', width: 130 },
  experience: { header: 'Стаж (лет)', kind: 'number', width: 80 },
  birthDate: { header: 'Дата рождения', kind: 'date', width: 100 },
  phone: { header: 'Телефон', kind: 'text', width: 130 },
  email: { header: 'E-mail', kind: 'text', width: 180 },
  parentName: { header: 'Законный представитель (ФИО)', kind: 'text', width: 220, note: 'Для несовершеннолетних' },
  parentPhone: { header: 'Телефон представителя', kind: 'text', width: 130 },
  parentEmail: { header: 'E-mail представителя', kind: 'text', width: 180, note: 'Для несовершеннолетних: напоминания об анкетах приходят сюда' },
  form: { header: 'Форма наставничества', kind: 'text', width: 170, list: 'forms' },
} as const satisfies Record<string, ColumnSpec>;

const tail = {
  interests: { header: 'Интересы', kind: 'text', width: 180 },
  time: { header: 'Время для встреч', kind: 'text', width: 140 },
  place: { header: 'Место встреч', kind: 'text', width: 120 },
  consent: { header: 'Согласие на обработку ПДн', kind: 'text', width: 120, list: 'consent' },
  consentBy: { header: 'Кто дал согласие', kind: 'text', width: 170, list: 'consentBy' },
  consentDate: { header: 'Дата согласия', kind: 'date', width: 100 },
  entryDate: { header: 'Дата вступления в программу', kind: 'date', width: 110 },
  status: { header: 'Статус', kind: 'text', width: 110, list: 'statuses' },
} as const satisfies Record<string, ColumnSpec>;

const results = {
  results: { header: 'Результаты', kind: 'text', width: 200 },
  caseLink: { header: 'Ссылка на кейс / отзыв', kind: 'text', width: 160 },
  /**
   * The add-on's own record of where each value came from, the person's link token and the
   * answers already applied (src/domain/privacy/provenance.ts). Hidden; no personal data.
   */
  service: {
    header: 'Служебное: происхождение данных', kind: 'text', width: 80,
    note: 'Заполняет дополнение: откуда и когда пришло каждое значение, ключ личной ссылки. Не меняйте и не копируйте в другие строки.',
  },
} as const satisfies Record<string, ColumnSpec>;

/** The service column: written only by the add-on, never imported, exported or matched on. */
export const SERVICE_FIELD = 'service';

/** База наставников. */
export const MENTORS = {
  sheet: 'Наставники',
  columns: {
    ...person,
    competences: { header: 'Компетенции (чем может помочь)', kind: 'text', width: 240 },
    achievements: { header: 'Достижения', kind: 'text', width: 180 },
    ...tail,
    capacity: { header: 'Сколько наставляемых может взять', kind: 'number', width: 110 },
    wantedGrades: { header: 'Желаемые классы наставляемых', kind: 'text', width: 150, note: 'Например: 5–7 или 1–4 классы' },
    assigned: { header: 'Закреплённые наставляемые', kind: 'text', width: 220 },
    ...results,
  },
} as const satisfies TableSpec;

/** База наставляемых. */
export const MENTEES = {
  sheet: 'Наставляемые',
  columns: {
    ...person,
    request: { header: 'Ключевой запрос', kind: 'text', width: 240 },
    ...tail,
    mentor: { header: 'Наставник', kind: 'text', width: 220 },
    ...results,
  },
} as const satisfies TableSpec;

export type MentorKey = keyof typeof MENTORS.columns;
export type MenteeKey = keyof typeof MENTEES.columns;
export type PersonKey = MentorKey & MenteeKey;

export type BaseName = 'mentors' | 'mentees';
export const BASES: Record<BaseName, TableSpec> = { mentors: MENTORS, mentees: MENTEES };
/** Participant codes: НК-0001 for mentors (наставник), НЯ-0001 for mentees (наставляемый). */
export const CODE_PREFIX: Record<BaseName, string> = { mentors: 'НК', mentees: 'НЯ' };
