import { expect } from '@open-wc/testing';
import { Outbox, backoff, BACKOFF_BASE_MS, BACKOFF_MAX_MS, type OutboxFailure, type SentDetail } from '../../src/data/outbox.js';
import type { SendResult } from '../../src/data/send.js';

/** A Storage that fails every write, like Safari's private mode used to. */
class FullStorage implements Storage {
  length = 0;
  clear() {}
  getItem() {
    return null;
  }
  key() {
    return null;
  }
  removeItem() {}
  setItem(): void {
    throw new DOMException('full', 'QuotaExceededError');
  }
}

describe('Outbox', () => {
  const KEY = 'kpss-outbox-test';
  let now = 1_000_000;
  let answers: SendResult[];
  let sent: { url: string; payload: unknown }[];
  const send = async (url: string, payload: unknown) => {
    sent.push({ url, payload });
    return answers.shift() ?? { kind: 'ok' as const, status: 201, body: {} };
  };
  const entry = (id: string) => ({ id, kind: 'feedback', scope: 'r/p', endpoint: 'https://x.example/api', payload: { id, message: 'm' } });

  beforeEach(() => {
    localStorage.removeItem(KEY);
    now = 1_000_000;
    answers = [];
    sent = [];
  });

  it('backs off exponentially up to a ceiling, with jitter', () => {
    expect(backoff(1, () => 0.5)).to.equal(BACKOFF_BASE_MS);
    expect(backoff(2, () => 0.5)).to.equal(2 * BACKOFF_BASE_MS);
    expect(backoff(30, () => 0.5)).to.equal(BACKOFF_MAX_MS);
    expect(backoff(1, () => 0)).to.equal(0.75 * BACKOFF_BASE_MS);
  });

  it('persists entries, sends due ones, keeps the id and body, and honours Retry-After', async () => {
    const box = new Outbox(localStorage, KEY, send, () => now);
    expect(box.add({ ...entry('a'), retryAfterMs: 60_000 })).to.be.true;
    // Another instance (another tab, a reload) sees it.
    const other = new Outbox(localStorage, KEY, send, () => now);
    expect(other.pending('r/p').map((e) => e.id)).to.deep.equal(['a']);
    await other.flush();
    expect(sent, 'not due before Retry-After').to.have.length(0);
    now += 61_000;
    answers = [{ kind: 'retry', reason: 'HTTP 503', status: 503 }];
    await other.flush();
    expect(other.pending()[0]!.attempts).to.equal(2);
    const got: SentDetail[] = [];
    other.addEventListener('sent', (e) => got.push((e as CustomEvent<SentDetail>).detail));
    await other.flush(true);
    expect(sent.map((s) => (s.payload as { id: string }).id)).to.deep.equal(['a', 'a']);
    expect(got[0]!.entry.id).to.equal('a');
    expect(localStorage.getItem(KEY), 'emptied').to.equal(null);
  });

  it('moves a refused entry to failures with the message, so its text can be handed back', async () => {
    const box = new Outbox(localStorage, KEY, send, () => now);
    box.add(entry('b'));
    answers = [{ kind: 'rejected', status: 403, code: 'closed', message: 'commenting closed' }];
    const refused: OutboxFailure[] = [];
    box.addEventListener('rejected', (e) => refused.push((e as CustomEvent<OutboxFailure>).detail));
    await box.flush(true);
    expect(box.pending()).to.have.length(0);
    expect(box.failures('r/p')[0]!.message).to.equal('commenting closed');
    expect(refused[0]!.entry.payload).to.deep.equal({ id: 'b', message: 'm' });
    box.dismissFailure('b');
    expect(box.failures()).to.have.length(0);
  });

  it('keeps entries in memory when the storage cannot be written, and says so', async () => {
    const box = new Outbox(new FullStorage(), KEY, send, () => now);
    expect(box.add(entry('c'))).to.be.false;
    expect(box.pending().map((e) => e.id)).to.deep.equal(['c']);
    await box.flush(true);
    expect(sent).to.have.length(1);
  });

  it('sends each entry once even when flushes overlap', async () => {
    const box = new Outbox(localStorage, KEY, send, () => now);
    box.add(entry('d'));
    box.add(entry('e'));
    await Promise.all([box.flush(true), box.flush(true), box.flush(true)]);
    expect(sent.map((s) => (s.payload as { id: string }).id).sort()).to.deep.equal(['d', 'e']);
  });
});
