/** Menu items, the continuation trigger and the sidebar call of «Приказы и документы». */
import type { OrderKind } from '../../domain/orders/kinds';
import { BASES_UI } from '../../domain/bases/messages';
import { runForUser, toast, withDocumentLock } from '../ui/run';
import { makeOrder } from './orders';
import { progress, resumeBatch, startBatch, type BatchKind, type OrdersProgress } from './batch';

const order = (kind: OrderKind) => () => {
  runForUser(() => toast(makeOrder(SpreadsheetApp.getActive(), kind)));
};
const batch = (kind: BatchKind) => () => {
  runForUser(() => toast(startBatch(SpreadsheetApp.getActive(), kind)));
};

export const orderImplement = order('implement');
export const orderCurator = order('curator');
export const orderApprove = order('approve');
export const orderMentors = order('mentors');
export const orderPairs = order('pairs');
export const orderFinalEvent = order('finalEvent');
export const orderReward = order('reward');
export const makeLetters = batch('letter');
export const makePlans = batch('plan');

/** Menu «Продолжить формирование документов». */
export function resumeDocuments(): void {
  runForUser(() => toast(resumeBatch(SpreadsheetApp.getActive())));
}

/** Time-based trigger: the next chunk of a batch. Never throws at the user; Executions logs problems. */
export function continueOrders(): void {
  try {
    withDocumentLock(() => resumeBatch(SpreadsheetApp.getActive()));
  } catch (e) {
    console.error(e);
  }
}

/**
 * Sidebar: progress of a running batch, as plain JSON. Read without the document lock: the batch
 * holds it for its whole run, and the panel polls meanwhile.
 */
export function getOrdersProgress(): OrdersProgress {
  try {
    return progress();
  } catch (e) {
    console.error(e);
    throw new Error(BASES_UI.unexpected, { cause: e });
  }
}
