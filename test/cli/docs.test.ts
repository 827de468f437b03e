// The custom elements manifest and the README's element reference are
// generated (`npm run docs`); this fails when either lags behind the sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module script without types
import { normalize, referenceMarkdown, withReference } from '../../scripts/docs.mjs';

test('custom-elements.json is generated from the current sources, and the README reference from it', () => {
  // Relative to the project: the analyzer joins its outdir to the working directory.
  const out = join('var', `cem-check-${process.pid}`);
  try {
    execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
      stdio: 'pipe',
      env: { ...process.env, KPSS_CEM_OUT: out },
    });
    const fresh = normalize(JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')));
    const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    assert.deepEqual(committed, fresh, 'custom-elements.json is stale: run npm run docs');
    const readme = readFileSync('README.md', 'utf8');
    assert.equal(readme, withReference(readme, referenceMarkdown(fresh)), 'the README element reference is stale: run npm run docs');
    const tags = fresh.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []).map((d: { tagName?: string }) => d.tagName).filter(Boolean);
    for (const tag of ['kpss-catalog', 'kpss-events', 'kpss-feedback-form']) assert.ok(tags.includes(tag), `${tag} is in the manifest`);
    assert.match(readme, /\| `src` \| `src` \|/, 'the inherited src attribute is documented');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('package.json points tools at the manifest', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
});
