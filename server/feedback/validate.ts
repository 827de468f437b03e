/**
 * The body of a comment (feedback API contract) and of a settlement PATCH,
 * in zod/mini like the region schema. Errors name the fields and the rule,
 * never the submitted value (it may be personal data).
 */
import * as z from 'zod/mini';
import { createHash } from 'node:crypto';
import { ApiError, type Text } from '../errors.js';
import { MSG } from '../messages.js';
import { SETTLEMENT_STATUSES, type CommentFields, type SettlementPatch } from '../store/types.js';

export const MAX_TEXT = 5000;
export const MAX_RESOLUTION = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** "Looks like an e-mail": one @, something before it, a dot in the domain, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Characters as people count them (code points), not UTF-16 units. */
const length = (s: string) => {
  let n = 0;
  for (const _ of s) n += 1;
  return n;
};

export const textLength = length;

/** The public form's e-mail rule, for the desk's form too. */
export const looksLikeEmail = (s: string) => EMAIL.test(s);

/** Optional text: absent, null and "" (after trimming) all mean "not given". */
const optionalText = (max?: number, test?: (s: string) => boolean) =>
  z.optional(
    z.nullable(
      z.string().check(
        z.trim(),
        z.refine((s) => (max === undefined || length(s) <= max) && (s === '' || !test || test(s))),
      ),
    ),
  );

const CommentBody = z.object({
  id: z.string().check(z.trim(), z.regex(UUID)),
  region: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  planId: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  sectionId: optionalText(200),
  paragraphId: optionalText(200),
  message: z.string().check(z.trim(), z.refine((s) => s.length > 0 && length(s) <= MAX_TEXT)),
  proposal: optionalText(MAX_TEXT),
  name: optionalText(),
  organization: optionalText(),
  email: optionalText(254, (s) => EMAIL.test(s)),
  website: z.optional(z.nullable(z.string())),
});

const RULES: Record<string, Text> = {
  id: { cs: 'povinné, UUID vytvořené formulářem', en: 'required, a UUID made by the form' },
  region: { cs: 'povinné, id regionu', en: 'required, the region id' },
  planId: { cs: 'povinné, id plánu', en: 'required, the plan id' },
  sectionId: { cs: 'nepovinné, id oddílu nebo opatření plánu', en: 'optional, a section or measure id of the plan' },
  paragraphId: { cs: 'nepovinné, id odstavce textu plánu', en: 'optional, a paragraph id of the plan\'s text' },
  message: { cs: `povinné, 1–${MAX_TEXT} znaků bez okrajových mezer`, en: `required, 1–${MAX_TEXT} characters after trimming` },
  proposal: { cs: `nepovinné, nejvýše ${MAX_TEXT} znaků`, en: `optional, up to ${MAX_TEXT} characters` },
  name: { cs: 'nepovinné, text', en: 'optional text' },
  organization: { cs: 'nepovinné, text', en: 'optional text' },
  email: { cs: 'nepovinné, musí vypadat jako e-mailová adresa (jmeno@example.cz)', en: 'optional, must look like an e-mail address (name@example.cz)' },
  website: { cs: 'nepovinné, text', en: 'optional text' },
  status: { cs: `jedno z ${SETTLEMENT_STATUSES.join(', ')}, nebo null`, en: `one of ${SETTLEMENT_STATUSES.join(', ')}, or null` },
  resolution: { cs: `text nejvýše ${MAX_RESOLUTION} znaků, nebo null`, en: `text up to ${MAX_RESOLUTION} characters, or null` },
};
const INVALID: Text = { cs: 'neplatné', en: 'invalid' };

export interface CommentInput extends CommentFields {
  id: string;
  paragraphId: string | null;
  /** The honeypot: non-empty means a bot. */
  honeypot: boolean;
}

function invalid(issues: readonly { path: readonly PropertyKey[] }[]): ApiError {
  const fields = [...new Set(issues.map((i) => String(i.path[0] ?? 'body')))];
  const list = (lang: keyof Text) => fields.map((f) => `${f} (${(RULES[f] ?? INVALID)[lang]})`).join('; ');
  return new ApiError(400, 'invalid', MSG.invalidFields({ cs: list('cs'), en: list('en') }), { fields });
}

export function requireObject(body: unknown): Record<string, unknown> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiError(400, 'not-json', MSG.notObject);
  }
  return body as Record<string, unknown>;
}

const blank = (s: string | null | undefined) => (s ? s : null);

/** Validates and normalizes a comment; throws a 400 ApiError naming the fields. */
export function parseComment(body: unknown): CommentInput {
  const result = CommentBody.safeParse(requireObject(body));
  if (!result.success) throw invalid(result.error.issues);
  const c = result.data;
  return {
    id: c.id.toLowerCase(),
    region: c.region,
    planId: c.planId,
    sectionId: blank(c.sectionId),
    paragraphId: blank(c.paragraphId),
    message: c.message,
    proposal: blank(c.proposal),
    name: blank(c.name),
    organization: blank(c.organization),
    email: blank(c.email),
    honeypot: typeof c.website === 'string' && c.website.trim() !== '',
  };
}

/**
 * Hash of what was said and by whom: the idempotency comparison ("the same
 * body"). `extra`: what else a kind of entry holds (the desk's channel and
 * date received); none leaves the web form's fingerprints as they were.
 * The paragraph goes in only when there is one, as an object (never equal to
 * an `extra` string), so comments without a paragraph, stored before
 * paragraphs, keep their fingerprints and their repeats stay repeats.
 */
export function fingerprint(c: CommentFields, extra: readonly string[] = []): string {
  const paragraph = c.paragraphId ? [{ paragraph: c.paragraphId }] : [];
  const canonical = JSON.stringify([c.region, c.planId, c.sectionId, c.message, c.proposal, c.name, c.organization, c.email, ...extra, ...paragraph]);
  return createHash('sha256').update(canonical).digest('base64url');
}

const PatchBody = z.object({
  status: z.optional(z.nullable(z.enum(SETTLEMENT_STATUSES))),
  resolution: z.optional(z.nullable(z.string().check(z.trim(), z.refine((s) => length(s) <= MAX_RESOLUTION)))),
});

export function parseSettlementPatch(body: unknown): SettlementPatch {
  const object = requireObject(body);
  const result = PatchBody.safeParse(object);
  if (!result.success) throw invalid(result.error.issues);
  const patch: SettlementPatch = {};
  if (result.data.status !== undefined) patch.status = result.data.status;
  if (result.data.resolution !== undefined) patch.resolution = blank(result.data.resolution);
  if (Object.keys(patch).length === 0) {
    const either = (lang: keyof Text) => `status (${RULES.status![lang]}) ${lang === 'cs' ? 'nebo' : 'or'} resolution (${RULES.resolution![lang]})`;
    throw new ApiError(400, 'invalid', MSG.invalidFields({ cs: either('cs'), en: either('en') }), { fields: ['status', 'resolution'] });
  }
  return patch;
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
