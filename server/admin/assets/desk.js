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

  function autosave(form) {
    const out = form.querySelector('[data-saved]');
    const status = form.elements.namedItem('status');
    const resolution = form.elements.namedItem('resolution');
    const snapshot = () => JSON.stringify({ status: status.value, resolution: resolution.value });
    let saved = snapshot();
    let timer = 0;
    let busy = false;
    let again = false;

    const show = (text, failed) => {
      out.textContent = text;
      out.classList.toggle('failed', failed);
    };

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
          if (snapshot() === saved) unsaved.delete(form);
          show(`Uloženo v ${time()}.`, false);
          for (const count of document.querySelectorAll('[data-unsettled]')) count.textContent = String(answer.unsettled);
        } else if (response.status === 401) {
          show('Neuloženo: přihlášení vypršelo. Zkopírujte si text, přihlaste se znovu a změnu zopakujte.', true);
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
