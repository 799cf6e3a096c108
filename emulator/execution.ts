/**
 * Executions: every call from outside — a menu item, a sidebar's google.script.run call, a simple
 * trigger (onOpen, onInstall), an installable trigger firing — is one execution with its AuthMode,
 * with or without a UI, with its own time budget on the world clock and its own call counts. When it
 * ends, the locks it holds are released.
 *
 * Sources:
 * - 6 minutes per execution: https://developers.google.com/apps-script/guides/services/quotas («Script runtime»);
 *   past it Apps Script stops the script with «Exceeded maximum execution time» (as logged in
 *   github.com/GioBonvi/GoogleContactsEventsNotifier/issues/155 and github.com/benlcollins/apps_script/issues/1).
 * - Simple triggers: «They cannot run for longer than 30 seconds», no services that need authorization:
 *   https://developers.google.com/apps-script/guides/triggers#restrictions
 * - Auth modes of onOpen (NONE, LIMITED) and onInstall (FULL); everything else a user starts runs in FULL:
 *   https://developers.google.com/apps-script/reference/script/auth-mode,
 *   https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 * - Locks: «the lock is released when the script completes» —
 *   https://developers.google.com/apps-script/reference/lock/lock#releaselock
 */
import { Calls } from './calls';
import type { Clock } from './clock';
import { AppsScriptException } from './errors';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';
export type ExecutionKind = 'menu' | 'sidebar' | 'onOpen' | 'onInstall' | 'trigger' | 'load';

const SIX_MINUTES = 6 * 60_000;
const SIMPLE_TRIGGER = 30_000;
export const TIMEOUT = 'Exceeded maximum execution time';

interface KindRules {
  authMode: AuthMode;
  /** SpreadsheetApp.getUi() works: the user has the document open. */
  ui: boolean;
  /** A simple trigger: no services that need authorization, 30 s. */
  simple: boolean;
  budgetMs: number;
}

const KINDS: Record<ExecutionKind, KindRules> = {
  menu: { authMode: 'FULL', ui: true, simple: false, budgetMs: SIX_MINUTES },
  sidebar: { authMode: 'FULL', ui: true, simple: false, budgetMs: SIX_MINUTES },
  onOpen: { authMode: 'LIMITED', ui: true, simple: true, budgetMs: SIMPLE_TRIGGER },
  onInstall: { authMode: 'FULL', ui: true, simple: true, budgetMs: SIMPLE_TRIGGER },
  trigger: { authMode: 'FULL', ui: false, simple: false, budgetMs: SIX_MINUTES },
  // The script's global code runs at the start of every execution, onOpen in NONE too: it runs
  // here once, under the strictest of those rules.
  load: { authMode: 'NONE', ui: false, simple: true, budgetMs: SIMPLE_TRIGGER },
};

/** One execution, as plain data for tests: what ran, how, how long, with which calls. */
export class Execution {
  readonly calls = new Calls();
  readonly ui: boolean;
  readonly simple: boolean;
  readonly budgetMs: number;
  endedAt?: number;
  outcome?: 'ok' | 'error' | 'killed';
  error?: unknown;
  /** Set once the budget is spent: every later service call throws, and the execution ends killed. */
  killed = false;
  /** Calls this execution was refused (auth mode, no UI), even those the script caught and went on. */
  readonly refused: { call: string; message: string }[] = [];

  constructor(
    readonly id: number,
    readonly kind: ExecutionKind,
    readonly fn: string,
    readonly authMode: AuthMode,
    readonly startedAt: number,
  ) {
    const rules = KINDS[kind];
    if (kind === 'onOpen' && authMode === 'FULL') throw new Error('emulator: a simple onOpen runs in NONE or LIMITED, not FULL');
    this.ui = rules.ui;
    this.simple = rules.simple;
    this.budgetMs = rules.budgetMs;
  }

  get deadline(): number {
    return this.startedAt + this.budgetMs;
  }
}

/** Decides whether the current execution may make a call (auth modes, UI); throws Apps Script's error if not. */
export type AccessCheck = (execution: Execution, call: string) => void;

/** The executions of one world: a stack (a dialog's «meanwhile» runs another one inside), and their log. */
export class Executions {
  readonly log: Execution[] = [];
  #stack: Execution[] = [];
  #ended: ((e: Execution) => void)[] = [];
  #next = 1;

  constructor(private readonly clock: Clock, private readonly access: AccessCheck) {}

  get current(): Execution | undefined {
    return this.#stack[this.#stack.length - 1];
  }

  /** Runs when any execution ends (e.g. releasing its locks). */
  onEnd(hook: (e: Execution) => void): void {
    this.#ended.push(hook);
  }

  /** Runs `body` as one execution; a script error passes through, a spent budget throws TIMEOUT. */
  run<T>(kind: ExecutionKind, fn: string, body: () => T, authMode: AuthMode = KINDS[kind].authMode): T {
    const ex = new Execution(this.#next++, kind, fn, authMode, this.clock.millis());
    this.log.push(ex);
    this.#stack.push(ex);
    try {
      const result = body();
      if (ex.killed || this.clock.millis() > ex.deadline) throw this.#kill(ex);
      ex.outcome = 'ok';
      return result;
    } catch (e) {
      // A script that caught the timeout and went on is still stopped: Apps Script ends the execution.
      if (ex.killed) throw this.#kill(ex);
      ex.outcome = 'error';
      ex.error = e;
      throw e;
    } finally {
      ex.endedAt = this.clock.millis();
      for (const hook of this.#ended) hook(ex);
      this.#stack.pop();
    }
  }

  /** The gate of every counted call (Calls.gate): budget, then rights, then the execution's own count. */
  gate(call: string): void {
    const ex = this.current;
    if (!ex) return; // a test reading the world, outside any execution
    if (ex.killed || this.clock.millis() > ex.deadline) throw this.#kill(ex);
    try {
      this.access(ex, call);
    } catch (e) {
      ex.refused.push({ call, message: (e as Error).message });
      throw e;
    }
    ex.calls.hit(call);
  }

  #kill(ex: Execution): AppsScriptException {
    ex.killed = true;
    ex.outcome = 'killed';
    return new AppsScriptException(TIMEOUT);
  }
}
