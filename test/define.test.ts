import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define } from '../src/define.js';
import { VERSION } from '../src/version.js';

describe('define', () => {
  it('defines a free tag and ignores a second definition of the same version silently', () => {
    class A extends LitElement {
      static kpssVersion = VERSION;
    }
    class B extends LitElement {
      static kpssVersion = VERSION;
    }
    const warned: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      define('kpss-test-a', A);
      expect(() => define('kpss-test-a', B)).not.to.throw();
      expect(customElements.get('kpss-test-a')).to.equal(A);
      expect(warned).to.have.length(0);
      class C extends LitElement {
        static kpssVersion = '0.0.1-other';
      }
      define('kpss-test-a', C);
      expect(warned).to.have.length(1);
      expect(String((warned[0] as unknown[])[0])).to.contain('already defined');
    } finally {
      console.warn = original;
    }
  });

  it('has the version of package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
