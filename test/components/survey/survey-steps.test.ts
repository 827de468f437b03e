import { expect } from '@open-wc/testing';
import { textOf } from '../../helpers.js';
import { $, $$, choose, press, root, type, until, eachTest, DRAFT_KEY } from './helpers.js';

const t = eachTest();
const render = t.render;
const progress = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) => (el.shadowRoot!.querySelector('#progress')?.textContent ?? '').trim();
const questionOnScreen = (el: Parameters<typeof $>[0]) => $$(el, '.question').map((q) => q.querySelector('.qtext')!.textContent);

describe('<kpss-survey>: one question per screen', () => {
  it('on a narrow screen shows one question at a time with "Otázka 1 z 5", accessibly', async () => {
    const el = await render({ width: 320 });
    await until(el, () => !!$(el, '#progress'), 'the narrow layout');
    expect(progress(el)).to.equal('Otázka 1 z 5');
    expect(questionOnScreen(el)).to.deep.equal(['Kde bydlíte?']);
    expect($(el, '.actions button.secondary'), 'no Back on the first question').to.equal(null);
    expect($(el, 'button[type="submit"]').textContent!.trim()).to.equal('Další otázka');
    expect($(el, '.progress-bar').getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('Next checks the question on screen, moves on and puts focus on the progress; Back keeps every answer', async () => {
    const el = await render({ width: 320 });
    await until(el, () => !!$(el, '#progress'), 'the narrow layout');
    await press(el, 'submit');
    expect(progress(el), 'a required question stops Next').to.equal('Otázka 1 z 5');
    expect($(el, '#q-obec-error').textContent).to.contain('Odpovězte');
    expect(root(el).activeElement?.id).to.equal('q-obec-klatovy');
    await expect(el).to.be.accessible();
    await choose(el, 'obec', 'nyrsko');
    await press(el, 'submit');
    expect(progress(el)).to.equal('Otázka 2 z 5');
    expect(root(el).activeElement?.id).to.equal('progress');
    expect(questionOnScreen(el)).to.deep.equal(['Pečujete o blízkého člověka?']);
    await expect(el).to.be.accessible();
    // The conditional question joins the count when its condition holds.
    await choose(el, 'pecuje', 'yes');
    expect(progress(el)).to.equal('Otázka 2 z 6');
    await press(el, 'submit');
    expect(questionOnScreen(el)).to.deep.equal(['O koho pečujete?']);
    await choose(el, 'komu', 'rodic');
    await press(el, 'back');
    await press(el, 'back');
    expect(progress(el)).to.equal('Otázka 1 z 6');
    expect($<HTMLInputElement>(el, '#q-obec-nyrsko').checked, 'Back keeps the answer').to.be.true;
    await press(el, 'submit');
    await press(el, 'submit');
    expect($<HTMLInputElement>(el, '#q-komu-rodic').checked).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('the last question sends, with the privacy notice; every step passes axe', async () => {
    const el = await render({ width: 320 });
    await until(el, () => !!$(el, '#progress'), 'the narrow layout');
    await choose(el, 'obec', 'klatovy');
    await press(el, 'submit');
    await choose(el, 'pecuje', 'no');
    await press(el, 'submit');
    expect(progress(el)).to.equal('Otázka 3 z 5');
    await choose(el, 'spokojenost', '2');
    await press(el, 'submit');
    await expect(el).to.be.accessible();
    await type(el, 'vek', '200');
    await press(el, 'submit');
    expect($(el, '#q-vek-error').textContent).to.contain('od 15 do 110');
    await type(el, 'vek', '81');
    await press(el, 'submit');
    expect(progress(el)).to.equal('Otázka 5 z 5');
    expect($(el, 'button[type="submit"]').textContent!.trim()).to.equal('Odeslat odpovědi');
    expect(textOf(el)).to.contain('Jak naložíme s vašimi údaji');
    await expect(el).to.be.accessible();
    await press(el, 'submit');
    await until(el, () => t.api.bodies.length === 1, 'the send');
    expect(t.api.bodies[0]!.answers).to.deep.equal({ obec: 'klatovy', pecuje: 'no', spokojenost: 2, vek: 81 });
    await until(el, () => !!$(el, '.results'), 'the results');
    await expect(el).to.be.accessible();
  });

  it('a restored draft goes on at the first unanswered question', async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ obec: 'klatovy', pecuje: 'no' }));
    const el = await render({ width: 320 });
    await until(el, () => !!$(el, '#progress'), 'the narrow layout');
    expect(progress(el)).to.equal('Otázka 3 z 5');
    await press(el, 'back');
    expect($<HTMLInputElement>(el, '#q-pecuje-no').checked).to.be.true;
  });

  it('layout="one" and layout="all" override the width', async () => {
    const one = await render({ width: 900, layout: 'one' });
    expect(progress(one)).to.equal('Otázka 1 z 5');
    expect($$(one, '.question')).to.have.length(1);
    const all = await render({ width: 320, layout: 'all' });
    expect($(all, '#progress')).to.equal(null);
    expect($$(all, '.question')).to.have.length(5);
    const wide = await render({ width: 900 });
    expect($(wide, '#progress'), 'auto on a wide column: all on one page').to.equal(null);
  });
});
