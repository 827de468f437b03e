import { html } from 'lit';
import { czech } from './czech.js';

/** Our sentence around the region's text (`s.title(plan.title)`), the region's text marked Czech (WCAG 3.1.2). */
export function quoting(format: (value: string) => string, value: string) {
  const [before = '', after = ''] = format('\u0000').split('\u0000');
  return html`${before}${czech(value)}${after}`;
}
