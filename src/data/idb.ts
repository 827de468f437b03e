/**
 * One value per key in IndexedDB, for the outbox (no library: an open, a get
 * and a put). The connection closes itself when the database is deleted
 * (clearing site data, another tab's upgrade), and the next call opens it again.
 */
export interface KeyValue {
  get(key: string): Promise<unknown>;
  /** `undefined` deletes the key. */
  set(key: string, value: unknown): Promise<void>;
}

export function idbStore(name = 'kpss-outbox', store = 'outbox'): KeyValue | undefined {
  const idb = globalThis.indexedDB;
  if (!idb) return undefined;
  let db: Promise<IDBDatabase> | undefined;
  const done = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const open = () => {
    if (db) return db;
    const r = idb.open(name, 1);
    r.onupgradeneeded = () => r.result.createObjectStore(store);
    return (db = done(r).then(
      (d) => {
        d.onversionchange = d.onclose = () => {
          d.close();
          db = undefined;
        };
        return d;
      },
      (e: unknown) => {
        db = undefined;
        throw e;
      },
    ));
  };
  const run = async (mode: IDBTransactionMode, op: (s: IDBObjectStore) => IDBRequest) => done(op((await open()).transaction(store, mode).objectStore(store)));
  return {
    get: (key) => run('readonly', (s) => s.get(key)),
    set: async (key, value) => void (await run('readwrite', (s) => (value === undefined ? s.delete(key) : s.put(value, key)))),
  };
}
