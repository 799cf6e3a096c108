import {
  answerKey, emptyProvenance, formatProvenance, isNewer, mark, observe, parseProvenance, rememberAnswer, secondsStamp,
  stampOfResponse, stampSeconds, valueHash,
} from '../../src/domain/privacy/provenance';
import { consentAnswer, grantCounts, recordConsent } from '../../src/domain/privacy/consent';
import { bury, buried, formatTombstones, graveyard, parseTombstones } from '../../src/domain/privacy/tombstones';
import { checkIdentity, TOKEN_LENGTH, tokenOf } from '../../src/domain/privacy/identity';
import { fitCell, MAX_CELL } from '../../src/domain/cell';
import { formatPhone } from '../../src/domain/text';

describe('provenance of a person’s fields', () => {
  it('round-trips through the service cell, compactly and without the values themselves', () => {
    const p = emptyProvenance();
    p.token = 'Ab3xY9kLm2QwZz01';
    mark(p, 'phone', '+7 917 555-03-01', 'form', '2025-09-15 10:00:00', answerKey('menteeStudent', '2025-09-15 10:00:00', ['Петров Пётр']));
    recordConsent(p, 'отозвано', '2025-09-20 12:30:05', 'menu', 'withdraw');
    rememberAnswer(p, 'k1');
    const text = formatProvenance(p);
    expect(text).not.toContain('917');
    expect(text.length).toBeLessThan(120);
    expect(parseProvenance(text)).toEqual(p);
  });

  it('an unreadable cell is an empty provenance: nothing is trusted', () => {
    expect(parseProvenance('что-то вписал куратор')).toEqual(emptyProvenance());
  });

  it('stamps: a response timestamp, seconds and back', () => {
    expect(stampOfResponse('5.09.2025 9:05:00')).toBe('2025-09-05 09:05:00');
    expect(secondsStamp(stampSeconds('2025-12-31 23:59:59'))).toBe('2025-12-31 23:59:59');
  });

  it('a read sees the curator’s edits (and values from before provenance) as changes dated now', () => {
    const p = emptyProvenance();
    mark(p, 'phone', '+7 917 555-03-01', 'form', '2025-09-15 10:00:00');
    mark(p, 'grade', '6Б', 'form', '2025-09-15 10:00:00');
    const seen = observe(p, { phone: '+7 917 555-99-99', grade: '6Б', interests: 'шахматы', place: '' }, ['phone', 'grade', 'interests', 'place'], '2025-09-20 08:00:00');
    expect(seen).toEqual(['phone', 'interests']);
    expect(p.fields.phone).toMatchObject({ source: 'curator', at: '2025-09-20 08:00:00', hash: valueHash('+7 917 555-99-99') });
    expect(p.fields.interests!.source).toBe('unknown');
    expect(p.fields.grade!.source).toBe('form');
    expect(isNewer(p, 'phone', '2025-09-19 00:00:00')).toBe(false);
    expect(isNewer(p, 'grade', '2025-09-16 00:00:00')).toBe(true);
    expect(isNewer(p, 'place', '2000-01-01 00:00:01')).toBe(true);
  });

  it('«отозвано» typed by the curator is a withdrawal from the moment it is seen', () => {
    const p = emptyProvenance();
    recordConsent(p, 'дано', '2025-09-15 10:00:00', 'form');
    observe(p, { consent: 'отозвано' }, ['consent'], '2025-09-21 09:00:00');
    expect(p.withdrawnAt).toBe('2025-09-21 09:00:00');
  });

  it('the same answer gets the same key from the trigger, the response sheet and the form; another answer another key', () => {
    const at = '2025-09-15 10:00:00';
    expect(answerKey('consent', at, ['НЯ-0001', '15.09.2025', '+7 917 555-03-01'])).toBe(answerKey('consent', at, ['ня-0001', '2025-09-15', '+79175550301']));
    expect(answerKey('consent', at, ['НЯ-0001', 'Даю согласие'])).not.toBe(answerKey('consent', at, ['НЯ-0001', 'Отзываю согласие']));
    expect(answerKey('consent', at, ['НЯ-0001'])).not.toBe(answerKey('consent', '2025-09-15 10:00:01', ['НЯ-0001']));
  });
});

