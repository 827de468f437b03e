/** A region folder with a survey of every question type, and a POST helper for /api/survey. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { REGION, TOWN, regionFile, tempDir, testApp, type TestApp } from './helpers.js';
import type { AppOptions } from '../../server/app.js';

export const SURVEY = 'anketa-2026';

export function survey(overrides: Record<string, unknown> = {}) {
  return {
    id: SURVEY,
    title: 'Anketa o životě v regionu',
    from: '2026-11-01',
    until: '2026-12-15',
    endpoint: '/api/survey',
    showResults: true,
    // The lowest allowed: four known responses are one short of it, a fifth reaches it.
    resultsMinResponses: 5,
    questions: [
      { id: 'obec', type: 'single', text: 'Kde bydlíte?', required: true, other: true, options: [{ id: 'klatovy', label: 'Klatovy' }, { id: 'nyrsko', label: 'Nýrsko' }] },
      { id: 'vek', type: 'number', text: 'Kolik je vám let?', min: 15, max: 110, unit: 'let' },
      { id: 'pecuje', type: 'yesno', text: 'Pečujete o blízkého?', required: true },
      {
        id: 'komu',
        type: 'multiple',
        text: 'O koho pečujete?',
        required: true,
        other: true,
        options: [{ id: 'rodic', label: 'O rodiče' }, { id: 'partner', label: 'O partnera' }, { id: 'dite', label: 'O dítě' }],
        showIf: { question: 'pecuje', equals: 'yes' },
      },
      { id: 'spokojenost', type: 'scale', text: 'Jak jste spokojeni?', required: true, scale: { min: 1, max: 5, minLabel: 'velmi nespokojen', maxLabel: 'velmi spokojen' } },
      { id: 'chybi', type: 'text', text: 'Co vám chybí?' },
    ],
    ...overrides,
  };
}

/** A complete, valid response. */
export function response(answers: Record<string, unknown> = {}, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    region: REGION,
    surveyId: SURVEY,
    answers: { obec: 'klatovy', vek: 70, pecuje: 'yes', komu: ['partner', 'rodic'], spokojenost: 4, chybi: '  Víc spojů do Nýrska.  ', ...answers },
    website: '',
    ...overrides,
  };
}

/** An app whose region folder has the test region with a survey (and `soukromovsko`, whose results are private). */
export async function surveyApp(options: Partial<AppOptions> = {}): Promise<TestApp> {
  const dir = tempDir('kpss-survey-');
  const data = join(dir.dir, 'data');
  mkdirSync(data, { recursive: true });
  writeFileSync(join(data, 'testovsko.json'), JSON.stringify({ ...regionFile(), survey: survey() }));
  writeFileSync(join(data, 'soukromovsko.json'), JSON.stringify({ ...regionFile({ id: 'soukromovsko' }), survey: survey({ showResults: false }) }));
  const t = await testApp({ regions: data, ...options });
  return {
    ...t,
    async close() {
      await t.close();
      dir.cleanup();
    },
  };
}

export function postSurvey(app: TestApp['app'], body: unknown, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: '/api/survey',
    headers: { 'content-type': 'application/json', origin: TOWN, ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
