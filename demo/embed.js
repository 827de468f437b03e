// The embed configurator: the options of each widget, a live preview and the
// exact snippet to paste. Preview and snippet are made from one list of
// attributes, so they cannot disagree. Served by kpss-server, it takes the
// server's public URLs (KPSS_PUBLIC_URL) and its regions from /api/site, the
// same addresses `npm start` prints; elsewhere, addresses beside this page.

/** Each widget's attributes a webmaster may set (the rest is in the README). */
const WIDGETS = {
  'kpss-catalog': {
    label: 'Katalog sociálních služeb',
    options: [
      { name: 'municipality', type: 'text', label: 'Předvybraná obec', hint: 'Například Sušice: ukáže, co slouží obyvatelům obce.' },
      { name: 'view', type: 'select', label: 'Zobrazení na začátku', values: [['', 'seznam'], ['map', 'mapa']] },
      { name: 'no-map', type: 'boolean', label: 'Bez mapy' },
      { name: 'page-size', type: 'number', label: 'Služeb na stránku', min: 5, max: 100 },
      { name: 'tile-url', type: 'text', label: 'Mapové podklady (adresa dlaždic)', hint: 'Prázdné = OpenStreetMap. Mapy.com potřebují API klíč.' },
      { name: 'tile-attribution', type: 'text', label: 'Uvedení autora map' },
    ],
  },
  'kpss-events': {
    label: 'Setkání komunitního plánování',
    options: [
      { name: 'variant', type: 'select', label: 'Vzhled', values: [['', 'celý seznam'], ['compact', 'krátký přehled do postranního sloupce']] },
      { name: 'types', type: 'text', label: 'Jen tyto druhy setkání', hint: 'Kódy oddělené čárkou, např. pracovni-skupina,kulaty-stul.' },
      { name: 'limit', type: 'number', label: 'Kolik nadcházejících setkání ukázat', min: 1, max: 50 },
      { name: 'show-past', type: 'select', label: 'Proběhlá setkání', values: [['', 'sbalená'], ['all', 'rozbalená'], ['none', 'neukazovat']] },
      { name: 'more-url', type: 'text', label: 'Odkaz na stránku se všemi setkáními' },
      { name: 'calendar-url', type: 'text', label: 'Kalendář k odebírání (adresa .ics)', hint: 'Prázdné = z adresy dat na kpss-serveru (…/regions/<id>/events.ics); none = nenabízet.' },
    ],
  },
  'kpss-feedback-form': {
    label: 'Připomínky k návrhu plánu',
    options: [
      { name: 'section', type: 'text', label: 'Předvybraná část plánu', hint: 'Číslo priority nebo opatření, např. 1.1.' },
      { name: 'endpoint', type: 'text', label: 'Kam připomínky odesílat', hint: 'Prázdné = adresa ze souboru s daty.' },
    ],
  },
  'kpss-survey': {
    label: 'Anketa pro obyvatele',
    options: [
      { name: 'layout', type: 'select', label: 'Otázky', values: [['', 'podle šířky stránky'], ['one', 'jedna po druhé'], ['all', 'všechny najednou']] },
      { name: 'endpoint', type: 'text', label: 'Kam odpovědi odesílat', hint: 'Prázdné = adresa ze souboru s daty.' },
    ],
  },
  'kpss-info': {
    label: 'Jak se zapojit do plánování',
    options: [
      { name: 'variant', type: 'select', label: 'Vzhled', values: [['', 'celá stránka'], ['compact', 'krátce do postranního sloupce (co teď probíhá, co můžete udělat, kontakt)']] },
      { name: 'today', type: 'text', label: 'Náhled k jinému dni', hint: 'Datum RRRR-MM-DD, např. 2026-11-20: ukáže, co bude probíhat ten den. Na web obce nechte prázdné.' },
      { name: 'heading-level', type: 'number', label: 'Úroveň nadpisů', min: 2, max: 6, hint: 'Prázdné = 3 (pod nadpisem stránky úrovně 2).' },
    ],
  },
  'kpss-settlement': {
    label: 'Vypořádání připomínek',
    options: [{ name: 'endpoint', type: 'text', label: 'Adresa vypořádání', hint: 'Prázdné = vedle adresy pro připomínky (/api/settlement).' }],
  },
};

const $ = (id) => document.getElementById(id);
const form = $('options');
const region = $('region');
const srcInput = $('src');
const widgetSelect = $('widget');
const optionsBox = $('widget-options');

for (const [tag, { label }] of Object.entries(WIDGETS)) widgetSelect.add(new Option(label, tag));

const escapeAttr = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const absolute = (url) => new URL(url, location.href).href;

