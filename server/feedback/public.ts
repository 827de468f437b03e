/**
 * The public routes of the feedback API contract: submitting a comment (a
 * submission route, registered by app.ts with the others), the published
 * settlement (without personal data) and a resident's look-up of their own
 * comment by its receipt.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';
import { MSG } from '../messages.js';
import { isCommentingOpen, type PlanInfo, type RegionEntry } from '../regions.js';
import { FEEDBACK_MESSAGES, type SubmissionRoute } from '../submission.js';
import type { FeedbackContext } from './context.js';
import { fingerprint, parseComment } from './validate.js';
import { receiptOf } from '../../src/data/uuid.js';
import { normalizeReceipt } from '../../src/data/receipt-lookup.js';
import type { StoredComment } from '../store/types.js';
import { addressKey } from './address.js';

function findPlan(ctx: FeedbackContext, regionId: string, planId: string): { region: RegionEntry; plan: PlanInfo } {
  const region = ctx.regions.find(regionId);
  if (!region) throw new ApiError(404, 'unknown-region', MSG.unknownRegion(regionId));
  const plan = region.plan;
  if (!plan || plan.id !== planId) throw new ApiError(404, 'unknown-plan', MSG.unknownPlan(regionId, planId));
  return { region, plan };
}

/**
 * The section or measure a comment is on: with a paragraph (`<kpss-plan>`),
 * the paragraph's own, which a sectionId sent beside it must be (a parent
 * section is not enough: the desk lists a comment under what it names).
 */
function placeOf(plan: PlanInfo, paragraphId: string | null, sectionId: string | null): string | null {
  if (paragraphId === null) return sectionId;
  const paragraph = plan.paragraphs?.get(paragraphId);
  if (!paragraph) {
    throw new ApiError(400, 'invalid', MSG.invalidFields({ cs: `paragraphId (není odstavec textu plánu „${plan.id}")`, en: `paragraphId (not a paragraph of plan "${plan.id}")` }), {
      fields: ['paragraphId'],
    });
  }
  if (sectionId !== null && sectionId !== paragraph.place) {
    // Naming the ids echoes no resident's input: both are already known to be the plan's own.
    throw new ApiError(
      400,
      'invalid',
      MSG.invalidFields({
        cs: `sectionId a paragraphId (odstavec „${paragraphId}" patří k části „${paragraph.place}", ne „${sectionId}")`,
        en: `sectionId and paragraphId (paragraph "${paragraphId}" belongs to "${paragraph.place}", not "${sectionId}")`,
      }),
      { fields: ['sectionId', 'paragraphId'] },
    );
  }
  return paragraph.place;
}

/** The form's POST (registered with the other submissions, server/submission.ts). */
export function feedbackSubmission(ctx: FeedbackContext): SubmissionRoute {
  return {
    path: '/api/feedback',
    messages: FEEDBACK_MESSAGES,
    accept: (request, allowOrigin) => {
      const input = parseComment(request.body);
      const { plan } = findPlan(ctx, input.region, input.planId);
      allowOrigin(input.region);
      if (input.sectionId !== null && !plan.sections.has(input.sectionId)) {
        throw new ApiError(400, 'invalid', MSG.invalidFields({ cs: `sectionId (není oddíl ani opatření plánu „${plan.id}")`, en: `sectionId (not a section or measure of plan "${plan.id}")` }), {
          fields: ['sectionId'],
        });
      }
      const sectionId = placeOf(plan, input.paragraphId, input.sectionId);
      // Of the derived section: the same paragraph sent with and without its sectionId is the same comment.
      const print = fingerprint({ ...input, sectionId });
      return {
        id: input.id,
        fingerprint: print,
        honeypot: input.honeypot,
        open: (now) => isCommentingOpen(plan.commenting, now),
        repeat: (id, fingerprint) => ctx.store.checkRepeat(id, fingerprint),
        store: (receivedAt) =>
          ctx.store.submitComment({
            id: input.id,
            fingerprint: print,
            receivedAt,
            region: input.region,
            planId: input.planId,
            sectionId,
            paragraphId: input.paragraphId,
            message: input.message,
            proposal: input.proposal,
            name: input.name,
            organization: input.organization,
            email: input.email,
          }),
      };
    },
  };
}

export interface PublicRouteOptions {
  /** Receipt look-ups per address per minute (0 = no limit); default 30. */
  receiptRateLimitPerMinute?: number;
}

/** Look-ups of one address in a minute: enough for a family's few codes and typos, too few to walk 2³² codes. */
export const RECEIPT_RATE_LIMIT = 30;

const queryText = (query: Record<string, unknown>, name: string) => (typeof query[name] === 'string' ? (query[name] as string) : '');

