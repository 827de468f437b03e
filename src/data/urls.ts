/**
 * Only http(s) URLs become links; everything else stays text.
 * - absolute `http://` / `https://` addresses are links;
 * - `www.example.cz` (as coordinators often write it) becomes `https://www.example.cz/`;
 * - paths (`/docs/zapis.pdf`, `./zapis.pdf`, `../zapis.pdf`) resolve against `base`
 *   (the page, or the data file's address when the caller passes it);
 * - any other text ("telefonem", "javascript:…", "mailto:…") is not a link.
 */
export function httpUrl(value: string | undefined, base = globalThis.document?.baseURI): string | undefined {
  const v = value?.trim();
  if (!v || /\s/.test(v)) return undefined;
  let candidate: string;
  if (/^https?:\/\//i.test(v)) candidate = v;
  else if (/^www\.[^/]+\.[a-z]{2,}(\/|$)/i.test(v)) candidate = `https://${v}`;
  else if (/^\.{0,2}\//.test(v) && !v.startsWith('//')) {
    if (!base) return undefined;
    candidate = new URL(v, base).href;
  } else return undefined;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
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
