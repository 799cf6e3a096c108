/** The documents the add-on writes. Orders get a number; letters and plans are one per person/pair. */
export const ORDER_KINDS = ['implement', 'curator', 'approve', 'mentors', 'pairs', 'finalEvent', 'reward'] as const;
export const BATCH_KINDS = ['letter', 'plan'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];
export type BatchKind = (typeof BATCH_KINDS)[number];
export type DocKind = OrderKind | BatchKind;

export const isOrderKind = (k: string): k is OrderKind => (ORDER_KINDS as readonly string[]).includes(k);
