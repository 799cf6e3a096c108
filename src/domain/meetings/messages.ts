/** Every Russian text of the life of pairs: meetings, plans, progress, completion. */
export const LIFE_UI = {
  silent: (weeks: number) => `Нет встреч ${weeks} нед.`,
  noMeetings: (weeks: number) => `Ни одной встречи за ${weeks} нед.`,
  tasksOverdue: (n: number) => `Просрочено задач плана: ${n}`,
  noPlan: 'Нет индивидуального плана',
  noPairs: 'Листа «Пары» нет или в нём нет утверждённых пар. Сначала подберите и утвердите пары.',
  pairsMissingHeaders: (headers: string[]) => `На листе «Пары» не найдены столбцы: ${headers.join(', ')}.`,
  plansCreated: (pairs: number, tasks: number) =>
    pairs ? `Индивидуальные планы созданы для пар: ${pairs} (задач: ${tasks}).` : 'У всех утверждённых пар планы уже есть.',
  progress: (pairs: number, attention: number) =>
    `Пар в работе: ${pairs}. Требуют внимания: ${attention} — см. лист «Ход работы пар».`,
  meetingLogged: (type: string, date: string) => `Встреча записана: ${type}, ${date}.`,
  meetingExists: (type: string, date: string) => `Эта встреча уже записана (${type}, ${date}): вторая не добавлена.`,
  unknownPair: (id: string) => `Пара «${id}» не найдена среди утверждённых пар на листе «Пары».`,
  badDate: 'Дата встречи не похожа на дату: ожидается ДД.ММ.ГГГГ.',
  futureMeeting: 'Дата встречи в будущем.',
  badType: (types: readonly string[]) => `Тип встречи должен быть одним из: ${types.join(', ')}.`,
  badReason: (reasons: readonly string[]) => `Причина завершения должна быть одной из: ${reasons.join(', ')}.`,
  completed: (pairs: number, people: number) =>
    pairs
      ? `Завершено пар: ${pairs}. Итоги внесены в базы (строк участников: ${people}).`
      : 'Нет пар к завершению: укажите «Причину завершения» у утверждённой пары на листе «Пары».',
  doneMark: 'да',
  notDoneMark: 'нет',
};
