/**
 * What the feedback routes need from storage. SQLite implements it
 * (server/store/sqlite.ts); a PostgreSQL store for bigger deployments would
 * implement the same interface. Every method is async for that reason, even
 * where SQLite answers synchronously.
 */
import type { SubmitOutcome } from './submissions.js';

export type { SubmitOutcome } from './submissions.js';

export const SETTLEMENT_STATUSES = ['akceptovano', 'castecne-akceptovano', 'neakceptovano', 'vzato-na-vedomi'] as const;
export type SettlementStatus = (typeof SETTLEMENT_STATUSES)[number];

/** How a comment came: the web form, or typed in on the desk from paper, an e-mail or a meeting. */
export const COMMENT_CHANNELS = ['web', 'paper', 'email', 'meeting'] as const;
export type CommentChannel = (typeof COMMENT_CHANNELS)[number];

export const COMMENT_MARKS = ['spam', 'duplicate'] as const;
export type CommentMark = (typeof COMMENT_MARKS)[number];

/** A comment as validated and normalized by the route, ready to store. */
/** What a resident sent, as stored: the contract's fields, absent ones as null. */
export interface CommentFields {
  region: string;
  planId: string;
  sectionId: string | null;
  /**
   * The paragraph of the plan's text the comment is on (`<kpss-plan>`); then
   * `sectionId` is that paragraph's section or measure. Null for comments on
   * a whole section, measure or plan, and for those stored before paragraphs.
   * Optional here so that writers from before paragraphs (the desk's entry,
   * scripts) need not name it: absent is stored as null.
   */
  paragraphId?: string | null;
  message: string;
  proposal: string | null;
  name: string | null;
  organization: string | null;
  email: string | null;
}

export interface NewComment extends CommentFields {
  id: string;
  /** Hash of the normalized content: same id + same fingerprint = a repeat. */
  fingerprint: string;
  receivedAt: string;
  /** Default `web`. */
  channel?: CommentChannel;
  /** Who typed in a comment received on paper, by e-mail or at a meeting. */
  enteredBy?: string | null;
}

export interface StoredComment extends CommentFields {
  id: string;
  /** Always read back (null when none). */
  paragraphId: string | null;
  /** The comment's number in its plan's settlement table (1, 2, 3, … per region and plan). */
  number: number;
  receivedAt: string;
  status: SettlementStatus | null;
  resolution: string | null;
  settledAt: string | null;
  /** Spam or a duplicate: kept for the record, never published (the coordinator's desk). */
  mark?: CommentMark | null;
  /** For a duplicate: the number of the comment it repeats (same plan). */
  duplicateOf?: number | null;
  /** When name, organization and e-mail were erased on request (GDPR). */
  erasedAt?: string | null;
  /** Absent from stores that predate channels: `web`. */
  channel?: CommentChannel;
  enteredBy?: string | null;
}

/** A comment received on paper, by e-mail or at a meeting and typed in on the desk. */
export interface EnteredComment extends NewComment {
  channel: Exclude<CommentChannel, 'web'>;
  /** The signed-in coordinator who typed it in. */
  enteredBy: string;
}

export interface CommentQuery {
  region: string;
  planId?: string;
  /** Only comments with a status (the public settlement). */
  settledOnly?: boolean;
}

export interface SettlementPatch {
  status?: SettlementStatus | null;
  resolution?: string | null;
}

export interface FeedbackStore {
  /** Stores a new comment durably; resolves only after the commit. */
  submitComment(comment: NewComment): Promise<SubmitOutcome>;
  /**
   * Stores a comment typed in on the desk, through the same insert as
   * submitComment: the same idempotency (the form's id) and the same number
   * sequence of the plan.
   */
  enterComment(comment: EnteredComment): Promise<SubmitOutcome>;
  /** The outcome a submission would have if the id is already stored, else undefined. */
  checkRepeat(id: string, fingerprint: string): Promise<SubmitOutcome | undefined>;
  /** Oldest first. */
  listComments(query: CommentQuery): Promise<StoredComment[]>;
  hasComments(region: string, planId?: string): Promise<boolean>;
  /**
   * The plan's comments with this receipt ("3F0C-2A8E", as `normalizeReceipt`
   * in src/data/receipt-lookup.ts gives it), by number: usually one, more when 32 bits
   * collide; spam and duplicates included (the public route decides what to say).
   */
  commentsByReceipt(region: string, planId: string, receipt: string): Promise<StoredComment[]>;
  /** Records the settlement durably; undefined when there is no such comment. */
  settleComment(id: string, patch: SettlementPatch, at: string): Promise<StoredComment | undefined>;
  close(): Promise<void>;
}
