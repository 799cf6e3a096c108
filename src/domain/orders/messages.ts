/** Every Russian text of the orders feature: menu, registry, tags and the wording of each document. */
import type { DocKind } from './kinds';

export const ORDERS_UI = {
  menu: {
    group: 'Приказы',
    implement: 'Приказ о внедрении целевой модели',
    curator: 'Приказ о назначении куратора',
    approve: 'Приказ об утверждении положения и дорожной карты',
    mentors: 'Приказ о назначении наставников',
    pairs: 'Приказ о закреплении пар',
    finalEvent: 'Приказ об итоговом мероприятии',
    reward: 'Приказ о поощрении участников',
    pairChanges: 'Приказ об изменениях в составе пар',
    association: 'Приказ о методическом объединении наставников',
    municipalInfo: 'Информация в муниципальный орган',
    letters: 'Благодарственные письма наставникам',
    plans: 'Индивидуальные планы пар',
    agreements: 'Соглашения с участниками пар',
    partnerLetters: 'Благодарственные письма партнёрам',
    parentLetters: 'Письма родителям наставников-обучающихся',
    certificates: 'Грамоты «Лучший наставник»',
    resume: 'Продолжить формирование документов',
  },
  title: 'Приказы',
  folder: 'Наставничество — документы',
  templatesFolder: 'Шаблоны',
  templateName: (title: string) => `Шаблон: ${title}`,
  again: (title: string, number: string, date: string) =>
    `«${title}» уже есть в реестре (№ ${number} от ${date}). Создать новую версию?`,
  againBatch: (title: string) => `«${title}» уже сформированы. Сформировать заново новую версию?`,
  cancelled: 'Ничего не создано.',
  created: (title: string, number: string) => `Создан приказ № ${number}: «${title}». Ссылка — на листе «Приказы».`,
  createdPaper: (title: string, number: string) => `Создан документ исх. № ${number}: «${title}». Ссылка — на листе «Приказы».`,
  batchStarted: (title: string, total: number) => `«${title}»: документов к созданию — ${total}.`,
  batchProgress: (done: number, total: number) => `Создано ${done} из ${total}. Продолжение запустится автоматически.`,
  batchDone: (title: string, total: number) => `«${title}»: готово, документов — ${total}. Ссылка на папку — на листе «Приказы».`,
  nothingToResume: 'Нет незавершённого формирования документов.',
  noSubjects: 'Нет ни одной утверждённой пары с действующими согласиями участников: документ не из чего составить.',
  noMentors: 'В базе наставников нет ни одного наставника с действующим согласием: приказ не из чего составить.',
  noChanges: (since: string) => `С ${since} в парах не было замен, досрочных завершений и продлений: приказ не нужен.`,
  noPartners: 'Письма партнёрам адресуются организациям из столбца «Организация» листа «Наставники» (добавьте такой столбец и укажите в нём место работы представителей предприятий): сейчас там ни одной организации.',
  noPupilMentors: 'Среди наставников нет обучающихся с указанным законным представителем: письма некому адресовать.',
  noBest: 'Нет наставников, отмеченных в базе словами «лучший наставник» (столбец «Результаты»): грамоты некому вручать.',
  askNumber: (title: string, suggested: string) =>
    `«${title}»: номер по журналу регистрации приказов.\nПредлагаемый следующий номер — ${suggested}. Оставьте его или введите номер из журнала.`,
  askOutgoing: (title: string, suggested: string) =>
    `«${title}»: исходящий номер по журналу.\nПредлагаемый номер — ${suggested}. Оставьте его или введите номер из журнала.`,
  askEventDate: 'Дата итогового мероприятия (ДД.ММ.ГГГГ):',
  askEventPlace: 'Место проведения итогового мероприятия (например: актовый зал школы):',
  badDate: (text: string) => `«${text}» — не дата. Введите дату в виде ДД.ММ.ГГГГ.`,
  numberTaken: (number: string) => `Номер ${number} уже есть в реестре «Приказы». Введите другой номер из журнала.`,
  noPairsSheet: 'Нет листа «Пары»: сначала сформируйте и утвердите пары.',
  noSettings: 'Нет листа «Настройки»: выполните «Подготовить таблицу».',
  missingParam: (label: string) => `Заполните на листе «Настройки» параметр «${label}».`,
  quota: (need: number, left: number) =>
    `Сегодня аккаунт может создать ещё ${left} документов, а нужно ${need}. ` +
    `Запустите формирование завтра или уменьшите число документов (лимит — параметр «Документов в день» на листе «Настройки»).`,
  quotaPartial: (need: number, left: number) =>
    `Сегодня можно создать ещё ${left} из ${need} документов: остальные будут созданы завтра автоматически.`,
  busyBatch: (title: string) => `Сейчас формируются «${title}». Дождитесь окончания или выберите «Продолжить формирование документов».`,
  progressIdle: 'Документы сейчас не формируются.',
  progress: (title: string, done: number, total: number) => `«${title}»: создано ${done} из ${total}.`,
};

/** The registry «Приказы» and its statuses. */
export const REGISTRY_STATUS = { draft: 'проект', signed: 'подписан', running: 'формируется' } as const;
export const batchStatus = (done: number, total: number) => `${REGISTRY_STATUS.running}: ${done} из ${total}`;

