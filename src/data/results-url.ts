/** `{endpoint}/results?region=…&survey=…`: the results route beside the receiver. */
export function resultsUrl(endpoint: string, region: string, survey: string): string {
  const url = new URL(endpoint);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/results`;
  url.search = '';
  url.hash = '';
  url.searchParams.set('region', region);
  url.searchParams.set('survey', survey);
  return url.href;
}
