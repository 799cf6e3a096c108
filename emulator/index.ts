import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { Calls } from './calls';
import { Clock, clockedDate } from './clock';
import { newUserLog, type Host } from './host';
import { createCharts, createSpreadsheetApp, FakeSpreadsheet } from './spreadsheet';
import { createUi } from './ui';
import { createHtmlService } from './html';
import { createPropertiesService } from './properties';
import { createLockService, releaseAtEnd } from './lock';
import { createCacheService } from './cache';
import { createSession } from './session';
import { createScriptApp } from './script-app';
import { createUtilities } from './utilities';
import { createLogger } from './logger';
import { createForms } from './forms';
import { DriveState, type DriveOptions } from './drive/state';
import { createDriveApp } from './drive/drive-app';
import { createDocumentApp } from './docs/document-app';
import { checkAccess } from './access';
import { Executions, type AuthMode, type ExecutionKind } from './execution';
import { createRunner } from './run';
import { createDocsService } from './docs/docs-api';
import { createMailApp, type MailOptions } from './mail-app';

export interface WorldOptions {
  /** IANA time zone of the spreadsheet and the script. */
  timeZone?: string;
  /** The world's "now". */
  now?: Date | string;
  /** The account's and spreadsheet's locale: formula syntax, typed input, service error language. */
  locale?: string;
  /** The user running the script. */
  user?: string;
  /** The spreadsheet's owner (default: the user); protections never stop the owner. */
  owner?: string;
  /** Users the spreadsheet is shared with for editing. */
  editors?: string[];
  /** Consumer (gmail.com) or Google Workspace quotas. */
  account?: 'consumer' | 'workspace';
  spreadsheetName?: string;
  /** The manifest's oauthScopes: services that need a scope it lacks fail as in Apps Script. */
  scopes?: readonly string[];
  /** Where HtmlService.createHtmlOutputFromFile reads `<name>.html` from. */
  htmlDir?: string;
  /** Drive and Docs: daily document quota and per-call latency on the world clock. */
  drive?: DriveOptions;
  /**
   * A published editor add-on (default): ScriptApp refuses a second trigger of one type and time-driven
   * triggers more frequent than hourly (script-app.ts). `false` for a plain bound script.
   */
  addonMode?: boolean;
  /** How long calls take on the world clock, by name (`{ 'FormApp.create': 60_000 }`); Drive has its own defaults. */
  latency?: Record<string, number>;
  /** MailApp: the daily recipients quota (100 for a consumer account, 1,500 for Workspace). */
  mail?: MailOptions;
}

/**
 * A fresh in-memory Apps Script: one container-bound spreadsheet and the services the add-on uses.
 * `globals` is what a script sees; `load` runs a built bundle against them, as Apps Script would.
 */
