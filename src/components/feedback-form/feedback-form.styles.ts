import { css } from 'lit';

/** The comment form's own layout; the shared form parts are styled by styles/form.styles.ts. */
export const feedbackStyles = css`
  .field label {
    display: block;
  }
  .field > label + input,
  .field > label + textarea,
  .field > label + select {
    margin-top: 0.375em;
  }
  select {
    max-width: 40em;
  }
  .count {
    margin-top: 0.25em;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .count.over {
    color: var(--_danger);
    font-weight: 700;
  }
  .print-note {
    display: none;
  }
  @media print {
    .unprinted {
      display: none !important;
    }
    .print-note {
      display: block;
    }
  }
`;
