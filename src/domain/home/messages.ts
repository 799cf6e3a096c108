/** Every Russian text of the sidebar (the curator's home), and nothing else. */

/** The seven stages of the roadmap (DOMAIN.md «The roadmap»), in order. */
export { STAGES } from '../roadmap/stages';
import { STAGES } from '../roadmap/stages';

export const HOME = {
  title: 'Наставничество',
  loading: 'Загрузка…',
  notReady: 'Таблица ещё не подготовлена',
  schoolYear: (year: string) => `${year} учебный год`,
  stage: (n: number) => `Этап ${n} из ${STAGES.length}`,
  stageLabel: (n: number, title: string) => `Текущий этап дорожной карты: ${n} из ${STAGES.length}, ${title}`,
  counts: 'Участники',
  mentors: 'Наставники',
  mentees: 'Наставляемые',
  pairs: 'Пары',
  noPairs: 'Пар пока нет',
  withoutConsent: 'Без согласия на обработку ПДн',
  problems: 'Проблем в базах',
  noProblems: 'Проблем в базах не найдено',
  next: 'Что дальше',
  nothingNext: 'Все шаги этого этапа сделаны.',
  sections: 'Разделы',
  back: '← Обзор',
  refresh: 'Обновить',
  unknownForm: 'не указана',
  busy: (label: string) => `${label}…`,
  progress: (done: number, total: number) => `${done} из ${total}`,
  failedToReach: 'Не удалось выполнить действие. Проверьте подключение к интернету и повторите.',
  steps: {
    prepare: 'Подготовьте таблицу: листы «Настройки», «Наставники» и «Наставляемые»',
    fillSettings: 'Заполните лист «Настройки»: название школы и учебный год',
    fillMentees: 'Внесите наставляемых на лист «Наставляемые»',
    fillMentors: 'Внесите наставников на лист «Наставники»',
    fixProblems: (n: number) => `Исправьте проблемы в базах: ${n}`,
    consents: (n: number) => `Соберите согласия на обработку ПДн: ${n}`,
    formPairs: 'Сформируйте наставнические пары',
    approvePairs: (n: number) => `Утвердите предложенные пары: ${n}`,
    work: 'Проводите встречи пар и собирайте обратную связь',
    finish: 'Подведите итоги: мониторинг и отчёт',
  },
  open: 'Открыть',
  openSheet: (sheet: string) => `Открыть лист «${sheet}»`,
  openedSheet: (sheet: string) => `Открыт лист «${sheet}».`,
  noSheet: (sheet: string) => `Листа «${sheet}» нет в таблице.`,
  due: (date: string) => `до ${date}`,
  overdue: (date: string) => `просрочено: срок был ${date}`,
  createRoadmap: 'Создайте дорожную карту на учебный год',
  unknownJob: 'Неизвестное действие панели.',
} as const;

/** The panels of the sidebar: «Обзор» and one per capability. */
export const PANEL_TITLE = {
  overview: 'Обзор',
  bases: 'Базы участников',
  forms: 'Анкеты',
  pairs: 'Пары',
  orders: 'Приказы',
  roadmap: 'Дорожная карта',
  monitoring: 'Мониторинг',
  import: 'Импорт',
  people: 'Персональные данные',
} as const;

/** The import panel's own words; the import's messages are the import feature's (domain/import/messages.ts). */
export const IMPORT_PANEL = {
  intro: 'Загрузите список (выгрузку из электронного журнала, таблицу классного руководителя) в базу: вставьте его на новый лист этой таблицы.',
  noSheets: 'Листов со списками нет. Вставьте список на новый лист и нажмите «Обновить».',
  base: 'В какую базу',
  source: 'Лист со списком',
  propose: 'Сопоставить столбцы',
  columns: (rows: number, headerRow: number) => `Строк в списке: ${rows} (заголовки в строке ${headerRow}). Проверьте, куда пойдёт каждый столбец.`,
  skip: '— не загружать —',
  samples: 'например',
  preview: 'Предпросмотр',
  apply: 'Загрузить в базу',
  undo: 'Отменить импорт',
  undoAnyway: 'Отменить всё равно',
  reasons: 'Пропущено:',
} as const;

export const ROADMAP_PANEL = {
  missing: 'Дорожной карты ещё нет. Её можно создать из шаблона на учебный год из листа «Настройки».',
  responsible: (who: string) => `Ответственный: ${who}`,
} as const;

