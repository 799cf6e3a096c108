/**
 * The documents the add-on writes. Orders get a number from the school's journal; the documents an
 * order approves (Положение, программа, дорожная карта) carry that order's date and number; the
 * information to the municipal body gets an outgoing number; batches are one document per person,
 * pair or partner.
 */
export const ORDER_KINDS = [
  'implement', 'curator', 'approve', 'mentors', 'pairs', 'pairChanges', 'association', 'finalEvent', 'reward',
] as const;
/** Appendices 1–3 of the approval order, made with it. */
export const APPROVED_KINDS = ['regulation', 'programme', 'roadmap'] as const;
/** Single documents with an outgoing number. */
export const PAPER_KINDS = ['municipalInfo'] as const;
export const BATCH_KINDS = ['letter', 'plan', 'agreement', 'partnerLetter', 'parentLetter', 'certificate'] as const;

export type OrderKind = (typeof ORDER_KINDS)[number];
export type ApprovedKind = (typeof APPROVED_KINDS)[number];
export type PaperKind = (typeof PAPER_KINDS)[number];
export type BatchKind = (typeof BATCH_KINDS)[number];
export type DocKind = OrderKind | ApprovedKind | PaperKind | BatchKind;
export const ALL_KINDS: readonly DocKind[] = [...ORDER_KINDS, ...APPROVED_KINDS, ...PAPER_KINDS, ...BATCH_KINDS];

export const isOrderKind = (k: string): k is OrderKind => (ORDER_KINDS as readonly string[]).includes(k);
export const isBatchKind = (k: string): k is BatchKind => (BATCH_KINDS as readonly string[]).includes(k);
