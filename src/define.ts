/**
 * Defines a custom element only if its tag is free. The script pasted twice
 * (or two copies of the package on one page) must not throw; a different
 * version already owning a tag is worth a warning, the same version is not.
 */
interface Versioned {
  kpssVersion?: string;
}

export function define(tag: string, ctor: CustomElementConstructor & Versioned): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor && existing.kpssVersion !== ctor.kpssVersion) {
    console.warn(`[kpss] <${tag}> is already defined by kpss-widgets ${existing.kpssVersion ?? '(unknown version)'}; keeping it and ignoring ${ctor.kpssVersion}.`);
  }
}
