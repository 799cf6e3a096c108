// Builds the add-on for Apps Script: build/Code.js, build/Sidebar.html, build/appsscript.json.
// Apps Script has no modules and only sees top-level `function` declarations, so the server is one
// IIFE bundle plus one delegating wrapper per function exported from src/server/index.ts.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');
const GLOBAL = '__addon';

const server = {
  bundle: true,
  target: 'es2020',
  platform: 'neutral',
  // Packages bundled into the add-on (petrovich) name their entry in "main".
  mainFields: ['module', 'main'],
  charset: 'utf8',
  legalComments: 'none',
  logLevel: 'warning',
};

/** The exported names of `entry`, read from an esm pass: an iife metafile lists no exports. */
export async function exportedNames(entry = join(root, 'src/server/index.ts')) {
  const probe = await build({ ...server, entryPoints: [entry], format: 'esm', write: false, metafile: true, outdir: out });
  return Object.values(probe.metafile.outputs)[0].exports.slice().sort();
}

/**
 * Bundles `entry` into `outfile` for Apps Script: one IIFE held by `globalName`, plus one top-level
 * function per export that delegates to it. Returns the exported names.
 */
export async function bundleScript(entry, outfile, globalName) {
  const names = await exportedNames(entry);
  const wrappers = names.map((n) => `function ${n}(...args) { return ${globalName}.${n}(...args); }`).join('\n');
  await build({
    ...server,
    entryPoints: [entry],
    format: 'iife',
    globalName,
    // Every form answer and menu click loads the whole file into a fresh V8, so it is kept small:
    // fully minified (local names mangled too), but keepNames gives every function and class back its
    // written `name`, which V8 prints in stack traces, so the Executions log names the real functions;
    // lines stay short enough for a line number to point near one statement.
    minify: true,
    keepNames: true,
    lineLimit: 160,
    outfile,
    footer: { js: `\n// Entry points Apps Script can call (menu items, triggers, google.script.run).\n${wrappers}\n` },
  });
  const code = readFileSync(outfile, 'utf8');
  if (/^\s*(export|import)\s/m.test(code)) throw new Error(`${outfile} still holds an import/export`);
  if (!new RegExp(`(^|;)var ${globalName}\\s*=`, 'm').test(code)) throw new Error(`${outfile} has no ${globalName} global`);
  return names;
}

export async function buildAll() {
  mkdirSync(out, { recursive: true });
  const names = await bundleScript(join(root, 'src/server/index.ts'), join(out, 'Code.js'), GLOBAL);

  const client = await build({
    entryPoints: [join(root, 'src/client/sidebar.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    charset: 'utf8',
    write: false,
    logLevel: 'warning',
  });
  const script = client.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const html = readFileSync(join(root, 'src/client/sidebar.html'), 'utf8');
  if (!html.includes('<!-- SCRIPT -->')) throw new Error('src/client/sidebar.html has no <!-- SCRIPT --> slot');
  writeFileSync(join(out, 'Sidebar.html'), html.replace('<!-- SCRIPT -->', () => `<script>\n${script}</script>`));
  copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const names = await buildAll();
  console.log(`build/: Code.js (${names.length} entry points), Sidebar.html, appsscript.json`);
}
