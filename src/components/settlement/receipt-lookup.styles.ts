import { css } from 'lit';

/** "Najít moji připomínku": the box, its field and button side by side (one under the other on a narrow phone), the answer. */
export const lookupStyles = css`
  .lookup {
    border: 0.125em solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em 1em;
    display: grid;
    gap: 0.5em;
  }
  .lookup h3 {
    margin: 0;
  }
  .lookup form {
    display: grid;
    gap: 0.25em;
  }
  .lookup .hint {
    margin: 0 0 0.25em;
  }
  .lookup-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .lookup-row input {
    flex: 1 1 9em;
    width: auto;
    min-width: 0;
    max-width: 14em;
    font-family: ui-monospace, monospace;
    letter-spacing: 0.05em;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 700;
  }
  .field-error:empty {
    margin: 0;
  }
  .lookup-result {
    display: grid;
    gap: 0.5em;
  }
  .lookup-result:focus {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.25em;
  }
  .matches {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  .match {
    border-inline-start: 0.375em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.5em 0.75em;
    display: grid;
    gap: 0.25em;
  }
  .match.problem {
    border-inline-start-color: var(--_danger);
  }
  .to-item {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
  }
  /* The row a link from the answer went to: the focus shows where, after a click too. */
  .item article:focus {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.5em;
  }
`;
