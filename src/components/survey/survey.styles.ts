import { css } from 'lit';

/** The survey's own layout; the shared form parts are styled by styles/form.styles.ts. */
export const surveyStyles = css`
  h4 {
    font-size: 1.0625em;
    margin: 0;
  }
  .intro {
    display: grid;
    gap: 0.5em;
  }
  /* Numbered by a counter in the question's text, so the number stands beside the question, not the first option. */
  ol.questions {
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: question;
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  ol.questions > li {
    counter-increment: question;
  }
  ol.questions .qtext::before {
    content: counter(question) '. ';
  }
  .question.field label {
    display: block;
  }
  .qtext {
    font-weight: 700;
  }
  .choices {
    display: grid;
    gap: 0.375em;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.625em;
    min-height: 2.75em;
  }
  .choice input {
    width: 1.375em;
    height: 1.375em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .choice label {
    font-weight: 400;
    flex: 1;
    padding: 0.375em 0;
    cursor: pointer;
    /* The label is what a finger presses: at least 44 × 44 px (2.75em). */
    display: flex;
    align-items: center;
    min-height: 2.75em;
    min-width: 2.75em;
    box-sizing: border-box;
  }
  /* Questions are set apart by lines, not boxes: a long question wraps like a heading on a phone. */
  fieldset.question {
    border: 0;
    padding: 0;
    gap: 0.5em;
  }
  fieldset.question > legend {
    padding: 0;
    margin-bottom: 0.25em;
  }
  ol.questions > li + li {
    border-top: 0.0625em solid var(--_border);
    padding-top: calc(var(--_space) * 1.25);
  }
  /* Yes/no side by side; a scale as a row of equal steps (wrapping on small screens), its ends named below. */
  .yesno .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
  }
  .scale .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .scale-row {
    display: inline-flex;
    flex-direction: column;
    max-width: 100%;
  }
  .scale .choice {
    flex: 1 0 2.75em;
    flex-direction: column;
    gap: 0.125em;
  }
  .scale .choice label {
    flex: none;
    padding: 0;
    justify-content: center;
    text-align: center;
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .ends span:last-child {
    text-align: end;
  }
  .other {
    margin-inline-start: 2em;
    display: grid;
    gap: 0.375em;
  }
  .amount {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }
  .amount input {
    width: 7em;
  }
  .progress {
    display: grid;
    gap: 0.375em;
  }
  .progress-text {
    font-weight: 700;
  }
  .progress-bar,
  .bar {
    display: block;
    height: 0.5em;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .progress-bar > span,
  .bar > .fill {
    display: block;
    height: 100%;
    background: var(--_primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .results {
    display: grid;
    gap: var(--_space);
  }
  .result {
    display: grid;
    gap: 0.375em;
  }
  .answered,
  .note {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  table.bars {
    border-collapse: collapse;
    width: 100%;
  }
  .bars th,
  .bars td {
    text-align: start;
    padding: 0.375em 0.5em 0.375em 0;
    border-bottom: 0.0625em solid var(--_border);
    vertical-align: middle;
  }
  .bars thead th {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .bars tbody th {
    font-weight: 400;
  }
  .bars .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .bars .share {
    width: 45%;
  }
  .bars .pct {
    display: inline-block;
    min-width: 3.5em;
    font-variant-numeric: tabular-nums;
  }
  .bars .bar {
    display: inline-block;
    vertical-align: middle;
    width: calc(100% - 4em);
    height: 0.75em;
  }
  @media print {
    .actions,
    .progress-bar {
      display: none;
    }
  }
`;
