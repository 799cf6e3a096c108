/** Every Russian text of «Импорт списков», and nothing else. */
import type { SkipReason } from './codes';

export const IMPORT_TARGET = {
  lastName: 'Фамилия (часть ФИО)',
  firstName: 'Имя (часть ФИО)',
  middleName: 'Отчество (часть ФИО)',
  role: 'Роль в программе (наставник / наставляемый)',
} as const;

export const SKIP_REASON = {
  noName: 'Не указано ФИО',
  duplicateInSource: 'Повтор в списке: этот человек уже встречался выше',
  ambiguous: 'В базе несколько людей с таким ФИО — не ясно, кого обновить',
  erased: 'Данные этого участника удалены (код в «Реестре удалений»): строка не импортируется',
  unchanged: 'Уже есть в базе, новых данных нет',
  otherBase: 'Относится к другой базе',
  notParticipant: 'Не участвует в программе (роль не указана)',
} satisfies Record<SkipReason, string>;

export const IMPORT_UI = {
  noSource: (name: string) => `Лист «${name}» не найден. Выберите лист со списком.`,
  emptySource: (name: string) => `На листе «${name}» нет данных.`,
  sourceIsBase: 'Нельзя импортировать базу саму в себя: выберите лист со списком.',
  noNameColumn: 'Укажите столбец с ФИО или столбцы «Фамилия» и «Имя».',
  badTarget: (header: string) => `Для столбца «${header}» выбрано неизвестное поле.`,
  twice: (target: string) => `Поле «${target}» выбрано для двух столбцов.`,
  preview: (added: number, updated: number, skipped: number) =>
    `Будет добавлено: ${added}, обновлено: ${updated}, пропущено: ${skipped}.`,
  kept: (n: number) => (n ? `Не изменено заполненных полей, где в списке другое значение: ${n}.` : ''),
  problems: (n: number) => (n ? `После импорта «Проверить базы» найдёт проблем: ${n}.` : 'Проблем после импорта не будет.'),
  done: (base: string, added: number, updated: number, skipped: number) =>
    `Импорт в «${base}»: добавлено ${added}, обновлено ${updated}, пропущено ${skipped}. Отменить можно в панели «Импорт».`,
  nothing: 'Нечего импортировать: все строки пропущены.',
  noUndo: 'Нет импорта, который можно отменить.',
  undone: (base: string, people: number, fields: number, deleted: number, kept: string[], missing: string[]) =>
    [
      `Импорт в «${base}» отменён: участников — ${people}, восстановлено полей — ${fields}, удалено добавленных строк — ${deleted}.`,
      kept.length ? `Оставлено как есть, потому что после импорта изменилось: ${kept.join('; ')}.` : '',
      missing.length ? `Этих участников в базе уже нет: ${missing.join(', ')}.` : '',
    ].filter(Boolean).join(' '),
  undoWarn: (pairs: string[], documents: string[]) =>
    [
      'Импортированные участники уже используются:',
      pairs.length ? `в парах — ${pairs.join('; ')};` : '',
      documents.length ? `в документах, созданных после импорта, — ${documents.join('; ')}.` : '',
      'Отмена уберёт их данные из баз, но не из пар и документов. Отменить всё равно?',
    ].filter(Boolean).join(' '),
  keptField: (code: string, field: string) => `${code}: ${field}`,
  addedKept: 'добавлен импортом, но уже заполнялся',
  undoChanged: 'Копию для отмены импорта изменили или удалили после импорта — отменить импорт нельзя. Верните изменения вручную.',
  copyHeaders: ['Код участника', 'Поле', 'До импорта', 'После импорта'],
  snapshotSheet: 'Импорт: копия для отмены',
  stale: 'Лист со списком изменился после предпросмотра. Откройте предпросмотр ещё раз.',
};
