/**
 * The npm entry: classes, types and pure helpers. Importing it defines no
 * element; call `defineAll()` or import `kpss-widgets/embed` for that.
 */
export { KpssCatalog } from './components/catalog/catalog.js';
export { KpssEvents } from './components/events/events.js';
export { KpssFeedbackForm } from './components/feedback-form/feedback-form.js';
export { KpssInfo, type InfoVariant } from './components/info/info.js';
export { KpssSettlement } from './components/settlement/settlement.js';
export { KpssSurvey, type SurveyLayout, type SurveyPayload } from './components/survey/survey.js';
export { KpssElement } from './components/shared/kpss-element.js';
export { define } from './define.js';
export { defineAll, TAGS } from './elements.js';
export { loadRegion, clearRegionCache } from './data/load.js';
export { parseRegionData, registerAllParts, RegionDataError, type RegionData, type RegionErrorKind } from './data/parse.js';
export { describeIssue, formatProblem, registerReasons, type DataProblem } from './data/problems.js';
/** The Czech and English wording of problems: `registerReasons(reasonOf)` before reading `DataProblem.reason` of a parse (the widgets do it themselves when a file has a problem). */
export { reasonOf } from './data/problem-reasons.js';
export * from './data/schema.js';
export * from './data/codes.js';
export * from './data/taxonomy.js';
export { httpUrl, telUrl, mailtoUrl } from './data/urls.js';
export { loadSettlement, parseSettlement, groupBySection, countByStatus, SettlementError, type Settlement, type SettlementItem, type SettlementStatus } from './data/settlement.js';
export { checkAnswers, type AnswerProblem, type Answers, type AnswerValue } from './data/survey.js';
export { loadSurveyResults, type SurveyResults, type QuestionResult } from './data/survey-results.js';
export { VERSION } from './version.js';
