/**
 * The one time-driven trigger of the add-on. A published editor add-on may run time-driven
 * triggers at most hourly and hold one trigger of each type per user per document
 * (https://developers.google.com/apps-script/add-ons/concepts/editor-triggers#restrictions), so
 * every scheduled job goes through one hourly dispatcher: capabilities ask for work (`requestWork`),
 * say when it is finished (`finishWork`), and the trigger exists only while some work is pending.
 *
 * The trigger is known by the unique id saved in the document's properties, not by its handler's
 * name: an add-on's user may have the same handler installed from other documents.
 */
export const DISPATCH_HANDLER = 'dispatchHourly';
/** Handlers of the triggers this one replaces: removed wherever they are still installed. */
const LEGACY_HANDLERS = ['continueOrders', 'roadmapDaily'];
const STATE_KEY = 'dispatcher';
/** The daily work runs at the first dispatch of a day from this hour on (the old daily trigger's hour). */
export const DAILY_HOUR = 6;

/**
 * Kinds of scheduled work: `batch` — a document batch to continue; `daily` — the roadmap's daily
 * refresh; `withdrawals` — pairs to end of people whose consent a form answer withdrew.
 */
export type Work = 'batch' | 'daily' | 'withdrawals';

interface State {
  pending: Work[];
  /** The unique id of the installed trigger, if any. */
  triggerId?: string;
  /** The last day (ISO) the daily work ran. */
  dailyDone?: string;
}

type Props = GoogleAppsScript.Properties.Properties;

function readState(props: Props): State {
  const raw = props.getProperty(STATE_KEY);
  return raw ? (JSON.parse(raw) as State) : { pending: [] };
}
const saveState = (s: State, props: Props) => props.setProperty(STATE_KEY, JSON.stringify(s));

/** The triggers of earlier versions (a one-minute continuation, a daily refresh) are removed. */
function dropLegacy(all: GoogleAppsScript.Script.Trigger[]): void {
  for (const t of all) if (LEGACY_HANDLERS.includes(t.getHandlerFunction())) ScriptApp.deleteTrigger(t);
}

/** Installs the hourly trigger once: a second call finds it and adds nothing. */
function ensureTrigger(state: State): void {
  const all = ScriptApp.getProjectTriggers();
  dropLegacy(all);
  if (state.triggerId && all.some((t) => t.getUniqueId() === state.triggerId)) return;
  state.triggerId = ScriptApp.newTrigger(DISPATCH_HANDLER).timeBased().everyHours(1).create().getUniqueId();
}

function removeTrigger(state: State): void {
  const all = ScriptApp.getProjectTriggers();
  dropLegacy(all);
  const t = all.find((x) => x.getUniqueId() === state.triggerId);
  if (t) ScriptApp.deleteTrigger(t);
  delete state.triggerId;
}

/** Work to be done by the next dispatches; installs the hourly trigger if it is not there. */
export function requestWork(work: Work, props = PropertiesService.getDocumentProperties()): void {
  const state = readState(props);
  if (!state.pending.includes(work)) state.pending.push(work);
  ensureTrigger(state);
  saveState(state, props);
}

/** This work is finished; with nothing else pending the trigger is removed. */
export function finishWork(work: Work, props = PropertiesService.getDocumentProperties()): void {
  const state = readState(props);
  if (!state.pending.includes(work) && !state.triggerId) return;
  state.pending = state.pending.filter((w) => w !== work);
  if (state.pending.length === 0) removeTrigger(state);
  saveState(state, props);
}

export const isPending = (work: Work, props = PropertiesService.getDocumentProperties()): boolean =>
  readState(props).pending.includes(work);

/** The daily work is due: asked for, not yet done today, and the day has reached DAILY_HOUR. */
export function dailyDue(todayIso: string, hour: number, props = PropertiesService.getDocumentProperties()): boolean {
  const s = readState(props);
  return s.pending.includes('daily') && s.dailyDone !== todayIso && hour >= DAILY_HOUR;
}

export function markDailyDone(todayIso: string, props = PropertiesService.getDocumentProperties()): void {
  const s = readState(props);
  s.dailyDone = todayIso;
  saveState(s, props);
}

/**
 * After a dispatch: the trigger stays exactly while work is pending — put back if the user deleted
 * it, removed if nothing is left.
 */
export function settle(props = PropertiesService.getDocumentProperties()): void {
  const state = readState(props);
  if (state.pending.length) ensureTrigger(state);
  else removeTrigger(state);
  saveState(state, props);
}
