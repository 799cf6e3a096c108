import { enumOf, signatureError } from './args';
import { AppsScriptException } from './errors';
import type { Host } from './host';
import { strict } from './strict';

type S = typeof GoogleAppsScript.Script;
type EventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';

/** An installed trigger, as plain data: tests read and fire these. */
export interface TriggerRecord {
  uid: string;
  handler: string;
  eventType: EventType;
  source: 'SPREADSHEETS' | 'CLOCK' | 'FORMS';
  sourceId?: string;
  everyDays?: number;
  everyHours?: number;
  everyMinutes?: number;
  atHour?: number;
  /** For after(ms): when the one-off trigger fires, on the world clock. */
  at?: number;
}

/** Quotas for Google Services: 20 triggers per user per script. */
const MAX_TRIGGERS = 20;
const TOO_MANY = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
const SCRIPTAPP_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
const HOUR = 3_600_000;

export interface ScriptAppOptions {
  /** The manifest's oauthScopes; without script.scriptapp the trigger methods fail (absent: no check). */
  scopes?: readonly string[];
  /**
   * A published editor add-on: «Each add-on can only have one trigger of each type, per user, per
   * document» and «Time-driven triggers cannot run more frequently than once per hour» —
   * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions. Google's error
   * texts for these are not documented: the two below are the emulator's own wording.
   */
  addonMode?: boolean;
}

