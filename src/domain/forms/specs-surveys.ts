/**
 * The questionnaires after the start: preferences (after the group meeting, seeds 001 §9 row 18,
 * 003 row 15), satisfaction (first stage of monitoring, seeds 000, 001, 004) and the entry/exit
 * self-assessment (second stage: every parameter measured twice, seed 001).
 */
import { STAGES } from '../surveys/schema';
import { personal, type SpecContext } from './specs-intake';
import type { FormSpec, Question } from './schema';

export const RANKS = 3;
/** The list shown when a form of mentoring has nobody to choose yet (a list needs one choice). */
export const NOBODY = 'Пока некого выбрать';

export interface Candidates {
  /** Form of mentoring → «ФИО (код)» of the people one may choose. */
  mentors: Record<string, string[]>;
  mentees: Record<string, string[]>;
}

const rankTitle = (who: string, form: string, rank: number) => `${who}: ${rank}-й выбор (${form})`;
export const rankKey = (form: string, rank: number) => `rank:${rank}:${form}`;

/** «ФИО (НК-0001)» → the code. */
export const codeOfChoice = (choice: string): string | null => /\(((?:НК|НЯ)-\d{4})\)\s*$/.exec(choice)?.[1] ?? null;
export const choiceLabel = (fullName: string, code: string) => `${fullName} (${code})`;

function preferences(key: 'preferencesMentee' | 'preferencesMentor', ctx: SpecContext, candidates: Candidates): FormSpec {
  const mentee = key === 'preferencesMentee';
  const who = mentee ? 'Наставник' : 'Наставляемый';
  const lists = mentee ? candidates.mentors : candidates.mentees;
  const forms = ctx.forms.map((f) => f.name);
  const name = mentee ? 'Анкета предпочтений наставляемого' : 'Анкета предпочтений наставника';
  const sections: Question[] = forms.flatMap((form, i) => [
    { key: `page:${form}`, kind: 'page', title: form, submitBefore: i > 0 } satisfies Question,
    ...Array.from({ length: RANKS }, (_, r): Question => ({
      key: rankKey(form, r + 1), kind: 'list', title: rankTitle(who, form, r + 1), required: r === 0,
      choices: lists[form]?.length ? lists[form] : [NOBODY],
    })),
  ]);
  return {
    key, purpose: 'preferences', base: mentee ? 'mentees' : 'mentors', name, title: `${name} — ${ctx.suffix}`,
    description: (mentee
      ? 'После групповой встречи выберите наставников, с которыми хотели бы работать, в порядке предпочтения.'
      : 'После групповой встречи выберите наставляемых, с которыми хотели бы работать, в порядке предпочтения.') +
      ' Куратор учтёт ваш выбор, когда будет формировать пары. В списках — участники вашей формы наставничества.',
    confirmation: 'Спасибо! Ваш выбор получен.',
    questions: [
      ...personal(true),
      { key: 'fullName', kind: 'text', title: 'Фамилия, имя, отчество', required: true },
      {
        key: 'form', kind: 'choice', title: 'Ваша форма наставничества', required: true, choices: forms,
        goTo: Object.fromEntries(forms.map((f) => [f, `page:${f}`])),
      },
      ...sections,
    ],
  };
}

const scale = (key: string, title: string): Question => ({
  key, kind: 'scale', title, required: true, scale: { from: 1, to: 10, labels: ['совсем нет', 'в полной мере'] },
});
const yesNo = (key: string, title: string): Question => ({ key, kind: 'choice', title, required: true, choices: ['да', 'нет'] });
const open = (key: string, title: string): Question => ({ key, kind: 'paragraph', title });

