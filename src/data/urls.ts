/**
 * Only http(s) URLs become links; everything else stays text.
 * - absolute `http://` / `https://` addresses are links;
 * - `www.example.cz` (as coordinators often write it) becomes `https://www.example.cz/`;
 * - paths (`/docs/zapis.pdf`, `./zapis.pdf`, `../zapis.pdf`) resolve against `base`
 *   (the page, or the data file's address when the caller passes it) and stay on its host;
 * - any other text ("telefonem", "javascript:…", "mailto:…") is not a link.
 * Browsers read `\` as `/` in http(s) URLs and drop tabs and line breaks anywhere
 * (WHATWG URL), so `/\evil.example` is another host, not a path: a value with a
 * backslash, a control character, a space or a user name (`www.obec.cz@evil.example`)
 * is refused.
 */
export function httpUrl(value: string | undefined, base = globalThis.document?.baseURI): string | undefined {
  const v = value?.trim();
  if (!v || /[\s\\\0-\x1f\x7f]/.test(v)) return undefined;
  const path = /^\.{0,2}\/(?!\/)/.test(v);
  const candidate = /^https?:\/\//i.test(v) || path ? v : /^www\.[^/]+\.[a-z]{2,}(\/|$)/i.test(v) ? `https://${v}` : '';
  if (!candidate || (path && !base)) return undefined;
  try {
    const url = new URL(candidate, path ? base : undefined);
    const ok = /^https?:$/.test(url.protocol) && !url.username && !url.password && (!path || url.host === new URL(base!).host);
    return ok ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `tel:` link for a phone number as people write it ("+420 376 123 456"). */
export function telUrl(phone: string): string | undefined {
  const digits = phone.replace(/[^\d+]/g, '');
  return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : undefined;
}

export function mailtoUrl(email: string): string | undefined {
  const trimmed = email.trim();
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(trimmed) ? `mailto:${trimmed}` : undefined;
}
