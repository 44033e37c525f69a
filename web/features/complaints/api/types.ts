/**
 * Types the case pages use. The case itself is the core contract's (shared/contracts/
 * complaints-case.ts). Pauses and the taxonomy of forms belong to the deadlines part, whose contract
 * (complaints-deadlines.ts) lands on main separately: the two small shapes below mirror it until
 * the integrator merges both, then they become its imports.
 */
export {
  ATTACHMENT_KINDS,
  type AttachmentKind,
  type ClassificationBody,
  type ComplaintAttachment,
  type ComplaintDetail,
  type ComplaintEvent,
  type ComplaintMessage,
  type MessageBody,
  type OfficersBody,
  type RecommendationBody,
  type RevealedIdentity,
} from '../../../../shared/contracts/complaints-case';

export const WAITING_ON = ['pelapor', 'terlapor'] as const;
export type WaitingOn = (typeof WAITING_ON)[number];

/** POST /complaints/:id/pauses (deadlines contract `PauseInputSchema`). */
export interface PauseInput {
  waitingOn: WaitingOn;
  reason: string;
  from?: string;
}

/** GET /maladministration-forms (deadlines contract `MalFormListSchema`). */
export interface FormsList {
  items: Array<{ code: string; nameId: string; nameEn: string; retired: boolean }>;
}
