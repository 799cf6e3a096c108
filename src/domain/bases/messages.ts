/** Every Russian text of the bases feature, and nothing else. */
import type { ProblemCode } from './check';

export const PROBLEM = {
  missingRequired: 'Не заполнено обязательное поле',
  noContact: 'Нет контакта: укажите телефон или e-mail (для несовершеннолетнего — телефон представителя)',
  badName: 'ФИО должно состоять из фамилии и имени (и отчества), только буквы',
  formula: 'Похоже на формулу, а не на текст: проверьте, что здесь написано',
  duplicate: 'Этот человек уже есть в базе',
  minorWithoutConsent: 'Несовершеннолетний: нет согласия законного представителя на обработку ПДн',
  noParent: 'Несовершеннолетний: не указан законный представитель',
  noConsent: 'Нет согласия на обработку персональных данных',
  consentAfterWithdrawal:
    'Согласие было отозвано; «дано» вписано позже без нового согласия. Нужен ответ на анкету согласия или дата письменного согласия позже отзыва',
  badPhone: 'Телефон не похож на номер: ожидается +7 XXX XXX-XX-XX',
  badEmail: 'Неверный адрес электронной почты',
  unknownValue: 'Такого значения нет в списке на листе «Настройки»',
  categoryNotInForm: 'Категория участника не подходит для этой формы наставничества',
  notNumber: 'Должно быть целое неотрицательное число',
  notDate: 'Не дата: введите дату в виде ДД.ММ.ГГГГ',
  futureDate: 'Дата в будущем',
  mixedScript: 'В ФИО латинские буквы среди русских (набраны в английской раскладке): такую запись не найти поиском и легко завести дважды',
} satisfies Record<ProblemCode, string>;

/** Which Latin letters stand in which word of a name: «латинская «a» в «Никитинa»». */
export const latinLetters = (words: readonly { word: string; latin: readonly string[] }[]): string =>
  words.map((w) => `${w.latin.length > 1 ? 'латинские' : 'латинская'} ${w.latin.map((l) => `«${l}»`).join(', ')} в «${w.word}»`).join('; ');

export const BASE_TITLE = { mentors: 'Наставники', mentees: 'Наставляемые' } as const;

const codesAdded = (n: number) => (n ? `Присвоено кодов участников: ${n}.` : '');

export const BASES_UI = {
  menu: {
    title: 'Наставничество',
    openSidebar: 'Открыть панель',
    prepare: 'Подготовить таблицу',
    check: 'Проверить базы',
  },
  sidebarTitle: 'Наставничество',
  prepared: (created: string[], columns: number, codes: number, restored: string[] = []) =>
    [
      created.length ? `Созданы листы: ${created.join(', ')}.` : 'Все листы на месте.',
      restored.length ? `Восстановлены названия переименованных столбцов: ${restored.join(', ')}.` : '',
      columns ? `Добавлено столбцов: ${columns}.` : '',
      codesAdded(codes),
    ].filter(Boolean).join(' '),
  /** Said by every job that gave codes to people pasted without one. */
  codesAdded,
  checked: (people: number, problems: number) =>
    problems === 0
      ? `Проверено участников: ${people}. Проблем не найдено.`
      : `Проверено участников: ${people}. Найдено проблем: ${problems} — список на листе «Проверка».`,
  noBases: 'Листов «Наставники» и «Наставляемые» нет. Сначала выберите «Наставничество → Подготовить таблицу».',
  noSettings: 'Нет листа «Настройки». Сначала выберите «Наставничество → Подготовить таблицу».',
  missingHeaders: (sheet: string, headers: string[]) =>
    `На листе «${sheet}» не найдены столбцы: ${headers.join(', ')}. Возможно, их переименовали. ` +
    'Верните названия или выберите «Подготовить таблицу» — недостающие столбцы будут добавлены справа.',
  renamedAmbiguous: (sheet: string, header: string, columns: string[]) =>
    `На листе «${sheet}» нет столбца «${header}», а похожие данные есть в нескольких столбцах: ${columns.join(', ')}. ` +
    `Верните название «${header}» нужному столбцу и повторите — пустой столбец не добавлен, чтобы ответы анкет не создавали двойников.`,
  protectedRange: (sheet: string, a1: string, description: string) =>
    `лист «${sheet}», диапазон ${a1}${description ? ` («${description}»)` : ''}`,
  protectedRanges: (ranges: string[]) =>
    `Ничего не изменено: у вас нет прав на запись в защищённые диапазоны — ${ranges.join('; ')}. ` +
    'Попросите владельца таблицы дать вам права на эти диапазоны (Данные → Защищённые листы и диапазоны) и повторите.',
  serviceRefused: (message: string) =>
    `Google Таблицы отказали: «${message}». Часть изменений могла не записаться — проверьте лист, о котором идёт речь, и повторите.`,
  busy: 'Таблицу сейчас меняет другой процесс. Повторите через минуту.',
  foreignSheet: (name: string) =>
    `В таблице уже есть лист «${name}», созданный не дополнением. Чтобы не стереть его, дополнение его не трогает: ` +
    `переименуйте этот лист (например, «${name} (мой)») и повторите действие.`,
  /** Who made a change, when the add-on may not know the user's e-mail. */
  unknownUser: 'куратор',
  unexpected: 'Что-то пошло не так. Попробуйте ещё раз; если ошибка повторится, сообщите администратору.',
  reportHeaders: ['База', 'Строка', 'Поле', 'Проблема', 'Значение', 'Перейти'],
  reportLink: 'к ячейке',
  reportEmpty: 'Проблем не найдено',
};
