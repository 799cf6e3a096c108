import { createDocumentApp } from '../../emulator/docs/document-app';
import { createDriveApp } from '../../emulator/drive/drive-app';
import { DriveState } from '../../emulator/drive/state';
import { testHost } from './service-host';

function setup(options: ConstructorParameters<typeof DriveState>[1] = {}) {
  const host = testHost();
  const drive = new DriveState(host, options);
  return { host, drive, DocumentApp: createDocumentApp(drive), DriveApp: createDriveApp(drive) };
}

/** What is the emulator's own (strictness, counts, latency on the world clock); the rest is in facts/docs.facts.ts. */
describe('DocumentApp', () => {
  it('a member that is not emulated throws «not emulated»', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('x').getBody() as unknown as Record<string, () => void>;
    expect(() => body.appendImage!()).toThrow('not emulated: Body.appendImage');
  });

  it('counts every call, and slow calls move the world clock', () => {
    const { DocumentApp, host } = setup();
    const t0 = host.clock.millis();
    DocumentApp.create('x').getBody().appendParagraph('a');
    expect(host.calls.count('DocumentApp.create')).toBe(1);
    expect(host.calls.count('Body.')).toBe(1);
    expect(host.clock.millis() - t0).toBe(1200);
  });
});

describe('Body', () => {
  it('an enum member that does not exist throws', () => {
    const { DocumentApp } = setup();
    expect(() => (DocumentApp.ParagraphHeading as unknown as Record<string, string>).HEADING9).toThrow('not emulated');
  });
});
