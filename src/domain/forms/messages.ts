/** Every Russian text of the questionnaires feature except the questions themselves (specs-*.ts). */
import type { FormPurpose } from './schema';

export const FORMS_UI = {
  menu: {
    group: 'Анкеты',
    create: 'Создать анкеты',
    newVersion: 'Создать новые версии анкет',
    trigger: 'Включить приём ответов',
    load: 'Загрузить ответы',
    refresh: 'Обновить списки в анкете предпочтений',
  },
  created: (made: number, kept: number) =>
    made === 0 ? `Все анкеты уже созданы (${kept}). Ссылки — на панели «Анкеты».`
      : `Создано анкет: ${made}. Уже были: ${kept}. Ссылки — на панели «Анкеты». Листы ответов собраны в конце таблицы и скрыты: открыть их можно на той же панели.`,
  partial: (made: number, left: number) =>
    `Создано анкет: ${made}. Осталось создать: ${left} — выберите «Анкеты → Создать анкеты» ещё раз, чтобы продолжить.`,
  newVersionAsk: 'Создать новые версии всех анкет? Старые анкеты останутся, но ответы на новые будут приходить на новые листы.',
  newVersionCancelled: 'Новые версии анкет не создавались.',
  triggerInstalled: 'Приём ответов включён: ответы из анкет будут сами попадать в базы.',
  triggerExists: 'Приём ответов уже включён.',
  noForms: 'Анкеты ещё не созданы. Выберите «Анкеты → Создать анкеты».',
  loaded: (answers: number, added: number, changed: number, problems: number,
    o: { applied: number; older: number; replayed: number; review: number; erased: number }, endedPairs = 0) =>
    `Обработано ответов: ${answers}: применено — ${o.applied}, пропущено как более старые — ${o.older}, ` +
    `уже учтены раньше — ${o.replayed}` + (o.review ? `, на проверку — ${o.review} (лист «На проверку»)` : '') +
    (o.erased ? `, от удалённых участников — ${o.erased}` : '') + `. Новых участников: ${added}. Изменено полей: ${changed}.` +
    (endedPairs ? ` Завершено пар из-за отзыва согласия: ${endedPairs}.` : '') +
    (problems ? ` Проблем: ${problems} — см. лист «Журнал».` : ''),
  refreshed: (questions: number, mentors: number, mentees: number) =>
    `Списки обновлены (вопросов: ${questions}). В списках наставников: ${mentors}, наставляемых: ${mentees}.`,
  relinked: (names: string[]) =>
    `Снова связаны с таблицей (ответы туда не приходили): ${names.join(', ')}. Ответы, отправленные за это время, сохранились в самих анкетах — выберите «Анкеты → Загрузить ответы».`,
  domainOnlyRefused:
    'Настройка «Анкеты только для пользователей домена школы» не применена: она доступна только в Google Workspace (например, для образования). Анкеты открыты по ссылке.',
  linkProblem: {
    elsewhere: 'Ответы этой анкеты не приходят в эту таблицу (анкету отвязали или связали с другой таблицей). Нажмите «Создать анкеты», чтобы связать её снова.',
    noSheet: 'Лист ответов этой анкеты удалён. Нажмите «Создать анкеты», чтобы связать её снова.',
    deleted: 'Анкета удалена с Диска. Нажмите «Создать анкеты», чтобы сделать новую.',
  },
  formMissing: (name: string) => `Анкета «${name}» не найдена (возможно, удалена). Создайте новые версии анкет.`,
  titleSuffix: (school: string, year: string) => [school, year ? `${year} учебный год` : ''].filter(Boolean).join(', '),
};

/** Events written to «Журнал». */
export const JOURNAL_EVENT = {
  added: 'новый участник',
  changed: 'изменение',
  problem: 'проблема',
  error: 'ошибка',
  /** An answer older than the field's last change (by the curator, a command, a newer answer): not applied. */
  older: 'не применено: ответ старше',
  /** An event or answer that changed nothing, with the reason. */
  ignored: 'пропущено',
  review: 'на проверку',
};

