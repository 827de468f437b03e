/**
 * demo/embed.html, the page a town webmaster is sent to: the snippet and the
 * live preview agree, and the copied snippet works on a blank page.
 * Uses the built bundle (dist/), as a town page would.
 */
import { expect } from '@open-wc/testing';

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(get: () => T | null | undefined | false, what: string, tries = 250): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = get();
    if (value) return value;
    await tick();
  }
  throw new Error(`timed out waiting for ${what}`);
}

function frame(src: string | { srcdoc: string }): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  iframe.style.height = '800px';
  const loaded = new Promise<HTMLIFrameElement>((resolve) => iframe.addEventListener('load', () => resolve(iframe), { once: true }));
  if (typeof src === 'string') iframe.src = src;
  else iframe.srcdoc = src.srcdoc;
  document.body.append(iframe);
  return loaded;
}

/** The element of a snippet, parsed as a browser would parse the pasted HTML. */
function parseSnippet(snippet: string): { script: string; tag: string; attrs: Record<string, string> } {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${snippet}</body>`, 'text/html');
  const script = doc.querySelector('script')!;
  const el = doc.body.lastElementChild!;
  return { script: script.getAttribute('src')!, tag: el.localName, attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) };
}

const attrsOf = (el: Element) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));

describe('demo/embed.html (configurator)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('keeps the snippet and the live preview in agreement as options change', async () => {
    const page = (await frame('/demo/embed.html')).contentDocument!;
    const snippet = () => page.getElementById('snippet')!.textContent!;
    const preview = () => page.getElementById('preview')!.firstElementChild!;
    await waitFor(() => snippet().includes('<kpss-catalog'), 'the first snippet');
    let parsed = parseSnippet(snippet());
    expect(parsed.tag).to.equal('kpss-catalog');
    expect(parsed.attrs.src).to.equal(`${location.origin}/demo/data/klatovsko.json`);
    expect(parsed.script).to.equal(`${location.origin}/dist/kpss-widgets.js`);
    expect(attrsOf(preview())).to.deep.equal(parsed.attrs);

    const set = (id: string, value: string | boolean) => {
      const control = page.getElementById(id) as HTMLInputElement | HTMLSelectElement;
      if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
      else control.value = value;
      control.dispatchEvent(new Event('change', { bubbles: true }));
    };
    set('region', 'data/susicko.json');
    set('opt-municipality', 'Sušice');
    set('opt-no-map', true);
    set('lang', 'en');
    parsed = parseSnippet(snippet());
    expect(parsed.attrs).to.deep.equal({ src: `${location.origin}/demo/data/susicko.json`, lang: 'en', municipality: 'Sušice', 'no-map': '' });
    expect(attrsOf(preview())).to.deep.equal(parsed.attrs);

    set('widget', 'kpss-events');
    set('opt-variant', 'compact');
    set('opt-limit', '2');
    set('opt-types', 'pracovni-skupina, kulaty-stul');
    parsed = parseSnippet(snippet());
    expect(parsed.tag).to.equal('kpss-events');
    expect(parsed.attrs).to.include({ variant: 'compact', limit: '2', types: 'pracovni-skupina, kulaty-stul' });
    expect(preview().localName).to.equal('kpss-events');
    expect(attrsOf(preview())).to.deep.equal(parsed.attrs);
    // The preview is a live widget.
    await waitFor(() => preview().shadowRoot?.querySelector('[part~="event"], [part~="empty"]'), 'the preview to render');

    // A value with quotes and markup stays one attribute value.
    set('opt-more-url', 'https://www.susice.cz/"><img src=x onerror=alert(1)>');
    parsed = parseSnippet(snippet());
    expect(parsed.attrs['more-url']).to.equal('https://www.susice.cz/"><img src=x onerror=alert(1)>');
    expect(attrsOf(preview())).to.deep.equal(parsed.attrs);
  });

  it('gives a snippet that, pasted into a blank page, renders the widget', async () => {
    const page = (await frame('/demo/embed.html')).contentDocument!;
    const code = await waitFor(() => page.getElementById('snippet')!.textContent, 'the snippet');
    (page.getElementById('copy') as HTMLButtonElement).click();
    await waitFor(() => page.getElementById('copy-status')!.textContent, 'the copy confirmation');
    const blank = (await frame({ srcdoc: `<!doctype html><html lang="cs"><head><meta charset="utf-8"></head><body>${code}</body></html>` })).contentWindow!;
    const el = await waitFor(() => blank.document.querySelector('kpss-catalog')?.shadowRoot?.querySelector('.card'), 'the pasted catalogue to render');
    expect(el.closest('.kpss')!.textContent).to.contain('Klatovsk');
  });
});
