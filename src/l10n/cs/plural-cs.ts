import { plural } from '../plural.js';

/** Czech plural: one, few (2–4), other. */
export const p = (n: number, one: string, few: string, other: string) => plural('cs', n, { one, few, many: other, other });
