import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { createWorld } from '../../emulator';
import { addonWorld, BUILD, CODE } from '../support/addon';
import type * as Entry from '../../src/server/index';
import { MENU, type MenuFn } from '../../src/server/ui/menu';
import { SIDEBAR_JOBS, type SidebarRunner } from '../../src/domain/home/home';
import { INDICATORS } from '../../src/domain/monitoring/scorecard';
import { TITLE } from '../../src/domain/orders/messages';
import type { Block } from '../../src/domain/orders/model';
import { parseTexts, TEXTS_FILE } from '../../src/domain/texts';
import { textsSource } from '../../src/domain/texts-source';

// Compile time: every function the menu and the sidebar's job buttons name is a function index.ts
// exports — a misspelt or removed name fails `tsc`, not the curator's click.
type Exported = keyof typeof Entry;
const menuCallsEntries: [MenuFn] extends [Exported] ? true : never = true;
const jobsCallEntries: [SidebarRunner] extends [Exported] ? true : never = true;

const code = readFileSync(CODE, 'utf8');
const wrappers = [...code.matchAll(/^function (\w+)\(\.\.\.args\) \{ return __addon\.\1\(\.\.\.args\); \}$/gm)].map((m) => m[1]);

describe('build/Code.js is what Apps Script can load', () => {
  it('holds no import or export statement', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('has one top-level function per function exported from src/server/index.ts, and nothing else', () => {
    const context = createWorld({ htmlDir: BUILD }).load(CODE);
    const exported = Object.keys(context.__addon).sort();
    expect(wrappers.sort()).toEqual(exported);
    for (const name of exported) expect(typeof context[name]).toBe('function');
    expect(exported).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'openSidebar', 'prepareSheet', 'checkBases', 'getOverview', 'runAction']));
  });

  it('every menu item and every sidebar job runner calls a top-level function of the bundle', () => {
    expect(menuCallsEntries && jobsCallEntries).toBe(true);
    const context = createWorld({ htmlDir: BUILD }).load(CODE);
    const named = [
      ...MENU.flatMap((e) => ('fn' in e ? [e.fn] : e.items.map((i) => i.fn))),
      ...Object.keys(SIDEBAR_JOBS),
    ];
    for (const fn of named) expect([fn, typeof context[fn]]).toEqual([fn, 'function']);
  });

  it('loads with no Apps Script service at hand: nothing runs at load time but declarations', () => {
    const context = vm.createContext({});
    new vm.Script(code).runInContext(context);
    for (const name of wrappers) expect(typeof Object.getOwnPropertyDescriptor(context, name!)?.value).toBe('function');
  });

  it('loads with gas-local, the community loader for Apps Script files', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const gas = require('gas-local');
    const world = createWorld({ htmlDir: BUILD });
    const module = gas.require(BUILD, { ...world.globals }, { filter: (f: string) => f.endsWith('Code.js') });
    expect(typeof module.onOpen).toBe('function');
    world.execute('onOpen', () => module.onOpen({ authMode: 'NONE' }), 'NONE');
    expect(world.log.menus[0]?.items.length).toBeGreaterThan(0);
  });

  it('the sidebar page has its script inlined and nothing to fetch from outside', () => {
    const html = readFileSync(join(BUILD, 'Sidebar.html'), 'utf8');
    expect(html).toContain('<script>');
    expect(html).not.toContain('<!-- SCRIPT -->');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    expect(html).toContain('google.script.run');
  });
});

describe('the minified bundle keeps the names Executions shows', () => {
  /** The functions of Code.js an error passed through, innermost first, as V8 prints them in a stack. */
  const framesIn = (stack: string) => [...stack.matchAll(/^\s+at (?:new )?([\w$.]+) \(.*Code\.js:\d+:\d+\)$/gm)].map((m) => m[1]!);

  it('an error inside a menu job is logged with the functions as written in src/, not their mangled names', () => {
    // A service refusal in the middle of a job: the director protected «Дорожная карта» against the curator.
    const { world, addon, book } = addonWorld({ owner: 'director@school.example', editors: ['kurator@school.example'] });
    addon.prepareSheet();
    addon.createRoadmapSheet();
    world.host.user = 'director@school.example';
    book.getSheetByName('Дорожная карта')!.getRange('A1:Z200').protect().removeEditors(['kurator@school.example']);
    world.host.user = 'kurator@school.example';
    let thrown: unknown;
    try {
      addon.refreshRoadmapStatuses();
    } catch (e) {
      thrown = e;
    }
    expect(world.log.alerts.at(-1)?.prompt).toContain('protected cell');
    const frames = framesIn(String((thrown as Error).stack));
    // refreshRoadmap (roadmap/roadmap.ts) writes; JOBS.refreshRoadmap, withDocumentLock and runForUser (ui/run.ts) run it.
    expect(frames).toEqual(expect.arrayContaining(['refreshRoadmap', 'withDocumentLock', 'runForUser', 'refreshRoadmapStatuses']));
    expect(frames.indexOf('refreshRoadmap')).toBeLessThan(frames.indexOf('runForUser'));
  });
});