/** The server's public addresses, or null when this page is not served by kpss-server. */
async function siteInfo() {
  try {
    const response = await fetch(new URL('../api/site', location.href), { headers: { accept: 'application/json' } });
    const site = response.ok ? await response.json() : null;
    return site && typeof site.script === 'string' && Array.isArray(site.regions) ? site : null;
  } catch {
    return null;
  }
}
const site = await siteInfo();
const scriptUrl = site ? site.script : absolute('../dist/kpss-widgets.js');
if (site && site.regions.length) {
  // The regions the server publishes, at their public /regions/ addresses.
  const custom = [...region.options].find((o) => o.value === '');
  region.replaceChildren(...site.regions.map((r) => new Option(r.name, r.url)), custom);
}

function renderOptions() {
  optionsBox.querySelectorAll(':scope > :not(legend)').forEach((n) => n.remove());
  for (const o of WIDGETS[widgetSelect.value].options) {
    const id = `opt-${o.name}`;
    const wrap = document.createElement('div');
    if (o.type === 'boolean') {
      wrap.innerHTML = `<input type="checkbox" id="${id}" name="${o.name}"><label class="inline" for="${id}"></label>`;
      wrap.querySelector('label').textContent = o.label;
    } else {
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = o.label;
      wrap.append(label);
      if (o.hint) {
        const hint = document.createElement('p');
        hint.className = 'hint';
        hint.id = `${id}-hint`;
        hint.textContent = o.hint;
        wrap.append(hint);
      }
      let control;
      if (o.type === 'select') {
        control = document.createElement('select');
        for (const [value, text] of o.values) control.add(new Option(text, value));
      } else {
        control = document.createElement('input');
        control.type = o.type;
        if (o.min !== undefined) control.min = String(o.min);
        if (o.max !== undefined) control.max = String(o.max);
      }
      control.id = id;
      control.name = o.name;
      if (o.hint) control.setAttribute('aria-describedby', `${id}-hint`);
      wrap.append(control);
    }
    optionsBox.append(wrap);
  }
}

/** The element's attributes, in order, from the form. */
function attributes() {
  const src = region.value || srcInput.value.trim();
  const list = [['src', src ? absolute(src) : '']];
  const lang = $('lang').value;
  if (lang) list.push(['lang', lang]);
  for (const o of WIDGETS[widgetSelect.value].options) {
    const control = form.elements.namedItem(o.name);
    if (!control) continue;
    if (o.type === 'boolean') {
      if (control.checked) list.push([o.name, '']);
    } else if (control.value.trim() !== '') {
      list.push([o.name, control.value.trim()]);
    }
  }
  return list;
}

export function snippetFor(tag, attrs) {
  const script = scriptUrl;
  const attrText = attrs.map(([k, v]) => (v === '' && k !== 'src' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('');
  return `<script type="module" src="${escapeAttr(script)}"></script>\n<${tag}${attrText}></${tag}>`;
}

function update() {
  srcInput.disabled = region.value !== '';
  if (region.value) srcInput.value = absolute(region.value);
  const tag = widgetSelect.value;
  const attrs = attributes();
  $('snippet').textContent = snippetFor(tag, attrs);
  // The hint says what this snippet will do on a town page served over https.
  const plain = [scriptUrl, ...attrs.filter(([k]) => k === 'src' || k === 'endpoint').map(([, v]) => v)].filter((u) => /^http:/i.test(u));
  const note = $('https-note');
  note.className = plain.length ? 'hint warning' : 'hint';
  note.textContent = plain.length
    ? `Pozor: ${plain.length === 1 ? 'adresa' : 'adresy'} ${plain.join(', ')} ${plain.length === 1 ? 'začíná' : 'začínají'} http://. Stránka obce na https je nenačte. Na serveru nastavte KPSS_PUBLIC_URL na jeho adresu na https (např. https://kpss.klatovy.cz).`
    : 'Všechny adresy jsou na https: kód funguje i na stránkách obce na https.';
  const el = document.createElement(tag);
  for (const [k, v] of attrs) el.setAttribute(k, v);
  $('preview').replaceChildren(el);
  $('copy-status').textContent = '';
}

async function copy() {
  const text = $('snippet').textContent;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard permission (plain http, old browser): select the code instead.
    const range = document.createRange();
    range.selectNodeContents($('snippet'));
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    document.execCommand?.('copy');
  }
  $('copy-status').textContent = 'Kód je zkopírovaný. Vložte ho do stránky.';
}

widgetSelect.addEventListener('change', () => {
  renderOptions();
  update();
});
let timer;
form.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(update, 300);
});
form.addEventListener('change', update);
form.addEventListener('submit', (e) => e.preventDefault());
$('copy').addEventListener('click', copy);

renderOptions();
update();
