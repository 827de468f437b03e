/**
 * Comments on a paragraph of the plan's text (`<kpss-plan>`), at the
 * receiver: `paragraphId` is checked against the region file and the section
 * derived from it, the repeat compares it (and leaves the fingerprints of
 * comments without one as they were), the public settlement and the receipt
 * look-up name it. The desk's side: desk-paragraphs.test.ts.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { fingerprint } from '../../server/feedback/validate.js';
import { PARAGRAPHS, PLAN, REGION, auth, comment, paragraphApp, post, type TestApp } from './helpers.js';

const LONG = PARAGRAPHS['1.1'][0];
const MARKUP = PARAGRAPHS['1.1'][1];

describe('POST /api/feedback with a paragraphId', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  const stored = async () => (await t.app.inject({ method: 'GET', url: `/api/feedback?region=${REGION}`, headers: auth })).json().comments as Array<Record<string, unknown>>;
  const storedOf = async (id: string) => (await stored()).find((c) => c.id === id);
  const settle = (id: string) =>
    t.app.inject({ method: 'PATCH', url: `/api/feedback/${id}`, headers: { 'content-type': 'application/json', ...auth }, payload: JSON.stringify({ status: 'akceptovano', resolution: 'Ano.' }) });

  before(async () => {
    t = await paragraphApp();
  });
  after(() => t.close());

  test('paragraphId alone: stored, with the section set to the paragraph’s own measure', async () => {
    const res = await post(t.app, comment({ sectionId: undefined, paragraphId: LONG.id, message: 'Víkendy ano, ale i svátky.' }));
    assert.equal(res.statusCode, 201, res.body);
    ids.long = res.json().id;
    const c = await storedOf(ids.long!);
    assert.equal(c?.paragraphId, LONG.id);
    assert.equal(c?.sectionId, '1.1');
  });

  test('paragraphId with its own sectionId (a section’s paragraph too): stored as sent', async () => {
    const res = await post(t.app, comment({ sectionId: '1', paragraphId: 'o1-uvod' }));
    assert.equal(res.statusCode, 201, res.body);
    const c = await storedOf(res.json().id);
    assert.deepEqual([c?.sectionId, c?.paragraphId], ['1', 'o1-uvod']);
  });

  test('a sectionId that is not the paragraph’s own (its parent section included): 400 naming both', async () => {
    for (const sectionId of ['2', '1', '1.2']) {
      const res = await post(t.app, comment({ sectionId, paragraphId: LONG.id }));
      assert.equal(res.statusCode, 400, sectionId);
      const error = res.json().error;
      assert.equal(error.code, 'invalid');
      assert.deepEqual(error.fields, ['sectionId', 'paragraphId']);
      assert.match(error.message, /paragraphId/);
    }
    const en = await post(t.app, comment({ sectionId: '2', paragraphId: LONG.id }), { 'accept-language': 'en' });
    assert.match(en.json().error.message, /belongs to "1\.1"/);
  });

  test('an unknown paragraph, a section id as a paragraph, or not a string: 400 naming paragraphId, in Czech and English', async () => {
    for (const paragraphId of ['o9-nic', '1.1', 42, ['o2-1']]) {
      const res = await post(t.app, comment({ paragraphId }));
      assert.equal(res.statusCode, 400, JSON.stringify(paragraphId));
      assert.equal(res.json().error.code, 'invalid');
      assert.deepEqual(res.json().error.fields, ['paragraphId']);
    }
    assert.match((await post(t.app, comment({ paragraphId: 'o9-nic' }))).json().error.message, /není odstavec textu plánu/);
    assert.match((await post(t.app, comment({ paragraphId: 'o9-nic' }), { 'accept-language': 'en' })).json().error.message, /not a paragraph of plan/);
    assert.equal((await post(t.app, comment({ paragraphId: '' }))).statusCode, 201, '"" means none, as for the other optional fields');
  });

  test('the repeat: the same body is a repeat (with or without the sectionId it implies); another paragraph, or none, is a conflict', async () => {
    const body = comment({ sectionId: null, paragraphId: 'o2-1' });
    assert.equal((await post(t.app, body)).statusCode, 201);
    assert.equal((await post(t.app, body)).statusCode, 200);
    assert.equal((await post(t.app, { ...body, sectionId: '2' })).statusCode, 200, 'the derived section is the one sent');
    assert.equal((await post(t.app, { ...body, paragraphId: null, sectionId: '2' })).statusCode, 409);
    assert.equal((await post(t.app, { ...body, paragraphId: MARKUP.id, sectionId: null })).statusCode, 409);

    const plain = comment();
    assert.equal((await post(t.app, plain)).statusCode, 201);
    assert.equal((await post(t.app, { ...plain, paragraphId: null })).statusCode, 200, 'null is no paragraph');
    assert.equal((await post(t.app, { ...plain, paragraphId: LONG.id })).statusCode, 409);
  });

  test('a comment without a paragraph keeps the fingerprint it had before paragraphs', () => {
    const fields = { region: REGION, planId: PLAN, sectionId: '1.1', message: 'm', proposal: null, name: 'n', organization: null, email: null };
    const old = createHash('sha256').update(JSON.stringify([REGION, PLAN, '1.1', 'm', null, 'n', null, null])).digest('base64url');
    assert.equal(fingerprint(fields), old);
    assert.equal(fingerprint({ ...fields, paragraphId: null }), old);
    assert.notEqual(fingerprint({ ...fields, paragraphId: 'o1.1-cil' }), old);
    // The paragraph never stands for a desk entry's channel or day.
    assert.notEqual(fingerprint({ ...fields, paragraphId: 'paper' }), fingerprint(fields, ['paper']));
  });

  test('the public settlement and the receipt look-up name the paragraph (null for none)', async () => {
    const plain = (await post(t.app, comment({ message: 'Bez odstavce.' }))).json().id as string;
    for (const id of [ids.long!, plain]) assert.equal((await settle(id)).statusCode, 200);
    const res = await t.app.inject({ method: 'GET', url: `/api/settlement?region=${REGION}&plan=${PLAN}` });
    const rows = res.json().comments as Array<Record<string, unknown>>;
    assert.equal(rows.find((r) => r.message === 'Víkendy ano, ale i svátky.')?.paragraph, LONG.id);
    assert.equal(rows.find((r) => r.message === 'Bez odstavce.')?.paragraph, null);
    for (const r of rows) assert.ok('paragraph' in r);

    const receipt = ids.long!.slice(0, 8);
    const lookup = await t.app.inject({ method: 'GET', url: `/api/settlement/receipt?region=${REGION}&plan=${PLAN}&receipt=${receipt}` });
    assert.equal(lookup.statusCode, 200, lookup.body);
    assert.deepEqual(lookup.json().comments, [{ number: 1, section: '1.1', paragraph: LONG.id, status: 'akceptovano', resolution: 'Ano.' }]);
  });

});
