/**
 * The public survey results hold back every figure until enough people have
 * answered (`survey.resultsMinResponses`, default 10, never below 5): the real
 * server on a real SQLite file, 1 response and then 10.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGION, TOWN, regionFile, startServer, tempDir } from './helpers.js';
import { SURVEY, response, survey } from './survey-fixture.js';

/** A survey open today, whatever the date the tests run on. */
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('public results: under the minimum the count only, from the minimum the figures; never the free text', async () => {
  const tmp = tempDir('kpss-survey-min-');
  const data = join(tmp.dir, 'data');
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, `${REGION}.json`), JSON.stringify({ ...regionFile(), survey: survey({ from: day(-3), until: day(3), resultsMinResponses: undefined }) }));
  const server = await startServer({ KPSS_DB: join(tmp.dir, 'kpss.db'), KPSS_DATA_DIR: data, KPSS_ORIGINS: `${REGION}=${TOWN}` });
  const results = async () => {
    const res = await fetch(`${server.base}/api/survey/results?region=${REGION}&survey=${SURVEY}`);
    assert.equal(res.status, 200);
    return { body: await res.text(), cache: res.headers.get('cache-control') };
  };
  const send = async (answers: Record<string, unknown>) => {
    const res = await fetch(`${server.base}/api/survey`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: TOWN },
      body: JSON.stringify(response(answers)),
    });
    assert.equal(res.status, 201, await res.text());
  };
  try {
    await send({ obec: 'other', 'obec.other': 'Dešenice', vek: 87, pecuje: 'no', komu: undefined, chybi: 'Bydlím sama, nikdo nechodí.' });
    const one = JSON.parse((await results()).body);
    assert.deepEqual(one, { region: REGION, survey: SURVEY, responses: 1, minResponses: 10, questions: [] });

    for (let i = 1; i < 10; i++) await send({ obec: i % 2 ? 'klatovy' : 'nyrsko', vek: 30 + i, pecuje: 'no', komu: undefined });
    const ten = await results();
    const body = JSON.parse(ten.body);
    assert.equal(body.responses, 10);
    assert.equal(body.minResponses, 10);
    assert.deepEqual(body.questions[0], { id: 'obec', answered: 10, counts: { klatovy: 5, nyrsko: 4, other: 1 } });
    assert.equal(body.questions.length, 6);
    for (const secret of ['Dešenice', 'Bydlím', 'nikdo']) assert.doesNotMatch(ten.body, new RegExp(secret));
  } finally {
    server.child.kill();
    await new Promise((r) => server.child.once('exit', r));
    tmp.cleanup();
  }
});

test('the region file may raise the minimum, never below 5', async () => {
  const { Survey } = await import('../../src/data/survey-schema.js');
  const { parse } = await import('../../src/data/shape.js');
  const { resultsMinimum } = await import('../../src/data/survey.js');
  assert.equal(parse(Survey, survey({ resultsMinResponses: 4 })).ok, false, 'below the floor: an error in the file');
  assert.equal(parse(Survey, survey({ resultsMinResponses: 25 })).ok, true);
  assert.equal(resultsMinimum({}), 10);
  assert.equal(resultsMinimum({ resultsMinResponses: 25 }), 25);
  assert.equal(resultsMinimum({ resultsMinResponses: 2 }), 5);
});
