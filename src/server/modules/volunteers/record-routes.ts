import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  approveRecordInput,
  certificateQuery,
  correctionAnswerInput,
  correctionDeclineInput,
  correctionInput,
  correctionView,
  ownServiceRecords,
  rejectRecordInput,
  serviceExportQuery,
  serviceRecordInput,
  serviceRecordListQuery,
  serviceRecordView,
} from '../../../core/volunteers/contract';
import { pageOf, pageQuery } from '../../http/pagination';
import { certificateForVolunteer, myCertificate } from './certificate';
import { acceptCorrection, declineCorrection, listCorrections, requestCorrection } from './corrections';
import { exportServiceRecords } from './record-export';
import {
  approveRecord,
  createServiceRecord,
  listServiceRecords,
  myServiceRecords,
  rejectRecord,
} from './records';

const idParams = z.object({ id: z.uuid('编号无效') });
const read = { permission: 'volunteers.read' } as const;
const manage = { permission: 'volunteers.manage' } as const;
const self = { permission: 'volunteers.self' } as const;
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Service records (志愿服务记录): review, correction requests, the .xlsx export and certificates. */
export async function recordRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['volunteers'];

  app.get('/service-records', {
    config: read,
    schema: {
      tags,
      querystring: serviceRecordListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(serviceRecordView) },
    },
    handler: (req) => listServiceRecords(req.ctx, req.query),
  });
  app.get('/service-records/export', {
    config: read,
    schema: { tags, querystring: serviceExportQuery },
    handler: async (req, reply) => {
      const file = await exportServiceRecords(req.ctx, req.query.from, req.query.to);
      return reply
        .type(xlsx)
        .header('content-disposition', attachment(`志愿服务记录_${req.query.from}_${req.query.to}.xlsx`))
        .send(file);
    },
  });
  app.post('/service-records', {
    config: manage,
    schema: { tags, body: serviceRecordInput, response: { 201: serviceRecordView } },
    handler: async (req, reply) => reply.code(201).send(await createServiceRecord(req.ctx, req.body)),
  });
  app.post('/service-records/:id/approve', {
    config: manage,
    schema: { tags, params: idParams, body: approveRecordInput, response: { 200: serviceRecordView } },
    handler: (req) => approveRecord(req.ctx, req.params.id, req.body),
  });
  app.post('/service-records/:id/reject', {
    config: manage,
    schema: { tags, params: idParams, body: rejectRecordInput, response: { 200: serviceRecordView } },
    handler: (req) => rejectRecord(req.ctx, req.params.id, req.body.reason),
  });
  app.get('/service-record-corrections', {
    config: read,
    schema: {
      tags,
      querystring: z.object({ status: z.enum(['open', 'accepted', 'declined']).default('open') }),
      response: { 200: z.object({ items: z.array(correctionView) }) },
    },
    handler: async (req) => ({ items: await listCorrections(req.ctx, req.query.status) }),
  });
  app.post('/service-record-corrections/:id/accept', {
    config: manage,
    schema: { tags, params: idParams, body: correctionAnswerInput },
    handler: async (req, reply) => {
      await acceptCorrection(req.ctx, req.params.id, req.body.answer);
      return reply.code(204).send();
    },
  });
  app.post('/service-record-corrections/:id/decline', {
    config: manage,
    schema: { tags, params: idParams, body: correctionDeclineInput },
    handler: async (req, reply) => {
      await declineCorrection(req.ctx, req.params.id, req.body.answer);
      return reply.code(204).send();
    },
  });
  // A POST: each certificate is issued with a number of its own and stored.
  app.post('/volunteers/:id/certificate', {
    config: manage,
    schema: { tags, params: idParams, body: certificateQuery },
    handler: async (req, reply) => {
      const file = await certificateForVolunteer(req.ctx, req.params.id, req.body);
      return reply.type(docx).header('content-disposition', attachment('志愿服务证明.docx')).send(file);
    },
  });

  app.get('/me/service-records', {
    config: self,
    schema: { tags, response: { 200: ownServiceRecords } },
    handler: (req) => myServiceRecords(req.ctx),
  });
  app.post('/me/service-records/:id/corrections', {
    config: self,
    schema: { tags, params: idParams, body: correctionInput, response: { 201: z.object({ id: z.uuid() }) } },
    handler: async (req, reply) =>
      reply.code(201).send(await requestCorrection(req.ctx, req.params.id, req.body)),
  });
  app.post('/me/certificate', {
    config: self,
    schema: { tags, body: certificateQuery },
    handler: async (req, reply) => {
      const file = await myCertificate(req.ctx, req.body);
      return reply.type(docx).header('content-disposition', attachment('志愿服务证明.docx')).send(file);
    },
  });
}
