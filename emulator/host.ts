import type { Calls } from './calls';
import type { Clock } from './clock';

/** What the user saw: every fake that talks to the user records it here, for tests and the demo. */
export interface UserLog {
  toasts: { message: string; title: string; timeoutSeconds: number }[];
  alerts: { title: string; prompt: string; buttons: string; answer: string; kind: 'alert' | 'prompt' }[];
  /** Sidebars and dialogs shown, with their HTML. */
  shown: { kind: 'sidebar' | 'modal' | 'modeless'; title: string; html: string }[];
  /** Menus added to the UI (the last `addToUi` of a menu with the same caption wins). */
  menus: MenuRecord[];
  /** Answers the "user" will give to the next alerts/prompts, consumed in order. */
  answers: Answer[];
}

/** The user's answer to a dialog: the button pressed and, for a prompt, the text typed. */
export interface Answer {
  button: string;
  text?: string;
  /** How long the user reads before answering (ms of the world clock; default READING_MS in ui.ts). */
  readMs?: number;
  /** What happens elsewhere while the dialog is open: e.g. another curator runs a menu item. */
  meanwhile?: () => void;
}

export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: MenuEntry[];
}
export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

/** Shared by every fake of one world: the counter, the clock, the locale, the user's log. */
export interface Host {
  calls: Calls;
  clock: Clock;
  /** The spreadsheet's and script's time zone (IANA id, e.g. Europe/Moscow). */
  timeZone: string;
  /** The spreadsheet's locale, e.g. 'ru_RU'. */
  locale: string;
  /** The e-mail of the user running the script. */
  user: string;
  /** The spreadsheet's owner (the user when unset): always an editor of every protection. */
  owner?: string;
  /** Users the spreadsheet is shared with for editing, besides the owner. */
  editors?: string[];
  log: UserLog;
  /**
   * Turns a value handed to the script into the script realm's arrays and Dates, so `instanceof Array`
   * and `instanceof Date` hold in the script as they do in Apps Script (set by `World.load`; identity before).
   */
  toScript?: <T>(value: T) => T;
  /** The number of the execution running now (execution.ts); absent or 0 outside any execution. */
  executionId?: () => number;
}

/** A value as the script receives it (see Host.toScript). */
export const toScript = <T>(host: Host, value: T): T => (host.toScript ? host.toScript(value) : value);

export function newUserLog(): UserLog {
  return { toasts: [], alerts: [], shown: [], menus: [], answers: [] };
}
