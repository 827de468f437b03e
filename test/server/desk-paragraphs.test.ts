/**
 * The desk and a comment on a paragraph of the plan's text (`<kpss-plan>`):
 * the comment's page quotes the paragraph as the region file has it now, the
 * plan's list a short quote, the annex names it, the CSV has its id as the
 * last column; its text is never rendered as HTML; a paragraph the plan has
 * lost since is named as gone, not left out.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { shortQuote } from '../../server/admin/page-paragraph.js';
import { PARAGRAPHS, PLAN, REGION, auth, comment, deskSignIn, paragraphApp, post, regionFile, type DeskSession, type TestApp } from './helpers.js';

const LONG = PARAGRAPHS['1.1'][0];
const MARKUP = PARAGRAPHS['1.1'][1];

describe('the desk quotes the paragraph a comment is on', () => {
  let t: TestApp & { file: string };
  let session: DeskSession;
  const ids: Record<string, string> = {};

  const get = (url: string, headers: Record<string, string> = { cookie: session.cookie }) => t.app.inject({ method: 'GET', url, headers });
  const send = async (body: Record<string, unknown>) => {
    const res = await post(t.app, comment(body));
    assert.equal(res.statusCode, 201, res.body);
    return res.json().id as string;
  };

  before(async () => {
    t = await paragraphApp();
    session = await deskSignIn(t.app);
    ids.long = await send({ sectionId: undefined, paragraphId: LONG.id, message: 'Víkendy ano, ale i svátky.' });
    ids.plain = await send({ message: 'Bez odstavce.' });
  });
  after(() => t.close());

  test('the CSV: the paragraph id in the last column, "Odstavec", after "Způsob podání"', async () => {
    const res = await get(`/api/feedback.csv?region=${REGION}`, auth);
    const rows: string[][] = parse(res.rawPayload, { bom: true, delimiter: ';', relax_column_count: false });
    assert.deepEqual(rows[0]!.slice(-2), ['Způsob podání', 'Odstavec']);
    assert.equal(rows[0]!.length, 12);
    const byMessage = (m: string) => rows.find((r) => r[3] === m)!;
    assert.equal(byMessage('Víkendy ano, ale i svátky.')[11], LONG.id);
    assert.equal(byMessage('Víkendy ano, ale i svátky.')[2], '1.1 Pečovatelská služba o víkendech', 'the section column as before');
    assert.equal(byMessage('Bez odstavce.')[11], '');
  });

  test('the comment page quotes the paragraph in full, with its measure', async () => {
    const res = await get(`/admin/comment/${ids.long}`);
    assert.equal(res.statusCode, 200);
    const block = /<h2>Komentuje odstavec<\/h2>\s*<figure class="quote">([\s\S]*?)<\/figure>/.exec(res.body)?.[1];
    assert.ok(block, 'the block');
    assert.match(block, /<figcaption>1\.1 Pečovatelská služba o víkendech, odstavec o1\.1-cil/);
    assert.ok(block.includes(`<blockquote><p class="pre">${LONG.text}</p></blockquote>`));
  });

  test('a comment without a paragraph has no such block', async () => {
    const id = (await post(t.app, comment({ message: 'Jen k opatření.' }))).json().id;
    assert.doesNotMatch((await get(`/admin/comment/${id}`)).body, /Komentuje odstavec|K odstavci/);
  });

  test('the plan page: a short quote, cut at a word with "…"', async () => {
    const res = await get(`/admin/plan?region=${REGION}&plan=${PLAN}`);
    assert.equal(res.statusCode, 200);
    const quote = /<p class="quote"><span class="label">K odstavci:<\/span> <q>([^<]*)<\/q><\/p>/.exec(res.body)?.[1];
    assert.ok(quote, 'the quote');
    assert.equal(quote, shortQuote(LONG.text));
    assert.ok(quote.endsWith('…'));
    assert.ok(LONG.text.startsWith(quote.slice(0, -1)), 'the beginning of the text');
    assert.match(LONG.text.slice(quote.length - 1), /^[\s,]/, 'cut between words');
    assert.ok(!res.body.includes(LONG.text), 'not the whole text');
  });

  test('markup in a paragraph is text on every page, never HTML', async () => {
    const id = (await post(t.app, comment({ sectionId: undefined, paragraphId: MARKUP.id }))).json().id;
    const escaped = 'Služba &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;tučně&lt;/b&gt; „v uvozovkách“';
    for (const url of [`/admin/comment/${id}`, `/admin/plan?region=${REGION}&plan=${PLAN}`]) {
      const body = (await get(url)).body;
      assert.ok(body.includes(escaped), url);
      assert.ok(!body.includes('<b>tučně') && !body.includes('<script>alert'), url);
    }
  });

  test('the annex names the paragraph after the measure', async () => {
    const res = await get(`/admin/plan/annex?region=${REGION}&plan=${PLAN}`);
    assert.match(res.body, /<p class="meta">1\.1 Pečovatelská služba o víkendech, odstavec o1\.1-cil<\/p>/);
  });

  test('a paragraph no longer in the region file: the desk says so', async () => {
    // The plan is edited: measure 1.1 loses its long paragraph.
    writeFileSync(t.file, JSON.stringify(regionFile({ paragraphs: { ...PARAGRAPHS, '1.1': [MARKUP] } })));
    const page = (await get(`/admin/comment/${ids.long}`)).body;
    assert.match(page, /<h2>Komentuje odstavec<\/h2><p class="note">Odstavec o1\.1-cil už v plánu není/);
    assert.doesNotMatch(page, /<blockquote>/);
    assert.match((await get(`/admin/plan?region=${REGION}&plan=${PLAN}`)).body, /Odstavec o1\.1-cil už v plánu není/);
    // And a new comment cannot name it any more.
    assert.equal((await post(t.app, comment({ paragraphId: LONG.id, sectionId: null }))).statusCode, 400);
  });
});

test('shortQuote: whole when short, else cut at a word with "…", on one line', () => {
  assert.equal(shortQuote('Krátký odstavec.'), 'Krátký odstavec.');
  assert.equal(shortQuote('a\n  b'), 'a b');
  assert.equal(shortQuote('jedna dva tři čtyři', 12), 'jedna dva…');
  assert.equal(shortQuote('jedna dva, tři', 10), 'jedna dva…', 'no comma before the ellipsis');
  assert.equal(shortQuote('jedna dva tři', 9), 'jedna dva…', 'the cut falls on a space');
  assert.equal(shortQuote('x'.repeat(30), 10), `${'x'.repeat(10)}…`, 'one long word is cut inside');
  assert.equal(shortQuote('😀'.repeat(130)).length, 120 * 2 + 1, 'counted in characters, not UTF-16 units');
});
