// The desk's progressive enhancement. Every page works without it (plain
// forms, each with a Save button); with it, a settlement is saved as you go:
// the status once a change is confirmed (on leaving the select, or with Save:
// never for each option the arrow keys pass through on a closed select), the
// reason a moment after you stop typing and when you leave the field, and a
// warning before leaving unsaved text.
'use strict';
(() => {
  const csrf = document.querySelector('meta[name="kpss-csrf"]')?.getAttribute('content') ?? '';
  const unsaved = new Set();

  for (const button of document.querySelectorAll('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }

  const time = () => new Date().toLocaleTimeString('cs-CZ', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

  // ── the session's idle expiry: a warning 5 minutes before, with a button that extends it ──
  const WARN_MS = 5 * 60_000;
  const live = document.querySelector('[data-expiry-live]');
  let expiry = { reset() {}, expired() {} };
  if (live) {
    const box = live.querySelector('[data-expiry]');
    const text = live.querySelector('[data-expiry-text]');
    const stay = live.querySelector('[data-expiry-stay]');
    const again = live.querySelector('[data-expiry-sign-in]');
    const idle = Number(live.getAttribute('data-idle-ms'));
    let warnTimer = 0;
    let endTimer = 0;
    let before = null;
    const clock = (ms) => new Date(Date.now() + ms).toLocaleTimeString('cs-CZ', { hour: '2-digit', minute: '2-digit' });
    const hide = () => {
      if (box.hidden) return;
      box.hidden = true;
      text.textContent = '';
      if (before && document.contains(before)) before.focus();
    };
    const expired = () => {
      clearTimeout(warnTimer);
      clearTimeout(endTimer);
      text.textContent = 'Přihlášení vypršelo. Rozepsaný text zůstává na této stránce: po novém přihlášení se vrátíte sem a uložíte ho.';
      stay.hidden = true;
      again.href = location.pathname + location.search;
      again.hidden = false;
      box.hidden = false;
    };
    const reset = (left) => {
      clearTimeout(warnTimer);
      clearTimeout(endTimer);
      hide();
      warnTimer = setTimeout(() => {
        before = document.activeElement;
        text.textContent = `Přihlášení vyprší za 5 minut nečinnosti (v ${clock(Math.min(left, WARN_MS))}). Chcete-li pokračovat, zvolte Zůstat přihlášen(a).`;
        box.hidden = false;
      }, Math.max(0, left - WARN_MS));
      endTimer = setTimeout(expired, left);
    };
    stay.addEventListener('click', async () => {
      try {
        const response = await fetch('/admin/session', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrf },
          body: '{}',
        });
        if (response.status === 401) return expired();
        if (!response.ok) throw new Error(String(response.status));
        reset((await response.json()).leftMs);
      } catch {
        text.textContent = 'Přihlášení se nepodařilo prodloužit: server neodpovídá. Zkuste to prosím znovu.';
      }
    });
    reset(Number(live.getAttribute('data-left-ms')));
    // A request to the server counts as use; it writes the last use at most every 5 minutes.
    expiry = { reset: () => reset(idle - WARN_MS), expired };
  }

  // ── what was typed when a save met an expired session: kept in this tab until it is saved ──
  const draftKey = (form) => `kpss-draft:${new URL(form.action, location.href).pathname}`;
  const keepDraft = (form, body) => {
    try {
      sessionStorage.setItem(draftKey(form), body);
      return true;
    } catch {
      return false; // storage off: the text stays in the page
    }
  };
  const takeDraft = (form) => {
    try {
      return sessionStorage.getItem(draftKey(form));
    } catch {
      return null;
    }
  };
  const dropDraft = (form) => {
    try {
      sessionStorage.removeItem(draftKey(form));
    } catch {
      /* nothing kept */
    }
  };

  function autosave(form) {
    const out = form.querySelector('[data-saved]');
    const status = form.elements.namedItem('status');
    const resolution = form.elements.namedItem('resolution');
    const snapshot = () => JSON.stringify({ status: status.value, resolution: resolution.value });
    let saved = snapshot();
    let timer = 0;
    let busy = false;
    let again = false;

    const show = (text, failed, link) => {
      out.textContent = text;
      if (link) {
        const a = document.createElement('a');
        a.href = link.href;
        a.textContent = link.label;
        out.append(' ', a);
      }
      out.classList.toggle('failed', failed);
    };

    // Back after signing in again: what could not be saved is in the form again, to be saved.
    const draft = takeDraft(form);
    if (draft) {
      try {
        const kept = JSON.parse(draft);
        if (typeof kept.status === 'string' && [...status.options].some((o) => o.value === kept.status)) status.value = kept.status;
        if (typeof kept.resolution === 'string') resolution.value = kept.resolution;
        if (snapshot() !== saved) {
          unsaved.add(form);
          show('Obnoveno, co se před přihlášením neuložilo. Uložte to prosím tlačítkem Uložit.', true);
        } else dropDraft(form);
      } catch {
        dropDraft(form);
      }
    }

    async function save() {
      clearTimeout(timer);
      const body = snapshot();
      if (body === saved) {
        unsaved.delete(form);
        return;
      }
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        const response = await fetch(form.action, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', accept: 'application/json', 'x-csrf-token': csrf },
          body,
        });
        if (response.ok) {
          const answer = await response.json();
          saved = body;
          dropDraft(form);
          expiry.reset();
          if (snapshot() === saved) unsaved.delete(form);
          show(`Uloženo v ${time()}.`, false);
          for (const count of document.querySelectorAll('[data-unsettled]')) count.textContent = String(answer.unsettled);
        } else if (response.status === 401) {
          // Kept: leaving the page to sign in again no longer needs the warning.
          if (keepDraft(form, body)) unsaved.delete(form);
          show('Neuloženo: přihlášení vypršelo. Text je uschovaný v tomto okně prohlížeče; po přihlášení se vrátíte sem a uložíte ho.', true, {
            href: location.pathname + location.search,
            label: 'Přihlásit se znovu',
          });
        } else {
          let message = `chyba ${response.status}`;
          try {
            message = (await response.json()).error.message;
          } catch {
            /* not JSON */
          }
          show(`Neuloženo: ${message}`, true);
        }
      } catch {
        show('Neuloženo: nepodařilo se spojit se serverem. Zkuste to znovu tlačítkem Uložit.', true);
      } finally {
        busy = false;
        if (again) {
          again = false;
          void save();
        }
      }
    }

    // The arrow keys on a closed select change its value (and fire change) at every option: wait until the select is left.
    const choosing = (event) => event.target === status && document.activeElement === status;
    form.addEventListener('change', (event) => {
      if (!choosing(event)) void save();
    });
    status.addEventListener('blur', () => void save());
    form.addEventListener('input', (event) => {
      if (snapshot() !== saved) unsaved.add(form);
      if (choosing(event)) return;
      clearTimeout(timer);
      timer = setTimeout(() => void save(), 1500);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (snapshot() === saved) show(`Uloženo v ${time()}.`, false);
      else void save();
    });
  }

  for (const form of document.querySelectorAll('form[data-autosave]')) autosave(form);

  window.addEventListener('beforeunload', (event) => {
    if (unsaved.size > 0) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
