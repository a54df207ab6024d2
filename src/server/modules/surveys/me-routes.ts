import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mySurveyDetail, mySurveySummary, surveyAnswerInput } from '../../../core/surveys/contract';
import { answerMySurvey, getMySurvey, listMySurveys } from './answers';

const idParams = z.object({ id: z.uuid('编号无效') });
const answer = { permission: 'surveys.answer' } as const;

/** The phone page: the open surveys of my community, and my answers to them (once each). */
export async function mySurveyRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['surveys'];

  app.get('/me/surveys', {
    config: answer,
    schema: { tags, response: { 200: z.object({ items: z.array(mySurveySummary) }) } },
    handler: async (req) => ({ items: await listMySurveys(req.ctx) }),
  });
  app.get('/me/surveys/:id', {
    config: answer,
    schema: { tags, params: idParams, response: { 200: mySurveyDetail } },
    handler: (req) => getMySurvey(req.ctx, req.params.id),
  });
  app.post('/me/surveys/:id/responses', {
    config: answer,
    schema: {
      tags,
      params: idParams,
      body: surveyAnswerInput,
      response: { 201: z.object({ id: z.string() }) },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await answerMySurvey(req.ctx, req.params.id, req.body.answers)),
  });
}
