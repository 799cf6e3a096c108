/**
 * «Отозвать согласие…» (issue 13): the withdrawal is recorded as the newest decision on the
 * person's consent (a menu action, dated now), so no older form answer, reload or import grants it
 * again; the person leaves matching, the preference lists and documents at once; their pairs end.
 * Every target range is checked before the first write.
 */
import { cellText } from '../../domain/cell';
import type { BaseName } from '../../domain/bases/schema';
import { CONSENT_WITHDRAWN, SERVICE_FIELD } from '../../domain/bases/schema';
import type { CellChange } from '../../domain/import/snapshot';
import { recordConsent } from '../../domain/privacy/consent';
import { isPseudonym } from '../../domain/privacy/find';
import { PRIVACY_UI } from '../../domain/privacy/messages';
import { formatProvenance, observe, parseProvenance, trackedFields } from '../../domain/privacy/provenance';
import { withdrawnCodes } from '../../domain/privacy/rules';
import { UserError } from '../../domain/errors';
import { readBases } from '../bases/read';
import { stampBase } from '../bases/service';
import { dropFromPreferenceLists } from '../links/preference-lists';
import { readRegistry } from '../links/registry';
import { planPairEnds, writePairEnds } from '../meetings/end-pairs';
import { rewriteCells } from '../sheets/patch';
import { nowStamp } from '../sheets/values';
import { assertWritable, targetOf, type Target } from '../sheets/writable';
import { findParticipant, places, scan } from './person-data';

type Book = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** «Отозвать согласие…» for one participant. */
export function withdrawConsent(book: Book, code: string): { message: string; places: string[] } {
  const f = findParticipant(book, code);
  if (isPseudonym(cellText(f.record.cells.fullName))) throw new UserError(PRIVACY_UI.alreadyErased);
  const index = f.table.index as Record<string, number>;
  const now = nowStamp(book);
  const p = parseProvenance(cellText(f.record.cells[SERVICE_FIELD]));
  observe(p, f.record.cells, trackedFields(f.base), now);
  recordConsent(p, CONSENT_WITHDRAWN, now, 'menu', 'withdraw');
  const changes: CellChange[] = [{ row: f.record.row, col: index[SERVICE_FIELD]!, value: formatProvenance(p) }];
  if (cellText(f.record.cells.consent) !== CONSENT_WITHDRAWN) changes.push({ row: f.record.row, col: index.consent!, value: CONSENT_WITHDRAWN });
  const ends = planPairEnds(book, new Set([f.person.code]));
  assertWritable([...targetOf(f.table.sheet, changes), ...(ends ? targetOf(ends.sheet, ends.changes) : [])]);
  rewriteCells(f.table.sheet, changes);
  f.record.cells.consent = CONSENT_WITHDRAWN;
  const ended = writePairEnds(ends);
  dropFromPreferenceLists(readRegistry(), new Set([f.person.code]));
  const still = places(scan(book, f));
  return { message: `${PRIVACY_UI.withdrawn(f.person.code, ended)} ${PRIVACY_UI.stillHeld(still)}`, places: still };
}

/**
 * Consent marked «отозвано» right in the base: the curator's edit is recorded (dated now) as a
 * withdrawal, everyone so marked leaves the preference lists and their pairs end. The menu runs it
 * when no code is typed.
 */
export function withdrawMarked(book: Book): { message: string; places: string[] } {
  const { tables } = readBases(book);
  const now = nowStamp(book);
  const codes = withdrawnCodes((Object.keys(tables) as BaseName[]).flatMap((b) => tables[b].records), false);
  const ends = planPairEnds(book, codes);
  const targets: Target[] = (Object.keys(tables) as BaseName[]).flatMap((b) => {
    const t = tables[b];
    const col = (t.index as Record<string, number>)[SERVICE_FIELD];
    return col === undefined || t.grid.length < 2 ? [] : [{ sheet: t.sheet, row: 2, col: col + 1, numRows: t.grid.length - 1, numCols: 1 }];
  });
  assertWritable([...targets, ...(ends ? targetOf(ends.sheet, ends.changes) : [])]);
  for (const b of Object.keys(tables) as BaseName[]) {
    const t = tables[b];
    stampBase(t.sheet, b, t.index, t.records, t.grid.length - 1, now);
  }
  const ended = writePairEnds(ends);
  if (codes.size) dropFromPreferenceLists(readRegistry(), codes);
  return { message: PRIVACY_UI.withdrawnMarked(codes.size, ended), places: [] };
}
