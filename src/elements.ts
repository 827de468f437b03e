/** Every element of the package with its tag, in one place for embed.ts and index.ts. */
import { KpssCatalog } from './components/catalog/catalog.js';
import { KpssEvents } from './components/events/events.js';
import { KpssFeedbackForm } from './components/feedback-form/feedback-form.js';
import { KpssInfo } from './components/info/info.js';
import { KpssSettlement } from './components/settlement/settlement.js';
import { KpssSurvey } from './components/survey/survey.js';
import { define } from './define.js';

export const TAGS = {
  'kpss-catalog': KpssCatalog,
  'kpss-events': KpssEvents,
  'kpss-feedback-form': KpssFeedbackForm,
  'kpss-info': KpssInfo,
  'kpss-settlement': KpssSettlement,
  'kpss-survey': KpssSurvey,
} as const;

/** Defines every element whose tag is still free. */
export function defineAll(): void {
  for (const [tag, ctor] of Object.entries(TAGS)) define(tag, ctor);
}

declare global {
  interface HTMLElementTagNameMap {
    'kpss-catalog': KpssCatalog;
    'kpss-events': KpssEvents;
    'kpss-feedback-form': KpssFeedbackForm;
    'kpss-info': KpssInfo;
    'kpss-settlement': KpssSettlement;
    'kpss-survey': KpssSurvey;
  }
}
