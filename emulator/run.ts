/**
 * How the outside world calls a loaded script, one execution per call: the user choosing a menu item,
 * the sidebar's google.script.run, the document opening (simple onOpen), the add-on being installed
 * (onInstall), an installed trigger firing. Event objects follow
 * https://developers.google.com/apps-script/guides/triggers/events.
 */
import type { AuthMode, Executions, ExecutionKind } from './execution';
import type { TriggerRecord } from './script-app';

export interface Runner {
  /** A menu item: AuthMode.FULL, with the UI. */
  menu(fn: string, ...args: unknown[]): unknown;
  /** A google.script.run call from the sidebar or a dialog: AuthMode.FULL, with the UI. */
  sidebar(fn: string, ...args: unknown[]): unknown;
  /** The document opens: the simple trigger onOpen(e) in NONE (add-on not yet used here) or LIMITED. */
  open(authMode?: Exclude<AuthMode, 'FULL'>): void;
  /** The add-on is installed: the simple trigger onInstall(e), in AuthMode.FULL. */
  install(): void;
  /** Each installed trigger of `handler` fires (a time-driven event unless `event` is given); returns their results. */
  trigger(handler: string, event?: Record<string, unknown>): unknown[];
  /** One installed trigger fires with its event: no UI, AuthMode.FULL. */
  fire(trigger: TriggerRecord, event: Record<string, unknown>): unknown;
}

type Script = () => Record<string, unknown> | null;

/** The time-driven event object: the time of the run, in UTC, Monday = 1 (events#time-driven_events; week-of-year left out). */
function clockEvent(now: Date, triggerUid: string): Record<string, unknown> {
  return {
    authMode: 'FULL', triggerUid, timezone: 'UTC', year: now.getUTCFullYear(), month: now.getUTCMonth() + 1,
    'day-of-month': now.getUTCDate(), 'day-of-week': now.getUTCDay() === 0 ? 7 : now.getUTCDay(),
    hour: now.getUTCHours(), minute: now.getUTCMinutes(), second: now.getUTCSeconds(),
  };
}

export function createRunner(executions: Executions, script: Script, triggers: TriggerRecord[], world: {
  now(): Date;
  spreadsheet(): unknown;
}): Runner {
  const call = (kind: ExecutionKind, fn: string, args: unknown[], authMode?: AuthMode): unknown => {
    const target = script()?.[fn];
    if (typeof target !== 'function') throw new Error(`emulator: ${fn} is not a function of the loaded script`);
    return executions.run(kind, fn, () => (target as (...a: unknown[]) => unknown)(...args), authMode);
  };
  const simple = (fn: 'onOpen' | 'onInstall', event: Record<string, unknown>, authMode: AuthMode) => {
    if (typeof script()?.[fn] !== 'function') return; // a script without this simple trigger: nothing runs
    call(fn, fn, [event], authMode);
  };
  const runner: Runner = {
    menu: (fn, ...args) => call('menu', fn, args),
    sidebar: (fn, ...args) => call('sidebar', fn, args),
    // The Sheets onOpen event: authMode and source (`user` depends on security settings and is left out).
    open: (authMode = 'LIMITED') => simple('onOpen', { authMode, source: world.spreadsheet() }, authMode),
    install: () => simple('onInstall', { authMode: 'FULL' }, 'FULL'),
    fire: (trigger, event) => call('trigger', trigger.handler, [event]),
    trigger(handler, event) {
      const mine = triggers.filter((t) => t.handler === handler);
      if (mine.length === 0) throw new Error(`emulator: no installed trigger runs ${handler}`);
      return mine.map((t) => {
        if (!event && t.eventType !== 'CLOCK') throw new Error(`emulator: a ${t.eventType} trigger needs its event`);
        return runner.fire(t, { ...(event ?? clockEvent(world.now(), t.uid)), triggerUid: t.uid });
      });
    },
  };
  return runner;
}
