import { createSession } from '../../emulator/session';
import { testHost } from './service-host';

describe('Session', () => {
  it('the active and effective users have the host user e-mail', () => {
    const session = createSession(testHost({ user: 'director@school.example' }));
    expect(session.getActiveUser().getEmail()).toBe('director@school.example');
    expect(session.getEffectiveUser().getEmail()).toBe('director@school.example');
  });

  it('getTemporaryActiveUserKey is stable for a user and differs between users', () => {
    const a = createSession(testHost({ user: 'a@x' }));
    const b = createSession(testHost({ user: 'b@x' }));
    expect(a.getTemporaryActiveUserKey()).toBe(a.getTemporaryActiveUserKey());
    expect(a.getTemporaryActiveUserKey()).not.toBe(b.getTemporaryActiveUserKey());
  });

  it('calls are counted', () => {
    const host = testHost();
    createSession(host).getActiveUser().getEmail();
    expect(host.calls.snapshot()).toEqual({ 'Session.getActiveUser': 1, 'User.getEmail': 1 });
  });

  it('an unknown method throws «not emulated: Session.getUser»', () => {
    expect(() => createSession(testHost()).getUser()).toThrow('not emulated: Session.getUser');
  });
});

describe('Session under a least-privilege manifest', () => {
  const host = testHost({});
  const scopes = ['https://www.googleapis.com/auth/spreadsheets.currentonly'];
  it('getEffectiveUser throws without the userinfo.email scope', () => {
    expect(() => createSession(host, scopes).getEffectiveUser()).toThrow(/Required permissions: https:\/\/www.googleapis.com\/auth\/userinfo.email/);
  });
  it("the active user's e-mail is empty without the scope, known with it", () => {
    expect(createSession(host, scopes).getActiveUser().getEmail()).toBe('');
    expect(createSession(host, [...scopes, 'https://www.googleapis.com/auth/userinfo.email']).getActiveUser().getEmail()).toBe(host.user);
  });
});
