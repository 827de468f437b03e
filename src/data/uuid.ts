/**
 * A random UUID (version 4). `crypto.randomUUID()` exists only in secure
 * contexts (https, localhost); many town sites still serve plain http, where
 * `crypto.getRandomValues()` is still available, so the UUID is built from it.
 */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A short, readable receipt number for a resident: "3F0C-2A8E" from the id. */
export function receiptOf(id: string): string {
  const hex = id.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}`;
}

/**
 * A receipt as a resident types it, in the form `receiptOf` gives
 * ("3F0C-2A8E"), or undefined when it cannot be one. Forgiving where people
 * differ without meaning to: upper or lower case, spaces anywhere (copied
 * from a mail, split in two), the dash or none, or the dash a mail program
 * made into another one (‐ ‑ – —). Not forgiving about the digits: only
 * 0–9 and A–F, exactly eight of them.
 */
export function normalizeReceipt(input: string): string | undefined {
  const match = /^([0-9a-f]{4})[-\u2010\u2011\u2012\u2013\u2014]?([0-9a-f]{4})$/i.exec(input.replace(/\s+/g, ''));
  return match ? `${match[1]!.toUpperCase()}-${match[2]!.toUpperCase()}` : undefined;
}
