/**
 * Service error texts in the account's language. Apps Script localises its exception messages:
 * a Russian account reads «Лист "X" уже существует…» where an English one reads «A sheet with the
 * name "X" already exists…» (issue 14, from a live run). Code must never match these texts.
 * Only texts whose Russian wording was seen live are translated; the others stay English for every
 * account (their Russian is not known), which is noted beside each.
 */
import { AppsScriptException } from './errors';
import type { Host } from './host';

type Text = (...args: string[]) => string;
const MESSAGES: Record<string, { en: Text; ru?: Text }> = {
  sheetExists: {
    en: (name) => `A sheet with the name "${name}" already exists. Please enter another name.`,
    // The issue quotes the start, «Лист "X" уже существует…»; the rest of the sentence is not known exactly.
    ru: (name) => `Лист "${name}" уже существует. Введите другое название.`,
  },
  /** A daily quota spent; the Russian text is quoted from live logs («…: urlfetch.», «…: email»; github code search). */
  quota: {
    en: (service) => `Service invoked too many times for one day: ${service}.`,
    ru: (service) => `Служба была вызвана слишком много раз за день: ${service}.`,
  },
  // Russian not known.
  protectedCell: {
    en: () => 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  },
};

export type MessageKey = keyof typeof MESSAGES;

/** The text of one service error for the world's account. */
export function messageText(host: Pick<Host, 'locale'>, key: MessageKey, ...args: string[]): string {
  const m = MESSAGES[key]!;
  return (host.locale.startsWith('ru') && m.ru ? m.ru : m.en)(...args);
}

export const serviceError = (host: Pick<Host, 'locale'>, key: MessageKey, ...args: string[]) =>
  new AppsScriptException(messageText(host, key, ...args));
