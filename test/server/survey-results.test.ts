/**
 * GET /api/survey/results (counts for a known set of responses, no free text,
 * public or private) and GET /api/survey.csv (the coordinator's table, read
 * back with a real CSV parser).
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { OTHER_TOWN, REGION, TOKEN, auth, type TestApp } from './helpers.js';
import { SURVEY, postSurvey, response, surveyApp } from './survey-fixture.js';

const get = (t: TestApp, url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const resultsUrl = (region = REGION, survey = SURVEY) => `/api/survey/results?region=${region}&survey=${survey}`;

/** Four residents, a minute apart. */
const KNOWN = [
  { obec: 'klatovy', vek: 70, pecuje: 'yes', komu: ['rodic', 'partner'], spokojenost: 4, chybi: 'Autobus v neděli' },
  { obec: 'nyrsko', vek: 34, pecuje: 'no', komu: undefined, spokojenost: 2, chybi: undefined },
  { obec: 'other', 'obec.other': 'Dešenice', vek: 81, pecuje: 'yes', komu: ['other', 'rodic'], 'komu.other': 'o souseda', spokojenost: 5, chybi: '=HYPERLINK("http://evil.example")' },
  { obec: 'klatovy', vek: undefined, pecuje: 'no', komu: undefined, spokojenost: 4, chybi: undefined },
];

describe('survey results and CSV', () => {
  let t: TestApp;
  before(async () => {
    t = await surveyApp();
    for (const [i, answers] of KNOWN.entries()) {
      t.clock.now = new Date(Date.UTC(2026, 10, 20, 10, i));
      assert.equal((await postSurvey(t.app, response(answers))).statusCode, 201);
      // The private survey gets the same responses (its region allows the other town).
      assert.equal((await postSurvey(t.app, response(answers, { region: 'soukromovsko' }), { origin: OTHER_TOWN })).statusCode, 201);
    }
  });
  after(() => t.close());

  test('counts per option, per scale value, a number summary and the number of responses (the coordinator, under the minimum too)', async () => {
    const res = await get(t, resultsUrl(), auth);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.deepEqual(res.json(), {
      region: REGION,
      survey: SURVEY,
      responses: 4,
      minResponses: 5,
      questions: [
        { id: 'obec', answered: 4, counts: { klatovy: 2, nyrsko: 1, other: 1 } },
        { id: 'vek', answered: 3, average: 61.67, median: 70, min: 34, max: 81 },
        { id: 'pecuje', answered: 4, counts: { yes: 2, no: 2 } },
        { id: 'komu', answered: 2, counts: { rodic: 2, partner: 1, dite: 0, other: 1 } },
        { id: 'spokojenost', answered: 4, counts: { 1: 0, 2: 1, 3: 0, 4: 2, 5: 1 }, average: 3.75 },
        { id: 'chybi', answered: 2 },
      ],
    });
  });

  test('free text and "other" texts are never published', async () => {
    const body = (await get(t, resultsUrl(), auth)).body;
    for (const secret of ['Autobus', 'Dešenice', 'souseda', 'HYPERLINK']) assert.doesNotMatch(body, new RegExp(secret));
  });

  test('public results: any page may read them (CORS *), cached briefly; recounted after a new response', async () => {
    const res = await get(t, resultsUrl());
    assert.equal(res.headers['access-control-allow-origin'], '*');
    assert.match(String(res.headers['cache-control']), /public/);
    assert.deepEqual(res.json(), { region: REGION, survey: SURVEY, responses: 4, minResponses: 5, questions: [] }, 'under the minimum: the count only');
    assert.equal((await postSurvey(t.app, response({ obec: 'nyrsko' }))).statusCode, 201);
    const after = (await get(t, resultsUrl())).json();
    assert.equal(after.responses, 5);
    assert.equal(after.questions[0].counts.nyrsko, 2);
  });

  test('results of a survey without showResults need the coordinator token', async () => {
    const anonymous = await get(t, resultsUrl('soukromovsko'));
    assert.equal(anonymous.statusCode, 401);
    assert.equal(anonymous.json().error.code, 'unauthorized');
    assert.match(String(anonymous.headers['www-authenticate']), /Bearer/);
    assert.equal((await get(t, resultsUrl('soukromovsko'), { authorization: 'Bearer wrong-token-wrong' })).statusCode, 401);
    const coordinator = await get(t, resultsUrl('soukromovsko'), auth);
    assert.equal(coordinator.statusCode, 200);
    assert.equal(coordinator.json().responses, 4);
    assert.equal(coordinator.headers['cache-control'], 'no-store');
  });

  test('400 without region or survey, 404 for an unknown one', async () => {
    assert.equal((await get(t, '/api/survey/results?region=testovsko')).statusCode, 400);
    assert.equal((await get(t, resultsUrl('neznamo'))).json().error.code, 'unknown-region');
    assert.equal((await get(t, resultsUrl(REGION, 'anketa-2020'))).json().error.code, 'unknown-survey');
  });

  test('CSV for Czech Excel: BOM, ";", one row per response, labels, "other" texts, inert cells', async () => {
    const res = await get(t, `/api/survey.csv?region=soukromovsko&survey=${SURVEY}`, auth);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(String(res.headers['content-disposition']), /attachment; filename="anketa-soukromovsko-anketa-2026\.csv"/);
    assert.equal(res.headers['cache-control'], 'no-store');
    assert.ok(res.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'UTF-8 BOM');
    assert.match(res.body, /\r\n/);
    const rows: string[][] = parse(res.rawPayload, { bom: true, delimiter: ';' });
    assert.deepEqual(rows[0], [
      'Číslo',
      'Přijato',
      '1. Kde bydlíte?',
      '1. Kde bydlíte? – jiné (text)',
      '2. Kolik je vám let?',
      '3. Pečujete o blízkého?',
      '4. O koho pečujete?',
      '4. O koho pečujete? – jiné (text)',
      '5. Jak jste spokojeni?',
      '6. Co vám chybí?',
    ]);
    assert.equal(rows.length, 1 + KNOWN.length);
    assert.deepEqual(rows[1], ['1', '2026-11-20 11:00:00', 'Klatovy', '', '70', 'ano', 'O rodiče, O partnera', '', '4', 'Autobus v neděli']);
    assert.deepEqual(rows[2], ['2', '2026-11-20 11:01:00', 'Nýrsko', '', '34', 'ne', '', '', '2', '']);
    assert.deepEqual(rows[3], ['3', '2026-11-20 11:02:00', 'jiné', 'Dešenice', '81', 'ano', 'O rodiče, jiné', 'o souseda', '5', `'=HYPERLINK("http://evil.example")`]);
  });

  test('CSV needs the token (401), and does not exist without one configured (404)', async () => {
    const res = await get(t, `/api/survey.csv?region=${REGION}&survey=${SURVEY}`);
    assert.equal(res.statusCode, 401);
    assert.equal((await get(t, `/api/survey.csv?region=${REGION}&survey=${SURVEY}`, { authorization: `Bearer ${TOKEN}x` })).statusCode, 401);
    const open = await surveyApp({ adminToken: undefined });
    try {
      assert.equal((await get(open, `/api/survey.csv?region=${REGION}&survey=${SURVEY}`, auth)).statusCode, 404);
      assert.equal((await get(open, resultsUrl('soukromovsko'), auth)).statusCode, 401, 'private results stay private');
      assert.equal((await get(open, resultsUrl())).statusCode, 200);
    } finally {
      await open.close();
    }
  });
});
