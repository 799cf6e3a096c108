/** Why a row of an imported list is not merged; the texts are in messages.ts. */
export type SkipReason = 'noName' | 'duplicateInSource' | 'ambiguous' | 'unchanged' | 'otherBase' | 'notParticipant' | 'erased';
