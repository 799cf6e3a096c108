/**
 * `npm run bench` (orders): Docs/Drive and Sheets calls of the orders jobs for 10, 100 and 300
 * people. A letter costs a constant number of Docs/Drive calls (one copy, one batch of edits); the
 * pairs order costs a constant number plus a constant per appendix row; Sheets calls per job are
 * constant. Exits non-zero when a figure that must be constant grows.
 */
import { performance } from 'node:perf_hooks';
import { SHEETS_CLASSES } from '../emulator/calls';
import { DEFAULT_LATENCY } from '../emulator/drive/state';
import { BUDGET_MS } from '../src/server/orders/batch';
import { pasteRows } from '../demo/fill';
import { typeParams } from '../demo/settings';
import { MENTEES, MENTORS } from '../src/domain/bases/schema';
import { PAIRS } from '../src/domain/pairs/schema';
import { addonWorld } from '../tests/support/addon';

const SIZES = [10, 100, 300];
const DOCS_CLASSES = ['DocumentApp', 'Document', 'Body', 'Paragraph', 'ListItem', 'Text', 'Table', 'TableRow', 'TableCell',
  'PageBreak', 'DriveApp', 'Folder', 'File', 'FolderIterator', 'FileIterator', 'Docs.Documents'];

function school(n: number, latency: Record<string, number> = {}) {
  // Instant calls and a big quota: this measures calls; `latency` lets the world clock run per call.
  const { world, addon } = addonWorld({ now: '2025-09-15T10:00:00+03:00', drive: { latency, docsPerDay: 10_000 } });
  const book = world.spreadsheet;
  addon.prepareSheet();
  typeParams(book, { orgFullName: 'МБОУ «СОШ № 1»', place: 'г. Город', director: 'Назарова Анна Николаевна',
    curator: 'Ермакова Екатерина Евгеньевна', docsPerDay: '10000' } as Record<string, string>);
  const ids = Array.from({ length: n }, (_, i) => i + 1);
  pasteRows(book, MENTORS, ids.map((i) => ({ code: `НК-${i}`, fullName: `Петров${i} Сергей Ильич`, category: 'педагог', position: 'учитель',
    form: 'Учитель – ученик', competences: 'Методика', phone: '+7 917 555-00-01', consent: 'дано', consentBy: 'участник' })));
  pasteRows(book, MENTEES, ids.map((i) => ({ code: `НЯ-${i}`, fullName: `Иванова${i} Мария Петровна`, category: 'педагог', position: 'учитель',
    form: 'Учитель – ученик', request: 'Методика', phone: '+7 917 555-00-02', consent: 'дано', consentBy: 'участник' })));
  const sheet = book.insertSheet(PAIRS.sheet);
  const header = Object.values(PAIRS.columns).map((c) => c.header);
  sheet.getRange(1, 1, 1, header.length).setValues([header]);
  pasteRows(book, PAIRS, ids.map((i) => ({ pairId: `П-${i}`, mentorCode: `НК-${i}`, mentor: `Петров${i} Сергей Ильич`,
    menteeCode: `НЯ-${i}`, mentee: `Иванова${i} Мария Петровна`, form: 'Учитель – ученик', status: 'утверждена' })));
  return { world, addon };
}

interface Figure { job: string; size: number; docs: number; perDoc: number; sheets: number; ms: number }

function measure(size: number): Figure[] {
  const { world, addon } = school(size);
  world.log.answers.push({ button: 'OK', text: '' }); // the journal number: the one proposed
  addon.orderCurator(); // templates folder exists from here on: every job below starts alike
  const run = (job: string, fn: () => void, documents: (docs: number) => number): Figure => {
    world.calls.reset();
    const t = performance.now();
    fn();
    const docs = world.calls.service(DOCS_CLASSES);
    return { job, size, docs, perDoc: documents(docs), sheets: world.calls.service(SHEETS_CLASSES), ms: performance.now() - t };
  };
  return [
    run('Приказ о закреплении пар (на строку приложения)', () => { world.log.answers.push({ button: 'OK', text: '' }); addon.orderPairs(); }, (d) => d / size),
    run('Благодарственные письма (на письмо)', addon.makeLetters, (d) => d / size),
  ];
}

