/**
 * The layout of src/ as ARCHITECTURE.md describes it, checked from the code's own import lines:
 * no import loops, the domain imports no adapter, the server is one folder per capability over a
 * few shared adapters, at most five floors deep, and index.ts only re-exports the entry files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [join(dir, d.name)] : []);
}

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Every relative import of a file (type-only ones too: a loop of types is still a loop to read), as paths from the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => relative(ROOT, resolve(dirname(file), (m[1] ?? m[2])!)) + '.ts');
}

const files = filesUnder(SRC).map((f) => relative(ROOT, f));
const graph = new Map(files.map((f) => [f, importsOf(join(ROOT, f)).filter((t) => files.includes(t))]));

/** Strongly connected components with more than one member, or a file importing itself (Tarjan). */
function loops(g: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], on = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next); low.set(v, next); next++; stack.push(v); on.add(v);
    for (const w of g.get(v) ?? []) {
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do { w = stack.pop()!; on.delete(w); scc.push(w); } while (w !== v);
      if (scc.length > 1 || (g.get(v) ?? []).includes(v)) found.push(scc.sort());
    }
  };
  for (const v of g.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The server's folder ("room") of a file: src/server/orders/batch.ts → orders; index.ts stands alone. */
const roomOf = (f: string) => f.split('/')[2]!.replace(/\.ts$/, '');
const SHARED = ['sheets', 'ui', 'docs', 'links', 'triggers'];

describe('src/ as ARCHITECTURE.md draws it', () => {
  it('has no import loop between files', () => {
    expect(loops(graph)).toEqual([]);
  });

  it('keeps the domain pure: src/domain imports only src/domain', () => {
    const out = files.filter((f) => f.startsWith('src/domain/'))
      .flatMap((f) => graph.get(f)!.filter((t) => !t.startsWith('src/domain/')).map((t) => `${f} → ${t}`));
    expect(out).toEqual([]);
  });

  it('gives the sidebar no server code: src/client takes only types from src/server/index.ts', () => {
    const out = files.filter((f) => f.startsWith('src/client/')).flatMap((f) => {
      const text = readFileSync(join(ROOT, f), 'utf8');
      return graph.get(f)!.filter((t) => t.startsWith('src/server/'))
        .filter((t) => t !== 'src/server/index.ts' || !/import type \* as \w+ from '[./]+server\/index'/.test(text))
        .map((t) => `${f} → ${t}`);
    });
    expect(out).toEqual([]);
  });

  const server = files.filter((f) => f.startsWith('src/server/'));
  const rooms = new Map<string, Set<string>>();
  for (const f of server) {
    const from = roomOf(f);
    if (!rooms.has(from)) rooms.set(from, new Set());
    for (const t of graph.get(f)!) if (t.startsWith('src/server/') && roomOf(t) !== from) rooms.get(from)!.add(roomOf(t));
  }
  const roomGraph = new Map([...rooms].map(([k, v]) => [k, [...v]]));

  it('has no loop between the server\'s folders either', () => {
    expect(loops(roomGraph)).toEqual([]);
  });

  it('is at most five floors deep, index.ts on top', () => {
    const floor = new Map<string, number>();
    const floorOf = (r: string): number => {
      if (!floor.has(r)) floor.set(r, 1 + Math.max(0, ...roomGraph.get(r)!.map(floorOf)));
      return floor.get(r)!;
    };
    const floors = Object.fromEntries([...roomGraph.keys()].map((r) => [r, floorOf(r)]));
    expect(Math.max(...Object.values(floors))).toBeLessThanOrEqual(5);
    expect(floors.index).toBe(Math.max(...Object.values(floors)));
  });

  it('keeps the shared adapters (sheets, ui, docs, links, triggers) below every capability: they import none', () => {
    const out = SHARED.flatMap((s) => [...(rooms.get(s) ?? [])].filter((t) => !SHARED.includes(t)).map((t) => `${s} → ${t}`));
    expect(out).toEqual([]);
  });

  it('lets only index.ts import an entry file, and index.ts only re-exports entry files', () => {
    const out = server.flatMap((f) => graph.get(f)!.filter((t) => t.endsWith('/entry.ts') && f !== 'src/server/index.ts').map((t) => `${f} → ${t}`));
    expect(out).toEqual([]);
    const index = readFileSync(join(SRC, 'server/index.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').trim().split('\n');
    expect(index.filter((l) => !/^export \* from '\.\/[a-z-]+\/entry';$/.test(l))).toEqual([]);
    const capabilities = [...rooms.keys()].filter((r) => r !== 'index' && !SHARED.includes(r)).sort();
    expect(index.map((l) => l.split('/')[1]).sort()).toEqual(capabilities);
  });
});
