/**
 * The parts of every sending widget (components/shared/form-parts.ts): the
 * column, title and form, field errors, notices and outcomes, the receipt, the
 * privacy notice, the error summary's links, the honeypot, fieldsets and the
 * busy button.
 */
import { css } from 'lit';

export const formStyles = css`
  /* The widget's column: its title, notices, and the form, one under another. */
  .sheet {
    display: grid;
    gap: var(--_space);
    max-width: 44em;
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.3;
    margin: 0;
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  p {
    margin: 0;
  }
  h3 {
    font-size: 1.1875em;
    margin: 0 0 0.5em;
  }
  .required,
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  fieldset {
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em 1em;
    margin: 0;
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }
  legend {
    padding: 0 0.25em;
  }
  .field-error {
    margin-top: 0.25em;
    color: var(--_danger);
    font-weight: 700;
  }
  .hp {
    position: absolute;
    left: -10000px;
    top: auto;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .notice {
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.75em 1em;
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .notice.success {
    border-color: var(--_success);
  }
  .notice-title {
    font-weight: 700;
  }
  .receipt {
    font-family: ui-monospace, monospace;
    font-size: 1.125em;
    letter-spacing: 0.05em;
  }
  .privacy {
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .privacy .label {
    color: var(--_text);
  }
  .error ul {
    font-family: inherit;
    font-size: 1em;
    list-style: none;
    padding: 0;
  }
  /* The bullet beside the first line of an item that wraps (a list marker would sit by the button's last line). */
  .error.summary li {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
  }
  button.link {
    background: none;
    border: 0;
    padding: 0.25em 0;
    /* A tap target of 44 px (2.75em) like every button. */
    min-height: 2.75em;
    color: var(--_danger);
    text-decoration: underline;
    text-align: start;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .actions {
    margin: 0;
  }
  .error .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.5em;
  }
  .copy-status:empty {
    display: none;
  }
`;
