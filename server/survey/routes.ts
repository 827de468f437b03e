/**
 * The survey's routes:
 * - `POST /api/survey`: a response, with the answers checked against the
 *   questions of the region file; answered like a comment (server/submission.ts).
 * - `GET /api/survey/results?region=…&survey=…`: counts per option and scale
 *   value, public when the survey has `showResults`, else for the coordinator;
 *   the public results are only the number of responses until there are
 *   `resultsMinResponses` (default 10, at least 5). The coordinator's token
 *   gets the figures at any count.
 * - `GET /api/survey.csv?region=…&survey=…`: every response, for the
 *   coordinator (the route exists only when admin routes are on).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors.js';
import { MSG } from '../messages.js';
import { isCommentingOpen } from '../regions.js';
import type { SubmissionMessages, SubmissionRoute } from '../submission.js';
import type { FeedbackContext } from '../feedback/context.js';
import type { SurveyStore } from '../store/surveys.js';
import type { Survey } from '../../src/data/schema.js';
import type { SurveyResults } from '../../src/data/survey-results.js';
import { checkSurveyAnswers, parseSurveyBody, surveyFingerprint } from './validate.js';
import { tallyResults, withheldResults } from './results.js';
import { resultsMinimum } from '../../src/data/survey.js';
import { surveyCsv } from './csv.js';

const SURVEY_MESSAGES: SubmissionMessages = {
  originAnywhere: MSG.surveyOriginAnywhere,
  originRegion: MSG.surveyOriginRegion,
  closed: MSG.surveyClosed,
  conflict: MSG.surveyConflict,
  storage: MSG.surveyStorage,
};

export interface SurveyRouteOptions {
  /** Whether a request comes from the coordinator; absent when admin routes are off. */
  readonly isCoordinator?: (request: FastifyRequest) => Promise<boolean>;
}

function findSurvey(ctx: FeedbackContext, regionId: string, surveyId: string): Survey {
  const region = ctx.regions.find(regionId);
  if (!region) throw new ApiError(404, 'unknown-region', MSG.unknownRegion(regionId));
  if (region.survey?.id !== surveyId) throw new ApiError(404, 'unknown-survey', MSG.unknownSurvey(regionId, surveyId));
  return region.survey;
}

function surveyOf(ctx: FeedbackContext, request: FastifyRequest): { region: string; survey: Survey } {
  const query = request.query as Record<string, unknown>;
  const region = typeof query.region === 'string' ? query.region : '';
  const survey = typeof query.survey === 'string' ? query.survey : '';
  if (!region || !survey) throw new ApiError(400, 'invalid', MSG.needRegionAndSurvey, { fields: ['region', 'survey'] });
  return { region, survey: findSurvey(ctx, region, survey) };
}

/** `POST /api/survey` (registered with the other submissions, server/submission.ts). */
export function surveySubmission(ctx: FeedbackContext, store: SurveyStore): SubmissionRoute {
  return {
    path: '/api/survey',
    messages: SURVEY_MESSAGES,
    accept: (request, allowOrigin) => {
      const input = parseSurveyBody(request.body);
      const survey = findSurvey(ctx, input.region, input.surveyId);
      allowOrigin(input.region);
      const answers = checkSurveyAnswers(survey, input.answers);
      const print = surveyFingerprint(input.region, input.surveyId, answers);
      return {
        id: input.id,
        fingerprint: print,
        honeypot: input.honeypot,
        open: (now) => isCommentingOpen(survey, now),
        repeat: (id, fingerprint) => store.checkRepeat(id, fingerprint),
        store: (receivedAt) => store.submitResponse({ id: input.id, fingerprint: print, receivedAt, region: input.region, surveyId: survey.id, answers }),
      };
    },
  };
}

/** The results and the CSV. */
export async function surveyRoutes(app: FastifyInstance, ctx: FeedbackContext, store: SurveyStore, options: SurveyRouteOptions = {}): Promise<void> {
  const coordinator = async (request: FastifyRequest) => (options.isCoordinator ? options.isCoordinator(request) : false);
  const unauthorized = (reply: { header(name: string, value: string): unknown }) => {
    reply.header('www-authenticate', 'Bearer realm="kpss"');
    return new ApiError(401, 'unauthorized', MSG.resultsPrivate);
  };

  // Counted again only when a response has been added (or the survey in the file changed).
  const cache = new WeakMap<Survey, { count: number; results: SurveyResults }>();
  app.get('/api/survey/results', async (request, reply) => {
    // Any page may read the answer, an error too (a simple GET, no preflight; never with cookies).
    reply.header('access-control-allow-origin', '*');
    const { region, survey } = surveyOf(ctx, request);
    const isCoordinator = await coordinator(request);
    if (survey.showResults && !isCoordinator) {
      reply.header('cache-control', 'public, max-age=60');
    } else {
      if (!isCoordinator) throw unauthorized(reply);
      reply.header('cache-control', 'no-store');
    }
    const count = await store.countResponses(region, survey.id);
    if (!isCoordinator && count < resultsMinimum(survey)) return withheldResults(region, survey, count);
    const cached = cache.get(survey);
    if (cached?.count === count) return cached.results;
    const responses = await store.listResponses(region, survey.id);
    const results = tallyResults(region, survey, responses.map((r) => r.answers));
    cache.set(survey, { count: responses.length, results });
    return results;
  });

  if (!options.isCoordinator) return;
  app.get('/api/survey.csv', async (request, reply) => {
    if (!(await coordinator(request))) throw unauthorized(reply);
    const { region, survey } = surveyOf(ctx, request);
    const responses = await store.listResponses(region, survey.id);
    return reply
      .header('cache-control', 'no-store')
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${`anketa-${region}-${survey.id}.csv`.replace(/[^a-z0-9._-]/gi, '_')}"`)
      .send(surveyCsv(survey, responses));
  });
}
