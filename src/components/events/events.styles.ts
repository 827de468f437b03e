import { css } from 'lit';

export const eventsStyles = css`
  .events {
    display: grid;
    gap: var(--_space);
  }
  .intro {
    margin: 0;
    color: var(--_muted);
  }
  .section-title {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
    color: var(--_text);
  }
  .list,
  .docs,
  .compact-list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .list {
    display: grid;
    gap: 0.75em;
  }
  .list > li,
  .docs > li,
  .compact-list > li {
    float: none;
    margin: 0;
  }
  .event {
    display: flex;
    flex-direction: column;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    background: var(--_surface);
  }
  .event p {
    margin: 0.25em 0;
  }
  .event-title {
    margin: 0 0 0.25em;
    font-size: 1.1875em;
    line-height: 1.3;
    color: var(--_text);
  }
  /* The kind of meeting reads above the title; the title stays first for heading navigation. */
  .meta {
    order: -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: center;
  }
  .badge,
  .relative {
    display: inline-block;
    font-size: 0.875em;
    line-height: 1.3;
    padding: 0.125em 0.5em;
    border-radius: 1em;
    border: 0.0625em solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
  }
  .relative {
    font-weight: 700;
    border-color: var(--_success);
    color: var(--_success);
  }
  /* Cancelled: a word and a symbol, not only a colour or a line through the text. */
  .cancelled {
    display: inline-block;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.03em;
    padding: 0 0.375em;
    border: 0.125em solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
    background: var(--_danger-bg);
  }
  .event.is-cancelled {
    border-style: dashed;
    border-color: var(--_danger);
    background: var(--_bg);
  }
  .cancelled-note {
    color: var(--_danger);
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(5em, max-content) 1fr;
    gap: 0.25em 1em;
    margin: 0.5em 0 0.25em;
  }
  .facts > div {
    display: contents;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0;
  }
  .when {
    font-weight: 700;
  }
  .place-name,
  .place-address {
    display: block;
  }
  .map-link {
    margin-top: 0.125em;
  }
  .description {
    white-space: pre-line;
  }
  .file-type,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    margin-top: 0.5em !important;
  }
  a {
    text-underline-offset: 0.15em;
  }
  /* Tap targets of at least 44 × 44 px (2.75em) for fingers and shaky hands. */
  .actions a,
  .calendar-all a,
  .more-link,
  .docs a,
  .map-link,
  dd > a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.25em 0;
    box-sizing: border-box;
  }
  .calendar-all {
    margin: 0 0 0.5em;
  }
  .more {
    margin: 0.75em 0 0;
  }
  .filter label {
    display: block;
    margin-bottom: 0.25em;
  }
  select {
    max-width: 24em;
  }
  details.past-details {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.75em;
  }
  details.past-details[open] {
    padding-bottom: 0.75em;
  }
  details.past-details > summary {
    cursor: pointer;
    font-weight: 700;
    color: var(--_primary);
    min-height: 2.75em;
    padding: 0.5em 0;
  }
  details.past-details[open] > summary {
    margin-bottom: 0.5em;
  }
  .empty {
    border: 0.0625em dashed var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .empty p {
    margin: 0 0 0.5em;
  }
  .empty p:last-child {
    margin-bottom: 0;
  }
  /* Subscribe: a box of its own; the address field shrinks so a long URL never widens a phone's page. */
  .subscribe {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    background: var(--_surface);
  }
  .subscribe p {
    margin: 0 0 0.5em;
  }
  .subscribe .webcal {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    box-sizing: border-box;
    font-weight: 700;
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: stretch;
  }
  .copy-row input {
    flex: 1 1 14em;
    min-width: 0;
    width: auto;
    text-overflow: ellipsis;
  }
  .copy-row button {
    flex: 0 0 auto;
    max-width: 100%;
  }
  .compact-list {
    display: grid;
    gap: 0.5em;
  }
  .compact-item {
    padding: 0.25em 0;
    border-bottom: 0.0625em solid var(--_border);
  }
  .compact-when {
    font-weight: 700;
    margin-inline-end: 0.375em;
  }
  .compact-item .cancelled {
    font-size: 0.875em;
    margin-inline-end: 0.25em;
  }
  .compact-item .relative {
    margin-inline-end: 0.25em;
  }
  .compact-place {
    color: var(--_muted);
  }
  .compact-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
  }
  .compact-actions .calendar-all {
    margin: 0;
  }
  @media (max-width: 30em) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-bottom: 0.375em;
    }
  }
  @media print {
    .no-print,
    .calendar,
    .calendar-all,
    [role='status'] {
      display: none !important;
    }
    .event {
      break-inside: avoid;
      background: none;
    }
    details.past-details > summary {
      display: none;
    }
    /* Past meetings folded away do not print, and neither does their heading. */
    .past:has(> details.past-details:not([open])) {
      display: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
`;
