/**
 * Drafts: what a resident is writing, kept in `localStorage` per region and
 * plan so a closed tab, a reload or a flat battery costs nothing. Cleared
 * after a successful send. A storage that cannot be written (private mode,
 * quota) is simply not used: the form still works.
 */
export class DraftStore<T extends object> {
  constructor(readonly key: string, private readonly storage: Storage | undefined = safeStorage()) {}

  load(): Partial<T> | undefined {
    try {
      const raw = this.storage?.getItem(this.key);
      const value: unknown = raw ? JSON.parse(raw) : undefined;
      return value && typeof value === 'object' ? (value as Partial<T>) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Saves the draft, or clears it when every field is empty. */
  save(value: Partial<T>): void {
    const empty = Object.values(value).every((v) => v === undefined || v === '');
    try {
      if (empty) this.storage?.removeItem(this.key);
      else this.storage?.setItem(this.key, JSON.stringify(value));
    } catch {
      // Full or unavailable storage: the text stays in the form.
    }
  }

  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // Nothing to clear.
    }
  }
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
