/**
 * Steps the add-on (or a colleague's job) does, each marking its roadmap rows «выполнено» through
 * `markRoadmapStep(book, key, link)` (src/server/roadmap/roadmap.ts). One key may mark several rows.
 *
 * | key                  | who marks it                                  | row(s) of the template                        |
 * |----------------------|-----------------------------------------------|-----------------------------------------------|
 * | basesChecked         | «Проверить базы»                              | формирование базы наставляемых / наставников  |
 * | formsCreated         | questionnaires (forms) created                | анкетирование наставляемых и наставников      |
 * | orderIntroduction    | order «О внедрении целевой модели»            | приказ о внедрении                            |
 * | orderCurator         | order «О назначении куратора»                 | назначение куратора                           |
 * | orderProgramme       | order on the programme and roadmap            | утверждение программы и дорожной карты        |
 * | municipalInfo        | information to the municipal body (seed 002)  | информация о наставниках и наставляемых       |
 * | orderMentors         | order «О назначении наставников»              | приказ о назначении наставников               |
 * | orderAssociation     | order on the mentors' methodical association  | методическое объединение наставников          |
 * | preferencesCollected | the preference survey closed                  | анкетирование о предпочтениях                 |
 * | pairsApproved        | matching: pairs approved                      | соединение в пары/группы                      |
 * | orderPairs           | order «О закреплении наставнических пар»      | закрепление пар приказом                      |
 * | agreementsMade       | agreements of mentor, mentee, parents         | соглашения участников пар (seed 000)          |
 * | plansCreated         | «Создать индивидуальные планы»                | встреча-планирование, индивидуальные планы    |
 * | surveyClosed         | the satisfaction survey closed                | анкетирование удовлетворённости               |
 * | monitoringDone       | monitoring report made                        | мониторинг качества программы                 |
 * | orderAwards          | orders on the final event and awards          | торжественное мероприятие                     |
 * | resultsWritten       | «Завершить пары» when no active pair is left  | итоги внесены в базы                          |
 * | regionalReport       | the report to the regional mentoring centre   | 20 декабря, then 20 мая: one row per call     |
 */
export const STEP_KEYS = [
  'basesChecked', 'formsCreated', 'orderIntroduction', 'orderCurator', 'orderProgramme', 'orderMentors',
  'preferencesCollected', 'pairsApproved', 'orderPairs', 'plansCreated', 'surveyClosed', 'monitoringDone',
  'orderAwards', 'resultsWritten', 'regionalReport', 'municipalInfo', 'orderAssociation', 'agreementsMade',
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export const isStepKey = (k: string): k is StepKey => (STEP_KEYS as readonly string[]).includes(k);

/** Steps done more than once a year: each call marks only the earliest row still open. */
export const ONE_ROW_A_TIME: ReadonlySet<StepKey> = new Set<StepKey>(['regionalReport']);