const figures = SIZES.flatMap(measure);
let ok = true;
console.log(`${'job'.padEnd(50)} ${SIZES.map((s) => `${s}: docs calls (per doc) / sheets / ms`.padStart(40)).join('')}`);
for (const job of [...new Set(figures.map((f) => f.job))]) {
  const row = figures.filter((f) => f.job === job);
  const sheetsConstant = row.every((f) => f.sheets === row[0]!.sheets);
  // Docs/Drive calls are linear: the same marginal cost per extra document between any two sizes.
  const marginal = row.slice(1).map((f, i) => (f.docs - row[i]!.docs) / (f.size - row[i]!.size));
  const perDocBounded = marginal.every((m) => m === marginal[0]);
  ok &&= sheetsConstant && perDocBounded;
  console.log(`${job.padEnd(50)} ${row.map((f) => `${f.docs} (${f.perDoc.toFixed(1)}) / ${f.sheets} / ${f.ms.toFixed(0)}`.padStart(40)).join('')}` +
    `   sheets ${sheetsConstant ? 'constant' : 'GROW'}, docs calls per extra document ${marginal.join(' / ')} ${perDocBounded ? '(constant)' : '(GROW)'}`);
}

/**
 * The batches' time budget against Apps Script's 6 minutes: one run of letters for 300 mentors on
 * the world clock, with Drive's and Docs' latencies (DEFAULT_LATENCY) and every other Docs call at
 * 30 ms. The run stops at the budget, then finishes its current document and its bookkeeping: the
 * margin left under 6 minutes must hold the slowest document seen (with 3× to spare).
 */
function budgetRun(): { runMs: number; slowestMs: number; docs: number } {
  const perCall = Object.fromEntries(DOCS_CLASSES.flatMap((c) => ['getBody', 'appendTableRow', 'insertTableRow', 'replaceText', 'getText', 'getRow', 'copy', 'removeRow',
    'getTables', 'getNumRows', 'getCell', 'getNumCells', 'setColumnWidth', 'getBorderWidth', 'getId', 'getUrl', 'getFileById', 'getFolderById'].map((m) => [`${c}.${m}`, 30])));
  const { world, addon } = school(300, { ...DEFAULT_LATENCY, ...perCall });
  world.log.answers.push({ button: 'OK', text: '' });
  addon.orderCurator();
  const stamps: number[] = [];
  const hit = world.drive.hit.bind(world.drive);
  world.drive.hit = (name: string) => { hit(name); if (name === 'File.makeCopy') stamps.push(world.clock.millis()); };
  const start = world.clock.millis();
  addon.makeLetters();
  const runMs = world.clock.millis() - start;
  const gaps = stamps.slice(1).map((t, i) => t - stamps[i]!);
  return { runMs, slowestMs: Math.max(...gaps), docs: stamps.length };
}
const b = budgetRun();
const margin = 360_000 - b.runMs;
const budgetOk = margin >= 3 * b.slowestMs;
console.log(`Пакет писем, один запуск: ${(b.runMs / 1000).toFixed(1)} с, документов ${b.docs}, самый долгий документ ${(b.slowestMs / 1000).toFixed(1)} с; ` +
  `бюджет ${BUDGET_MS / 1000} с, запас до 6 минут ${(margin / 1000).toFixed(1)} с ${budgetOk ? '(≥ 3 самых долгих документа)' : '(МАЛО)'}`);
ok &&= budgetOk;
if (!ok) {
  console.error('a figure that must be constant grows with the number of documents, or the batch budget leaves too small a margin');
  process.exit(1);
}
