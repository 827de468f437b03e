import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { KpssSurvey } from '../../../src/components/survey/survey.js';
import type { KpssSubmittedEvent } from '../../../src/components/shared/submission.js';
import { textOf } from '../../helpers.js';
import { $, $$, answerAll, choose, makeSurveyRegion, press, root, type, until, eachTest, DRAFT_KEY } from './helpers.js';

const t = eachTest();
const render = t.render;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('<kpss-survey>: answering on one page', () => {
  it('is defined and shows every question type as native controls, accessibly', async () => {
    expect(customElements.get('kpss-survey')).to.equal(KpssSurvey);
    const el = await render();
    expect($(el, 'h2').textContent).to.equal('Anketa o životě na Testovsku');
    expect($$(el, '.intro p').map((p) => p.textContent)).to.include('Vyplnění zabere pět minut.');
    expect($$(el, 'ol.questions > li')).to.have.length(5, 'the conditional question is not asked yet');
    expect($$(el, 'input[type="radio"][name="obec"]').map((i) => (i as HTMLInputElement).value)).to.deep.equal(['klatovy', 'nyrsko', 'other']);
    expect($$(el, 'input[type="radio"][name="pecuje"]').map((i) => (i as HTMLInputElement).value)).to.deep.equal(['yes', 'no']);
    expect($$(el, 'input[type="radio"][name="spokojenost"]').map((i) => (i as HTMLInputElement).value)).to.deep.equal(['1', '2', '3', '4', '5']);
    expect($(el, 'label[for="q-spokojenost-1"]').textContent).to.contain('velmi nespokojen');
    expect($(el, 'input[name="vek"]').getAttribute('inputmode')).to.equal('numeric');
    expect($(el, 'textarea[name="chybi"]')).to.exist;
    expect($(el, 'fieldset legend').textContent).to.contain('Kde bydlíte?');
    expect($(el, 'fieldset').getAttribute('aria-describedby')).to.equal('q-obec-help');
    expect(textOf(el)).to.contain('Správce údajů: Město Klatovy');
    expect($(el, '[name="obec.other"]'), '"other" text appears only when chosen').to.equal(null);
    expect($(el, '.progress'), 'no progress on one page').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sends each question type in the contract\'s shape, with one id, and shows the receipt and the results', async () => {
    const el = await render();
    await answerAll(el);
    const submitted = oneEvent(el, 'kpss-submitted');
    await press(el, 'submit');
    const event = (await submitted) as unknown as KpssSubmittedEvent;
    expect(t.api.bodies).to.have.length(1);
    const body = t.api.bodies[0]!;
    expect(body.id).to.match(UUID);
    expect(event.id).to.equal(body.id);
    expect(body).to.deep.equal({
      id: body.id,
      region: 'testov',
      surveyId: 'anketa-2026',
      answers: { obec: 'other', 'obec.other': 'Dešenice', pecuje: 'yes', komu: ['rodic', 'partner'], spokojenost: 4, vek: 70, chybi: 'Autobus v neděli.' },
      website: '',
    });
    await until(el, () => !!$(el, '.results table'), 'the results');
    expect(root(el).activeElement?.id).to.equal('outcome');
    expect(textOf(el)).to.contain('Děkujeme, vaše odpovědi jsou odeslané.');
    expect(localStorage.getItem(DRAFT_KEY), 'the draft is cleared').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('checks required answers with the feedback form\'s pattern: a summary, errors tied to their questions, focus on the first', async () => {
    const el = await render();
    await press(el, 'submit');
    expect(t.api.bodies).to.have.length(0);
    const summary = $(el, '.summary');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.textContent).to.contain('3 chyby');
    expect(summary.textContent).to.contain('Kde bydlíte? – Odpovězte prosím na tuto otázku.');
    expect(root(el).activeElement?.id).to.equal('q-obec-klatovy');
    const fieldset = $(el, 'input[name="obec"]').closest('fieldset')!;
    expect(fieldset.getAttribute('aria-describedby')).to.equal('q-obec-help q-obec-error');
    expect($(el, '#q-obec-error').textContent).to.equal('Odpovězte prosím na tuto otázku.');
    expect($(el, '#q-spokojenost-error')).to.exist;
    expect($(el, '#q-vek-error'), 'optional questions may stay empty').to.equal(null);
    await expect(el).to.be.accessible();
    // The summary's link moves focus to the question.
    $$<HTMLButtonElement>(el, '.summary button')[2]!.click();
    expect(root(el).activeElement?.id).to.equal('q-spokojenost-1');
    // Answering clears that question's error.
    await choose(el, 'obec', 'nyrsko');
    expect($(el, '#q-obec-error')).to.equal(null);
  });

  it('explains wrong numbers and a missing "other" text, and focuses the field to fix', async () => {
    const el = await render();
    await choose(el, 'obec', 'other');
    await choose(el, 'pecuje', 'no');
    await choose(el, 'spokojenost', '3');
    await type(el, 'vek', 'sedmdesát');
    await press(el, 'submit');
    // The empty text field, not the "Jiné" choice (they once shared an id).
    expect(root(el).activeElement?.id).to.equal('q-obec-other-text');
    expect((root(el).activeElement as HTMLInputElement).type).to.equal('text');
    expect($(el, '#q-obec-error').textContent).to.contain('„Jiné“');
    expect($(el, '#q-vek-error').textContent).to.contain('například 42');
    expect($(el, '#q-vek').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#q-vek').getAttribute('aria-describedby')).to.contain('q-vek-error');
    await type(el, 'vek', '9');
    await press(el, 'submit');
    expect($(el, '#q-vek-error').textContent).to.contain('od 15 do 110');
    await type(el, 'vek', '70,5');
    await press(el, 'submit');
    expect($(el, '#q-vek-error').textContent).to.contain('celé číslo');
    await expect(el).to.be.accessible();
    await type(el, 'obec.other', 'Dešenice');
    await type(el, 'vek', ' 1 0 1 ');
    await press(el, 'submit');
    await until(el, () => t.api.bodies.length === 1, 'the send');
    expect(t.api.bodies[0]!.answers).to.deep.equal({ obec: 'other', 'obec.other': 'Dešenice', pecuje: 'no', spokojenost: 3, vek: 101 });
  });

  it('asks a conditional question only when its condition holds, and announces it', async () => {
    const el = await render();
    expect($(el, '[name="komu"]')).to.equal(null);
    await choose(el, 'pecuje', 'yes');
    expect($$(el, 'input[name="komu"]')).to.have.length(3);
    expect($$(el, 'ol.questions > li')).to.have.length(6);
    expect($(el, '[role="status"]').textContent).to.contain('Přibyla další otázka.');
    await expect(el).to.be.accessible();
    // Shown, it is required.
    await choose(el, 'obec', 'klatovy');
    await choose(el, 'spokojenost', '5');
    await press(el, 'submit');
    expect($$(el, '.field-error')).to.have.length(1);
    expect($(el, '#q-komu-error')).to.exist;
    // Answered, then hidden again: its answer is not sent.
    await choose(el, 'komu', 'rodic');
    await choose(el, 'pecuje', 'no');
    expect($(el, '[name="komu"]')).to.equal(null);
    expect($(el, '[role="status"]').textContent).to.contain('netýkají');
    await press(el, 'submit');
    await until(el, () => t.api.bodies.length === 1, 'the send');
    expect(t.api.bodies[0]!.answers).to.deep.equal({ obec: 'klatovy', pecuje: 'no', spokojenost: 5 });
  });

  it('keeps answers as a draft while answering and restores them after a reload', async () => {
    const first = await render();
    await choose(first, 'obec', 'nyrsko');
    await choose(first, 'pecuje', 'yes');
    await choose(first, 'komu', 'partner');
    await type(first, 'chybi', 'Rozepsaná odpověď');
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!)).to.deep.equal({ obec: 'nyrsko', pecuje: 'yes', komu: ['partner'], chybi: 'Rozepsaná odpověď' });
    first.remove();
    const second = await render();
    expect($<HTMLInputElement>(second, '#q-obec-nyrsko').checked).to.be.true;
    expect($<HTMLInputElement>(second, '#q-komu-partner').checked).to.be.true;
    expect($<HTMLTextAreaElement>(second, '#q-chybi').value).to.equal('Rozepsaná odpověď');
  });

  it('can be used with the keyboard alone: arrows choose, Tab moves on', async () => {
    const el = await render();
    $<HTMLInputElement>(el, '#q-obec-klatovy').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#q-obec-nyrsko').checked).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('name')).to.equal('pecuje');
  });

  it('keeps the answers and shows the server\'s words on a 400', async () => {
    t.api.script = ['400'];
    const el = await render();
    await answerAll(el);
    await press(el, 'submit');
    await until(el, () => !!$(el, '#server-error'), 'the error');
    expect($(el, '#server-error').textContent).to.contain('answers.obec (no such option)');
    expect(root(el).activeElement?.id).to.equal('server-error');
    expect($<HTMLInputElement>(el, '#q-obec-other').checked).to.be.true;
    await expect(el).to.be.accessible();
    // Nothing was stored: the corrected answers go with the same id.
    await choose(el, 'obec', 'klatovy');
    await press(el, 'submit');
    await until(el, () => t.api.bodies.length === 2, 'the second send');
    expect(t.api.bodies[1]!.id).to.equal(t.api.bodies[0]!.id);
    expect(t.api.bodies[1]!.answers.obec).to.equal('klatovy');
  });

  it('shows that it is sending and does not send twice', async () => {
    t.api.script = ['hang'];
    const el = await render();
    await answerAll(el);
    await press(el, 'submit');
    await until(el, () => t.api.bodies.length === 1, 'the request');
    await press(el, 'submit');
    expect(t.api.bodies).to.have.length(1);
    const button = $<HTMLButtonElement>(el, 'button[type="submit"]');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.contain('Odesílám odpovědi');
    expect($(el, '[role="status"]').textContent).to.contain('Odesílám odpovědi');
    await expect(el).to.be.accessible();
  });

  it('speaks English with lang="en"', async () => {
    const el = await render({ region: makeSurveyRegion() });
    el.setAttribute('lang', 'en');
    await until(el, () => textOf(el).includes('Questions marked “(required)”'), 'the English strings');
    expect($(el, 'label[for="q-pecuje-yes"]').textContent).to.equal('Yes');
    expect($(el, 'button[type="submit"]').textContent!.trim()).to.equal('Send answers');
  });
});
