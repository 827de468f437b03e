/**
 * The coordinator's token compared in constant time: shared by the bearer
 * routes (server/feedback/admin.ts) and the desk's sign-in (auth.ts), in a
 * module of its own so that neither imports the other.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Constant-time comparison (hashing first makes the lengths equal). */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}
