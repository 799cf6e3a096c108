// Builds the add-on for Apps Script: build/Code.js, build/Sidebar.html, build/Texts.html, build/appsscript.json.
// Apps Script has no modules and only sees top-level `function` declarations, so the server is one
// IIFE bundle plus one delegating wrapper per function exported from src/server/index.ts.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

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
  // Metafile paths relative to the repository, whatever the working directory.
  absWorkingDir: root,
};

/**
 * Texts.html: the long texts only the executions that make a template Doc or a roadmap need
 * (src/domain/texts.ts), as JSON in an HTML file of the project, which Apps Script loads only on demand.
 */
const TEXTS_ENTRY = 'src/domain/texts-source.ts';
/** The files of those texts: Code.js taking any of them in fails the build (it would carry them twice). */
const TEXT_FILES = [
  TEXTS_ENTRY, 'src/domain/orders/templates.ts', 'src/domain/orders/regulation.ts', 'src/domain/orders/programme.ts',
  'src/domain/orders/papers.ts', 'src/domain/orders/wording.ts', 'src/domain/roadmap/template.ts',
];

/** The exported names of `entry`, read from an esm pass: an iife metafile lists no exports. */
export async function exportedNames(entry = join(root, 'src/server/index.ts')) {
  const probe = await build({ ...server, entryPoints: [entry], format: 'esm', write: false, metafile: true, outdir: out });
  return Object.values(probe.metafile.outputs)[0].exports.slice().sort();
}

/**
 * Bundles `entry` into `outfile` for Apps Script: one IIFE held by `globalName`, plus one top-level
 * function per export that delegates to it; fails if it takes in any of the files `without`. Returns
 * the exported names.
 */
export async function bundleScript(entry, outfile, globalName, without = []) {
  const names = await exportedNames(entry);
  const wrappers = names.map((n) => `function ${n}(...args) { return ${globalName}.${n}(...args); }`).join('\n');
  const { metafile } = await build({
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
    metafile: true,
    footer: { js: `\n// Entry points Apps Script can call (menu items, triggers, google.script.run).\n${wrappers}\n` },
  });
  const taken = without.filter((f) => f in metafile.inputs);
  if (taken.length) throw new Error(`${outfile} takes in ${taken.join(', ')}: those texts belong in Texts.html only`);
  const code = readFileSync(outfile, 'utf8');
  if (/^\s*(export|import)\s/m.test(code)) throw new Error(`${outfile} still holds an import/export`);
  if (!new RegExp(`(^|;)var ${globalName}\\s*=`, 'm').test(code)) throw new Error(`${outfile} has no ${globalName} global`);
  return names;
}

/** Evaluates the texts' source (pure domain code) here, at build time, and writes the file's content. */
async function writeTexts(outfile) {
  const bundle = await build({ ...server, entryPoints: [TEXTS_ENTRY], format: 'iife', globalName: 'texts', write: false });
  const context = vm.createContext({});
  vm.runInContext(bundle.outputFiles[0].text, context);
  writeFileSync(outfile, context.texts.textsFileContent());
}

export async function buildAll() {
  mkdirSync(out, { recursive: true });
  const names = await bundleScript(join(root, 'src/server/index.ts'), join(out, 'Code.js'), GLOBAL, TEXT_FILES);
  await writeTexts(join(out, 'Texts.html'));

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
  console.log(`build/: Code.js (${names.length} entry points), Sidebar.html, Texts.html, appsscript.json`);
}
