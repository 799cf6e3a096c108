import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enumOf, signatureError } from './args';
import { AppsScriptException } from './errors';
import type { Host } from './host';
import { strict } from './strict';

type HTML = typeof GoogleAppsScript.HTML;

/** Meta tags HtmlOutput#addMetaTag accepts; any other name throws (reference: html/html-output#addmetatagname,-content). */
const META_NAMES = new Set([
  'apple-mobile-web-app-capable', 'apple-mobile-web-app-status-bar-style', 'apple-mobile-web-app-title',
  'google-site-verification', 'mobile-web-app-capable', 'viewport',
]);

/** What Ui fakes read from an HtmlOutput they are handed, without counting calls. */
export interface HtmlSnapshot {
  title: string;
  html: string;
  width: number;
  height: number;
}
const outputs = new WeakMap<object, FakeHtmlOutput>();

/** The title, content and size of an HtmlOutput made by this emulator; anything else throws like Apps Script. */
export function htmlSnapshot(output: unknown, method: string): HtmlSnapshot {
  const real = typeof output === 'object' && output !== null ? outputs.get(output) : undefined;
  if (!real) throw signatureError(method, [output]);
  return FakeHtmlOutput.snapshot(real);
}

/** HtmlOutput — reference: html/html-output */
/** The emulated part of HtmlOutput, its signatures checked against @types/google-apps-script. */
type Emulated = Pick<GoogleAppsScript.HTML.HtmlOutput, 'setTitle' | 'getTitle' | 'getContent' | 'setContent' | 'append'
  | 'clear' | 'setWidth' | 'getWidth' | 'setHeight' | 'getHeight' | 'setSandboxMode' | 'setXFrameOptionsMode'
  | 'addMetaTag' | 'getMetaTags' | 'setFaviconUrl' | 'getFaviconUrl'>;

class FakeHtmlOutput implements Emulated {
  #host: Host;
  #content: string;
  #title = '';
  #width = 0;
  #height = 0;
  #favicon = '';
  #meta: { name: string; content: string }[] = [];
  #self!: GoogleAppsScript.HTML.HtmlOutput;

  private constructor(host: Host, content: string) {
    this.#host = host;
    this.#content = content;
  }

  /** Static, so that neither shows up as an HtmlOutput method behind the strict proxy. */
  static create(host: Host, content: string): GoogleAppsScript.HTML.HtmlOutput {
    const real = new FakeHtmlOutput(host, content);
    real.#self = strict(real, 'HtmlOutput') as unknown as GoogleAppsScript.HTML.HtmlOutput;
    outputs.set(real.#self, real);
    return real.#self;
  }

  static snapshot(o: FakeHtmlOutput): HtmlSnapshot {
    return { title: o.#title, html: o.#content, width: o.#width, height: o.#height };
  }

  #hit(method: string): GoogleAppsScript.HTML.HtmlOutput {
    this.#host.calls.hit(`HtmlOutput.${method}`);
    return this.#self;
  }

  setTitle(title: string) {
    if (typeof title !== 'string') throw signatureError('HtmlOutput.setTitle', [title]);
    this.#title = title;
    return this.#hit('setTitle');
  }
  getTitle(): string {
    this.#hit('getTitle');
    return this.#title;
  }
  getContent(): string {
    this.#hit('getContent');
    return this.#content;
  }
  setContent(content: string) {
    this.#content = String(content);
    return this.#hit('setContent');
  }
  append(addedContent: string) {
    this.#content += String(addedContent);
    return this.#hit('append');
  }
  clear() {
    this.#content = '';
    return this.#hit('clear');
  }
  setWidth(width: number) {
    this.#width = positiveInt(width, 'HtmlOutput.setWidth');
    return this.#hit('setWidth');
  }
  getWidth(): number {
    this.#hit('getWidth');
    return this.#width;
  }
  setHeight(height: number) {
    this.#height = positiveInt(height, 'HtmlOutput.setHeight');
    return this.#hit('setHeight');
  }
  getHeight(): number {
    this.#hit('getHeight');
    return this.#height;
  }
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode) {
    if (!(String(mode) in SANDBOX)) throw signatureError('HtmlOutput.setSandboxMode', [mode]);
    return this.#hit('setSandboxMode');
  }
  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode) {
    if (!(String(mode) in XFRAME)) throw signatureError('HtmlOutput.setXFrameOptionsMode', [mode]);
    return this.#hit('setXFrameOptionsMode');
  }
  addMetaTag(name: string, content: string) {
    if (!META_NAMES.has(name)) throw new AppsScriptException(`Invalid argument: name`);
    this.#meta.push({ name, content: String(content) });
    return this.#hit('addMetaTag');
  }
  getMetaTags(): { getName(): string; getContent(): string }[] {
    this.#hit('getMetaTags');
    return this.#meta.map((m) => strict({ getName: () => m.name, getContent: () => m.content }, 'HtmlOutputMetaTag'));
  }
  setFaviconUrl(iconUrl: string) {
    this.#favicon = String(iconUrl);
    return this.#hit('setFaviconUrl');
  }
  getFaviconUrl(): string {
    this.#hit('getFaviconUrl');
    return this.#favicon;
  }
}

function positiveInt(v: unknown, method: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw signatureError(method, [v]);
  return Math.trunc(v);
}

const SANDBOX = enumOf<HTML['SandboxMode']>('EMULATED', 'IFRAME', 'NATIVE');
const XFRAME = enumOf<HTML['XFrameOptionsMode']>('ALLOWALL', 'DEFAULT');

/** HtmlService — reference: html/html-service. Files are read from `htmlDir`, as the project's .html files. */
export function createHtmlService(host: Host, htmlDir: string): GoogleAppsScript.HTML.HtmlService {
  const service = {
    SandboxMode: SANDBOX,
    XFrameOptionsMode: XFRAME,
    createHtmlOutput(html?: unknown): GoogleAppsScript.HTML.HtmlOutput {
      host.calls.hit('HtmlService.createHtmlOutput');
      if (html !== undefined && typeof html !== 'string') throw signatureError('HtmlService.createHtmlOutput', [html]);
      return FakeHtmlOutput.create(host, html ?? '');
    },
    createHtmlOutputFromFile(filename: string): GoogleAppsScript.HTML.HtmlOutput {
      host.calls.hit('HtmlService.createHtmlOutputFromFile');
      if (typeof filename !== 'string') throw signatureError('HtmlService.createHtmlOutputFromFile', [filename]);
      const name = filename.replace(/\.html$/, '');
      const file = join(htmlDir, `${name}.html`);
      if (!existsSync(file)) throw new AppsScriptException(`No HTML file named ${name} was found.`);
      return FakeHtmlOutput.create(host, readFileSync(file, 'utf8'));
    },
  };
  return strict(service, 'HtmlService') as unknown as GoogleAppsScript.HTML.HtmlService;
}
