/**
 * Orders for the demo school: the curator order, the pairs order with its appendix and letters of
 * thanks, as a curator would click them; a few documents go to out/*.docx. When matching has not
 * filled «Пары», pairs are made here from the bases (same form, in order) and approved, as the
 * director would.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { exportDocx } from '../../emulator/export/docx';
import { APPROVED, PAIRS } from '../../src/domain/pairs/schema';
import { peopleOf, writePairs } from './roadmap';
import type { DemoContext } from './context';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ctx = DemoContext;

const OUT = join(__dirname, '../../out');

function approvedPairs(book: Book): number {
  const sheet = book.getSheetByName(PAIRS.sheet);
  if (!sheet) return 0;
  const v = sheet.getDataRange().getValues();
  const col = v[0]!.indexOf(PAIRS.columns.status.header);
  return v.slice(1).filter((r) => r[col] === APPROVED).length;
}

/** Pairs from the bases when matching left none approved: mentor i with the i-th mentee of the same form. */
function ensurePairs(book: Book): void {
  if (approvedPairs(book) > 0) return;
  const mentors = peopleOf(book, 'Наставники');
  const mentees = peopleOf(book, 'Наставляемые');
  const used = new Set<string>();
  const rows = mentors.flatMap((m, i) => {
    const mentee = mentees.find((e) => e.form === m.form && !used.has(e.code));
    if (!mentee) return [];
    used.add(mentee.code);
    return [{ pairId: `П-${i + 1}`, mentorCode: m.code, mentor: m.name, menteeCode: mentee.code, mentee: mentee.name, form: m.form, status: APPROVED }];
  });
  writePairs(book, rows);
}

export async function ordersStep({ world, addon, sidebar, book }: Ctx): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  ensurePairs(book);
  const yes = () => world.log.answers.push({ button: 'YES' }); // a second run of the demo makes new versions
  yes();
  addon.orderCurator();
  yes();
  addon.orderPairs();
  yes();
  addon.makeLetters();
  // The hourly dispatcher goes on with the batch: one run an hour.
  for (let i = 0; i < 20 && sidebar.getOrdersProgress().running; i++) {
    world.clock.advance(3_600_000);
    world.run.trigger('dispatchHourly');
  }
  world.log.answers.length = 0;

  const files = [...world.drive.files.values()];
  const doc = (prefix: string) => files.filter((f) => f.name.startsWith(prefix)).map((f) => world.drive.docs.get(f.id)!);
  const written: string[] = [];
  const save = async (name: string, d: ReturnType<typeof doc>[number] | undefined) => {
    if (!d) return;
    await exportDocx(d, join(OUT, name));
    written.push(`out/${name}`);
  };
  await save('приказ-о-закреплении-пар.docx', doc('Приказ № ').find((d) => d.name.includes('закреплении')));
  await save('приказ-о-назначении-куратора.docx', doc('Приказ № ').find((d) => d.name.includes('куратора')));
  const letters = doc('Благодарственное письмо');
  for (const [i, l] of letters.slice(0, 3).entries()) await save(`благодарственное-письмо-${i + 1}.docx`, l);

  const registry = book.getSheetByName('Приказы')?.getDataRange().getValues().slice(1) ?? [];
  return [
    `Приказы: ${registry.map((r) => `№ ${r[0] || '—'} «${r[3]}» (${r[5]})`).join('; ')}.`,
    `Утверждённых пар на листе «Пары»: ${approvedPairs(book)}; благодарственных писем: ${letters.length}.`,
    `Документы: ${written.join(', ')}.`,
  ];
}
