import { createLockService } from '../../emulator/lock';
import { testHost, thrown } from './service-host';

function setup() {
  const host = testHost();
  return { host, ...createLockService(host) };
}

describe('Lock', () => {
  it('tryLock acquires a free lock and hasLock says so', () => {
    const { service, state } = setup();
    const lock = service.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(state.document.held).toBe(true);
  });

  it('waitLock throws when another execution holds the document lock', () => {
    const { service, state } = setup();
    state.document.heldByOther = true;
    const e = thrown(() => service.getDocumentLock().waitLock(30000));
    expect(e.name).toBe('Exception');
    expect(e.message).toBe('Lock timeout: another process was holding the lock for too long.');
  });

  it('a failed wait advances the clock by the timeout instead of sleeping', () => {
    const { host, service, state } = setup();
    state.script.heldByOther = true;
    const before = host.clock.millis();
    expect(service.getScriptLock().tryLock(10000)).toBe(false);
    expect(host.clock.millis() - before).toBe(10000);
    expect(state.script.timedOut).toBe(1);
  });

  it('a lock the other execution frees within the timeout is acquired when it is freed', () => {
    const { host, service, state } = setup();
    state.document.heldByOther = true;
    state.document.otherReleasesAt = host.clock.millis() + 2000;
    const before = host.clock.millis();
    service.getDocumentLock().waitLock(30000);
    expect(host.clock.millis() - before).toBe(2000);
    expect(state.document.held).toBe(true);
  });

  it('releaseLock frees the lock and the test can see it was released', () => {
    const { service, state } = setup();
    const lock = service.getDocumentLock();
    lock.waitLock(1000);
    lock.releaseLock();
    expect(state.document).toMatchObject({ held: false, acquired: 1, released: 1 });
  });

  it('document, script and user locks are independent', () => {
    const { service, state } = setup();
    state.document.heldByOther = true;
    expect(service.getScriptLock().tryLock(0)).toBe(true);
    expect(service.getUserLock().tryLock(0)).toBe(true);
    expect(service.getDocumentLock().tryLock(0)).toBe(false);
  });

  it('lock calls are counted', () => {
    const { host, service } = setup();
    const lock = service.getDocumentLock();
    lock.waitLock(1000);
    lock.releaseLock();
    expect(host.calls.snapshot()).toEqual({
      'Lock.releaseLock': 1, 'Lock.waitLock': 1, 'LockService.getDocumentLock': 1,
    });
  });

  it('an unknown method throws «not emulated: Lock.foo»', () => {
    const { service } = setup();
    expect(() => (service.getDocumentLock() as unknown as { foo(): void }).foo()).toThrow('not emulated: Lock.foo');
  });
});
