import { expect } from '@open-wc/testing';
import { httpUrl, mailtoUrl, telUrl } from '../../src/data/urls.js';

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
  it('makes tel: and mailto: only from plausible values', () => {
    expect(telUrl('+420 376 123 456')).to.equal('tel:+420376123456');
    expect(telUrl('volejte')).to.equal(undefined);
    expect(mailtoUrl('jana@obec.cz')).to.equal('mailto:jana@obec.cz');
    expect(mailtoUrl('jana@obec.cz?bcc=x@y.cz"')).to.equal(undefined);
  });
});