describe('Texts.html: the long texts, beside Code.js rather than in it', () => {
  const file = readFileSync(join(BUILD, `${TEXTS_FILE}.html`), 'utf8');
  const source = textsSource();

  it('holds every document\'s default wording and the roadmap\'s rows, as the domain writes them', () => {
    expect(parseTexts(file)).toEqual(JSON.parse(JSON.stringify(source)));
    expect(file).not.toMatch(/[<>&]/); // no markup for HtmlService to read as HTML
  });

  it('none of that wording is also in Code.js, but for the titles and indicators the add-on names elsewhere', () => {
    // Document titles name the Docs and the registry rows; the scorecard's indicators head «Мониторинг».
    const shared = new Set<string>([...Object.values(TITLE), ...INDICATORS.map((i) => i.text)]);
    const cells = (b: Block) => (b.kind === 'table' ? b.rows.flat() : 'text' in b ? [b.text] : []);
    const sentences = [...Object.values(source.documents).flat().flatMap(cells), ...source.roadmap.map((r) => r.activity)]
      .flatMap((t) => t.split(/\{\{[^}]*\}\}/)).filter((t) => t.length > 60 && !shared.has(t));
    expect(sentences.length).toBeGreaterThan(100);
    expect(sentences.filter((t) => code.includes(t))).toEqual([]);
  });

  it('a file that is not the build\'s is named as a deployment fault', () => {
    expect(() => parseTexts('<p>')).toThrow('Texts.html is not the one the build wrote (documents, roadmap)');
    expect(() => parseTexts(JSON.stringify({ ...source, roadmap: [] }))).toThrow('(roadmap)');
  });

  it('is pushed by `clasp push` with Code.js (clasp lists what it would push, offline)', () => {
    const project = mkdtempSync(join(tmpdir(), 'clasp-'));
    try {
      const clasp = JSON.parse(readFileSync(join(__dirname, '../../.clasp.json'), 'utf8'));
      writeFileSync(join(project, '.clasp.json'), JSON.stringify({ ...clasp, scriptId: 'script-id-of-the-school' }));
      cpSync(BUILD, join(project, clasp.rootDir), { recursive: true });
      const bin = join(__dirname, '../../node_modules/.bin/clasp');
      const status = JSON.parse(execFileSync(bin, ['status', '--json'], { cwd: project, env: { ...process.env, HOME: project }, encoding: 'utf8' }));
      expect(status.filesToPush.sort()).toEqual(['build/Code.js', 'build/Sidebar.html', 'build/Texts.html', 'build/appsscript.json'].sort());
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe('appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(join(BUILD, 'appsscript.json'), 'utf8'));
  it('runs on V8 in Moscow time', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Moscow');
  });
  it('asks for no broad scope', () => {
    const broad = ['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/drive'];
    for (const scope of manifest.oauthScopes) expect(broad).not.toContain(scope);
    expect(manifest.oauthScopes).toEqual(expect.arrayContaining(['https://www.googleapis.com/auth/spreadsheets.currentonly']));
  });
  it('is the same file as the one in the repository', () => {
    expect(readFileSync(join(BUILD, 'appsscript.json'), 'utf8')).toBe(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8'));
  });
});

describe('.clasp.json', () => {
  it('pushes the folder the build writes', () => {
    const clasp = JSON.parse(readFileSync(join(__dirname, '../../.clasp.json'), 'utf8'));
    expect(join(__dirname, '../..', clasp.rootDir)).toBe(BUILD);
  });
});
