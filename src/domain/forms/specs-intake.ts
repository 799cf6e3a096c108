/**
 * The intake questionnaires (анкета наставляемого, анкета наставника, per variant) and the consent
 * form, in Russian, following the seeds (000 §2.2: what a record of the bases holds; 001, 003:
 * анкетирование и сбор согласий). Question keys are the bases' column keys, so answers map by key.
 */
import { CONSENT_BY, STUDENT, TEACHER, type MentoringForm } from '../bases/schema';
import type { FormSpec, Question } from './schema';

export interface SpecContext {
  /** «МБОУ СОШ № 1, 2025/2026 учебный год» */
  suffix: string;
  forms: readonly MentoringForm[];
}

export const CODE_PATTERN = '(НК|НЯ)-\\d{4}';
export const code = (required = false): Question => ({
  key: 'code', kind: 'text', title: 'Код участника', required,
  help: 'Заполнен, если вы открыли свою персональную ссылку, — не меняйте его. Если поле пустое, оставьте его пустым.',
  validation: { rule: 'pattern', pattern: CODE_PATTERN, help: 'Код вида НЯ-0001 или НК-0001' },
});
/**
 * The person's link token (src/domain/privacy/identity.ts): filled in by the personal link. An
 * answer that names a code without it changes nothing and goes to «На проверку».
 */
export const linkToken: Question = {
  key: 'token', kind: 'text', title: 'Ключ личной ссылки',
  help: 'Заполнен, если вы открыли свою персональную ссылку, — не меняйте его. Если поле пустое, оставьте его пустым.',
};
/** The questions a personal link fills in: the code and its token. */
export const personal = (required = false): Question[] => [code(required), linkToken];
const fullName: Question = { key: 'fullName', kind: 'text', title: 'Фамилия, имя, отчество', required: true };
const grade: Question = {
  key: 'grade', kind: 'text', title: 'Класс (например, 7Б)', required: true,
  validation: { rule: 'pattern', pattern: '\\s*\\d{1,2}\\s*[А-Яа-яЁё]?\\s*', help: 'Номер класса и буква, например 7Б' },
};
const birthDate: Question = { key: 'birthDate', kind: 'date', title: 'Дата рождения' };
const phone = (required: boolean): Question => ({
  key: 'phone', kind: 'text', title: 'Ваш телефон', required,
  validation: { rule: 'pattern', pattern: '[+0-9 ()-]{10,18}', help: 'Номер телефона, например +7 917 555-03-01' },
});
const email: Question = { key: 'email', kind: 'text', title: 'Электронная почта', validation: { rule: 'email', help: 'Адрес вида name@mail.ru' } };
const parentName: Question = { key: 'parentName', kind: 'text', title: 'ФИО родителя (законного представителя)', required: true };
const parentPhone: Question = {
  key: 'parentPhone', kind: 'text', title: 'Телефон родителя (законного представителя)', required: true,
  validation: { rule: 'pattern', pattern: '[+0-9 ()-]{10,18}', help: 'Номер телефона, например +7 917 555-03-01' },
};
const position = (title: string): Question => ({ key: 'position', kind: 'text', title, required: true });
const subject: Question = { key: 'subject', kind: 'text', title: 'Преподаваемый предмет' };
const experience: Question = {
  key: 'experience', kind: 'text', title: 'Педагогический стаж (полных лет)', required: true,
  validation: { rule: 'whole', min: 0, max: 60, help: 'Целое число лет от 0 до 60' },
};
const formOf = (forms: readonly MentoringForm[], role: 'mentor' | 'mentee', categories: string[]): Question => {
  const fit = forms.filter((f) => f[role].some((c) => categories.includes(c))).map((f) => f.name);
  return {
    key: 'form', kind: 'choice', title: 'Форма наставничества', required: true,
    help: 'Выберите форму, в которой хотите участвовать',
    choices: fit.length ? fit : forms.map((f) => f.name),
  };
};
const interests: Question = { key: 'interests', kind: 'paragraph', title: 'Ваши интересы и увлечения' };
const time: Question = {
  key: 'time', kind: 'checkbox', title: 'Когда вам удобно встречаться', required: true,
  choices: ['Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота'],
};
const place: Question = {
  key: 'place', kind: 'choice', title: 'Где удобно встречаться', other: true,
  choices: ['В школе', 'Онлайн', 'В школе или онлайн'],
};
const achievements: Question = { key: 'achievements', kind: 'paragraph', title: 'Ваши достижения (олимпиады, конкурсы, проекты, награды)' };
const capacity: Question = {
  key: 'capacity', kind: 'choice', title: 'Скольким наставляемым вы готовы помогать одновременно', required: true,
  choices: ['1', '2', '3', '4', '5'],
};
const menteeAge = (choices: string[]): Question => ({
  key: 'menteeAge', kind: 'checkbox', title: 'С кем вы хотели бы работать', choices,
});
const STUDENT_AGES = ['1–4 классы', '5–6 классы', '7–9 классы', '10–11 классы'];

