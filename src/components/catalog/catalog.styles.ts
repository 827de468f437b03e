import { css } from 'lit';

export const catalogStyles = css`
  .catalog {
    display: grid;
    gap: var(--_space);
  }
  .controls {
    display: grid;
    gap: var(--_space);
  }
  .field label {
    display: block;
    margin-bottom: 0.25em;
  }
  select {
    max-width: 24em;
  }
  .chip,
  .views button,
  .pager button {
    background: var(--_bg);
    color: var(--_primary);
  }
  .chip[aria-pressed='true'],
  .views button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  /* Pressed is said by more than the fill: a check mark (silent: aria-pressed says it), and Highlight when colours are forced. */
  [aria-pressed='true']::before {
    content: '✓ '/'';
  }
  @media (forced-colors) {
    [aria-pressed='true'] {
      background: Highlight !important;
      color: HighlightText !important;
    }
  }
  .chips,
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .chips li,
  .cards li {
    float: none;
    margin: 0;
  }
  .chip {
    border-radius: 1.5em;
    padding: 0.375em 0.875em;
  }
  .count {
    font-weight: 400;
  }
  details.more {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  details.more summary {
    cursor: pointer;
    font-weight: 700;
    /* 44 px (2.75em) to press; a list item still, so it keeps its disclosure triangle. */
    min-height: 2.75em;
    box-sizing: border-box;
    padding: 0.625em 0;
  }
  .more-body {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
    padding-top: 0.5em;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .group-label {
    margin: 0.75em 0 0.25em;
    font-style: italic;
    color: var(--_muted);
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    flex: none;
  }
  /* The label is what a finger presses: at least 44 px (2.75em) tall. */
  .check label {
    font-weight: 400;
    flex: 1;
    display: flex;
    align-items: center;
    min-height: 2.75em;
  }
  .badge {
    font-weight: 400;
    color: var(--_muted);
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .results-count {
    margin: 0;
    font-weight: 700;
    font-size: 1.125em;
  }
  .views {
    display: flex;
    gap: 0.25em;
    margin-inline-start: auto;
  }
  .cards {
    display: grid;
    gap: 0.75em;
  }
  .card {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    background: var(--_surface);
    /* Cards below the screen are laid out when scrolled to: on a phone the first page paints sooner (they stay in the accessibility tree and in find-in-page). */
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }
  .card p {
    margin: 0.25em 0;
  }
  .card-title {
    margin: 0 0 0.25em;
    font-size: 1.1875em;
    line-height: 1.3;
    color: var(--_text);
  }
  .card-provider,
  .muted {
    color: var(--_muted);
  }
  .card-call {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.5em 0 !important;
  }
  /* The phone as a button: 44 px (2.75em) to press, big enough to read. */
  .call {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0.25em 0.875em;
    border: 0.125em solid var(--_primary);
    border-radius: var(--_radius);
    color: var(--_primary);
    font-weight: 700;
    text-decoration: none;
  }
  .card-web a,
  .coordinator a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    min-width: 2.75em;
  }
  .card-open {
    margin-top: 0.5em;
  }
  .pager {
    display: flex;
    align-items: center;
    gap: 1em;
    flex-wrap: wrap;
  }
  .empty {
    border: 0.0625em dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .empty p {
    margin: 0 0 0.5em;
  }
  dialog {
    width: min(44em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    padding: 1em 1.25em;
    color: var(--_text);
    background: var(--_bg);
    font: inherit;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-head {
    display: flex;
    justify-content: space-between;
    align-items: flex-start;
    gap: 1em;
  }
  .dialog-head h2 {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.3;
  }
  kpss-catalog-map {
    display: block;
  }
  .print-only {
    display: none;
  }
  @media print {
    .no-print,
    .card-open,
    .pager,
    dialog,
    [role='status'] {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .card {
      break-inside: avoid;
      background: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
`;
