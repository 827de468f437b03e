/**
 * The results so far: their check and their chart, one chunk the survey
 * widget loads with import() only when it shows results (after sending, or
 * once the survey has closed, and only when the survey shows them).
 */
export { loadSurveyResults } from '../../data/survey-results.js';
export { resultsChart } from './results-chart.js';
