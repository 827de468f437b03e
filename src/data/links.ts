import { httpUrl } from './urls.js';

/**
 * A URL field of the data as a link target: an absolute http(s) URL, or a
 * path (`/zapisy/2026-03.pdf`, `./zapis.pdf`) resolved against the data
 * file's address, not the page's (the file may live on another server).
 * Anything else (`Telefonem na čísle …`, `javascript:…`) stays text.
 */
export function dataLink(value: string | undefined, base: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v || !/^(https?:)?\/\/|^\.{0,2}\//i.test(v)) return undefined;
  return httpUrl(v, base);
}
