/**
 * The results so far as bar charts people can read without seeing them: per
 * question a table of answer, count and share, the share also drawn as a bar
 * (hidden from assistive technology, which reads the numbers). Scales add
 * their average, numbers a summary, text questions only how many answered.
 * Under the survey's minimum of responses only their number, and when the
 * results will show.
 */
import { html, nothing } from 'lit';
import type { Survey, SurveyQuestion } from '../../data/schema.js';
import type { QuestionResult, SurveyResults } from '../../data/survey-results.js';
import type { Strings } from '../../l10n/cs.js';
import { choicesOf } from './question.js';
import { czech } from '../shared/czech.js';
import { resultsMinimum } from '../../data/survey.js';

export interface Formats {
  number(n: number): string;
  /** The widget's language, for shares (0–1 as "35 %"). */
  locale: string;
}

const percentFormats = new Map<string, Intl.NumberFormat>();
function percent(locale: string, share: number): string {
  let format = percentFormats.get(locale);
  if (!format) percentFormats.set(locale, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })));
  return format.format(share);
}

type S = Strings['survey'];

function bars(q: SurveyQuestion, r: QuestionResult, labelId: string, s: S, f: Formats) {
  return html`<table class="bars" aria-labelledby=${labelId}>
      <thead>
        <tr>
          <th scope="col">${s.resultsAnswer}</th>
          <th scope="col" class="num">${s.resultsCount}</th>
          <th scope="col">${s.resultsShare}</th>
        </tr>
      </thead>
      <tbody>
        ${choicesOf(q, s).map(({ id, label, end, lang }) => {
          const count = r.counts?.[id] ?? 0;
          const share = r.answered ? count / r.answered : 0;
          return html`<tr>
            <th scope="row" lang=${lang ?? nothing}>${label}${end ? html` (${czech(end)})` : nothing}</th>
            <td class="num">${f.number(count)}</td>
            <td class="share">
              <span class="pct">${percent(f.locale, share)}</span>
              <span class="bar" aria-hidden="true"><span class="fill" style="width: ${Math.round(share * 1000) / 10}%"></span></span>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${q.type === 'multiple' ? html`<p class="note">${s.resultsMultiple}</p>` : nothing}
    ${q.type === 'scale' && r.average !== undefined ? html`<p class="note">${s.resultsAverage(f.number(r.average))}</p>` : nothing}`;
}

function summary(q: SurveyQuestion, r: QuestionResult, labelId: string, s: S, f: Formats) {
  if (r.answered === 0) return html`<p>${s.resultsNone}</p>`;
  if (q.type === 'text') return html`<p>${s.resultsText}</p>`;
  if (q.type === 'number') {
    if (r.median === undefined || r.min === undefined || r.max === undefined) return nothing;
    const unit = q.unit ? ` ${q.unit}` : '';
    return html`<p>
      ${s.resultsNumber(f.number(r.median) + unit, f.number(r.min) + unit, f.number(r.max) + unit)}
      ${r.average !== undefined ? s.resultsAverage(f.number(r.average) + unit) : nothing}
    </p>`;
  }
  return bars(q, r, labelId, s, f);
}

export function resultsChart(survey: Survey, results: SurveyResults, title: string, s: S, f: Formats) {
  // Held back under the minimum here too, whatever the server sent: with a few, they are one person's answers.
  const minimum = Math.max(resultsMinimum(survey), results.minResponses ?? 0);
  const shown = results.responses >= minimum;
  const byId = new Map(shown ? results.questions.map((r) => [r.id, r]) : []);
  return html`<section class="results" aria-labelledby="results-title">
    <h3 id="results-title">${title}</h3>
    <p>${s.resultsResponses(results.responses)}</p>
    ${shown ? nothing : html`<p class="note">${s.resultsMinimum(minimum)}</p>`}
    ${survey.questions.map((q) => {
      const r = byId.get(q.id);
      if (!r) return nothing;
      const labelId = `r-${q.id}`;
      return html`<section class="result" aria-labelledby=${labelId}>
        <h4 id=${labelId} lang="cs">${q.text}</h4>
        ${r.answered ? html`<p class="answered">${s.resultsAnswered(r.answered)}</p>` : nothing}
        ${summary(q, r, labelId, s, f)}
      </section>`;
    })}
  </section>`;
}
