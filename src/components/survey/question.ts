/**
 * One survey question as native controls: radios (single choice, yes/no, a
 * scale), checkboxes (multiple choice), a text field for numbers and a text
 * area. Choice questions are a fieldset whose legend is the question; the
 * "Other" choice reveals its text field when chosen. Every control's `name` is
 * the question id (`<id>.other` for the other text).
 */
import { html, nothing } from 'lit';
import type { SurveyQuestion } from '../../data/schema.js';
import { OTHER, SURVEY_TEXT_MAX, YES_NO, otherKey, scaleSteps } from '../../data/survey.js';
import type { Strings } from '../../l10n/cs.js';
import { describedBy, fieldError } from '../shared/form-parts.js';

/** What was typed or chosen, by control name: text, or the chosen ids of checkboxes. */
export type RawAnswers = Readonly<Record<string, string | readonly string[]>>;

export interface QuestionContext {
  readonly raw: RawAnswers;
  readonly error?: string;
  readonly s: Strings['survey'];
  /** "(povinné)" */
  readonly required: string;
  readonly number: (n: number) => string;
}

/** The id of the control that takes focus for a question (its first control, or the "other" text). */
export function controlId(q: SurveyQuestion, other = false): string {
  if (other) return `q-${q.id}-other-text`;
  if (q.type === 'text' || q.type === 'number') return `q-${q.id}`;
  if (q.type === 'scale') return `q-${q.id}-${q.scale?.min ?? 0}`;
  return `q-${q.id}-${q.type === 'yesno' ? YES_NO[0] : q.options?.[0]?.id}`;
}

/** " od 15 do 110", " od 15", " nejvýše 110", or "" (scale ranges and number limits). */
export function rangeText(q: SurveyQuestion, s: Strings['survey'], number: (n: number) => string): string {
  const min = q.type === 'scale' ? q.scale?.min : q.min;
  const max = q.type === 'scale' ? q.scale?.max : q.max;
  if (min !== undefined && max !== undefined) return s.numberRange(number(min), number(max));
  if (min !== undefined) return s.numberMin(number(min));
  return max !== undefined ? s.numberMax(number(max)) : '';
}

export const chosen = (raw: RawAnswers, id: string): readonly string[] => {
  const value = raw[id];
  return value === undefined ? [] : typeof value === 'string' ? (value ? [value] : []) : value;
};

function title(q: SurveyQuestion, c: QuestionContext) {
  return html`<span class="qtext" lang="cs">${q.text}</span>${q.required ? html` <span class="required">${c.required}</span>` : nothing}`;
}

function help(q: SurveyQuestion) {
  return q.help ? html`<p class="hint" id="q-${q.id}-help" lang="cs">${q.help}</p>` : nothing;
}

export interface Choice {
  readonly id: string;
  readonly label: string;
  /** The label of a scale's end. */
  readonly end?: string;
  /** `cs` for the survey's own options (data), none for ours (yes, no, other, numbers). */
  readonly lang?: 'cs';
}

/** What a choice question offers: its options (and "Other"), yes and no, or the steps of a scale. */
/**
 * Every control shows the answers as they are now, after each render: a
 * template shown for another question (one question per screen) keeps the
 * control, whose last value the template would otherwise take as current.
 */
export function showAnswers(root: ParentNode, raw: RawAnswers): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('form [name]')) {
    // (A choice's state is set as it is; a text's only when it differs, so the caret stays.)
    if (input.type === 'checkbox' || input.type === 'radio') input.checked = chosen(raw, input.name).includes(input.value);
    else if (input.value !== (raw[input.name] ?? '')) input.value = (raw[input.name] as string | undefined) ?? '';
  }
}

export function choicesOf(q: SurveyQuestion, s: Strings['survey']): Choice[] {
  if (q.type === 'yesno') return [{ id: 'yes', label: s.yes }, { id: 'no', label: s.no }];
  if (q.type === 'scale') return scaleSteps(q).map(({ value, end }) => ({ id: String(value), label: String(value), ...(end ? { end } : {}) }));
  return [...(q.options ?? []).map((o) => ({ ...o, lang: 'cs' as const })), ...(q.other ? [{ id: OTHER, label: s.other }] : [])];
}

