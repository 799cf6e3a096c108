/**
 * Errors thrown by Apps Script services have `name === 'Exception'`. Code must never branch on
 * their (localised) message, so neither do we: tests match on the class or on `name`.
 */
export class AppsScriptException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Touching a method or property the emulator does not implement. */
export class NotEmulated extends Error {
  constructor(readonly member: string) {
    super(`not emulated: ${member}`);
    this.name = 'NotEmulated';
  }
}
