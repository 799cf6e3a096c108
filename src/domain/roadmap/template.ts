import type { StepKey } from './steps';

/**
 * The roadmap template: seeds 003 (29 rows, «ученик – ученик») and 001 §9 (34 rows) merged into one
 * list of seven stages. Deadlines are written as the seeds write them and become dates of the
 * chosen school year (terms.ts); responsible roles `director` and `curator` become the names in
 * «Настройки». The regional report dates of seed 003 (20 декабря, 20 мая) are rows of their own.
 * Built into Texts.html, not Code.js (domain/texts.ts): the build fails if the server imports it.
 */
export type Role = 'director' | 'curator' | (string & {});

export interface TemplateRow {
  stage: number;
  activity: string;
  term: string;
  responsible: Role[];
  result: string;
  step?: StepKey;
}

const CLASS = 'классные руководители';
const PSY = 'педагог-психолог';
const MENTORS = 'наставники';

export const TEMPLATE: readonly TemplateRow[] = [
  { stage: 1, activity: 'Изучение методологии (целевой модели) наставничества (распоряжение Минпросвещения России № Р-145) рабочей группой', term: 'сентябрь', responsible: ['curator'], result: 'Рабочая группа создана, методология изучена' },
  { stage: 1, activity: 'Издание приказа о внедрении целевой модели наставничества', term: 'сентябрь', responsible: ['director'], result: 'Приказ о внедрении целевой модели наставничества', step: 'orderIntroduction' },
  { stage: 1, activity: 'Назначение куратора внедрения целевой модели наставничества', term: 'сентябрь', responsible: ['director'], result: 'Приказ о назначении куратора', step: 'orderCurator' },
  { stage: 1, activity: 'Информирование педагогического сообщества о реализации программы наставничества', term: 'сентябрь', responsible: ['director', 'curator'], result: 'Протокол педагогического совета' },
  { stage: 1, activity: 'Информирование родительского сообщества о планируемой реализации программы наставничества', term: 'сентябрь – октябрь', responsible: ['curator', CLASS], result: 'Протоколы родительских собраний' },
  { stage: 1, activity: 'Встреча с обучающимися: информирование о программе наставничества', term: 'сентябрь – октябрь', responsible: ['curator', CLASS], result: 'Информация на сайте школы' },
  { stage: 1, activity: 'Встреча с выпускниками и представителями организаций и предприятий с целью информирования о программе', term: 'октябрь', responsible: ['director', 'curator'], result: 'Список организаций-партнёров' },
  { stage: 1, activity: 'Подготовка нормативной базы: положение о наставничестве, программа наставничества; выбор форм наставничества', term: 'сентябрь', responsible: ['curator'], result: 'Положение и программа; формы на листе «Настройки»' },
  { stage: 1, activity: 'Утверждение программы наставничества и дорожной карты', term: 'сентябрь', responsible: ['director'], result: 'Приказ об утверждении программы и дорожной карты', step: 'orderProgramme' },
  { stage: 2, activity: 'Анкетирование обучающихся и педагогов, желающих участвовать в программе; согласия совершеннолетних участников на обработку персональных данных', term: 'сентябрь – октябрь', responsible: ['curator', CLASS, PSY], result: 'Анкеты наставляемых, согласия на обработку ПДн', step: 'formsCreated' },
  { stage: 2, activity: 'Сбор дополнительной информации о запросах наставляемых от третьих лиц (классный руководитель, психолог, родители); согласия законных представителей несовершеннолетних', term: 'октябрь', responsible: [CLASS, PSY], result: 'Согласия законных представителей' },
  { stage: 2, activity: 'Анализ полученных данных. Формирование базы наставляемых', term: 'октябрь – ноябрь', responsible: ['curator'], result: 'База наставляемых (лист «Наставляемые»)', step: 'basesChecked' },
  { stage: 2, activity: 'Оценка наставляемых по заданным параметрам для будущего сравнения (входной мониторинг)', term: 'ноябрь', responsible: ['curator', CLASS], result: 'Входная анкета' },
  { stage: 3, activity: 'Анкетирование потенциальных наставников, желающих участвовать в программе; согласия на обработку персональных данных', term: 'сентябрь – октябрь', responsible: ['curator'], result: 'Анкеты наставников, согласия на обработку ПДн', step: 'formsCreated' },
  { stage: 3, activity: 'Анализ анкет потенциальных наставников и сопоставление с запросами наставляемых. Формирование базы наставников', term: 'октябрь – ноябрь', responsible: ['curator'], result: 'База наставников (лист «Наставники»)', step: 'basesChecked' },
  { stage: 3, activity: 'Предоставление информации о наставниках и наставляемых в муниципальный орган управления образованием', term: 'ноябрь – декабрь', responsible: ['curator'], result: 'Информация о наставниках и наставляемых (исходящее письмо)', step: 'municipalInfo' },
  { stage: 4, activity: 'Оценка наставников по заданным параметрам; собеседования с наставниками (при необходимости с психологом)', term: 'ноябрь', responsible: ['curator', PSY], result: 'Результаты собеседований' },
  { stage: 4, activity: 'Издание приказа о назначении наставников', term: 'ноябрь', responsible: ['director'], result: 'Приказ о назначении наставников', step: 'orderMentors' },
  { stage: 4, activity: 'Создание методического объединения наставников', term: 'ноябрь', responsible: ['director', 'curator'], result: 'Приказ о создании методического объединения наставников', step: 'orderAssociation' },
  { stage: 4, activity: 'Поиск экспертов и материалов, обучение наставников', term: 'ноябрь – декабрь', responsible: ['curator'], result: 'Программа обучения, список обученных наставников' },
  { stage: 5, activity: 'Групповая встреча наставников и наставляемых', term: 'ноябрь – декабрь', responsible: ['curator', PSY, 'социальный педагог'], result: 'Встреча проведена' },
  { stage: 5, activity: 'Анкетирование на предмет предпочитаемого наставника / наставляемого после групповой встречи', term: 'ноябрь – декабрь', responsible: ['curator'], result: 'Анкеты предпочтений', step: 'preferencesCollected' },
  { stage: 5, activity: 'Анализ анкет и соединение наставников и наставляемых в пары / группы; информирование участников', term: 'ноябрь – декабрь', responsible: ['curator'], result: 'Лист «Пары»', step: 'pairsApproved' },
  { stage: 5, activity: 'Закрепление наставнических пар / групп приказом руководителя', term: 'до 20 декабря', responsible: ['director'], result: 'Приказ о закреплении наставнических пар / групп', step: 'orderPairs' },
  { stage: 5, activity: 'Соглашения наставников, наставляемых и законных представителей несовершеннолетних', term: 'до 20 декабря', responsible: ['curator', MENTORS], result: 'Соглашения участников пар', step: 'agreementsMade' },
  { stage: 6, activity: 'Первая, организационная встреча наставника и наставляемого (встреча-знакомство) и пробная рабочая встреча', term: 'декабрь – январь', responsible: [MENTORS, 'curator'], result: 'Лист «Встречи»' },
  { stage: 6, activity: 'Встреча-планирование: индивидуальные планы развития / персонализированные программы наставничества', term: 'январь', responsible: [MENTORS, 'curator'], result: 'Лист «Индивидуальные планы»', step: 'plansCreated' },
  { stage: 6, activity: 'Регулярные встречи наставника и наставляемого, реализация индивидуальных планов', term: 'в течение года', responsible: [MENTORS], result: 'Лист «Встречи», отметки о выполнении планов' },
  { stage: 6, activity: 'Сбор обратной связи от участников программы наставничества', term: 'в течение года', responsible: [MENTORS, 'curator'], result: 'Отзывы участников' },
  { stage: 6, activity: 'Заключительная встреча наставника и наставляемого; групповая заключительная встреча всех пар и групп', term: 'май', responsible: [MENTORS], result: 'Итоги работы пар' },
  { stage: 6, activity: 'Анкетирование участников: удовлетворённость участием в программе наставничества', term: 'май', responsible: ['curator'], result: 'Анкета удовлетворённости', step: 'surveyClosed' },
  { stage: 7, activity: 'Мониторинг качества реализации программы и влияния программы на участников (итоговая оценка по заданным параметрам)', term: 'май', responsible: ['curator'], result: 'Отчёт мониторинга', step: 'monitoringDone' },
  { stage: 7, activity: 'Торжественное мероприятие для подведения итогов и награждения лучших наставников', term: 'май', responsible: ['director', 'curator'], result: 'Приказы о проведении итогового мероприятия и о поощрении', step: 'orderAwards' },
  { stage: 7, activity: 'Оформление итогов в кейсы; публикация результатов, лучших практик и кейсов на сайте школы и организаций-партнёров', term: 'май – июнь', responsible: ['curator'], result: 'Публикации на сайте' },
  { stage: 7, activity: 'Внесение данных об итогах реализации программы в базу наставников и базу наставляемых', term: 'май – июнь', responsible: ['curator'], result: 'Столбцы «Результаты» в базах', step: 'resultsWritten' },
  { stage: 7, activity: 'Информация о ходе реализации программы наставничества в региональный наставнический центр', term: 'до 20 декабря', responsible: ['curator'], result: 'Отчёт за первое полугодие', step: 'regionalReport' },
  { stage: 7, activity: 'Информация об итогах реализации программы наставничества в региональный наставнический центр', term: 'до 20 мая', responsible: ['curator'], result: 'Отчёт за учебный год', step: 'regionalReport' },
];