function choiceQuestion(q: SurveyQuestion, c: QuestionContext) {
  const { s, raw, error } = c;
  const many = q.type === 'multiple';
  const picked = chosen(raw, q.id);
  const hint = many ? s.chooseMany : q.type === 'scale' && q.scale ? s.scaleHint(c.number(q.scale.min), c.number(q.scale.max)) : '';
  const otherOpen = q.other && picked.includes(OTHER);
  const choicesHtml = html`<div class="choices">
      ${choicesOf(q, s).map(
        (choice) => html`<div class="choice">
          <input
            type=${many ? 'checkbox' : 'radio'}
            id="q-${q.id}-${choice.id}"
            name=${q.id}
            value=${choice.id}
            .checked=${picked.includes(choice.id)}
            ?required=${!many && q.required}
          />
          <label for="q-${q.id}-${choice.id}" lang=${choice.lang ?? nothing}>${choice.label}${choice.end ? html`<span class="visually-hidden" lang="cs"> ${choice.end}</span>` : nothing}</label>
        </div>`,
      )}
    </div>`;
  // A scale's ends are named under its first and last step (the row and the names share one width).
  const endsHtml = q.type === 'scale' && (q.scale?.minLabel || q.scale?.maxLabel)
      ? html`<p class="ends" aria-hidden="true">
          <span>${q.scale.minLabel ? html`${q.scale.min} = <span lang="cs">${q.scale.minLabel}</span>` : ''}</span><span>${q.scale.maxLabel ? html`${q.scale.max} = <span lang="cs">${q.scale.maxLabel}</span>` : ''}</span>
        </p>`
      : nothing;
  return html`<fieldset class="question ${q.type}" aria-describedby=${describedBy(q.help && `q-${q.id}-help`, hint && `q-${q.id}-hint`, error && `q-${q.id}-error`) || nothing}>
    <legend>${title(q, c)}</legend>
    ${help(q)} ${hint ? html`<p class="hint" id="q-${q.id}-hint">${hint}</p>` : nothing} ${fieldError(`q-${q.id}`, error)}
    ${q.type === 'scale' ? html`<div class="scale-row">${choicesHtml}${endsHtml}</div>` : choicesHtml}
    ${otherOpen
      ? html`<div class="other">
          <label for="q-${q.id}-other-text">${s.otherText}</label>
          <input
            type="text"
            id="q-${q.id}-other-text"
            name=${otherKey(q.id)}
            autocomplete="off"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? `q-${q.id}-error` : nothing}
            .value=${(raw[otherKey(q.id)] as string | undefined) ?? ''}
          />
        </div>`
      : nothing}
  </fieldset>`;
}

function fieldQuestion(q: SurveyQuestion, c: QuestionContext) {
  const { s, raw, error } = c;
  const value = (raw[q.id] as string | undefined) ?? '';
  const hint = q.type === 'number' ? s.numberHint(rangeText(q, s, c.number)) : s.textHint(c.number(SURVEY_TEXT_MAX));
  const common = {
    describedBy: describedBy(q.help && `q-${q.id}-help`, `q-${q.id}-hint`, q.type === 'number' && q.unit && `q-${q.id}-unit`, error && `q-${q.id}-error`),
    invalid: error ? 'true' : 'false',
    required: q.required ? 'true' : 'false',
  };
  return html`<div class="question field ${q.type}">
    <label for="q-${q.id}">${title(q, c)}</label>
    ${help(q)}
    <p class="hint" id="q-${q.id}-hint">${hint}</p>
    ${fieldError(`q-${q.id}`, error)}
    ${q.type === 'number'
      ? html`<span class="amount">
          <input
            type="text"
            inputmode="numeric"
            autocomplete="off"
            id="q-${q.id}"
            name=${q.id}
            aria-required=${common.required}
            aria-invalid=${common.invalid}
            aria-describedby=${common.describedBy}
            .value=${value}
          />${q.unit ? html` <span class="unit" id="q-${q.id}-unit" lang="cs">${q.unit}</span>` : nothing}
        </span>`
      : html`<textarea
          id="q-${q.id}"
          name=${q.id}
          rows="4"
          aria-required=${common.required}
          aria-invalid=${common.invalid}
          aria-describedby=${common.describedBy}
          .value=${value}
        ></textarea>`}
  </div>`;
}

export function renderQuestion(q: SurveyQuestion, c: QuestionContext) {
  return q.type === 'text' || q.type === 'number' ? fieldQuestion(q, c) : choiceQuestion(q, c);
}
