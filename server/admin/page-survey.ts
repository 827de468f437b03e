/** A survey's results on the desk: a readable page (the counts per question), with the CSV of the answers. */
import { html, type Html } from './html.js';
import { page, scrolling, planHref, type PageContext } from './page-layout.js';
import type { Survey, SurveyQuestion } from '../../src/data/schema.js';
import type { QuestionResult, SurveyResults } from '../../src/data/survey-results.js';
import { OTHER } from '../../src/data/survey.js';

export interface SurveyView {
  region: string;
  regionName: string;
  plan?: string;
  survey: Survey;
  results: SurveyResults;
  csv?: string;
}

const answers = (n: number) => `${n} ${n === 1 ? 'odpověď' : n >= 2 && n <= 4 ? 'odpovědi' : 'odpovědí'}`;
const number = (n: number) => n.toLocaleString('cs-CZ', { maximumFractionDigits: 2 });

function labelOf(q: SurveyQuestion, key: string): string {
  if (q.type === 'yesno') return key === 'yes' ? 'ano' : key === 'no' ? 'ne' : key;
  if (key === OTHER) return 'jiné';
  if (q.type === 'scale') {
    const end = Number(key) === q.scale?.min ? q.scale?.minLabel : Number(key) === q.scale?.max ? q.scale?.maxLabel : undefined;
    return end ? `${key} (${end})` : key;
  }
  return q.options?.find((o) => o.id === key)?.label ?? key;
}

function question(q: SurveyQuestion, r: QuestionResult | undefined, index: number, total: number): Html {
  const id = `q-${index + 1}`;
  const answered = r?.answered ?? 0;
  const share = (n: number) => (answered ? `${Math.round((n / answered) * 100)} %` : '–');
  return html`<section aria-labelledby="${id}">
    <h2 id="${id}">${index + 1}. ${q.text}</h2>
    <p>Odpovědělo: <strong>${answers(answered)}</strong> z ${total}.</p>
    ${r?.counts
      ? scrolling(`${id}`, html`<table>
          <thead><tr><th scope="col">Odpověď</th><th scope="col">Počet</th><th scope="col">Podíl</th></tr></thead>
          <tbody>${Object.entries(r.counts).map(([key, n]) => html`<tr><th scope="row">${labelOf(q, key)}</th><td class="num">${n}</td><td class="num">${share(n)}</td></tr>`)}</tbody>
        </table>`)
      : ''}
    ${r?.average !== undefined || r?.median !== undefined
      ? html`<ul class="counts">
          ${r.average !== undefined ? html`<li>průměr: <strong>${number(r.average)}</strong></li>` : ''}
          ${r.median !== undefined ? html`<li>medián: <strong>${number(r.median)}</strong></li>` : ''}
          ${r.min !== undefined ? html`<li>nejméně: <strong>${number(r.min)}</strong></li>` : ''}
          ${r.max !== undefined ? html`<li>nejvíce: <strong>${number(r.max)}</strong></li>` : ''}
        </ul>`
      : ''}
    ${q.type === 'text' ? html`<p class="hint">Textové odpovědi se nezveřejňují; jsou v tabulce odpovědí (CSV).</p>` : ''}
  </section>`;
}

export function surveyPage(ctx: PageContext, v: SurveyView): string {
  const byId = new Map(v.results.questions.map((r) => [r.id, r]));
  return page(
    ctx,
    `Výsledky ankety: ${v.survey.title}`,
    html`<nav class="crumbs" aria-label="Kde jste"><a href="/admin">Přehled plánů</a> › ${v.plan ? html`<a href="${planHref(v.region, v.plan)}">${v.regionName}</a>` : v.regionName}</nav>
      <h1>Výsledky ankety: ${v.survey.title}</h1>
      <p class="unsettled">Vyplněno: <strong>${answers(v.results.responses)}</strong>.</p>
      ${v.csv ? html`<ul class="actions"><li><a href="${v.csv}" download>Stáhnout odpovědi ankety (CSV pro Excel)</a></li></ul>` : ''}
      ${v.survey.questions.map((q, i) => question(q, byId.get(q.id), i, v.results.responses))}`,
  );
}
