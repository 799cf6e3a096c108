/** Every Russian text of matching, and nothing else. */
import type { ConstraintCode, CriterionKey } from './codes';

/** 1 балл, 2 балла, 5 баллов, 21 балл. */
export function points(n: number): string {
  const [d, dd] = [n % 10, n % 100];
  const word = d === 1 && dd !== 11 ? 'балл' : d >= 2 && d <= 4 && (dd < 12 || dd > 14) ? 'балла' : 'баллов';
  return `${n} ${word}`;
}

export const MODES = { optimal: 'Оптимальный', stable: 'Устойчивый' } as const;

/** Why a pair may not be formed (hard constraints). */
export const CONSTRAINT: Record<ConstraintCode, string> = {
  self: 'один и тот же человек',
  mentorInactive: 'наставник не активен (статус)',
  mentorConsent: 'у наставника нет действующего согласия на обработку ПДн',
  menteeInactive: 'наставляемый не активен (статус)',
  menteeConsent: 'у наставляемого нет действующего согласия на обработку ПДн (для несовершеннолетнего — законного представителя)',
  unknownForm: 'форма наставничества не найдена на листе «Настройки»',
  otherForm: 'разные формы наставничества',
  mentorCategory: 'категория наставника не подходит для этой формы',
  menteeCategory: 'категория наставляемого не подходит для этой формы',
  gradeGap: 'наставник учится не старше наставляемого на нужное число классов',
  excluded: 'куратор отклонил эту пару раньше',
  noCapacity: 'наставник не может взять наставляемых (0 мест)',
};

export const CRITERION: Record<CriterionKey, string> = {
  request: 'Запрос и компетенции',
  interests: 'Общие интересы',
  time: 'Время встреч',
  place: 'Место встреч',
  subject: 'Тот же предмет',
  grade: 'Желаемый класс',
  experience: 'Стаж наставника',
  menteeWish: 'Выбор наставляемого',
  mentorWish: 'Выбор наставника',
};

export const DETAIL = {
  words: (w: string[]) => `совпали: ${w.join(', ')}`,
  items: (w: string[]) => w.join(', '),
  days: (d: string[]) => `общие дни: ${d.join(', ')}`,
  flexible: 'время по договорённости',
  samePlace: (p: string) => p,
  online: 'онлайн',
  subject: (s: string) => s,
  grade: (g: number) => `${g} класс`,
  years: (y: number) => `${y} лет`,
  rank: (r: number) => `${r}-е место в анкете`,
};

export const MATCHING_UI = {
  menu: {
    group: 'Пары',
    match: 'Подобрать пары',
    replace: 'Заменить наставника…',
    sync: 'Перенести утверждённые пары в базы',
  },
  noPeople: 'В базах нет участников с кодами. Заполните базы и выберите «Подготовить таблицу».',
  matched: (mode: string, proposed: number, kept: number, unmatched: number) =>
    `Режим «${mode}». Предложено пар: ${proposed}; сохранено утверждённых и отмеченных куратором: ${kept}; ` +
    `без пары: ${unmatched}${unmatched ? ' — список на листе «Без пары»' : ''}.`,
  points: (points: number, weight: number) => `${points} из ${weight}`,
  total: (score: number) => `Итого ${points(score)}`,
  noCriteria: 'Совпадений по критериям нет: пара возможна, но без особых оснований',
  alternative: (name: string, score: number, free: boolean) => `${name} — ${score} б.${free ? '' : ' (мест нет)'}`,
  noAlternatives: 'других подходящих наставников нет',
  unmatchedHeaders: ['Код участника', 'ФИО', 'Роль', 'Форма наставничества', 'Почему без пары', 'Что делать'],
  roleMentee: 'наставляемый',
  roleMentor: 'наставник',
  /** Reasons a person is left without a pair. */
  reason: {
    own: (why: string) => `Не участвует в подборе: ${why}`,
    noMentorOfForm: (form: string) => `Нет наставников формы «${form}»`,
    noSuitable: (reasons: string) => `Нет подходящего наставника: ${reasons}`,
    allTaken: (n: number) => `Все подходящие наставники (${n}) уже заняты`,
    counted: (why: string, n: number) => `${why} — ${n}`,
    noMenteeOfForm: (form: string) => `Нет наставляемых формы «${form}»`,
    menteesTaken: 'Подходящие наставляемые получили других наставников',
  },
  advice: {
    mentee: 'Оказать поддержку (педагог-психолог), продолжить поиск наставника',
    mentor: 'Предложить другую форму или группу; при необходимости увеличить набор наставляемых',
  },
  unmatchedEmpty: 'Все участники получили пару',
  replaceTitle: 'Заменить наставника',
  replacePickRow: 'Выделите на листе «Пары» строку пары, в которой нужно заменить наставника, и повторите.',
  replaceNotActive: (status: string) => `Эту пару нельзя заменить: её статус «${status}».`,
  replaceReason: 'Причина замены (по желанию наставляемого или наставника):',
  replaceDefaultReason: 'Замена наставника',
  replaced: (mentee: string, mentor: string | null) =>
    mentor ? `Пара заменена. Для «${mentee}» предложен новый наставник: ${mentor}.` : `Пара заменена. Для «${mentee}» пока нет подходящего наставника — см. лист «Без пары».`,
  noPairs: 'Листа «Пары» нет. Сначала выберите «Пары → Подобрать пары».',
  pairNotFound: 'Пара не найдена на листе «Пары»: возможно, её уже изменили. Обновите список.',
  decided: (status: string) => `Статус пары: «${status}».`,
  synced: (mentees: number, mentors: number) =>
    `Утверждённые пары перенесены в базы: наставляемых — ${mentees}, наставников — ${mentors}.`,
  statusHelp: 'Выберите статус: предложена, утверждена, отклонена, завершена, заменена',
};
