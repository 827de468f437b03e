/**
 * The demo pages, as a town's page with the widgets: the layout shift while
 * they load (CLS, the sum of the unexpected shifts of what is on screen) stays
 * under 0.1 on a desktop screen and on a phone. Uses the built bundle (dist/).
 */
import { expect } from '@open-wc/testing';

const PAGES = ['/demo/index.html', '/demo/susicko.html', '/demo/anketa.html', '/demo/ukrajinsky.html'];
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Loads a page in a frame of the given size and sums its layout shifts until the widgets have settled. */
async function layoutShift(src: string, width: number, height: number): Promise<{ cls: number; shifts: string[] }> {
  const iframe = document.createElement('iframe');
  Object.assign(iframe.style, { width: `${width}px`, height: `${height}px`, border: '0' });
  const shifts: { value: number; what: string }[] = [];
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  iframe.src = src;
  document.body.append(iframe);
  // The observer goes in as soon as the frame has a window, and reads the shifts buffered since its navigation.
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  const observer = new win.PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
      if (e.hadRecentInput) continue;
      const node = e.sources?.[0]?.node as Element | undefined;
      shifts.push({ value: e.value, what: `${node?.localName ?? '?'}${node && 'className' in node && node.className ? `.${String(node.className).split(' ')[0]}` : ''} ${e.value.toFixed(3)}` });
    }
  });
  observer.observe({ type: 'layout-shift', buffered: true });
  // Until every widget has left its loading state, then a moment more.
  const doc = iframe.contentDocument!;
  for (let i = 0; i < 200; i++) {
    const widgets = [...doc.querySelectorAll('kpss-catalog, kpss-events, kpss-feedback-form, kpss-info, kpss-settlement, kpss-survey')];
    if (widgets.length && widgets.every((w) => w.shadowRoot && !w.shadowRoot.querySelector('.loading[role="status"]'))) break;
    await tick(25);
  }
  await tick(600);
  observer.disconnect();
  iframe.remove();
  return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts: shifts.map((s) => s.what) };
}

describe('the demo pages: layout shift while the widgets load', function () {
  this.timeout(30_000);
  for (const page of PAGES) {
    for (const [name, width, height] of [['desktop', 1280, 800], ['phone', 390, 844]] as const) {
      it(`${page} on a ${name}: CLS < 0.1`, async () => {
        const { cls, shifts } = await layoutShift(page, width, height);
        expect(cls, shifts.join(', ')).to.be.below(0.1);
      });
    }
  }
});
