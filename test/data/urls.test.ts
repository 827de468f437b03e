import { expect } from '@open-wc/testing';
import { httpUrl, mailtoUrl, telUrl } from '../../src/data/urls.js';
import { dataLink } from '../../src/data/links.js';

describe('urls: only http(s) becomes a link', () => {
  const base = 'https://obec.example/kpss/index.html';
  it('keeps absolute http(s) addresses', () => {
    expect(httpUrl('https://www.charita.cz/kt', base)).to.equal('https://www.charita.cz/kt');
    expect(httpUrl(' HTTP://x.example ', base)).to.equal('http://x.example/');
  });
  it('completes www. addresses as people write them', () => {
    expect(httpUrl('www.charita.cz', base)).to.equal('https://www.charita.cz/');
    expect(httpUrl('www.klatovy.cz/socialni', base)).to.equal('https://www.klatovy.cz/socialni');
  });
  it('resolves paths against the base', () => {
    expect(httpUrl('/docs/zapis.pdf', base)).to.equal('https://obec.example/docs/zapis.pdf');
    expect(httpUrl('./zapis.pdf', base)).to.equal('https://obec.example/kpss/zapis.pdf');
    expect(httpUrl('../zapis.pdf', base)).to.equal('https://obec.example/zapis.pdf');
  });
  it('never links other schemes or plain text', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', 'mailto:a@b.cz', 'ftp://x.cz', 'Telefonem na čísle 123', 'zapis.pdf', '//evil.example/x', 'vbscript:x', '']) {
      expect(httpUrl(bad, base), bad).to.equal(undefined);
    }
    expect(httpUrl(undefined, base)).to.equal(undefined);
  });
  it('reads backslashes as a browser does: /\\host and \\\\host name another host, so they are no links', () => {
    // WHATWG URL parsing turns "\\" into "/" in http(s) URLs and drops tabs and line breaks.
    expect(new URL('/\\evil.example/x', base).host, 'what a browser makes of it').to.equal('evil.example');
    const bad = ['/\\evil.example/x', '\\\\evil.example', '/\\/evil', 'https:\\\\evil.example', '\\evil.example/x', './\\..\\x', '/\t/evil.example/x', '/\n/evil.example', '/\r/evil.example', 'https://obec.example/a\\b', 'www.obec.cz@evil.example', 'https://obec.example@evil.example/', '/\u0000/evil.example'];
    for (const value of bad) {
      expect(httpUrl(value, base), JSON.stringify(value)).to.equal(undefined);
      expect(dataLink(value, base), `dataLink ${JSON.stringify(value)}`).to.equal(undefined);
    }
  });
  it('a path always stays on the host of its base (page or data file)', () => {
    expect(dataLink('/zapisy/2026-03.pdf', 'https://data.example/kpss/region.json')).to.equal('https://data.example/zapisy/2026-03.pdf');
    expect(dataLink('./zapis.pdf', 'https://data.example/kpss/region.json')).to.equal('https://data.example/kpss/zapis.pdf');
    expect(dataLink('https://meet.example/kpss', 'https://data.example/kpss/region.json')).to.equal('https://meet.example/kpss');
    expect(httpUrl('/a%5Cb?q=x#y', base)).to.equal('https://obec.example/a%5Cb?q=x#y');
  });
  it('makes tel: and mailto: only from plausible values', () => {
    expect(telUrl('+420 376 123 456')).to.equal('tel:+420376123456');
    expect(telUrl('volejte')).to.equal(undefined);
    expect(mailtoUrl('jana@obec.cz')).to.equal('mailto:jana@obec.cz');
    expect(mailtoUrl('jana@obec.cz?bcc=x@y.cz"')).to.equal(undefined);
  });
});
