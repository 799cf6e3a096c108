import { makeBook } from './spreadsheet-world';

/** Needs the emulated user's e-mail; the other protection facts are in facts/protection.facts.ts. */
describe('Protections', () => {
  it('editors are recorded, the owner always stays', () => {
    const { sheet, host } = makeBook();
    const p = sheet.protect().addEditor('zam@school.example');
    p.removeEditors([host.user]);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([host.user, 'zam@school.example']);
  });
});
