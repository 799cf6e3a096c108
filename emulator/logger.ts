import type { Host } from './host';
import { strict } from './strict';
import { formatString } from './utilities';

/**
 * Logger — reference: base/logger. `lines` holds each message as logged (no timestamps), so tests
 * can assert on it; getLog() joins them with newlines.
 */
export function createLogger(host: Host): { service: GoogleAppsScript.Base.Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = {
    log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
      host.calls.hit('Logger.log');
      lines.push(values.length > 0 ? formatString(String(data), ...values) : display(data));
      return proxy;
    },
    getLog(): string {
      host.calls.hit('Logger.getLog');
      return lines.map((l) => `${l}\n`).join('');
    },
    clear(): void {
      host.calls.hit('Logger.clear');
      lines.length = 0;
    },
  };
  const proxy = strict(logger, 'Logger') as unknown as GoogleAppsScript.Base.Logger;
  return { service: proxy, lines };
}

/** How Logger.log prints a lone value: objects and arrays as JSON-ish text, like the V8 runtime. */
function display(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data === null || data === undefined || typeof data !== 'object') return String(data);
  if (Object.prototype.toString.call(data) === '[object Date]') return String(data);
  try {
    return JSON.stringify(data);
  } catch {
    return String(data);
  }
}
