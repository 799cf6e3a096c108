/**
 * A real Chromium for the sidebar tests: Debian's chromium-headless-shell driven by playwright-core,
 * and the sidebar of the built add-on served with the google.script.run bridge.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { pasteRows } from '../../demo/fill';
import { generateSchool } from '../../demo/school';
import { typeParams } from '../../demo/settings';
import { MENTEES, MENTORS } from '../../src/domain/bases/schema';
import type { WorldOptions } from '../../emulator';
import { PAIRS } from '../../src/domain/pairs/schema';
import { addonWorld, sheetValues } from '../support/addon';
import { serveSidebar, type SidebarServer } from '../support/bridge';

/** Where Debian puts the browser; CHROMIUM_PATH wins when set. */
const CANDIDATES = ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'];

export function browserPath(): string {
  const path = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!path) {
    throw new Error('No Chromium found: install it with `sudo apt-get install -y chromium-headless-shell` or set CHROMIUM_PATH');
  }
  return path;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile each time, nothing phoning home. */
export async function launchBrowser(options: { scale?: number; height?: number } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'sidebar-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath(),
    headless: true,
    viewport: { width: 300, height: options.height ?? 900 },
    deviceScaleFactor: options.scale ?? 1,
    locale: 'ru-RU',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type Env = ReturnType<typeof addonWorld>;

export interface OpenSidebar {
  env: Env;
  page: Page;
  server: SidebarServer;
  close(): Promise<void>;
}

/** The curator opens the panel: the add-on's openSidebar runs, and the page shows what it served. */
export async function openSidebar(browser: Browser, env: Env = addonWorld()): Promise<OpenSidebar> {
  env.addon.openSidebar();
  const html = () => env.world.log.shown.filter((s) => s.kind === 'sidebar').at(-1)!.html;
  const server = await serveSidebar(env.sidebar, html);
  const page = await browser.context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(server.url);
  return {
    env,
    page,
    server,
    async close() {
      await page.close();
      await server.close();
    },
  };
}

export interface Sidebars {
  /** The file's browser, launched before its tests. */
  readonly browser: Browser;
  /** Opens the sidebar on `env`, runs `use` on it, and closes the page and its server whatever happens. */
  open(env: Env, use: (s: OpenSidebar) => Promise<void>): Promise<void>;
}

/**
 * One browser for a test file: launched before its tests and closed after them (a browser step
 * takes seconds, hence jest's timeout, 60 s unless told). Call it at the top of the file.
 */
export function useSidebar(options: { timeout?: number; scale?: number; height?: number } = {}): Sidebars {
  jest.setTimeout(options.timeout ?? 60_000);
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  const launched = (): Browser => {
    if (!browser) throw new Error('The browser is launched in beforeAll: use it inside a test');
    return browser;
  };
  return {
    get browser() {
      return launched();
    },
    async open(env, use) {
      const s = await openSidebar(launched(), env);
      try {
        await use(s);
      } finally {
        await s.close();
      }
    },
  };
}

/** A prepared Sheet holding the demo school's settings and bases, as the curator pasted them. */
export function demoWorld(school = generateSchool(2025), options: WorldOptions = {}): Env {
  const env = addonWorld(options);
  env.addon.prepareSheet();
  typeParams(env.book, school.settings);
  pasteRows(env.book, MENTORS, school.mentors);
  pasteRows(env.book, MENTEES, school.mentees);
  return env;
}

/** An element's visible text, spaces collapsed. */
export const text = (page: Page, selector: string) => page.locator(selector).innerText().then((t) => t.replace(/\s+/g, ' ').trim());

/** «Пары» with the first `n` mentors and mentees of the bases joined and approved, as matching would leave it. */
export function approvedPairs(env: Env, n: number): void {
  env.addon.prepareSheet(); // codes for pasted people
  const people = (sheet: string) => {
    const v = sheetValues(env.book, sheet)!;
    const [code, name] = [v[0]!.indexOf('Код участника'), v[0]!.indexOf('ФИО')];
    return v.slice(1, n + 1).map((r) => ({ code: String(r[code]), name: String(r[name]) }));
  };
  const mentors = people(MENTORS.sheet), mentees = people(MENTEES.sheet);
  const sheet = env.book.getSheetByName(PAIRS.sheet) ?? env.book.insertSheet(PAIRS.sheet);
  const header = Object.values(PAIRS.columns).map((c) => c.header);
  sheet.getRange(1, 1, 1, header.length).setValues([header]);
  pasteRows(env.book, PAIRS, mentors.map((m, i) => ({
    pairId: `П-${i + 1}`, mentorCode: m.code, mentor: m.name, menteeCode: mentees[i]!.code, mentee: mentees[i]!.name,
    form: 'Ученик – ученик', status: 'утверждена',
  })));
}
