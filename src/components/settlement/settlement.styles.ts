import { css } from 'lit';

/** The settlement's layout: readable on a phone, and as the plan's annex on paper. */
export const settlementStyles = css`
  .settlement {
    display: grid;
    gap: var(--_space);
    max-width: 52em;
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.3;
    margin: 0;
  }
  h3 {
    font-size: 1.1875em;
    line-height: 1.3;
    margin: 0.5em 0 0.5em;
  }
  h4 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  p {
    margin: 0;
  }
  .notice {
    border-inline-start: 0.375em solid var(--_primary);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  .summary {
    display: grid;
    gap: 0.5em;
  }
  .total {
    font-weight: 700;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
  }
  .count {
    display: flex;
    gap: 0.375em;
    align-items: baseline;
    border: 0.0625em solid var(--_border);
    border-inline-start-width: 0.375em;
    border-radius: var(--_radius);
    padding: 0.25em 0.75em;
  }
  .count dt {
    font-weight: 400;
  }
  .count dd {
    margin: 0;
    font-weight: 700;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: end;
  }
  .controls label {
    display: block;
    margin-bottom: 0.375em;
  }
  .controls select {
    width: auto;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .item {
    border: 0.0625em solid var(--_border);
    border-inline-start-width: 0.375em;
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    display: block;
  }
  .item article {
    display: grid;
    gap: 0.375em;
  }
  .receipt {
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.9375em;
    /* It may wrap: on a 320 px phone the Ukrainian line is longer than the screen. */
    overflow-wrap: anywhere;
  }
  .label {
    font-weight: 700;
  }
  .part {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .message,
  .proposal,
  .reason {
    white-space: pre-line;
  }
  .outcome {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    display: grid;
    gap: 0.25em;
  }
  /* The outcome is always in words; the colour of the edge only repeats it. */
  .status-akceptovano {
    border-inline-start-color: var(--_success);
  }
  .status-castecne-akceptovano {
    border-inline-start-color: var(--_primary);
  }
  .status-neakceptovano {
    border-inline-start-color: var(--_danger);
  }
  .status-vzato-na-vedomi {
    border-inline-start-color: var(--_muted);
  }
  @media print {
    .no-print,
    [role='status'] {
      display: none !important;
    }
    .settlement {
      max-width: none;
    }
    .item {
      break-inside: avoid;
    }
    .outcome,
    .notice {
      background: none;
      padding-inline: 0;
    }
  }
`;
