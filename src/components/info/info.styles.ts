import { css } from 'lit';

/** "Jak se zapojit": readable on a phone, every link a finger's size. */
export const infoStyles = css`
  /* The compact variant is a few lines in a sidebar: while it loads it holds less than a screen. */
  :host([variant='compact' i]) .kpss > .loading {
    min-height: var(--kpss-loading-height, 12em);
  }
  .info {
    display: grid;
    gap: calc(var(--_space) * 1.25);
    max-width: 52em;
  }
  .info.compact {
    gap: var(--_space);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0 0 0.5em;
    color: var(--_text);
  }
  .group :is(h3, h4, h5, h6) {
    font-size: 1.0625em;
    margin-top: 0.75em;
  }
  p {
    margin: 0 0 0.5em;
  }
  p:last-child {
    margin-bottom: 0;
  }
  .prose {
    white-space: pre-line;
  }
  .label {
    font-weight: 700;
  }
  .current {
    border-inline-start: 0.375em solid var(--_primary);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  .phase {
    font-size: 1.0625em;
  }
  a {
    text-underline-offset: 0.15em;
  }
  /* Tap targets of at least 44 × 44 px (2.75em) for fingers and shaky hands. */
  a.block,
  .links a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.25em 0;
    box-sizing: border-box;
  }
  a.action {
    font-weight: 700;
  }
  .links,
  .docs,
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .links > li,
  .docs > li,
  .timeline > li {
    float: none;
    margin: 0;
  }
  /* A long e-mail address or a file name wraps instead of widening a 320 px phone. */
  .links a,
  .document,
  .number {
    overflow-wrap: anywhere;
  }
  .document {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.75em;
    border-bottom: 0.0625em solid var(--_border);
  }
  .file,
  .date {
    color: var(--_muted);
  }
  .file {
    white-space: nowrap;
  }
  .date {
    font-size: 0.9375em;
  }
  .timeline {
    display: grid;
    gap: 0.5em;
  }
  .step {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  .mark {
    flex: 0 0 1.5em;
    text-align: center;
    font-weight: 700;
  }
  .step .text {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    min-width: 0;
  }
  .status {
    font-weight: 700;
  }
  .step .title {
    flex: 1 1 12em;
  }
  .dates {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  /* The state is in words and a mark; the colours only repeat it. */
  .step.now {
    border-width: 0.125em;
    border-color: var(--_primary);
    background: var(--_surface);
  }
  .step.done .mark {
    color: var(--_success);
  }
  .step.now .mark {
    color: var(--_primary);
  }
  .step.coming {
    border-style: dashed;
  }
  .contact .name {
    font-weight: 700;
  }
  .contact p {
    margin: 0;
  }
  @media print {
    .current {
      background: none;
      padding-inline: 0;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
  }
`;
