// `npm run docs`: regenerates custom-elements.json from the sources and the
// README's element reference (between the `<!-- api:start -->` and
// `<!-- api:end -->` markers) from custom-elements.json. A test
// (test/cli/docs.test.ts) fails when either is out of date.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');

/** The widgets' reference as Markdown, from a manifest. */
export function referenceMarkdown(manifest) {
  const elements = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName && d.customElement !== false)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const out = ['Generated from `custom-elements.json` by `npm run docs`; a test keeps it in step. Every widget also takes the global `lang` attribute (`cs`, `en`, `uk`; else the nearest `[lang]`, else Czech).', ''];
  for (const d of elements) {
    out.push(`#### \`<${d.tagName}>\``, '');
    if (d.summary) out.push(cell(d.summary), '');
    const attrs = d.attributes ?? [];
    if (attrs.length) {
      out.push('| attribute | property | type | default | description |', '| --- | --- | --- | --- | --- |');
      for (const a of attrs) out.push(`| ${code(a.name)} | ${code(a.fieldName)} | ${code(a.type?.text)} | ${code(a.default)} | ${cell(a.description)} |`);
      out.push('');
    }
    const attrFields = new Set(attrs.map((a) => a.fieldName));
    const props = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.readonly && !attrFields.has(m.name) && m.description);
    if (props.length) {
      out.push('| property (no attribute) | type | description |', '| --- | --- | --- |');
      for (const p of props) out.push(`| ${code(p.name)} | ${code(p.type?.text)} | ${cell(p.description)} |`);
      out.push('');
    }
    const rows = (title, list) => {
      if (!list?.length) return;
      out.push(`| ${title} | description |`, '| --- | --- |');
      for (const x of list) out.push(`| ${code(x.name)} | ${cell(x.description)}${x.default ? ` (default ${code(x.default)})` : ''} |`);
      out.push('');
    };
    rows('event', d.events);
    rows('slot', d.slots);
    rows('CSS part', d.cssParts);
    rows('CSS custom property', d.cssProperties);
  }
  return out.join('\n').trim();
}

/** The analyzer's order of modules and declarations varies from run to run: sort them, so the file is stable. */
export function normalize(manifest) {
  const byName = (a, b) => `${a.kind} ${a.name}`.localeCompare(`${b.kind} ${b.name}`);
  const modules = manifest.modules.map((m) => ({
    ...m,
    ...(m.declarations ? { declarations: [...m.declarations].sort(byName) } : {}),
    ...(m.exports ? { exports: [...m.exports].sort(byName) } : {}),
  }));
  return { ...manifest, modules: modules.sort((a, b) => a.path.localeCompare(b.path)) };
}

export function withReference(readme, markdown) {
  const start = '<!-- api:start -->';
  const end = '<!-- api:end -->';
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) throw new Error('README.md has no <!-- api:start --> … <!-- api:end --> block');
  return `${readme.slice(0, i + start.length)}\n${markdown}\n${readme.slice(j)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], { stdio: 'inherit' });
  const manifest = normalize(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync('README.md', withReference(readFileSync('README.md', 'utf8'), referenceMarkdown(manifest)));
  console.log('custom-elements.json and the README reference are up to date');
}
