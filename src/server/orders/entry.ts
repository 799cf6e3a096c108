/** What Apps Script calls for «Приказы и документы»: menu items, the sidebar's jobs and progress, the hourly dispatcher. */
import type { JobOf, SidebarJob } from '../../domain/home/home';
import { menuJob, runForSidebar, runSidebarJob, withDocumentLock, type Jobs } from '../ui/run';
import { makeOrder } from './orders';
import { progress, resumeBatch, startBatch, type OrdersProgress } from './batch';
import { runDispatch } from './dispatch';

/**
 * Every job here asks before it writes («again?», the journal number, the event's date) and takes
 * the document lock itself after the questions: none holds the lock across a dialog.
 */
const JOBS = {
  orderImplement: (book) => makeOrder(book, 'implement'),
  orderCurator: (book) => makeOrder(book, 'curator'),
  orderApprove: (book) => makeOrder(book, 'approve'),
  orderMentors: (book) => makeOrder(book, 'mentors'),
  orderPairs: (book) => makeOrder(book, 'pairs'),
  orderPairChanges: (book) => makeOrder(book, 'pairChanges'),
  orderAssociation: (book) => makeOrder(book, 'association'),
  orderFinalEvent: (book) => makeOrder(book, 'finalEvent'),
  orderReward: (book) => makeOrder(book, 'reward'),
  makeMunicipalInfo: (book) => makeOrder(book, 'municipalInfo'),
  makeLetters: (book) => startBatch(book, 'letter'),
  makePlans: (book) => startBatch(book, 'plan'),
  makeAgreements: (book) => startBatch(book, 'agreement'),
  makePartnerLetters: (book) => startBatch(book, 'partnerLetter'),
  makeParentLetters: (book) => startBatch(book, 'parentLetter'),
  makeCertificates: (book) => startBatch(book, 'certificate'),
  resumeDocuments: (book) => withDocumentLock(() => resumeBatch(book)),
} satisfies Jobs<JobOf<'runOrdersJob'>>;

const UNLOCKED = false;
/** Menu «Приказы и документы»: each item runs its job and tells the result in a toast. */
export const orderImplement = menuJob(JOBS.orderImplement, UNLOCKED);
export const orderCurator = menuJob(JOBS.orderCurator, UNLOCKED);
export const orderApprove = menuJob(JOBS.orderApprove, UNLOCKED);
export const orderMentors = menuJob(JOBS.orderMentors, UNLOCKED);
export const orderPairs = menuJob(JOBS.orderPairs, UNLOCKED);
export const orderPairChanges = menuJob(JOBS.orderPairChanges, UNLOCKED);
export const orderAssociation = menuJob(JOBS.orderAssociation, UNLOCKED);
export const orderFinalEvent = menuJob(JOBS.orderFinalEvent, UNLOCKED);
export const orderReward = menuJob(JOBS.orderReward, UNLOCKED);
export const makeMunicipalInfo = menuJob(JOBS.makeMunicipalInfo, UNLOCKED);
export const makeLetters = menuJob(JOBS.makeLetters, UNLOCKED);
export const makePlans = menuJob(JOBS.makePlans, UNLOCKED);
export const makeAgreements = menuJob(JOBS.makeAgreements, UNLOCKED);
export const makePartnerLetters = menuJob(JOBS.makePartnerLetters, UNLOCKED);
export const makeParentLetters = menuJob(JOBS.makeParentLetters, UNLOCKED);
export const makeCertificates = menuJob(JOBS.makeCertificates, UNLOCKED);
/** Menu «Продолжить формирование документов». */
export const resumeDocuments = menuJob(JOBS.resumeDocuments, UNLOCKED);

/** Sidebar «Приказы»: one of the jobs above, with its Russian result. */
export function runOrdersJob(job: SidebarJob): string {
  return runSidebarJob(JOBS, job, UNLOCKED);
}

/**
 * The hourly trigger, the add-on's only time-driven one: continues a pending batch and refreshes the
 * roadmap once a day; removes itself when nothing is pending. Never throws at the user; Executions
 * logs problems.
 */
export function dispatchHourly(): void {
  try {
    // In an add-on's time trigger there may be no active spreadsheet: then there is nothing to do.
    const book = SpreadsheetApp.getActive();
    if (book) withDocumentLock(() => runDispatch(book));
  } catch (e) {
    console.error(e);
  }
}

/** The one-minute trigger of earlier versions, if a Sheet still has it: handed over to the dispatcher, which removes it. */
export function continueOrders(): void {
  dispatchHourly();
}

/**
 * Sidebar: progress of a running batch, as plain JSON. Read without the document lock: the batch
 * holds it for its whole run, and the panel polls meanwhile.
 */
export function getOrdersProgress(): OrdersProgress {
  return runForSidebar(progress, false);
}
