/**
 * Defences against the host page. Page rules such as `* { line-height: 1 }`
 * reach the host element itself and beat `:host` rules, so every inherited
 * property is reset on the inner `.kpss` root, which page CSS cannot select.
 * `font-size: medium` is the visitor's default size, untouched by
 * `html { font-size: 62.5% }`; everything inside is sized in `em`.
 */
import { css } from 'lit';
import { tokens } from './tokens.js';

export const hostStyles = [
  tokens,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      contain: layout style;
    }
    :host([hidden]) {
      display: none;
    }
    .kpss {
      box-sizing: border-box;
      font-family: var(--_font);
      font-size: var(--kpss-font-size, medium);
      font-weight: 400;
      font-style: normal;
      line-height: 1.5;
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start;
      text-indent: 0;
      text-transform: none;
      white-space: normal;
      color: var(--_text);
      background: var(--_bg);
      overflow-wrap: break-word;
    }
    .kpss *,
    .kpss *::before,
    .kpss *::after {
      box-sizing: inherit;
    }
    :focus-visible {
      outline: 0.1875em solid var(--_focus);
      outline-offset: 0.125em;
    }
    a {
      color: var(--_primary);
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
    .loading {
      color: var(--_muted);
      margin: 0;
      padding: var(--_space) 0;
    }
    /* While its data loads, a widget holds a screen's height (the settlement and the short list of
       meetings less), so what follows it is already below the screen and does not jump when the data
       arrives (layout shift). A page sets --kpss-loading-height to the height it expects. */
    .kpss > .loading {
      min-height: var(--kpss-loading-height, 100vh);
      box-sizing: border-box;
    }
    :host(kpss-settlement) .kpss > .loading,
    :host(kpss-events[variant='compact']) .kpss > .loading {
      min-height: var(--kpss-loading-height, 12em);
    }
    .error {
      border: 0.125em solid var(--_danger);
      background: var(--_danger-bg);
      border-radius: var(--_radius);
      padding: 0.75em 1em;
      margin: 0;
    }
    .error p {
      margin: 0 0 0.5em;
    }
    .error .error-title {
      font-size: 1.125em;
      font-weight: 700;
      color: var(--_danger);
    }
    .error .url {
      /* A long address wraps instead of widening the widget (reflow at 320 px). */
      overflow-wrap: anywhere;
      font-family: ui-monospace, monospace;
      font-size: 0.875em;
    }
    .error ul {
      margin: 0.25em 0 0;
      padding-inline-start: 1.25em;
      font-family: ui-monospace, monospace;
      font-size: 0.875em;
    }
  `,
];
