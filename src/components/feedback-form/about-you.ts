/** The comment form's optional "who sends it" fields (name, organisation, e-mail). */
import { html, type nothing, type TemplateResult } from 'lit';
import type { Strings } from '../../l10n/cs.js';

export interface AboutYou {
  readonly s: Strings['feedback'];
  readonly f: Strings['form'];
  readonly values: { readonly name: string; readonly organization: string; readonly email: string };
  readonly emailInvalid: boolean;
  readonly emailDescribedBy: string;
  readonly emailError: TemplateResult | typeof nothing;
}

export function renderAboutYou({ s, f, values: v, emailInvalid, emailDescribedBy, emailError }: AboutYou) {
  return html`<fieldset>
    <legend>${s.aboutYou}</legend>
    <p class="hint">${s.aboutYouHint}</p>
    <div class="field">
      <label for="name">${s.name} <span class="optional">${f.optional}</span></label>
      <input id="name" name="name" type="text" autocomplete="name" .value=${v.name} />
    </div>
    <div class="field">
      <label for="organization">${s.organization} <span class="optional">${f.optional}</span></label>
      <input id="organization" name="organization" type="text" autocomplete="organization" .value=${v.organization} />
    </div>
    <div class="field">
      <label for="email">${s.email} <span class="optional">${f.optional}</span></label>
      <p class="hint" id="email-hint">${s.emailHint}</p>
      <input
        id="email"
        name="email"
        type="email"
        autocomplete="email"
        inputmode="email"
        spellcheck="false"
        aria-invalid=${emailInvalid ? 'true' : 'false'}
        aria-describedby=${emailDescribedBy}
        .value=${v.email}
      />
      ${emailError}
    </div>
  </fieldset>`;
}
