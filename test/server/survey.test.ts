/**
 * POST /api/survey: answers checked against the questions of the region file
 * (every question type, required and conditional questions), idempotency by
 * id, and the rest of the contract's table (403, 404, 413, 429, honeypot).
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { REGION, TOWN, auth, type TestApp } from './helpers.js';
import { SURVEY, postSurvey, response, surveyApp } from './survey-fixture.js';
import type { SurveyStore } from '../../server/store/surveys.js';
import type { SqliteStore } from '../../server/store/sqlite.js';
import { openSqliteStore } from '../../server/store/sqlite.js';

function assertError(res: { statusCode: number; json(): any }, status: number, code?: string) {
  assert.equal(res.statusCode, status, `expected ${status}, got ${res.statusCode}: ${res.statusCode < 300 ? '' : JSON.stringify(res.json())}`);
  const body = res.json();
  assert.equal(typeof body.error?.message, 'string');
  if (code) assert.equal(body.error.code, code);
  return body.error as { code: string; message: string; fields?: string[] };
}

describe('POST /api/survey', () => {
  let t: TestApp;
  let store: SqliteStore;
  let surveys: SurveyStore;
  const stored = async (id: unknown) => (await surveys.listResponses(REGION, SURVEY)).find((r) => r.id === id);

  before(async () => {
    store = openSqliteStore(':memory:');
    surveys = store.surveys;
    t = await surveyApp({ store });
  });
  after(() => t.close());

  test('201 { id, receivedAt } for a complete response; answers stored normalized', async () => {
    const body = response();
    const res = await postSurvey(t.app, body);
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json(), { id: body.id, receivedAt: t.clock.now.toISOString() });
    const row = await stored(body.id);
    assert.ok(row, 'stored');
    // Text trimmed, choices in the options' order.
    assert.deepEqual(row.answers, { obec: 'klatovy', vek: 70, pecuje: 'yes', komu: ['rodic', 'partner'], spokojenost: 4, chybi: 'Víc spojů do Nýrska.' });
  });

  test('only the required questions are needed; optional ones may be absent, empty or null', async () => {
    const res = await postSurvey(t.app, response({ vek: null, chybi: '', komu: ['dite'] }));
    assert.equal(res.statusCode, 201, res.body);
    const row = await stored(res.json().id);
    assert.deepEqual(row!.answers, { obec: 'klatovy', pecuje: 'yes', komu: ['dite'], spokojenost: 4 });
  });

  test('"other" with its text, in single and multiple choice', async () => {
    const res = await postSurvey(t.app, response({ obec: 'other', 'obec.other': ' Dešenice ', komu: ['other', 'rodic'], 'komu.other': 'o souseda' }));
    assert.equal(res.statusCode, 201, res.body);
    const row = await stored(res.json().id);
    assert.equal(row!.answers.obec, 'other');
    assert.equal(row!.answers['obec.other'], 'Dešenice');
    assert.deepEqual(row!.answers.komu, ['rodic', 'other']);
  });

  describe('conditional questions (showIf)', () => {
    test('a question shown by the condition is required when it says so', async () => {
      const error = assertError(await postSurvey(t.app, response({ komu: undefined })), 400, 'invalid');
      assert.deepEqual(error.fields, ['answers.komu']);
    });
    test('a question hidden by the condition is not required, and its answer is dropped', async () => {
      const res = await postSurvey(t.app, response({ pecuje: 'no', komu: ['rodic'] }));
      assert.equal(res.statusCode, 201, res.body);
      const row = await stored(res.json().id);
      assert.equal('komu' in row!.answers, false);
    });
  });

  describe('400: answers that do not fit the questions', () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['a required question without an answer', { obec: undefined }, 'answers.obec'],
      ['a required scale left empty', { spokojenost: null }, 'answers.spokojenost'],
      ['an unknown question', { barva: 'modra' }, 'answers.barva'],
      ['an unknown option', { obec: 'praha' }, 'answers.obec'],
      ['a list for a single choice', { obec: ['klatovy'] }, 'answers.obec'],
      ['an unknown option among several', { komu: ['rodic', 'pes'] }, 'answers.komu'],
      ['the same option twice', { komu: ['rodic', 'rodic'] }, 'answers.komu'],
      ['one option for a multiple choice (not a list)', { komu: 'rodic' }, 'answers.komu'],
      ['yes/no other than yes or no', { pecuje: 'mozna' }, 'answers.pecuje'],
      ['a boolean for yes/no', { pecuje: true }, 'answers.pecuje'],
      ['a scale value above the scale', { spokojenost: 6 }, 'answers.spokojenost'],
      ['a scale value below the scale', { spokojenost: 0 }, 'answers.spokojenost'],
      ['a scale value that is not whole', { spokojenost: 3.5 }, 'answers.spokojenost'],
      ['a scale value as text', { spokojenost: '4' }, 'answers.spokojenost'],
      ['a number as text', { vek: 'sedmdesát' }, 'answers.vek'],
      ['a number below the minimum', { vek: 9 }, 'answers.vek'],
      ['a number above the maximum', { vek: 111 }, 'answers.vek'],
      ['a number that is not whole', { vek: 70.5 }, 'answers.vek'],
      ['a text that is not text', { chybi: { text: 'x' } }, 'answers.chybi'],
      ['a text over 2000 characters', { chybi: 'ř'.repeat(2001) }, 'answers.chybi'],
      ['"other" without its text', { obec: 'other' }, 'answers.obec'],
      ['an "other" text on a question without "other"', { 'pecuje.other': 'x' }, 'answers.pecuje.other'],
    ];
    for (const [name, change, field] of cases) {
      test(name, async () => {
        const body = response(change);
        const error = assertError(await postSurvey(t.app, body), 400, 'invalid');
        assert.ok(error.fields?.includes(field), `${JSON.stringify(error.fields)} names ${field}`);
        assert.match(error.message, new RegExp(field.replace('.', '\\.')));
        assert.equal(await stored(body.id), undefined, 'nothing stored');
      });
    }
    test('2000 characters are allowed, counted as characters', async () => {
      assert.equal((await postSurvey(t.app, response({ chybi: '😀'.repeat(2000) }))).statusCode, 201);
    });
    test('the envelope: id, region, surveyId and answers are named when wrong', async () => {
      const error = assertError(await postSurvey(t.app, { answers: [] }), 400, 'invalid');
      for (const field of ['id', 'region', 'surveyId', 'answers']) assert.ok(error.fields?.includes(field), field);
      assertError(await postSurvey(t.app, '[1]'), 400);
      assertError(await postSurvey(t.app, '{"id":'), 400, 'not-json');
    });
    test('the error never echoes the submitted value', async () => {
      const error = assertError(await postSurvey(t.app, response({ obec: 'tajna-obec-xyz' })), 400);
      assert.doesNotMatch(error.message, /tajna-obec-xyz/);
    });
  });

  describe('idempotency by id', () => {
    test('the same id again: 200 with the first answer, stored once', async () => {
      const body = response();
      const first = await postSurvey(t.app, body);
      assert.equal(first.statusCode, 201);
      t.clock.now = new Date(t.clock.now.getTime() + 60_000);
      const again = await postSurvey(t.app, body);
      t.clock.now = new Date(t.clock.now.getTime() - 60_000);
      assert.equal(again.statusCode, 200);
      assert.deepEqual(again.json(), first.json());
      assert.equal((await surveys.listResponses(REGION, SURVEY)).filter((r) => r.id === body.id).length, 1);
    });
    test('the same answers written differently (order, spaces, case of the id) are the same body', async () => {
      const body = response({ komu: ['rodic', 'partner'], chybi: 'Víc spojů do Nýrska.' });
      assert.equal((await postSurvey(t.app, body)).statusCode, 201);
      const again = await postSurvey(t.app, { ...body, id: String(body.id).toUpperCase(), answers: { ...(body.answers as object), komu: ['partner', 'rodic'], chybi: ' Víc spojů do Nýrska. ' } });
      assert.equal(again.statusCode, 200);
    });
    test('the same id sent twice at once: one 201, one 200', async () => {
      const body = response();
      const [a, b] = await Promise.all([postSurvey(t.app, body), postSurvey(t.app, body)]);
      assert.deepEqual([a.statusCode, b.statusCode].sort(), [200, 201]);
    });
    test('409 for the same id with other answers; the first is kept', async () => {
      const body = response();
      assert.equal((await postSurvey(t.app, body)).statusCode, 201);
      assertError(await postSurvey(t.app, response({ spokojenost: 1 }, { id: body.id })), 409, 'conflict');
      assert.equal((await stored(body.id))!.answers.spokojenost, 4);
    });
    test('responses are numbered 1, 2, 3 … per survey', async () => {
      const numbers = (await surveys.listResponses(REGION, SURVEY)).map((r) => r.number);
      assert.deepEqual(numbers, numbers.map((_, i) => i + 1));
    });
  });

  describe('403, 404, 413, 429 and the honeypot', () => {
    test('404 for an unknown region or survey', async () => {
      assertError(await postSurvey(t.app, response({}, { region: 'neznamo' })), 404, 'unknown-region');
      assertError(await postSurvey(t.app, response({}, { surveyId: 'anketa-2020' })), 404, 'unknown-survey');
    });
    test('403 for a foreign site, or a site allowed for other regions only', async () => {
      assertError(await postSurvey(t.app, response(), { origin: 'https://evil.example' }), 403, 'origin');
      const narrow = await surveyApp({ origins: (await import('../../server/origins.js')).OriginPolicy.parse(`other=https://www.susice.example;${REGION}=${TOWN}`) });
      try {
        assertError(await postSurvey(narrow.app, response(), { origin: 'https://www.susice.example' }), 403, 'origin');
        assert.equal((await postSurvey(narrow.app, response(), { origin: TOWN })).statusCode, 201);
      } finally {
        await narrow.close();
      }
    });
    test('403 outside the period (inclusive Prague days); a retry of a response stored in time is still 200', async () => {
      const body = response();
      assert.equal((await postSurvey(t.app, body)).statusCode, 201);
      const saved = t.clock.now;
      try {
        t.clock.now = new Date('2026-12-15T23:00:00Z'); // 00:00 on 16 December in Prague
        assertError(await postSurvey(t.app, response()), 403, 'closed');
        assert.equal((await postSurvey(t.app, body)).statusCode, 200);
        t.clock.now = new Date('2026-12-15T22:59:00Z');
        assert.equal((await postSurvey(t.app, response())).statusCode, 201, 'the last minute of the last day');
      } finally {
        t.clock.now = saved;
      }
    });
    test('413 over 32 KiB', async () => {
      const body = JSON.stringify(response({ chybi: 'x'.repeat(33_000) }));
      assertError(await postSurvey(t.app, body), 413, 'too-large');
    });
    test('429 with Retry-After when one address sends too many', async () => {
      const limited = await surveyApp({ rateLimit: { max: 2, windowMs: 60_000 } });
      try {
        for (let i = 0; i < 2; i += 1) assert.equal((await postSurvey(limited.app, response())).statusCode, 201);
        const res = await postSurvey(limited.app, response());
        assertError(res, 429, 'rate-limited');
        assert.ok(Number(res.headers['retry-after']) > 0);
      } finally {
        await limited.close();
      }
    });
    test('honeypot: 201 like a real response, nothing stored', async () => {
      const body = response({}, { website: 'http://spam.example' });
      assert.equal((await postSurvey(t.app, body)).statusCode, 201);
      assert.equal(await stored(body.id), undefined);
    });
    test('CORS: a town site gets its preflight answered', async () => {
      const res = await t.app.inject({
        method: 'OPTIONS',
        url: '/api/survey',
        headers: { origin: TOWN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      assert.equal(res.statusCode, 204);
      assert.equal(res.headers['access-control-allow-origin'], '*');
    });
    test('the comment routes are untouched by the survey', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/api/feedback?region=${REGION}`, headers: auth });
      assert.equal(res.json().comments.length, 0);
    });
  });
});