/** What each kind is called in the registry's «Вид» column and in file names. */
export const KIND_NAME: Record<DocKind, string> = {
  implement: 'приказ о внедрении модели',
  curator: 'приказ о назначении куратора',
  approve: 'приказ об утверждении положения',
  mentors: 'приказ о назначении наставников',
  pairs: 'приказ о закреплении пар',
  pairChanges: 'приказ об изменениях в парах',
  association: 'приказ о методическом объединении',
  finalEvent: 'приказ об итоговом мероприятии',
  reward: 'приказ о поощрении',
  regulation: 'положение о наставничестве',
  programme: 'программа наставничества',
  roadmap: 'дорожная карта',
  municipalInfo: 'информация в муниципальный орган',
  letter: 'благодарственные письма',
  plan: 'индивидуальные планы',
  agreement: 'соглашения',
  partnerLetter: 'письма партнёрам',
  parentLetter: 'письма родителям',
  certificate: 'грамоты',
};

export const TITLE: Record<DocKind, string> = {
  implement: 'О внедрении целевой модели наставничества',
  curator: 'О назначении куратора целевой модели наставничества',
  approve: 'Об утверждении Положения о системе наставничества, программы наставничества и дорожной карты',
  mentors: 'О назначении наставников',
  pairs: 'О закреплении наставнических пар (групп)',
  pairChanges: 'О внесении изменений в состав наставнических пар (групп)',
  association: 'О создании методического объединения наставников',
  finalEvent: 'О проведении итогового мероприятия по реализации программы наставничества',
  reward: 'О поощрении участников наставнической деятельности',
  regulation: 'Положение о системе наставничества',
  programme: 'Программа наставничества',
  roadmap: 'Дорожная карта (план мероприятий) по реализации программы наставничества',
  municipalInfo: 'Информация о наставниках и наставляемых',
  letter: 'Благодарственные письма наставникам',
  plan: 'Индивидуальные планы наставнических пар',
  agreement: 'Соглашения о сотрудничестве в наставнической паре',
  partnerLetter: 'Благодарственные письма организациям-партнёрам',
  parentLetter: 'Благодарственные письма родителям наставников-обучающихся',
  certificate: 'Грамоты «Лучший наставник»',
};

/** Tag names the curator sees in templates: `{{дата}}`, `{{пара.наставник}}`. */
export const TAG = {
  org: 'организация',
  orgShort: 'организация_кратко',
  address: 'адрес',
  place: 'место',
  date: 'дата',
  number: 'номер',
  basis: 'основание',
  year: 'учебный_год',
  director: 'директор',
  directorFull: 'директор_фио',
  directorPosition: 'должность_директора',
  curator: 'куратор',
  curatorAcc: 'куратора',
  curatorDat: 'куратору',
  curatorShort: 'куратор_кратко',
  responsible: 'ответственным',
  forms: 'формы',
  planDeadline: 'срок_планов',
  event: 'мероприятие',
  eventDate: 'дата_мероприятия',
  eventPlace: 'место_мероприятия',
  pairsOrder: 'приказ_о_парах',
  approvedBy: 'утверждено',
  municipal: 'муниципальный_орган',
  toWhom: 'кому',
  address2: 'обращение',
  dear: 'уважаемый',
  form: 'форма',
  mentor: 'наставник',
  mentee: 'наставляемый',
  parent: 'представитель',
  roleModel: 'ролевая_модель',
  period: 'срок',
  partner: 'партнёр',
  son: 'сын_дочь',
  thanks: 'за_что',
  count: 'число',
} as const;
export type TagKey = keyof typeof TAG;

/** Repeating sets and their fields. */
export const SET = {
  pair: 'пара', person: 'участник', ack: 'ознакомлен', step: 'пункт', form: 'форма', stage: 'этап', change: 'изменение', row: 'строка',
} as const;
export const FIELD = {
  n: '№', mentor: 'наставник', mentee: 'наставляемый', form: 'форма', period: 'срок', name: 'фио', role: 'кто', position: 'должность',
  content: 'содержание', when: 'сроки', result: 'результат', done: 'отметка', mentorSide: 'наставники', menteeSide: 'наставляемые',
  roleModels: 'модели', stage: 'этап', who: 'ответственный', status: 'статус', what: 'что', category: 'категория', count: 'число',
} as const;
export type FieldKey = keyof typeof FIELD;

/** Words the add-on fills into letters and plans (the templates' own wording is in templates.ts, papers.ts…). */
export const FILL_TEXT = {
  dear: ['Уважаемый', 'Уважаемая'] as const,
  dearAny: 'Уважаемый(ая)',
  noRoleModel: 'не указана',
};

/** Wording shared by every order (seed 002, ГОСТ Р 7.0.97-2016) that the add-on fills in; the template's frame is in wording.ts. */
export const ORDER_TEXT = {
  date: `{{${TAG.date}}}`,
  number: `№ {{${TAG.number}}}`,
  approved: `УТВЕРЖДЕНО\nприказом {{${TAG.orgShort}}}\n{{${TAG.approvedBy}}}`,
  student: ['обучающийся', 'обучающаяся'] as const,
  studentRole: (word: string, grade: string) => (grade ? `${word} ${grade} класса` : word),
  responsible: ['ответственным', 'ответственной'] as const,
  wholeYear: (year: string) => `${year} учебный год`,
  withinMonth: (deadline: string) => `в течение месяца (до ${deadline})`,
  directorDefault: 'Директор',
};

/** What the pair-changes appendix says of each change. */
export const CHANGE_TEXT = {
  replaced: (oldMentor: string, newMentor: string, reason: string) =>
    `Замена наставника: ${oldMentor} → ${newMentor}${reason ? ` (${reason})` : ''}`,
  ended: (reason: string) => `Досрочное завершение${reason ? ` (${reason})` : ''}`,
  extended: (until: string) => `Продление срока до ${until}`,
};