const request = (choices: string[]): Question => ({
  key: 'request', kind: 'checkbox', title: 'С чем вам нужна помощь (ключевой запрос)', required: true, other: true, choices,
});
const competences = (choices: string[] | null): Question => choices
  ? { key: 'competences', kind: 'checkbox', title: 'Чем вы можете помочь наставляемому', required: true, other: true, choices }
  : { key: 'competences', kind: 'paragraph', title: 'Чем вы можете помочь наставляемому', required: true };

const PURPOSE = 'Ответы попадут в базу программы наставничества школы. Они нужны, чтобы подобрать вам пару ' +
  'и спланировать встречи; данные хранятся в школе у куратора программы и не передаются третьим лицам.';

function intake(key: FormSpec['key'], base: 'mentors' | 'mentees', category: string | undefined, name: string,
  ctx: SpecContext, questions: Question[]): FormSpec {
  return {
    key, purpose: 'intake', base, category, name, title: `${name} — ${ctx.suffix}`,
    description: `${PURPOSE} Если вы несовершеннолетний, родитель (законный представитель) заполняет согласие на обработку персональных данных.`,
    confirmation: 'Спасибо! Ваша анкета получена. Куратор программы свяжется с вами.',
    questions: [...personal(), ...questions],
  };
}

export function intakeSpecs(ctx: SpecContext): FormSpec[] {
  const f = ctx.forms;
  return [
    intake('menteeStudent', 'mentees', STUDENT, 'Анкета наставляемого (обучающийся)', ctx, [
      fullName, grade, birthDate, phone(false), email, parentName, parentPhone, formOf(f, 'mentee', [STUDENT]),
      request(['Повысить успеваемость по предмету', 'Адаптироваться в новом классе или школе', 'Подготовиться к олимпиаде или конкурсу',
        'Выполнить проект или исследование', 'Выбрать профессию', 'Стать увереннее в общении']),
      interests, time, place,
    ]),
    intake('menteeTeacher', 'mentees', TEACHER, 'Анкета наставляемого (педагог)', ctx, [
      fullName, position('Должность'), subject, experience, phone(true), email, formOf(f, 'mentee', [TEACHER]),
      request(['Методика преподавания предмета', 'Классное руководство', 'Работа с родителями', 'Дисциплина на уроке',
        'Цифровые инструменты (ИКТ)', 'Подготовка к аттестации', 'Профессиональное выгорание']),
      interests, time, place,
    ]),
    intake('mentorStudent', 'mentors', STUDENT, 'Анкета наставника (обучающийся)', ctx, [
      fullName, grade, birthDate, phone(false), email, parentName, parentPhone, formOf(f, 'mentor', [STUDENT]),
      competences(['Помощь в учёбе по предмету', 'Подготовка к олимпиадам', 'Проектная деятельность', 'Спорт', 'Творчество',
        'Лидерство и самоуправление', 'Адаптация новичков']),
      achievements, interests, menteeAge(STUDENT_AGES), time, place, capacity,
    ]),
    intake('mentorTeacher', 'mentors', TEACHER, 'Анкета наставника (педагог)', ctx, [
      fullName, position('Должность'), subject, experience, phone(true), email, formOf(f, 'mentor', [TEACHER]),
      competences(['Методика преподавания предмета', 'Классное руководство', 'Работа с родителями', 'Организация дисциплины',
        'Цифровые инструменты (ИКТ)', 'Подготовка к олимпиадам', 'Проектная и исследовательская деятельность']),
      achievements, interests,
      menteeAge(['Молодые специалисты (стаж до 3 лет)', 'Новые педагоги школы', ...STUDENT_AGES]), time, place, capacity,
    ]),
    intake('mentorParent', 'mentors', undefined, 'Анкета наставника (родитель, выпускник)', ctx, [
      { key: 'category', kind: 'choice', title: 'Кто вы', required: true, choices: ['родитель', 'выпускник'] },
      fullName, position('Место работы или учёбы, должность'), phone(true), email, formOf(f, 'mentor', ['родитель', 'выпускник']),
      competences(null), achievements, interests, menteeAge(STUDENT_AGES), time, place, capacity,
    ]),
    intake('mentorEmployer', 'mentors', 'представитель предприятия', 'Анкета наставника (представитель предприятия)', ctx, [
      fullName, position('Организация и должность'), phone(true), email, formOf(f, 'mentor', ['представитель предприятия']),
      competences(null), achievements, interests, menteeAge(STUDENT_AGES), time, place, capacity,
    ]),
    consentSpec(ctx),
  ];
}

