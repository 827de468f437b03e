/**
 * The region file's survey, checked when a widget first needs it: the
 * widgets' loader leaves it unchecked (parse.ts), so a page without the survey
 * does not download its rules. Checked once per file; the problems of a bad
 * survey are logged once, and the survey is then treated as absent.
 */
import { checkPart, type RegionData } from './read-region.js';
import { Survey } from './survey-schema.js';
import { formatProblem, type DataProblem } from './problems.js';
import { wordProblems } from './load.js';

/** Logged once per file, in words (their chunk loads first, as for the file's other problems). */
async function warn(input: unknown): Promise<void> {
  await wordProblems();
  const result = checkPart(Survey, input, ['survey']);
  if (!result.ok) console.warn(`[kpss] the region file's survey is not used:\n${result.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
}

const checked = new WeakMap<RegionData, { readonly survey?: Survey; readonly problems: readonly DataProblem[] }>();

/** The survey and the problems that made it absent (none when the file has no survey). */
export function checkedSurvey(data: RegionData): { readonly survey?: Survey; readonly problems: readonly DataProblem[] } {
  let entry = checked.get(data);
  if (!entry) {
    if (data.survey || data.surveyInput === undefined) entry = { ...(data.survey ? { survey: data.survey } : {}), problems: [] };
    else {
      const result = checkPart(Survey, data.surveyInput, ['survey']);
      entry = result.ok ? { survey: result.value, problems: [] } : { problems: result.problems };
      if (!result.ok) void warn(data.surveyInput);
    }
    checked.set(data, entry);
  }
  return entry;
}

/** The checked survey, or undefined when the file has none or a bad one. */
export const surveyOf = (data: RegionData): Survey | undefined => checkedSurvey(data).survey;
