import { expect, waitUntil } from '@open-wc/testing';
import { parseRegionData } from '../../src/data/parse.js';
import { parseRegionDataForWidgets } from '../../src/data/read-region.js';
import { checkedSurvey, surveyOf } from '../../src/data/survey-of.js';
import { makeSurveyRegion } from '../components/survey/helpers.js';

describe('the survey, checked when the survey widget needs it', () => {
  it('is left unchecked by the widgets loader, then checked to the same survey parseRegionData gives', () => {
    const file = makeSurveyRegion();
    const data = parseRegionDataForWidgets(file);
    expect(data.survey, 'not checked by the loader').to.equal(undefined);
    expect(data.surveyInput).to.deep.equal(file.survey);
    expect(surveyOf(data)).to.deep.equal(parseRegionData(makeSurveyRegion()).survey);
    expect(surveyOf(data), 'checked once: the same object').to.equal(surveyOf(data));
  });

  it('a bad survey is absent, its problems logged once in words; the rest of the file is kept', async () => {
    const file = makeSurveyRegion();
    (file.survey.questions as Record<string, unknown>[])[0]!.type = 'essay';
    const data = parseRegionDataForWidgets(file);
    expect(data.warnings, 'the catalogue and the meetings still show').to.deep.equal([]);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(surveyOf(data)).to.equal(undefined);
      expect(surveyOf(data)).to.equal(undefined);
      expect(checkedSurvey(data).problems.map((p) => p.path)).to.deep.equal(['survey.questions[0].type']);
      await waitUntil(() => warnings.length > 0, 'warned');
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('survey.questions[0].type').and.not.contain('undefined');
  });

  it('a file without a survey has none, and nothing is logged', () => {
    const { survey: _, ...file } = makeSurveyRegion();
    expect(surveyOf(parseRegionDataForWidgets(file))).to.equal(undefined);
    expect(checkedSurvey(parseRegionDataForWidgets(file)).problems).to.deep.equal([]);
  });
});
