import { expect } from '@open-wc/testing';
import { parseRegionData } from '../../src/data/parse.js';
import { formatProblem } from '../../src/data/problems.js';
import { checkAnswers } from '../../src/data/survey.js';
import { makeSurveyRegion } from '../components/survey/helpers.js';
import { registerReasons } from '../../src/data/problems.js';
import { reasonOf } from '../../src/data/problem-reasons.js';

// These tests read the reasons in words, as the command line and the widgets with a problem do.
registerReasons(reasonOf);

type Question = Record<string, unknown>;
const withQuestions = (change: (questions: Question[]) => void) => {
  const file = makeSurveyRegion();
  change(file.survey.questions as Question[]);
  return parseRegionData(file);
};

describe('the survey in the region file', () => {
  it('is read with every question type, without warnings', () => {
    const data = parseRegionData(makeSurveyRegion());
    expect(data.warnings).to.deep.equal([]);
    expect(data.survey?.questions.map((q) => q.type)).to.deep.equal(['single', 'yesno', 'multiple', 'scale', 'number', 'text']);
  });

  const bad: Array<[string, (q: Question[]) => void, string]> = [
    ['a condition on a later question', (q) => (q[0]!.showIf = { question: 'pecuje', equals: 'yes' }), 'survey.questions[0].showIf.question: showIf musí odkazovat na dřívější otázku'],
    ['a condition on an option the question does not have', (q) => (q[2]!.showIf = { question: 'pecuje', equals: 'mozna' }), 'survey.questions[2].showIf.question'],
    ['a condition on a text question', (q) => q.push({ id: 'x', type: 'yesno', text: 'X?', showIf: { question: 'chybi', equals: 'a' } }), 'survey.questions[6].showIf.question'],
    ['a choice question without options', (q) => delete q[0]!.options, 'survey.questions[0].options: otázka s výběrem'],
    ['a scale with min above max', (q) => (q[3]!.scale = { min: 5, max: 1 }), 'survey.questions[3].scale: škála potřebuje'],
    ['a scale of more than 11 steps', (q) => (q[3]!.scale = { min: 0, max: 20 }), 'survey.questions[3].scale'],
    ['two questions with one id', (q) => (q[1]!.id = 'obec'), 'survey.questions[1].id: id "obec" se v souboru opakuje'],
    ['an option id "other" beside "Other"', (q) => ((q[0]!.options as Question[])[0]!.id = 'other'), 'survey.questions[0].options[0].id'],
    ['a question id with a dot', (q) => (q[5]!.id = 'co.chybi'), 'survey.questions[5].id'],
    ['an unknown question type', (q) => (q[5]!.type = 'radio'), 'survey.questions[5].type: neznámý kód "radio"'],
  ];
  for (const [name, change, problem] of bad) {
    it(`drops a survey with ${name}, names the place, and keeps the rest of the file`, () => {
      const data = withQuestions(change);
      expect(data.survey).to.equal(undefined);
      expect(data.plan, 'the plan stays').to.exist;
      expect(data.warnings.map((w) => formatProblem(w, 'cs')).join('\n')).to.contain(problem);
    });
  }
});

describe('checkAnswers', () => {
  const survey = parseRegionData(makeSurveyRegion()).survey!;
  it('asks a conditional question only when the earlier answer matches, and drops hidden answers', () => {
    expect(checkAnswers(survey, { obec: 'klatovy', pecuje: 'no', komu: ['rodic'], spokojenost: 3 })).to.deep.include({
      answers: { obec: 'klatovy', pecuje: 'no', spokojenost: 3 },
      problems: [],
    });
    expect(checkAnswers(survey, { obec: 'klatovy', pecuje: 'yes', spokojenost: 3 }).problems).to.deep.equal([{ question: 'komu', kind: 'required' }]);
    expect(checkAnswers(survey, {}).shown.map((q) => q.id)).to.deep.equal(['obec', 'pecuje', 'spokojenost', 'vek', 'chybi']);
  });
  it('a condition may list several values', () => {
    const file = makeSurveyRegion();
    (file.survey.questions[2] as Question).showIf = { question: 'obec', equals: ['nyrsko', 'other'] };
    const s = parseRegionData(file).survey!;
    expect(checkAnswers(s, { obec: 'klatovy' }).shown.map((q) => q.id)).not.to.include('komu');
    expect(checkAnswers(s, { obec: 'other', 'obec.other': 'Bolešiny' }).shown.map((q) => q.id)).to.include('komu');
  });
});
