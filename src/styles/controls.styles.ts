/**
 * Form controls and buttons shared by every widget: labels, hints, text
 * fields, selects, primary and secondary buttons, all at least 44 px high
 * (2.75em at the default size) for fingers and shaky hands.
 */
import { css } from 'lit';

export const controlStyles = css`
  label,
  .label,
  legend {
    font-weight: 700;
  }
  .hint {
    margin: 0.125em 0 0.375em;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .label {
    margin: 0 0 0.375em;
  }
  input[type='search'],
  input[type='text'],
  input[type='email'],
  input[type='number'],
  textarea,
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.625em;
    min-height: 2.75em;
    width: 100%;
    max-width: 40em;
    margin: 0;
  }
  textarea {
    resize: vertical;
    line-height: 1.5;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0.25em 0 0 var(--_danger);
  }
  button,
  a.button {
    font: inherit;
    line-height: 1.25;
    cursor: pointer;
    min-height: 2.75em;
    padding: 0.5em 1em;
    margin: 0;
    border-radius: var(--_radius);
    border: 0.125em solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    text-transform: none;
    letter-spacing: normal;
  }
  a.button {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    text-decoration: none;
  }
  button.secondary,
  a.button.secondary {
    background: var(--_bg);
    color: var(--_primary);
  }
  button[aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
`;
