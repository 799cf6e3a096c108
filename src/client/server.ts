// Type-only import: no server code enters the sidebar bundle, but a wrong name or argument is a type error.
import type * as Api from '../server/index';

type Name = keyof typeof Api;

/** Calls a server function through google.script.run as a promise. */
export const call = <K extends Name>(fn: K, ...args: Parameters<(typeof Api)[K]>) =>
  new Promise<ReturnType<(typeof Api)[K]>>((ok, fail) => {
    const runner = google.script.run.withSuccessHandler(ok as (v: unknown) => void).withFailureHandler(fail);
    (runner as unknown as Record<string, (...a: unknown[]) => void>)[fn]!(...args);
  });
