import { Calls } from '../../emulator/calls';
import { Clock } from '../../emulator/clock';
import { newUserLog, type Host } from '../../emulator/host';

/** A host for testing one service alone: Moscow, 1 Sept 2025 09:00, a Russian curator. */
export function testHost(over: Partial<Omit<Host, 'calls' | 'clock' | 'log'>> & { now?: string } = {}): Host {
  return {
    calls: new Calls(),
    clock: new Clock(over.now ?? '2025-09-01T09:00:00+03:00'),
    timeZone: over.timeZone ?? 'Europe/Moscow',
    locale: over.locale ?? 'ru_RU',
    user: over.user ?? 'kurator@school.example',
    log: newUserLog(),
  };
}

/** Runs `fn` and returns what it threw (fails if it did not throw). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}