/** The 1–10 scales, yes/no and open questions of the satisfaction survey (Р-145 monitoring, seeds 000, 001, 004). */
function satisfaction(key: 'satisfactionMentee' | 'satisfactionMentor', ctx: SpecContext): FormSpec {
  const mentee = key === 'satisfactionMentee';
  const other = mentee ? 'наставником' : 'наставляемым';
  const name = mentee ? 'Анкета удовлетворённости наставляемого' : 'Анкета удовлетворённости наставника';
  return {
    key, purpose: 'satisfaction', base: mentee ? 'mentees' : 'mentors', name, title: `${name} — ${ctx.suffix}`,
    description: 'Оцените участие в программе наставничества по шкале от 1 до 10. Ответы нужны для мониторинга ' +
      'программы: куратор увидит общие итоги и сможет улучшить работу.',
    confirmation: 'Спасибо за ответы!',
    questions: [
      ...personal(true),
      yesNo('before', 'Участвовали ли вы раньше в программах наставничества?'),
      { key: 'scales', kind: 'section', title: 'Оцените от 1 до 10' },
      scale('effectiveness', 'Насколько эффективной была программа наставничества для вас?'),
      scale('comfort', `Насколько комфортным было общение с ${other}?`),
      scale('groupMeetings', 'Насколько полезными были групповые встречи?'),
      scale('personalMeetings', 'Насколько полезными были личные встречи?'),
      scale('clearTasks', 'Насколько понятными были задачи программы?'),
      scale('support', mentee ? 'Насколько вы ощущали поддержку наставника?' : 'Насколько вы ощущали поддержку куратора программы?'),
      scale('advice', mentee ? 'Насколько полезными были советы наставника?' : 'Насколько полезными были методические материалы?'),
      scale('expectations', 'Насколько оправдались ваши ожидания от участия в программе?'),
      { key: 'open', kind: 'section', title: 'Ваше мнение' },
      yesNo('continue', 'Хотели бы вы продолжить участие в программе наставничества?'),
      ...(mentee ? [yesNo('becomeMentor', 'Хотели бы вы в будущем стать наставником?')] : []),
      open('valuable', 'Что было самым ценным в программе?'),
      open('missing', 'Чего вам не хватило? Что стоит изменить?'),
    ],
  };
}

/** Default parameters of «Вопросы» (seed 001, stage 2 of monitoring): for whom, and the parameter. */
export const DEFAULT_PARAMETERS: readonly { audience: string; parameter: string }[] = [
  { audience: 'наставляемый', parameter: 'Интерес к учёбе (работе)' },
  { audience: 'наставляемый', parameter: 'Уверенность в своих силах' },
  { audience: 'наставляемый', parameter: 'Умение ставить цели и планировать свою работу' },
  { audience: 'наставляемый', parameter: 'Вовлечённость в жизнь школы' },
  { audience: 'наставляемый', parameter: 'Удовлетворённость своими результатами' },
  { audience: 'все', parameter: 'Умение обращаться за помощью и помогать другим' },
  { audience: 'наставник', parameter: 'Уверенность в роли наставника' },
  { audience: 'наставник', parameter: 'Умение выстраивать доверительные отношения' },
  { audience: 'наставник', parameter: 'Удовлетворённость своей профессиональной (учебной) деятельностью' },
];
export const AUDIENCE_ALL = 'все';

function entryExit(key: 'entryExitMentee' | 'entryExitMentor', ctx: SpecContext, parameters: readonly string[]): FormSpec {
  const mentee = key === 'entryExitMentee';
  const name = mentee ? 'Входная и итоговая анкета наставляемого' : 'Входная и итоговая анкета наставника';
  return {
    key, purpose: 'entryExit', base: mentee ? 'mentees' : 'mentors', name, title: `${name} — ${ctx.suffix}`,
    description: 'Эту анкету заполняют дважды: при входе в программу и по её итогам. Оцените себя по каждому ' +
      'параметру от 1 до 10 — так будет видно, что изменилось за время участия в программе.',
    confirmation: 'Спасибо! Ответы получены.',
    questions: [
      ...personal(true),
      { key: 'stage', kind: 'choice', title: 'Этап анкетирования', required: true, choices: [...STAGES] },
      ...parameters.map((p, i) => scale(`param:${i}`, p)),
    ],
  };
}

export function surveySpecs(ctx: SpecContext, candidates: Candidates, parameters: readonly { audience: string; parameter: string }[]): FormSpec[] {
  const forRole = (role: string) => [...new Set(parameters
    .filter((p) => p.parameter && [role, AUDIENCE_ALL].includes(p.audience.trim().toLowerCase()))
    .map((p) => p.parameter.trim()))];
  return [
    preferences('preferencesMentee', ctx, candidates),
    preferences('preferencesMentor', ctx, candidates),
    satisfaction('satisfactionMentee', ctx),
    satisfaction('satisfactionMentor', ctx),
    entryExit('entryExitMentee', ctx, forRole('наставляемый')),
    entryExit('entryExitMentor', ctx, forRole('наставник')),
  ];
}
