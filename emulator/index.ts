import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { Calls } from './calls';
import { Clock, clockedDate } from './clock';
import { newUserLog, type Host } from './host';
import { createSpreadsheetApp, FakeSpreadsheet } from './spreadsheet';
import { createUi } from './ui';
import { createHtmlService } from './html';
import { createPropertiesService } from './properties';
import { createLockService } from './lock';
import { createCacheService } from './cache';
import { createSession } from './session';
import { createScriptApp } from './script-app';
import { createUtilities } from './utilities';
import { createLogger } from './logger';
import { createForms } from './forms';
import { createCharts } from './spreadsheet/chart';
import { DriveState, type DriveOptions } from './drive/state';
import { createDriveApp } from './drive/drive-app';
import { createDocumentApp } from './docs/document-app';
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
  const ui = createUi(host);
  const book = new FakeSpreadsheet(host, { name: options.spreadsheetName ?? 'Наставничество' });
  const props = createPropertiesService(host, options.account);
  const locks = createLockService(host);
  const cache = createCacheService(host);
  const scriptApp = createScriptApp(host);
  const logger = createLogger(host);
  /** The context of the last loaded script: installed triggers call its functions. */
  let loaded: Record<string, any> | null = null;
  const forms = createForms(host, book.state, scriptApp.triggers, (handler, event) => {
    const fn = loaded?.[handler];
    if (typeof fn !== 'function') throw new Error(`trigger handler ${handler} is not a function of the loaded script`);
    fn(event);
  });
  const drive = new DriveState(host, options.drive);
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
    DriveApp: createDriveApp(drive),
    MailApp: mail.service,
  };
  const run = (source: string, filename = 'script.js'): Record<string, any> => {
    const context = vm.createContext({ ...globals });
    scriptRealm(context, clock, host);
    vm.runInContext(source, context, { filename });
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
    /** Runs a script file (e.g. build/Code.js) in a fresh context holding the globals; returns the context. */
    load: (file: string): Record<string, any> => run(readFileSync(file, 'utf8'), file),
    /** Runs script source in a fresh context of the script's own realm; returns the context. */
    run,
  };
}

export type World = ReturnType<typeof createWorld>;

/**
 * The script's own realm: its `Date` is a clocked subclass of the context's own Date, and the
 * emulator hands it arrays and Dates of that realm (in Apps Script every value a service returns
 * is the script's: `getValues() instanceof Array`, `getValue() instanceof Date`).
 */
function scriptRealm(context: vm.Context, clock: Clock, host: Host): void {
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
  host.toScript = realm.convert;
}
