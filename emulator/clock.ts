/** The world's clock: "now" is an argument of the world, so dates and "today" are deterministic. */
export class Clock {
  #now: number;
  constructor(now: Date | string | number) {
    this.#now = new Date(now).getTime();
  }
  now(): Date {
    return new Date(this.#now);
  }
  millis(): number {
    return this.#now;
  }
  set(now: Date | string | number): void {
    this.#now = new Date(now).getTime();
  }
  advance(ms: number): void {
    this.#now += ms;
  }
}

/**
 * A `Date` for the script's realm whose `new Date()` and `Date.now()` read the world clock, so a
 * bundle run in the emulator sees the demo's fixed "today". Instances are real Dates of this realm.
 */
export function clockedDate(clock: Clock): DateConstructor {
  const Real = Date;
  class ClockedDate extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(clock.millis());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return clock.millis();
    }
  }
  return ClockedDate as unknown as DateConstructor;
}
