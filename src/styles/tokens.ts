/**
 * Design tokens. Each public custom property has a default, so a page that
 * sets nothing gets a readable, AA-contrast widget; a town restyles it by
 * setting `--kpss-*` on the element or any ancestor.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_primary: var(--kpss-color-primary, #0b5cad);
    --_on-primary: var(--kpss-color-on-primary, #ffffff);
    --_text: var(--kpss-color-text, #1b1b1b);
    --_muted: var(--kpss-color-muted, #4f5660);
    --_bg: var(--kpss-color-background, #ffffff);
    --_surface: var(--kpss-color-surface, #f3f5f8);
    --_border: var(--kpss-color-border, #8a929c);
    --_danger: var(--kpss-color-danger, #b3261e);
    --_danger-bg: var(--kpss-color-danger-background, #fdecea);
    --_success: var(--kpss-color-success, #1e6b35);
    --_focus: var(--kpss-color-focus, #c34a00);
    --_radius: var(--kpss-radius, 0.375em);
    --_space: var(--kpss-space, 1em);
    --_font: var(--kpss-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
  }
`;
