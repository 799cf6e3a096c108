import { signatureError } from './args';
import { AppsScriptException } from './errors';
import type { Host } from './host';
import { strict } from './strict';

/** One lock's plain state; a test plays "another execution" by setting `heldByOther`. */
export interface LockState {
  /** Another execution holds the lock. */
  heldByOther: boolean;
  /** If set, the other execution releases the lock at this clock time (ms since epoch). */
  otherReleasesAt?: number;
  /** This execution holds the lock. */
  held: boolean;
  acquired: number;
  released: number;
  /** Failed tryLock/waitLock attempts. */
  timedOut: number;
}
export interface LockStates {
  document: LockState;
  script: LockState;
  user: LockState;
}

const newState = (): LockState => ({ heldByOther: false, held: false, acquired: 0, released: 0, timedOut: 0 });

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
    if (!this.#state.held) return;
    this.#state.held = false;
    this.#state.released++;
  }
  hasLock(): boolean {
    this.#host.calls.hit('Lock.hasLock');
    return this.#state.held;
  }

  #acquire(timeout: unknown, method: string): boolean {
    if (typeof timeout !== 'number' || !Number.isFinite(timeout)) throw signatureError(method, [timeout]);
    if (timeout < 0) throw new AppsScriptException('Invalid argument: timeoutInMillis');
    const s = this.#state;
    if (s.held) return true;
    if (s.heldByOther) {
      const clock = this.#host.clock;
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
    s.acquired++;
    return true;
  }
}

/** LockService — reference: lock/lock-service. Every get*Lock() of one kind shares that kind's state. */
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
