/**
 * Where the tombstones of erased participants live: one document property in parts
 * (src/domain/privacy/tombstones.ts). Read from the same getProperties() as the forms registry,
 * so checking an answer against them costs the trigger no call.
 */
import { graveyard, parseTombstones, bury, formatTombstones, type Graveyard, type Tombstone } from '../../domain/privacy/tombstones';
import { allProperties, readParts, saveParts, type AllProperties } from './registry';

const KEY = 'privacy.tombstones';

export const readTombstones = (all: AllProperties = allProperties()): Tombstone[] => parseTombstones(readParts(all, KEY) ?? '');

export const readGraveyard = (all: AllProperties = allProperties()): Graveyard => graveyard(readTombstones(all));

/** Adds a tombstone (or more answer keys to one). */
export function saveTombstone(t: Tombstone): void {
  saveParts(KEY, formatTombstones(bury(readTombstones(), t)));
}
