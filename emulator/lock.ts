import { signatureError } from './args';
import { AppsScriptException } from './errors';
import type { Host } from './host';
import { strict } from './strict';

/**
 * One lock's plain state. An emulated execution holds it (`held`, by `holder`); a test plays an
 * execution outside the emulator (another curator's) by setting `heldByOther`.
 */
export interface LockState {
  /** An execution outside the emulator holds the lock. */
  heldByOther: boolean;
  /** If set, that execution releases the lock at this clock time (ms since epoch). */
  otherReleasesAt?: number;
  /** An emulated execution holds the lock: the one numbered `holder` (0: a call outside any execution). */
  held: boolean;
  holder: number;
  acquired: number;
  /** Released by releaseLock(). */
  released: number;
  /** Released because the execution holding it ended (lock#releaselock: «released when the script completes»). */
  releasedAtEnd: number;
  /** Failed tryLock/waitLock attempts. */
  timedOut: number;
}
export interface LockStates {
  document: LockState;
  script: LockState;
  user: LockState;
}

const newState = (): LockState => ({ heldByOther: false, held: false, holder: 0, acquired: 0, released: 0, releasedAtEnd: 0, timedOut: 0 });

/** Lock — reference: lock/lock. Waiting advances the world clock instead of sleeping. */
class FakeLock implements GoogleAppsScript.Lock.Lock {
  #host: Host;
  #state: LockState;

  constructor(host: Host, state: LockState) {
    this.#host = host;
    this.#state = state;
  }

  tryLock(timeoutInMillis: number): boolean {
    this.#host.calls.hit('Lock.tryLock');
    return this.#acquire(timeoutInMillis, 'Lock.tryLock');
  }
  waitLock(timeoutInMillis: number): void {
    this.#host.calls.hit('Lock.waitLock');
    if (!this.#acquire(timeoutInMillis, 'Lock.waitLock')) {
      throw new AppsScriptException('Lock timeout: another process was holding the lock for too long.');
    }
  }
  releaseLock(): void {
    this.#host.calls.hit('Lock.releaseLock');
    if (!this.#state.held || this.#state.holder !== this.#me()) return;
    this.#state.held = false;
    this.#state.released++;
  }
  hasLock(): boolean {
    this.#host.calls.hit('Lock.hasLock');
    return this.#state.held && this.#state.holder === this.#me();
  }

  #me(): number {
    return this.#host.executionId?.() ?? 0;
  }

  #acquire(timeout: unknown, method: string): boolean {
    if (typeof timeout !== 'number' || !Number.isFinite(timeout)) throw signatureError(method, [timeout]);
    if (timeout < 0) throw new AppsScriptException('Invalid argument: timeoutInMillis');
    const s = this.#state;
    const clock = this.#host.clock;
    if (s.held && s.holder === this.#me()) return true;
    if (s.held) {
      // Held by an emulated execution that cannot go on while this one runs (it is waiting for a
      // dialog's answer, below this one on the stack): the wait runs out.
      clock.advance(timeout);
      s.timedOut++;
      return false;
    }
    if (s.heldByOther) {
      const freedAt = s.otherReleasesAt;
      if (freedAt === undefined || freedAt > clock.millis() + timeout) {
        clock.advance(timeout);
        s.timedOut++;
        return false;
      }
      if (freedAt > clock.millis()) clock.set(freedAt);
      s.heldByOther = false;
      delete s.otherReleasesAt;
    }
    s.held = true;
    s.holder = this.#me();
    s.acquired++;
    return true;
  }
}

/** LockService — reference: lock/lock-service. Every get*Lock() of one kind shares that kind's state. */
/** Releases the locks an execution still holds when it ends. */
export function releaseAtEnd(state: LockStates, execution: number): void {
  for (const s of [state.document, state.script, state.user]) {
    if (!s.held || s.holder !== execution) continue;
    s.held = false;
    s.releasedAtEnd++;
  }
}

export function createLockService(host: Host): { service: GoogleAppsScript.Lock.LockService; state: LockStates } {
  const state: LockStates = { document: newState(), script: newState(), user: newState() };
  const getter = (name: string, s: LockState) => () => {
    host.calls.hit(`LockService.${name}`);
    return strict(new FakeLock(host, s), 'Lock') as unknown as GoogleAppsScript.Lock.Lock;
  };
  const service = {
    getDocumentLock: getter('getDocumentLock', state.document),
    getScriptLock: getter('getScriptLock', state.script),
    getUserLock: getter('getUserLock', state.user),
  };
  return { service: strict(service, 'LockService') as unknown as GoogleAppsScript.Lock.LockService, state };
}