const AUTH_MODE = enumOf<S['AuthMode']>('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
const EVENT_TYPE = enumOf<S['EventType']>('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
const TRIGGER_SOURCE = enumOf<S['TriggerSource']>('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');

/** The id of a Spreadsheet/Form handed to a builder, or the key string itself. */
function sourceIdOf(source: unknown, method: string): string {
  if (typeof source === 'string') return source;
  const getId = (source as { getId?: unknown } | null)?.getId;
  if (typeof getId !== 'function') throw signatureError(method, [source]);
  return String(getId.call(source));
}

/** Trigger — reference: script/trigger. A view over one record. */
function triggerView(host: Host, r: TriggerRecord): GoogleAppsScript.Script.Trigger {
  const get = <T>(m: string, v: T) => () => {
    host.calls.hit(`Trigger.${m}`);
    return v;
  };
  const view = {
    getHandlerFunction: get('getHandlerFunction', r.handler),
    getEventType: get('getEventType', r.eventType),
    getTriggerSource: get('getTriggerSource', r.source),
    getTriggerSourceId: get('getTriggerSourceId', r.sourceId ?? null),
    getUniqueId: get('getUniqueId', r.uid),
  };
  views.set(view, r.uid);
  const proxy = strict(view, 'Trigger');
  views.set(proxy, r.uid);
  return proxy as unknown as GoogleAppsScript.Script.Trigger;
}
const views = new WeakMap<object, string>();

/** ScriptApp — reference: script/script-app. `triggers` is the plain list behind it. */
export function createScriptApp(host: Host, options: ScriptAppOptions = {}): { service: GoogleAppsScript.Script.ScriptApp; triggers: TriggerRecord[] } {
  const triggers: TriggerRecord[] = [];
  let nextUid = 1;

  /** The trigger methods need the script.scriptapp scope, as other services need theirs (Session, SpreadsheetApp.openById). */
  const hit = (method: string) => {
    host.calls.hit(`ScriptApp.${method}`);
    if (options.scopes && !options.scopes.includes(SCRIPTAPP_SCOPE)) {
      throw new AppsScriptException(`You do not have permission to call ScriptApp.${method}. Required permissions: ${SCRIPTAPP_SCOPE}`);
    }
  };

  function addonRules(r: Omit<TriggerRecord, 'uid'>): void {
    if (!options.addonMode) return;
    if (triggers.some((t) => t.eventType === r.eventType)) {
      throw new AppsScriptException(`An add-on can only have one ${r.eventType} trigger per user per document.`);
    }
    const tooOften = r.everyMinutes !== undefined || (r.at !== undefined && r.at - host.clock.millis() < HOUR);
    if (tooOften) throw new AppsScriptException('An add-on\'s time-driven trigger cannot run more frequently than once per hour.');
  }

  function install(partial: Omit<TriggerRecord, 'uid'>): GoogleAppsScript.Script.Trigger {
    if (triggers.length >= MAX_TRIGGERS) throw new AppsScriptException(TOO_MANY);
    addonRules(partial);
    const record: TriggerRecord = { uid: String(1000000 + nextUid++), ...partial };
    triggers.push(record);
    return triggerView(host, record);
  }

  function documentBuilder(handler: string, cls: string, source: TriggerRecord['source'], sourceId: string,
    events: Record<string, EventType>) {
    let eventType: EventType | undefined;
    const builder: Record<string, () => unknown> = {
      create() {
        host.calls.hit(`${cls}.create`);
        if (!eventType) throw new AppsScriptException('Missing event type for trigger.');
        return install({ handler, eventType, source, sourceId });
      },
    };
    for (const [method, type] of Object.entries(events)) {
      builder[method] = () => {
        host.calls.hit(`${cls}.${method}`);
        eventType = type;
        return proxy;
      };
    }
    const proxy = strict(builder, cls);
    return proxy;
  }

  function clockBuilder(handler: string) {
    const r: Omit<TriggerRecord, 'uid'> = { handler, eventType: 'CLOCK', source: 'CLOCK' };
    const step = (method: string, apply: (n: number) => void) => (n: unknown) => {
      host.calls.hit(`ClockTriggerBuilder.${method}`);
      if (typeof n !== 'number' || !Number.isInteger(n)) throw signatureError(`ClockTriggerBuilder.${method}`, [n]);
      apply(n);
      return proxy;
    };
    const builder = {
      everyDays: step('everyDays', (n) => {
        if (n < 1) throw new AppsScriptException('Invalid argument: days');
        r.everyDays = n;
      }),
      everyHours: step('everyHours', (n) => {
        // ClockTriggerBuilder#everyHours: "n — must be 1, 2, 4, 6, 8 or 12".
        if (![1, 2, 4, 6, 8, 12].includes(n)) throw new AppsScriptException('Invalid argument: hours');
        r.everyHours = n;
      }),
      everyMinutes: step('everyMinutes', (n) => {
        if (![1, 5, 10, 15, 30].includes(n)) throw new AppsScriptException('Invalid argument: minutes');
        r.everyMinutes = n;
      }),
      atHour: step('atHour', (h) => {
        if (h < 0 || h > 23) throw new AppsScriptException('Invalid argument: hour');
        r.atHour = h;
      }),
      after: step('after', (ms) => {
        r.at = host.clock.millis() + ms;
      }),
      create() {
        host.calls.hit('ClockTriggerBuilder.create');
        const recurring = [r.everyDays, r.everyHours, r.everyMinutes].filter((x) => x !== undefined).length;
        if (recurring + (r.at === undefined ? 0 : 1) !== 1) {
          throw new AppsScriptException('Exactly one of everyMinutes, everyHours, everyDays or after must be set.');
        }
        if (r.atHour !== undefined && r.everyDays === undefined) {
          throw new AppsScriptException('atHour can only be used with everyDays or everyWeeks.');
        }
        return install({ ...r });
      },
    };
    const proxy = strict(builder, 'ClockTriggerBuilder');
    return proxy;
  }

  const service = {
    AuthMode: AUTH_MODE,
    EventType: EVENT_TYPE,
    TriggerSource: TRIGGER_SOURCE,
    getScriptId(): string {
      host.calls.hit('ScriptApp.getScriptId');
      return '1EmulatedScriptIdNastavnichestvo0000000000000000000000000';
    },
    getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
      hit('getProjectTriggers');
      return triggers.map((r) => triggerView(host, r));
    },
    getUserTriggers(container: unknown): GoogleAppsScript.Script.Trigger[] {
      hit('getUserTriggers');
      const id = sourceIdOf(container, 'ScriptApp.getUserTriggers');
      return triggers.filter((r) => r.sourceId === id).map((r) => triggerView(host, r));
    },
    deleteTrigger(trigger: unknown): void {
      hit('deleteTrigger');
      const uid = typeof trigger === 'object' && trigger !== null ? views.get(trigger) : undefined;
      if (uid === undefined) throw signatureError('ScriptApp.deleteTrigger', [trigger]);
      // Deleting a trigger that is already gone is quietly ignored.
      const at = triggers.findIndex((r) => r.uid === uid);
      if (at >= 0) triggers.splice(at, 1);
    },
    newTrigger(functionName: unknown) {
      hit('newTrigger');
      if (typeof functionName !== 'string') throw signatureError('ScriptApp.newTrigger', [functionName]);
      const handler = functionName;
      const builder = {
        forSpreadsheet(ss: unknown) {
          host.calls.hit('TriggerBuilder.forSpreadsheet');
          return documentBuilder(handler, 'SpreadsheetTriggerBuilder', 'SPREADSHEETS',
            sourceIdOf(ss, 'TriggerBuilder.forSpreadsheet'),
            { onOpen: 'ON_OPEN', onEdit: 'ON_EDIT', onChange: 'ON_CHANGE', onFormSubmit: 'ON_FORM_SUBMIT' });
        },
        forForm(form: unknown) {
          host.calls.hit('TriggerBuilder.forForm');
          return documentBuilder(handler, 'FormTriggerBuilder', 'FORMS', sourceIdOf(form, 'TriggerBuilder.forForm'),
            { onOpen: 'ON_OPEN', onFormSubmit: 'ON_FORM_SUBMIT' });
        },
        timeBased() {
          host.calls.hit('TriggerBuilder.timeBased');
          return clockBuilder(handler);
        },
      };
      return strict(builder, 'TriggerBuilder');
    },
  };
  return { service: strict(service, 'ScriptApp') as unknown as GoogleAppsScript.Script.ScriptApp, triggers };
}
