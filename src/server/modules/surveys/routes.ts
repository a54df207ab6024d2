import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  responseNeedInput,
  surveyAnswerInput,
  surveyDetail,
  surveyInput,
  surveyListQuery,
  surveyResponseView,
  surveyResults,
  surveySummary,
} from '../../../core/surveys/contract';
import { pageOf, pageQuery } from '../../http/pagination';
import { enterPaperResponse, listResponses } from './answers';
import { raiseNeedFromResponse } from './response-needs';
import { exportSurveyResults, getSurveyResults } from './results';
import {
  closeSurvey,
  createSurvey,
  deleteSurvey,
  duplicateSurvey,
  getSurvey,
  listSurveys,
  publishSurvey,
  updateSurvey,
} from './service';

const idParams = z.object({ id: z.uuid('编号无效') });
const read = { permission: 'surveys.read' } as const;
const manage = { permission: 'surveys.manage' } as const;
const created = z.object({ id: z.string() });
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Staff: build, publish and close questionnaires, enter paper answers, read and export the results. */
export async function surveyRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['surveys'];

  app.get('/surveys', {
    config: read,
    schema: {
      tags,
      querystring: surveyListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(surveySummary) },
    },
    handler: (req) => listSurveys(req.ctx, req.query),
  });
  app.post('/surveys', {
    config: manage,
    schema: { tags, body: surveyInput, response: { 201: surveyDetail } },
    handler: async (req, reply) => reply.code(201).send(await createSurvey(req.ctx, req.body)),
  });
  app.get('/surveys/:id', {
    config: read,
    schema: { tags, params: idParams, response: { 200: surveyDetail } },
    handler: (req) => getSurvey(req.ctx, req.params.id),
  });
  app.put('/surveys/:id', {
    config: manage,
    schema: { tags, params: idParams, body: surveyInput, response: { 200: surveyDetail } },
    handler: (req) => updateSurvey(req.ctx, req.params.id, req.body),
  });
  app.delete('/surveys/:id', {
    config: manage,
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      await deleteSurvey(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
  app.post('/surveys/:id/publish', {
    config: manage,
    schema: { tags, params: idParams, response: { 200: surveyDetail } },
    handler: (req) => publishSurvey(req.ctx, req.params.id),
  });
  app.post('/surveys/:id/close', {
    config: manage,
    schema: { tags, params: idParams, response: { 200: surveyDetail } },
    handler: (req) => closeSurvey(req.ctx, req.params.id),
  });
  app.post('/surveys/:id/duplicate', {
    config: manage,
    schema: { tags, params: idParams, response: { 201: surveyDetail } },
    handler: async (req, reply) => reply.code(201).send(await duplicateSurvey(req.ctx, req.params.id)),
  });
  app.get('/surveys/:id/responses', {
    config: read,
    schema: { tags, params: idParams, querystring: pageQuery, response: { 200: pageOf(surveyResponseView) } },
    handler: (req) => listResponses(req.ctx, req.params.id, req.query),
  });
  app.post('/surveys/:id/responses', {
    config: manage,
    schema: { tags, params: idParams, body: surveyAnswerInput, response: { 201: created } },
    handler: async (req, reply) =>
      reply.code(201).send(await enterPaperResponse(req.ctx, req.params.id, req.body.answers)),
  });
  // 转为需求: the response's id alone names it (and through it the survey).
  app.post('/survey-responses/:id/need', {
    config: manage,
    schema: { tags, params: idParams, body: responseNeedInput, response: { 201: created } },
    handler: async (req, reply) =>
      reply.code(201).send(await raiseNeedFromResponse(req.ctx, req.params.id, req.body)),
  });
  app.get('/surveys/:id/results', {
    config: read,
    schema: { tags, params: idParams, response: { 200: surveyResults } },
    handler: (req) => getSurveyResults(req.ctx, req.params.id),
  });
  app.get('/surveys/:id/export', {
    config: read,
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      const file = await exportSurveyResults(req.ctx, req.params.id);
      return reply.type(xlsx).header('content-disposition', attachment('问卷结果.xlsx')).send(file);
    },
  });
}
