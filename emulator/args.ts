import { AppsScriptException } from './errors';

/**
 * Apps Script enums are objects whose members print as their names (`String(Button.OK) === 'OK'`);
 * our members ARE their names, so `==` comparisons and logging behave the same.
 */
export function enumOf<T>(...names: string[]): T {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as unknown as T;
}

/** The type names Apps Script prints in a signature error: (String,number,Object,null). */
function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (Array.isArray(v)) return 'number[]';
  if (isDate(v)) return 'Date';
  return 'Object';
}

/**
 * The service each class belongs to, as Apps Script prefixes it in a signature error:
 * «…method signature for LockService.Lock.tryLock.», «…for FormApp.Form.moveItem.»,
 * «…for DocumentApp.Body.insertParagraph.» (texts seen live, quoted in published scripts and
 * emulators: github code search, 2023–2025). Service objects themselves (Utilities, Ui) have none.
 */
const SERVICE_OF: Record<string, string> = {
  Lock: 'LockService', Properties: 'PropertiesService', Cache: 'CacheService',
  HtmlOutput: 'HtmlService', HtmlTemplate: 'HtmlService', Trigger: 'ScriptApp', TriggerBuilder: 'ScriptApp',
  SpreadsheetTriggerBuilder: 'ScriptApp', ClockTriggerBuilder: 'ScriptApp', FormTriggerBuilder: 'ScriptApp',
  Form: 'FormApp', FormResponse: 'FormApp', ItemResponse: 'FormApp', Item: 'FormApp', Choice: 'FormApp',
  Document: 'DocumentApp', Body: 'DocumentApp', Paragraph: 'DocumentApp', Table: 'DocumentApp', TableRow: 'DocumentApp',
  TableCell: 'DocumentApp', Text: 'DocumentApp', File: 'DriveApp', Folder: 'DriveApp',
  FileIterator: 'DriveApp', FolderIterator: 'DriveApp',
};

/** A method name as Apps Script prints it: 'Lock.waitLock' → 'LockService.Lock.waitLock'. */
export function qualified(method: string): string {
  const [cls] = method.split('.');
  if (method.split('.').length > 2 || !cls) return method;
  const service = SERVICE_OF[cls] ?? (cls.endsWith('Item') || cls.endsWith('Validation') ? 'FormApp' : undefined);
  return service ? `${service}.${method}` : method;
}

/** "The parameters (String,number) don't match the method signature for LockService.Lock.waitLock." */
export function signatureError(method: string, args: readonly unknown[]): AppsScriptException {
  return new AppsScriptException(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${qualified(method)}.`,
  );
}

/** Dates from a script run in node:vm come from another realm: `instanceof Date` is false for them. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