describe('consent as a state machine', () => {
  const withdrawn = () => {
    const p = emptyProvenance();
    recordConsent(p, 'дано', '2025-09-15 10:00:00', 'form', 'k1');
    recordConsent(p, 'отозвано', '2025-09-20 10:00:00', 'menu', 'withdraw');
    return p;
  };

  it('an answer older than the withdrawal does not grant again; a newer one from the representative does', () => {
    const p = withdrawn();
    expect(consentAnswer(p, 'дано', '2025-09-15 10:00:00', 'законный представитель', true)).toBe('older');
    expect(consentAnswer(p, 'дано', '2025-09-25 10:00:00', 'участник', true)).toBe('notByRepresentative');
    expect(consentAnswer(p, 'дано', '2025-09-25 10:00:00', 'законный представитель', true)).toBe('apply');
    expect(consentAnswer(p, 'отозвано', '2025-09-25 10:00:00', 'участник', true)).toBe('apply');
  });

  it('«дано» typed over a withdrawal does not count, unless a written consent dated after it is entered', () => {
    const p = withdrawn();
    const text = formatProvenance(p);
    expect(grantCounts(parseProvenance(text), { consent: 'дано' })).toBe(false);
    expect(grantCounts(parseProvenance(text), { consent: 'дано', consentDate: { iso: '2025-09-20' } })).toBe(false);
    expect(grantCounts(parseProvenance(text), { consent: 'дано', consentDate: { iso: '2025-09-22' } })).toBe(true);
    recordConsent(p, 'дано', '2025-09-25 10:00:00', 'form', 'k2');
    expect(grantCounts(p, { consent: 'дано' })).toBe(true);
    expect(grantCounts(emptyProvenance(), { consent: 'дано' })).toBe(true);
  });
});

describe('tombstones', () => {
  it('keep the code, the day, the pseudonym and answer keys — and find an answer by either', () => {
    const list = bury(bury([], { code: 'ня-0038', day: '2025-10-01', pseudonym: 'УД-0003', keys: ['k1'] }),
      { code: 'НЯ-0038', day: '2025-10-02', pseudonym: 'УД-0004', keys: ['k2'] });
    expect(list).toHaveLength(1);
    const text = formatTombstones(list);
    expect(text).toBe('НЯ-0038@2025-10-01@УД-0003@k1,k2');
    const g = graveyard(parseTombstones(text));
    expect(buried(g, 'ня-0038')?.pseudonym).toBe('УД-0003');
    expect(buried(g, '', 'k2')?.code).toBe('НЯ-0038');
    expect(buried(g, 'НЯ-0039', 'k3')).toBeUndefined();
  });
});

describe('identity on public forms', () => {
  const p = { ...emptyProvenance(), token: tokenOf('0f8fad5b-d9cb-469f-a165-70867728950e') };

  it('tokens are long, differ per person and are not the code', () => {
    expect(p.token).toHaveLength(TOKEN_LENGTH);
    expect(tokenOf('7c9e6679-7425-40de-944b-e07fc1f90ae7')).not.toBe(p.token);
  });

  it('a code without the token, a wrong token, or another name goes to review', () => {
    const rec = 'Семёнов Артём Петрович';
    expect(checkIdentity(p, rec, { token: '', name: rec })).toBe('noToken');
    expect(checkIdentity(p, rec, { token: 'x'.repeat(16), name: rec })).toBe('wrongToken');
    expect(checkIdentity(p, rec, { token: p.token, name: 'Иванов Иван' })).toBe('nameMismatch');
    expect(checkIdentity(p, rec, { token: p.token, name: ' семенов  артем петрович ' })).toBeNull();
    expect(checkIdentity(p, rec, { token: p.token, name: '' })).toBeNull();
    expect(checkIdentity(emptyProvenance(), rec, { token: 'anything', name: rec })).toBe('wrongToken');
  });
});

describe('cells and phones', () => {
  it('a text longer than a cell holds is cut with a note, and fits', () => {
    const long = 'а'.repeat(50_067);
    const fitted = fitCell(long);
    expect(fitted.length).toBeLessThanOrEqual(MAX_CELL);
    expect(fitted).toMatch(/обрезано: ещё \d+ зн\.\]$/);
    expect(fitCell('коротко')).toBe('коротко');
  });

  it('one phone format everywhere: the bases’ own', () => {
    expect(formatPhone('+79175550303')).toBe('+7 917 555-03-03');
    expect(formatPhone('8 (917) 555-03-03')).toBe('+7 917 555-03-03');
    expect(formatPhone('9175550303')).toBe('+7 917 555-03-03');
    expect(formatPhone('не телефон')).toBeNull();
  });
});
