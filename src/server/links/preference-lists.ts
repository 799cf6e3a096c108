/**
 * Taking people out of the preference forms' lists at once — after a withdrawal of consent or an
 * erasure — without reading the bases: each list question keeps every choice but theirs. Forms
 * calls only (one read and at most one write per list question), no Sheets call.
 */
import { codeOfChoice, NOBODY } from '../../domain/forms/specs-surveys';
import { openForm } from './personal';
import type { FormRecord } from './registry';

/** Returns how many choices were removed (0 when the forms do not offer these people). */
export function dropFromPreferenceLists(registry: readonly FormRecord[], codes: ReadonlySet<string>): number {
  let removed = 0;
  for (const record of registry.filter((r) => r.spec.purpose === 'preferences')) {
    const form = openForm(record);
    if (!form) continue;
    for (const [key, id] of Object.entries(record.items)) {
      if (!key.startsWith('rank:')) continue;
      const item = form.getItemById(id)?.asListItem();
      if (!item) continue;
      const values = item.getChoices().map((c) => c.getValue());
      const kept = values.filter((v) => !codes.has(codeOfChoice(v) ?? ''));
      if (kept.length === values.length) continue;
      removed += values.length - kept.length;
      item.setChoiceValues(kept.length ? kept : [NOBODY]);
    }
  }
  return removed;
}