export function createWorld(options: WorldOptions = {}) {
  const calls = new Calls();
  const clock = new Clock(options.now ?? '2025-09-01T09:00:00+03:00');
  const host: Host = {
    calls,
    clock,
    timeZone: options.timeZone ?? 'Europe/Moscow',
    locale: options.locale ?? 'ru_RU',
    user: options.user ?? 'kurator@school.example',
    ...(options.owner ? { owner: options.owner } : {}),
    ...(options.editors ? { editors: [...options.editors] } : {}),
    log: newUserLog(),
  };
  const executions = new Executions(clock, checkAccess);
  calls.gate = (name) => {
    executions.gate(name);
    const ms = options.latency?.[name];
    if (ms) clock.advance(ms);
  };
  host.executionId = () => executions.current?.id ?? 0;
  const ui = createUi(host);
  const book = new FakeSpreadsheet(host, { name: options.spreadsheetName ?? 'Наставничество' });
  const props = createPropertiesService(host, options.account);
  const locks = createLockService(host);
  executions.onEnd((e) => releaseAtEnd(locks.state, e.id));
  const cache = createCacheService(host);
  const scriptApp = createScriptApp(host, { scopes: options.scopes, addonMode: options.addonMode ?? true });
  const logger = createLogger(host);
  /** The context of the last loaded script: installed triggers call its functions. */
  let loaded: Record<string, any> | null = null;
  const run = createRunner(executions, () => loaded, scriptApp.triggers, { now: () => clock.now(), spreadsheet: () => book.asApi() });
  const drive = new DriveState(host, options.drive);
  // Document#saveAndClose «is automatically invoked at the end of script execution for each open editable Document».
  executions.onEnd(() => drive.saveAll());
  const forms = createForms(host, book.state, scriptApp.triggers, (trigger, event) => void run.fire(trigger, event), drive);
  const mail = createMailApp(host, options.scopes, options.mail);
  const globals: Record<string, unknown> = {
    SpreadsheetApp: createSpreadsheetApp(host, book, ui),
    HtmlService: createHtmlService(host, options.htmlDir ?? 'build'),
    PropertiesService: props.service,
    LockService: locks.service,
    CacheService: cache.service,
    Session: createSession(host, options.scopes),
    ScriptApp: scriptApp.service,
    Utilities: createUtilities(host),
    Logger: logger.service,
    FormApp: forms.service,
    Charts: createCharts(host),
    console,
    Date: clockedDate(clock),
    DocumentApp: createDocumentApp(drive),
    /** The Docs advanced service (enabled in appsscript.json): header rows and unsplit rows of tables. */
    Docs: createDocsService(drive),
    DriveApp: createDriveApp(drive),
    MailApp: mail.service,
  };
  /**
   * Runs script source in a fresh context of the script's own realm; returns the context. Its global
   * code runs as Apps Script runs it at the start of every execution, under the rules of the strictest
   * (AuthMode.NONE); its functions may touch the services only inside an execution (`run`).
   */
  const loadSource = (source: string, filename = 'script.js'): Record<string, any> => {
    const context = vm.createContext(guarded(globals, () => executions.current !== undefined));
    scriptRealm(context, clock, host);
    executions.run('load', '(global code)', () => vm.runInContext(source, context, { filename }));
    loaded = context as Record<string, any>;
    return context as Record<string, any>;
  };
  return {
    host,
    calls,
    clock,
    log: host.log,
    /** The active spreadsheet, through the same interface the script uses. */
    spreadsheet: book.asApi(),
    properties: props.stores,
    /** The caches' entries, for tests that search everything the add-on keeps. */
    caches: cache.stores,
    locks: locks.state,
    triggers: scriptApp.triggers,
    logs: logger.lines,
    /** Google Forms: what respondents do (submit, pre-filled links) and the quirks of onFormSubmit. */
    forms: forms.api,
    /** Drive's folders, files and documents, as plain data (tests, .docx export). */
    drive,
    /** E-mail MailApp accepted (nothing is sent) and the daily quota. */
    mail: mail.state,
    globals,
    /** Every execution so far, oldest first: kind, auth mode, outcome, and its own call counts. */
    executions: executions.log,
    /** The loaded script, called from outside: one execution per call (run.ts). */
    run,
    /** Runs any closure as one execution of this world (tests of the emulator, the facts). */
    execute<T>(kind: ExecutionKind, body: () => T, authMode?: AuthMode): T {
      return executions.run(kind, `(${kind})`, body, authMode);
    },
    /** Runs a script file (e.g. build/Code.js) as `loadSource` does. */
    load: (file: string): Record<string, any> => loadSource(readFileSync(file, 'utf8'), file),
    loadSource,
  };
}

export type World = ReturnType<typeof createWorld>;
export type { Execution, ExecutionKind, AuthMode } from './execution';

/** The globals for a script's realm: the services answer only inside an execution. */
function guarded(globals: Record<string, unknown>, inExecution: () => boolean): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(globals)) {
    if (name === 'console' || name === 'Date') {
      context[name] = value;
      continue;
    }
    Object.defineProperty(context, name, {
      enumerable: true,
      get() {
        if (!inExecution()) {
          throw new Error(`emulator: the script touched ${name} outside an execution; call it through world.run (menu, sidebar, open, install, trigger)`);
        }
        return value;
      },
    });
  }
  return context;
}

/**
 * The script's own realm: its `Date` is a clocked subclass of the context's own Date, and the
 * emulator hands it arrays and Dates of that realm (in Apps Script every value a service returns
 * is the script's: `getValues() instanceof Array`, `getValue() instanceof Date`).
 */
function scriptRealm(context: vm.Context, clock: Clock, host: Host): void {
  delete (context as Record<string, unknown>).Date; // the realm's own Date, not the one the globals carry
  const make = vm.runInContext(`(function (millis) {
    const Real = Date;
    class ClockedDate extends Real {
      constructor(...args) { if (args.length === 0) super(millis()); else super(...args); }
      static now() { return millis(); }
    }
    const convert = (v) => Array.isArray(v) ? Array.from(v, convert)
      : Object.prototype.toString.call(v) === '[object Date]' ? new ClockedDate(v.getTime()) : v;
    return { ClockedDate, convert };
  })`, context) as (millis: () => number) => { ClockedDate: DateConstructor; convert: <T>(v: T) => T };
  const realm = make(() => clock.millis());
  (context as Record<string, unknown>).Date = realm.ClockedDate;
  // Only what the script receives, inside an execution: a test reading the world between calls keeps its own realm.
  host.toScript = (v) => ((host.executionId?.() ?? 0) > 0 ? realm.convert(v) : v);
}