export type AnswerProblem =
  | 'notFound' | 'noCode' | 'badNumber' | 'badDate' | 'minorSelfConsent' | 'noRepresentative' | 'unknownChoice'
  | 'wrongRole' | 'busy' | 'unexpected' | 'unknownForm' | 'badValue' | 'erased' | 'blankEvent' | 'duplicateEvent';

export const ANSWER_PROBLEM = {
  notFound: 'Участник не найден в базах: проверьте код участника или ФИО',
  noCode: 'В ответе нет кода участника: ответ не записан',
  badNumber: 'Ожидалось число',
  badDate: 'Не дата',
  minorSelfConsent: 'Несовершеннолетний: согласие должен дать законный представитель',
  noRepresentative: 'Не указан законный представитель',
  unknownChoice: 'Выбранного участника нет в базах',
  wrongRole: 'Код участника не подходит к этой анкете',
  busy: 'Таблицу долго занимал другой процесс: ответ не записан, загрузите его командой «Анкеты → Загрузить ответы»',
  unexpected: 'Ответ не удалось обработать: загрузите его командой «Анкеты → Загрузить ответы» или внесите вручную',
  unknownForm: 'Ответ пришёл с листа, который не связан ни с одной анкетой надстройки',
  badValue: 'Значение не подходит',
  erased: 'Ответ участника, чьи данные удалены: не записан',
  blankEvent: 'Google Формы прислали пустое событие, и в строке ответа тоже пусто: записывать нечего',
  duplicateEvent: 'Google Формы прислали этот ответ повторно: он уже записан',
} satisfies Record<AnswerProblem, string>;

/** Who changed the record: the questionnaire and the respondent. */
export const journalWho = (form: string, person: string) => (person ? `${person} (${form})` : form);

export const PURPOSE_TITLE: Record<FormPurpose, string> = {
  intake: 'Анкеты участников',
  consent: 'Согласие',
  preferences: 'Анкеты предпочтений',
  satisfaction: 'Анкеты удовлетворённости',
  entryExit: 'Входная и итоговая анкеты',
};

/** Reminders to answer a questionnaire: the text to copy and the e-mails (with a personal link). */
export const REMINDER = {
  subject: (form: string) => `Напоминание: анкета «${form}»`,
  greeting: (name: string) => (name ? `Здравствуйте, ${name}!` : 'Здравствуйте!'),
  ask: (form: string, org: string) =>
    `Напоминаем о программе наставничества${org ? ` (${org})` : ''}: пожалуйста, заполните анкету «${form}». Это займёт несколько минут.`,
  askParent: (form: string, child: string, consent: boolean, org: string) => consent
    ? `Напоминаем о программе наставничества${org ? ` (${org})` : ''}: пожалуйста, заполните анкету «${form}» — согласие законного представителя для участника ${child}.`
    : `Напоминаем о программе наставничества${org ? ` (${org})` : ''}: пожалуйста, помогите участнику ${child} заполнить анкету «${form}».`,
  personalLink: (url: string) => `Личная ссылка: ${url}`,
  commonLink: (url: string) => `Ссылка на анкету: ${url}`,
  already: 'Если анкета уже заполнена, просто не обращайте внимания на это письмо.',
  signature: (curator: string) => `С уважением,\n${curator || 'куратор программы наставничества'}`,
  journalEvent: 'напоминание по e-mail',
  senderName: 'Куратор программы наставничества',
  nothingToSend: 'Писать некому: все ответили, у остальных нет e-mail или им уже напомнили сегодня.',
  sent: (n: number) => `Отправлено напоминаний: ${n}. Каждое записано в «Журнал».`,
  quotaLeft: (n: number) => `Ещё ${n} — завтра: дневная квота писем исчерпана.`,
  journalField: { self: 'E-mail', parent: 'E-mail представителя' },
};
