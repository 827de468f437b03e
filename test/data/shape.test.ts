import { expect } from '@open-wc/testing';
import { parseRegionData } from '../../src/data/parse.js';
import { formatProblem } from '../../src/data/problems.js';
import * as v from '../../src/data/shape.js';
import { SurveyResults } from '../../src/data/survey-results.js';
import { makeRegion } from '../fixtures/region.js';
import { registerReasons } from '../../src/data/problems.js';
import { reasonOf } from '../../src/data/problem-reasons.js';

// These tests read the reasons in words, as the command line and the widgets with a problem do.
registerReasons(reasonOf);

// The schema builder reports what zod reported for the same schema (until
// the widgets moved off it), so the warnings and `kpss validate` read the
// same. These are the cases where which problems are reported is not obvious.

type Mutable = { services: Record<string, unknown>[]; survey?: unknown };
const lines = (file: unknown) => parseRegionData(file).warnings.map((w) => formatProblem(w));

describe('shape: a bad record is skipped with the same warnings', () => {
  it('names every problem of one record, in the schema order', () => {
    const file = makeRegion() as unknown as Mutable;
    Object.assign(file.services[0]!, { name: '   ', kind: 'navazna-sluzba', targetGroups: ['seniori', 'nikdo'], updated: '2026-13-01', locations: [{ lat: 91, lng: '13' }] });
    delete file.services[0]!.forms;
    const data = parseRegionData(file);
    expect(data.services.map((s) => s.id)).to.deep.equal(['s2', 's3']);
    expect(data.warnings.map((w) => formatProblem(w))).to.deep.equal([
      'services[0].name: must not be empty',
      'services[0].targetGroups[1]: unknown code "nikdo"',
      'services[0].locations[0].lat: must be at most 90, got 91',
      'services[0].locations[0].lng: expected a number, got string',
      'services[0].updated: invalid format "2026-13-01" (date like 2026-12-03, time like 2026-12-03T14:00:00+01:00, code like lower-case-ascii)',
    ]);
    expect(formatProblem(data.warnings[2]!, 'cs')).to.equal('services[0].locations[0].lat: nejvýše 90, je tu 91');
  });

  it('checks the forms after a field that is only empty, not after an unknown code', () => {
    const empty = makeRegion() as unknown as Mutable;
    Object.assign(empty.services[0]!, { name: '', forms: [] });
    expect(lines(empty)).to.deep.equal([
      'services[0].name: must not be empty',
      'services[0].forms: forms are required for a registered kind (ambulantni, terenni, pobytova)',
    ]);
    const unknown = makeRegion() as unknown as Mutable;
    Object.assign(unknown.services[0]!, { kind: 'pecovatelska', forms: [] });
    expect(lines(unknown)).to.deep.equal(['services[0].kind: unknown code "pecovatelska"']);
  });

  it('reports a list where a text belongs both as the wrong type and as empty', () => {
    const file = makeRegion() as unknown as Mutable;
    file.services[0]!.name = [];
    expect(lines(file)).to.deep.equal(['services[0].name: expected a string, got array', 'services[0].name: list must not be empty']);
  });

  it('words the survey problems as before', () => {
    const base = { id: 'a', title: 'A', from: '2026-01-01', until: '2026-02-01' };
    const file = makeRegion() as unknown as Mutable;
    file.survey = {
      ...base,
      questions: [
        { id: 'q1', type: 'scale', text: 'Q', scale: { min: 1.5, max: 5 } },
        { id: 'q2', type: 'single', text: 'Q', options: [1] },
        { id: 'q3', type: 'single', text: 'Q', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], showIf: { question: 'q1', equals: [true] } },
      ],
    };
    expect(lines(file)).to.deep.equal([
      'survey.questions[0].scale.min: expected a whole number, got 1.5',
      'survey.questions[1].options[0]: expected an object { … }, got number',
      'survey.questions[1].options: list must not be empty',
      'survey.questions[2].showIf.equals: Invalid input',
    ]);
    // A question's own rules stop the survey's (duplicate ids, showIf) until it is fixed.
    file.survey = {
      ...base,
      questions: [
        { id: 'q1', type: 'single', text: ' ', other: true, options: [{ id: 'a', label: 'A' }, { id: 'other', label: 'B' }] },
        { id: 'q1', type: 'number', text: 'Q', min: 5, max: 1 },
        { id: 'q3', type: 'text', text: 'Q', showIf: { question: 'q2', equals: 'a' } },
      ],
    };
    expect(lines(file)).to.deep.equal([
      'survey.questions[0].text: must not be empty',
      'survey.questions[0].options[1].id: duplicate id "other"',
      'survey.questions[1].min: min is greater than max',
    ]);
  });
});

describe('shape: the parsed value', () => {
  it('trims texts, leaves out unknown fields and keeps the schema order of the fields', () => {
    const file = makeRegion() as unknown as Mutable;
    file.services[0] = { extra: 1, ...file.services[0]!, name: '  Pečovatelská služba  ' };
    const service = parseRegionData(file).services[0]!;
    expect(service.name).to.equal('Pečovatelská služba');
    expect(service).not.to.have.property('extra');
    expect(Object.keys(service).slice(0, 4)).to.deep.equal(['id', 'registryId', 'name', 'provider']);
  });

  it('parses without touching the input', () => {
    const file = makeRegion();
    const before = JSON.stringify(file);
    parseRegionData(file);
    expect(JSON.stringify(file)).to.equal(before);
  });

  it('checks the survey results the widget reads', () => {
    const good = { region: 'r', survey: 's', responses: 3, questions: [{ id: 'q', answered: 2, counts: { a: 1, b: 1 }, average: 1.5 }] };
    expect(v.parse(SurveyResults, good)).to.deep.equal({ ok: true, value: good });
    expect(v.parse(SurveyResults, { ...good, responses: -1 }).ok).to.be.false;
    expect(v.parse(SurveyResults, { ...good, questions: [{ id: 'q', answered: 1, counts: { a: 0.5 } }] }).ok).to.be.false;
  });
});