/** 404 unless the plan is the region file's current one or an earlier one that has comments stored. */
async function publishedPlan(ctx: FeedbackContext, regionId: string, planId: string): Promise<void> {
  const region = ctx.regions.find(regionId);
  if (!region) throw new ApiError(404, 'unknown-region', MSG.unknownRegion(regionId));
  if (region.plan?.id !== planId && !(await ctx.store.hasComments(regionId, planId))) {
    throw new ApiError(404, 'unknown-plan', MSG.unknownPlan(regionId, planId));
  }
}

/**
 * What the look-up tells about one stored comment: only what the public table
 * shows or will show, never a name, organization, e-mail or time; undefined
 * for spam (never published, so never confirmed to exist).
 */
function publicMatch(c: StoredComment) {
  if (c.mark === 'spam') return undefined;
  // A duplicate is not in the table itself: the comment it repeats is, with the settlement of both.
  if (c.mark === 'duplicate' && typeof c.duplicateOf === 'number') return { number: c.number, status: null, duplicateOf: c.duplicateOf };
  if (c.status === null || c.mark) return { number: c.number, status: null };
  return { number: c.number, section: c.sectionId, paragraph: c.paragraphId ?? null, status: c.status, resolution: c.resolution };
}

export async function publicRoutes(app: FastifyInstance, ctx: FeedbackContext, options: PublicRouteOptions = {}): Promise<void> {
  // Public data: any page may read these answers, errors included (simple GETs, no preflight).
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('access-control-allow-origin', '*');
  });
  app.get('/api/health', async () => ({ status: 'ok' }));

  app.get('/api/settlement', async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const regionId = queryText(query, 'region');
    const planId = queryText(query, 'plan');
    if (!regionId || !planId) {
      throw new ApiError(400, 'invalid', MSG.needRegionAndPlan, { fields: ['region', 'plan'] });
    }
    await publishedPlan(ctx, regionId, planId);
    const comments = await ctx.store.listComments({ region: regionId, planId, settledOnly: true });
    reply.header('cache-control', 'public, max-age=60');
    // Only what the annex of the plan publishes: no name, organization, e-mail or time.
    // Spam and duplicates are left out by the store. `receipt` is the short number the
    // form showed the resident ("3F0C-2A8E", 32 of the id's 122 random bits): how they find theirs.
    return {
      region: regionId,
      plan: planId,
      comments: comments.map((c) => ({
        number: c.number,
        receipt: receiptOf(c.id),
        section: c.sectionId,
        // The plan widget counts comments per paragraph by it; null for one on a whole section, measure or plan.
        paragraph: c.paragraphId ?? null,
        message: c.message,
        proposal: c.proposal,
        status: c.status,
        resolution: c.resolution,
      })),
    };
  });

  // "Najít moji připomínku": a resident's comment by the receipt the form showed and the mail repeats.
  // Limited per address: at 30 a minute one address would need over 270 years to try the 2³² codes of a plan.
  const rateMax = options.receiptRateLimitPerMinute ?? RECEIPT_RATE_LIMIT;
  const limit =
    rateMax > 0
      ? {
          config: {
            rateLimit: {
              max: rateMax,
              timeWindow: 60_000,
              keyGenerator: (request: FastifyRequest) => addressKey(request.ip),
              errorResponseBuilder: (_request: FastifyRequest, context: { ttl: number }) =>
                new ApiError(429, 'rate-limited', MSG.lookupLimited(Math.max(1, Math.ceil(context.ttl / 1000)))),
            },
          },
        }
      : {};
  app.get('/api/settlement/receipt', limit, async (request, reply) => {
    const query = request.query as Record<string, unknown>;
    const regionId = queryText(query, 'region');
    const planId = queryText(query, 'plan');
    const typed = queryText(query, 'receipt');
    if (!regionId || !planId || !typed.trim()) {
      throw new ApiError(400, 'invalid', MSG.needRegionPlanReceipt, { fields: ['region', 'plan', 'receipt'].filter((f) => !queryText(query, f).trim()) });
    }
    const receipt = normalizeReceipt(typed);
    if (!receipt) throw new ApiError(400, 'invalid', MSG.badReceipt, { fields: ['receipt'] });
    await publishedPlan(ctx, regionId, planId);
    // The answer changes when the coordinator settles: never kept by a cache on the way.
    reply.header('cache-control', 'no-store');
    const comments = (await ctx.store.commentsByReceipt(regionId, planId, receipt)).map(publicMatch).filter((m) => m !== undefined);
    if (comments.length === 0) throw new ApiError(404, 'unknown-receipt', MSG.unknownReceipt(receipt));
    return { region: regionId, plan: planId, receipt, comments };
  });
}