export const CONSENT_DECISION = ['Даю согласие на обработку персональных данных', 'Отзываю ранее данное согласие'] as const;

/** Согласие на обработку ПДн: by the participant, or by a legal representative of a minor. */
function consentSpec(ctx: SpecContext): FormSpec {
  const [self, parent] = CONSENT_BY;
  return {
    key: 'consent', purpose: 'consent', base: null, name: 'Согласие на обработку персональных данных',
    title: `Согласие на обработку персональных данных — ${ctx.suffix}`,
    description: 'Согласие на обработку персональных данных участника программы наставничества (ФИО, класс или должность, ' +
      'контакты, интересы, ответы анкет) в целях формирования баз наставников и наставляемых, подбора пар, организации встреч ' +
      'и мониторинга программы. Данные хранятся в школе у куратора программы и не передаются третьим лицам. ' +
      'За несовершеннолетнего участника согласие даёт родитель (законный представитель). Согласие можно отозвать, заполнив эту форму ещё раз.',
    confirmation: 'Спасибо! Согласие получено.',
    questions: [
      ...personal(),
      { key: 'participantName', kind: 'text', title: 'ФИО участника программы', required: true },
      { key: 'participantGrade', kind: 'text', title: 'Класс участника (для обучающихся)' },
      {
        key: 'consentBy', kind: 'choice', title: 'Кто даёт согласие', required: true, choices: [self, parent],
        help: `«${self}» — совершеннолетний участник; «${parent}» — родитель или опекун несовершеннолетнего`,
        goTo: { [self]: 'decisionPage', [parent]: 'representativePage' },
      },
      { key: 'representativePage', kind: 'page', title: 'Законный представитель' },
      { key: 'parentName', kind: 'text', title: 'ФИО законного представителя', required: true },
      { key: 'relation', kind: 'choice', title: 'Кем вы приходитесь участнику', required: true, other: true, choices: ['мать', 'отец', 'опекун (попечитель)'] },
      { ...parentPhone, title: 'Телефон законного представителя' },
      { key: 'decisionPage', kind: 'page', title: 'Согласие' },
      { key: 'decision', kind: 'choice', title: 'Ваше решение', required: true, choices: [...CONSENT_DECISION] },
      { key: 'consentDate', kind: 'date', title: 'Дата', required: true },
    ],
  };
}
