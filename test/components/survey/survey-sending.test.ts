import { expect, oneEvent } from '@open-wc/testing';
import type { KpssQueuedEvent } from '../../../src/components/shared/submission.js';
import { sharedOutbox } from '../../../src/data/outbox.js';
import { json, textOf } from '../../helpers.js';
import { $, $$, answerAll, makeSurveyRegion, press, root, until, eachTest, DRAFT_KEY, RESULTS } from './helpers.js';

const t = eachTest(true);
const render = t.render;
const rowText = (row: Element) => [...row.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('<kpss-survey>: sending, the outbox and the results', () => {
  it('queues the answers on a network failure and sends them with the same id on `online`', async () => {
    t.api.script = ['network'];
    const el = await render();
    await answerAll(el);
    const queued = oneEvent(el, 'kpss-queued');
    await press(el, 'submit');
    const q = (await queued) as unknown as KpssQueuedEvent;
    expect(q.persisted).to.be.true;
    await el.updateComplete;
    expect(textOf(el)).to.contain('Odpovědi jsou uložené a odešleme je.');
    expect(root(el).activeElement?.id).to.equal('outcome');
    const outbox = JSON.parse(localStorage.getItem('kpss-outbox-v1')!);
    expect(outbox.pending[0].kind).to.equal('survey');
    expect(outbox.pending[0].scope).to.equal('testov/anketa-2026');
    expect(outbox.pending[0].payload.answers.spokojenost).to.equal(4);
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(null);
    expect(t.api.resultsAsked, 'no results before the answers are in').to.equal(0);
    await expect(el).to.be.accessible();
    const submitted = oneEvent(el, 'kpss-submitted');
    window.dispatchEvent(new Event('online'));
    await submitted;
    expect(t.api.bodies).to.have.length(2);
    expect(t.api.bodies[1]).to.deep.equal(t.api.bodies[0]);
    await until(el, () => !!$(el, '.results table'), 'the results after the delayed send');
    expect(textOf(el)).to.contain('Děkujeme, vaše odpovědi jsou odeslané.');
    expect(localStorage.getItem('kpss-outbox-v1')).to.equal(null);
  });

  it('a 501 (no receiver at that address) is not delivered: no "saved" message, the answers kept, the contact and an e-mail with them', async () => {
    t.api.script = ['501'];
    const el = await render();
    await answerAll(el);
    await press(el, 'submit');
    await until(el, () => !!$(el, '#server-error'), 'the error');
    const box = $(el, '#server-error');
    expect(box.textContent).to.contain('Odpovědi se nepodařilo doručit');
    expect(box.textContent).to.contain('chyba 501');
    expect(textOf(el)).not.to.contain('odešleme');
    expect(localStorage.getItem('kpss-outbox-v1')).to.equal(null);
    const mail = box.querySelector<HTMLAnchorElement>('a.button[href^="mailto:"]')!;
    const body = new URLSearchParams(mail.href.split('?')[1]).get('body')!;
    const region = makeSurveyRegion();
    expect(body).to.contain(region.survey.questions[0]!.text);
    expect(root(el).activeElement?.id).to.equal('server-error');
    await expect(el).to.be.accessible();
  });

  it('a waiting response survives a reload: the survey says so and can send it now', async () => {
    t.api.script = ['network'];
    const first = await render();
    await answerAll(first);
    await press(first, 'submit');
    await until(first, () => !!$(first, '.queued'), 'queued');
    first.remove();
    sharedOutbox().stop();
    t.api.script = ['network'];
    const second = await render();
    await until(second, () => textOf(second).includes('čeká na odeslání'), 'the waiting line');
    $<HTMLButtonElement>(second, '.queued button').click();
    await until(second, () => textOf(second).includes('byly odeslány'), 'the sent notice');
    expect(new Set(t.api.bodies.map((b) => b.id)).size).to.equal(1);
  });

  it('shows the results as tables with numbers and percentages as text, bars hidden from screen readers', async () => {
    const el = await render();
    await answerAll(el);
    await press(el, 'submit');
    await until(el, () => !!$(el, '.results table'), 'the results');
    expect($(el, '#results-title').textContent).to.equal('Dosavadní výsledky ankety');
    expect(textOf(el)).to.contain('Anketu zatím vyplnilo 40 lidí.');
    const tables = $$(el, 'table.bars');
    expect(tables).to.have.length(4, 'single, yes/no, multiple and scale');
    const obec = tables[0]!;
    expect(obec.getAttribute('aria-labelledby')).to.equal('r-obec');
    expect(rowText(obec.querySelector('thead tr')!)).to.deep.equal(['Odpověď', 'Počet', 'Podíl']);
    expect([...obec.querySelectorAll('tbody tr')].map(rowText)).to.deep.equal([
      ['Klatovy', '30', '75 %'],
      ['Nýrsko', '8', '20 %'],
      ['Jiné', '2', '5 %'],
    ]);
    for (const bar of $$(el, '.bar')) expect(bar.getAttribute('aria-hidden')).to.equal('true');
    expect(($(el, '.bar .fill') as HTMLElement).style.width).to.equal('75%');
    const scale = tables[3]!;
    expect(rowText(scale.querySelector('tbody tr')!)).to.deep.equal(['1 (velmi nespokojen)', '2', '5 %']);
    expect(textOf(el)).to.contain('Průměr 3,63.');
    expect(textOf(el)).to.contain('Bylo možné vybrat více možností');
    expect(textOf(el)).to.contain('Prostřední hodnota (medián) 61 let, nejméně 19 let, nejvíce 92 let.');
    expect(textOf(el)).to.contain('Odpovědi vlastními slovy nezveřejňujeme');
    await expect(el).to.be.accessible();
  });

  it('under the minimum of responses: the count and when results show, no figures (even from a server that sends them)', async () => {
    // One resident's answers (town, age, caring) would be readable from the figures.
    t.api.routes['/api/survey/results'] = () => json({ ...RESULTS, responses: 1 });
    const el = await render();
    await answerAll(el);
    await press(el, 'submit');
    await until(el, () => textOf(el).includes('Výsledky ukážeme'), 'the minimum notice');
    expect(textOf(el)).to.contain('Anketu zatím vyplnil 1 člověk.');
    expect(textOf(el)).to.contain('Výsledky ukážeme, až anketu vyplní aspoň 10 lidí.');
    expect($$(el, '.results table, .results .result')).to.have.length(0);
    expect(textOf(el)).not.to.contain('Klatovy');
    await expect(el).to.be.accessible();
  });

  it('the region file sets the minimum (never below 5); a server answer without figures shows the same notice', async () => {
    t.api.routes['/api/survey/results'] = () => json({ region: 'testov', survey: 'anketa-2026', responses: 7, questions: [], minResponses: 12 });
    const el = await render({ region: makeSurveyRegion({ resultsMinResponses: 12 }) });
    await answerAll(el);
    await press(el, 'submit');
    await until(el, () => textOf(el).includes('Výsledky ukážeme'), 'the minimum notice');
    expect(textOf(el)).to.contain('aspoň 12 lidí');
    expect($$(el, '.results table')).to.have.length(0);
  });

  it('without showResults asks for no results', async () => {
    const region = makeSurveyRegion({ showResults: false });
    const el = await render({ region });
    await answerAll(el);
    await press(el, 'submit');
    await until(el, () => !!$(el, '.success'), 'the receipt');
    expect($(el, '.results')).to.equal(null);
    expect(t.api.resultsAsked).to.equal(0);
  });

  it('before and after the period: no form; after it, the results when public', async () => {
    const before = await render({ now: new Date('2026-10-31T22:59:00Z') });
    expect(textOf(before)).to.contain('od 1. listopadu 2026 do 15. prosince 2026');
    expect($(before, 'form')).to.equal(null);
    // 23:30 UTC on 15 December is already 16 December in Prague.
    const after = await render({ now: new Date('2026-12-15T23:30:00Z') });
    expect(textOf(after)).to.contain('Anketa skončila 15. prosince 2026.');
    expect($(after, 'form')).to.equal(null);
    await until(after, () => !!$(after, '.results table'), 'the results of a closed survey');
    expect($(after, '#results-title').textContent).to.equal('Výsledky ankety');
    await expect(after).to.be.accessible();
    const region = makeSurveyRegion() as Record<string, unknown>;
    delete region.survey;
    const none = await render({ region });
    expect(textOf(none)).to.contain('Anketa teď neprobíhá.');
    expect(textOf(none)).to.contain('Jana Koordinátorová');
    await expect(none).to.be.accessible();
    expect(t.api.bodies).to.have.length(0);
  });

  it('results that cannot be loaded leave a plain message, the receipt stays', async () => {
    t.api.routes['/api/survey/results'] = () => json({ error: { code: 'internal' } }, { status: 500 });
    const el = await render();
    await answerAll(el);
    await press(el, 'submit');
    await until(el, () => textOf(el).includes('Výsledky se teď nepodařilo načíst'), 'the results error');
    expect($(el, '.receipt')).to.exist;
  });
});