export const ORDERS_PANEL = {
  orders: 'На подпись директору',
  batches: 'Документы для многих',
  running: 'Идёт формирование документов',
  /** A batch stopped by the time budget or the day's quota: the hourly dispatcher goes on with it. */
  later: 'Остальные документы создадутся сами — продолжится в течение часа. Можно не ждать:',
  resumeNow: 'Продолжить сейчас',
  /** How often the panel asks the server for a running batch's progress. */
  pollMs: 1500,
} as const;

export const MONITORING_PANEL = {
  figures: 'Главные показатели',
  none: 'нет данных',
  share: (share: number, n: number) => `${Math.round(share * 100)}% (n = ${n})`,
  of: (a: number, b: number) => `${a} из ${b}`,
} as const;

export const FORMS_PANEL = {
  forms: 'Ссылки на анкеты',
  personal: 'Личные ссылки участника',
  personalHint: 'Ссылка с уже вписанным кодом и ФИО: ответ сам попадёт в строку участника.',
  person: 'Участник',
  choose: '— выберите участника —',
  open: (name: string) => `Открыть анкету «${name}»`,
  showQr: 'Показать QR-код',
  hideQr: 'Скрыть QR-код',
  qrAlt: (name: string) => `QR-код анкеты «${name}»`,
  version: (n: number) => `версия ${n}`,
  setup: 'Настройка',
  answers: (sheet: string) => `Ответы — лист «${sheet}»`,
  progress: 'Кто не ответил',
  progressShow: 'Показать, кто не ответил',
  progressHint: 'По каждой анкете: сколько ответили из тех, кому её нужно заполнить, и кто ещё нет — с личными ссылками.',
  answered: (answered: number, expected: number) => `ответили ${answered} из ${expected}`,
  nobodyExpected: 'эту анкету пока никому не нужно заполнять',
  allAnswered: 'ответили все',
  missingList: (n: number) => `Не ответили: ${n}`,
  viaParent: (name: string) => `напомнить законному представителю${name ? ` (${name})` : ''}`,
  reminder: 'Текст напоминания',
  copy: 'Скопировать текст',
  copied: 'Текст скопирован: вставьте его в чат класса или в письмо.',
  mail: 'Напомнить по e-mail…',
  preview: (n: number, quota: number) => `Будет отправлено писем: ${n} (осталось в дневной квоте писем: ${quota}).`,
  previewNone: 'Писать некому: у всех, кто не ответил, нет e-mail или им уже напомнили сегодня.',
  previewAlready: (n: number) => `Уже напомнили сегодня: ${n}.`,
  previewLetter: 'Текст первого письма',
  unreachable: (n: number) => `Без e-mail (напомните по телефону): ${n}`,
  send: (n: number) => `Отправить письма (${n})`,
} as const;

export const PAIRS_PANEL = {
  none: 'Пар пока нет. Нажмите «Подобрать пары»: предложения появятся здесь и на листе «Пары».',
  list: 'Пары на рассмотрении и утверждённые',
  show: 'Показать',
  all: 'все',
  order: 'Порядок',
  orders: { score: 'с низкого балла', mentor: 'по наставнику', sheet: 'как на листе' },
  noneWith: (status: string) => `Пар со статусом «${status}» нет.`,
  more: (n: number) => `Показать ещё (${n})`,
  score: (n: number) => `Баллы: ${n}`,
  why: 'Почему эта пара',
  alternatives: 'Другие варианты',
  approve: 'Утвердить',
  reject: 'Отклонить',
  reopen: 'Вернуть на рассмотрение',
  pairOf: (mentor: string, mentee: string) => `${mentor} — ${mentee}`,
  meeting: 'Записать встречу',
  ending: 'Завершить пару',
  pair: 'Пара',
  choose: '— выберите пару —',
  pairLabel: (id: string, mentor: string, mentee: string) => `${id}: ${mentor} — ${mentee}`,
  date: 'Дата встречи',
  datePlaceholder: 'ДД.ММ.ГГГГ',
  type: 'Вид встречи',
  topic: 'Тема',
  result: 'Что получилось',
  next: 'Следующий шаг',
  reason: 'Причина завершения',
  results: 'Результаты',
  caseLink: 'Ссылка на кейс или отзыв',
  work: 'Работа пар',
} as const;

export const PEOPLE_PANEL = {
  intro: 'Отзыв согласия исключает участника из подбора пар и документов. Удалить или выгрузить данные участника — в меню «Данные».',
  code: 'Код участника',
  codeHint: 'например, НЯ-0007',
  withdraw: 'Отозвать согласие',
} as const;

export type PanelId = keyof typeof PANEL_TITLE;
