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
