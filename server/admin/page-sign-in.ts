/** The sign-in page. */
import { html, raw, type Html } from './html.js';
import { page, when, comments, ofComments, planHref, annexHref, csvHref, day, type PageContext } from './page-layout.js';

// ── sign-in ────────────────────────────────────────────────────────────────

/**
 * `error` names the field it is about (`field`, default the key): that field
 * gets the focus (autofocus), aria-invalid and the message as its description.
 */
export function signInPage(
  ctx: PageContext,
  options: { error?: string; field?: 'name' | 'token'; name?: string; returnTo?: string; draft?: { comment: string; status: string; resolution: string } },
): string {
  const wrong = options.error ? (options.field ?? 'token') : undefined;
  const invalid = (field: 'name' | 'token') => (wrong === field ? raw(' aria-invalid="true" autofocus') : '');
  return page(
    ctx,
    'Přihlášení',
    html`<div class="signin">
      <h1>Přihlášení koordinátora</h1>
      <p>Zde vypořádáváte připomínky k návrhům komunitních plánů. Přihlaste se přístupovým klíčem koordinátora, který vám předal správce serveru.</p>
      ${options.draft && !options.error
        ? html`<div class="warning" role="alert"><p>Přihlášení vypršelo, vypořádání se neuložilo. Přihlaste se znovu: stav a odůvodnění, které jste napsali, pak budou zpět ve formuláři a uložíte je.</p></div>`
        : ''}
      ${options.error ? html`<div class="error" role="alert" id="signin-error"><p>${options.error}</p></div>` : ''}
      <form method="post" action="/admin/sign-in">
        ${options.returnTo ? html`<input type="hidden" name="return" value="${options.returnTo}">` : ''}
        ${options.draft
          ? html`<input type="hidden" name="draft-comment" value="${options.draft.comment}">
              <input type="hidden" name="draft-status" value="${options.draft.status}">
              <input type="hidden" name="draft-resolution" value="${options.draft.resolution}">`
          : ''}
        <div class="field">
          <label for="name">Vaše jméno</label>
          <p class="hint" id="name-hint">Zapíše se do historie změn u každé připomínky, kterou upravíte.</p>
          <input type="text" id="name" name="name" autocomplete="name" required maxlength="80" aria-describedby="name-hint${wrong === 'name' ? ' signin-error' : ''}"${invalid('name')} value="${options.name ?? ''}">
        </div>
        <div class="field">
          <label for="token">Přístupový klíč</label>
          <input type="password" id="token" name="token" autocomplete="current-password" required${wrong === 'token' ? raw(' aria-describedby="signin-error"') : ''}${invalid('token')}>
        </div>
        <button type="submit">Přihlásit se</button>
      </form>
      <p class="hint">Přihlášení skončí po 2 hodinách nečinnosti, nejpozději po 12 hodinách. Na sdíleném počítači se po práci odhlaste.</p>
    </div>`,
  );
}

