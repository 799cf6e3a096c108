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
  undone: (base: string, rows: number) => `Импорт в «${base}» отменён: восстановлено строк: ${rows}.`,
  editedSince: (sheet: string) =>
    `После импорта строки на листе «${sheet}» изменили. Отмена вернёт их к состоянию до импорта и сотрёт эти правки. ` +
    'Если это нужно, нажмите «Отменить всё равно».',
  undoChanged: 'После импорта лист с копией для отмены изменили или удалили — отмена невозможна.',
  snapshotSheet: 'Импорт: копия для отмены',
  stale: 'Лист со списком изменился после предпросмотра. Откройте предпросмотр ещё раз.',
};
