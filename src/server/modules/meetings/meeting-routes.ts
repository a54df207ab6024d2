import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  agendaCandidate,
  agendaEditInput,
  agendaItemInput,
  agendaOrderInput,
  decisionInput,
  meetingCancelInput,
  meetingDetail,
  meetingHeldInput,
  meetingInput,
  meetingKindInput,
  meetingKindView,
  meetingListQuery,
  meetingRulesInput,
  meetingRulesView,
  meetingSummary,
  participantInput,
  participantView,
  signInInput,
  staffCandidate,
} from '../../../core/meetings/contract';
import { pageOf, pageQuery } from '../../http/pagination';
import { needRefsInStatus } from '../needs/service';
import { findMeeting } from './access';
import { addAgendaItem, editAgendaItem, recordDecision, removeAgendaItem, reorderAgenda } from './agenda';
import {
  createMeetingKind,
  deleteMeetingKind,
  getMeetingRules,
  listMeetingKinds,
  putMeetingRules,
  renameMeetingKind,
} from './kinds';
import {
  cancelMeeting,
  createMeeting,
  getMeeting,
  listMeetings,
  markMeetingHeld,
  updateMeeting,
} from './meetings';
import { minutesDocx } from './minutes';
import { addParticipants, removeParticipant, signInParticipant, staffOfUnit } from './participants';

const idParams = z.object({ id: z.uuid('编号无效') });
const created = z.object({ id: z.uuid() });
const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const attachment = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** 议事协商会议: kinds and rules of the unit, meetings, participants with sign-in, agenda and decisions. */
export async function meetingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  const read = { permission: 'meetings.read' } as const;
  const manage = { permission: 'meetings.manage' } as const;

  app.get('/meeting-kinds', {
    config: read,
    schema: { tags, response: { 200: z.object({ items: z.array(meetingKindView) }) } },
    handler: async (req) => ({ items: await listMeetingKinds(req.ctx) }),
  });
  app.post('/meeting-kinds', {
    config: manage,
    schema: { tags, body: meetingKindInput, response: { 201: meetingKindView } },
    handler: async (req, reply) => reply.code(201).send(await createMeetingKind(req.ctx, req.body)),
  });
  app.put('/meeting-kinds/:id', {
    config: manage,
    schema: { tags, params: idParams, body: meetingKindInput, response: { 200: meetingKindView } },
    handler: (req) => renameMeetingKind(req.ctx, req.params.id, req.body),
  });
  app.delete('/meeting-kinds/:id', {
    config: manage,
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      await deleteMeetingKind(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
  app.get('/meeting-rules', {
    config: read,
    schema: { tags, response: { 200: meetingRulesView } },
    handler: (req) => getMeetingRules(req.ctx),
  });
  app.put('/meeting-rules', {
    config: manage,
    schema: { tags, body: meetingRulesInput, response: { 200: meetingRulesView } },
    handler: (req) => putMeetingRules(req.ctx, req.body.body),
  });

  app.get('/meetings', {
    config: read,
    schema: {
      tags,
      querystring: meetingListQuery.extend(pageQuery.shape),
      response: { 200: pageOf(meetingSummary) },
    },
    handler: (req) => listMeetings(req.ctx, req.query),
  });
  app.post('/meetings', {
    config: manage,
    schema: { tags, body: meetingInput, response: { 201: meetingSummary } },
    handler: async (req, reply) => reply.code(201).send(await createMeeting(req.ctx, req.body)),
  });
  app.get('/meetings/:id', {
    config: read,
    schema: { tags, params: idParams, response: { 200: meetingDetail } },
    handler: (req) => getMeeting(req.ctx, req.params.id),
  });
  app.put('/meetings/:id', {
    config: manage,
    schema: { tags, params: idParams, body: meetingInput, response: { 200: meetingSummary } },
    handler: (req) => updateMeeting(req.ctx, req.params.id, req.body),
  });
  app.post('/meetings/:id/cancel', {
    config: manage,
    schema: { tags, params: idParams, body: meetingCancelInput, response: { 200: meetingSummary } },
    handler: (req) => cancelMeeting(req.ctx, req.params.id, req.body.reason),
  });
  app.post('/meetings/:id/held', {
    config: manage,
    schema: { tags, params: idParams, body: meetingHeldInput, response: { 200: meetingSummary } },
    handler: (req) => markMeetingHeld(req.ctx, req.params.id, req.body),
  });
  // A GET that writes an audit row: the minutes name the people who took part.
  app.get('/meetings/:id/minutes', {
    config: read,
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      const { file, name } = await minutesDocx(req.ctx, req.params.id);
      return reply.type(docx).header('content-disposition', attachment(name)).send(file);
    },
  });
  // What the pickers of a meeting offer: accepted needs of its community, its staff.
  app.get('/meetings/:id/agenda-candidates', {
    config: read,
    schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(agendaCandidate) }) } },
    handler: async (req) => {
      const meeting = await findMeeting(req.ctx, req.params.id);
      const needs = await needRefsInStatus(req.ctx, ['accepted', 'onAgenda', 'inProgress']);
      return { items: needs.filter((n) => n.orgUnitId === meeting.orgUnitId) };
    },
  });
  app.get('/meetings/:id/staff-candidates', {
    config: read,
    schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(staffCandidate) }) } },
    handler: async (req) => ({
      items: await staffOfUnit(req.ctx, (await findMeeting(req.ctx, req.params.id)).orgPath),
    }),
  });

  app.post('/meetings/:id/participants', {
    config: manage,
    schema: {
      tags,
      params: idParams,
      body: z.object({ items: z.array(participantInput).min(1, '请选择参会人员').max(100) }),
    },
    handler: async (req, reply) => {
      await addParticipants(req.ctx, req.params.id, req.body.items);
      return reply.code(204).send();
    },
  });
  app.delete('/meeting-participants/:id', {
    config: manage,
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      await removeParticipant(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
  app.post('/meeting-participants/:id/sign-in', {
    config: manage,
    schema: { tags, params: idParams, body: signInInput, response: { 200: participantView } },
    handler: (req) => signInParticipant(req.ctx, req.params.id, req.body.signedIn),
  });

  app.post('/meetings/:id/agenda-items', {
    config: manage,
    schema: { tags, params: idParams, body: agendaItemInput, response: { 201: created } },
    handler: async (req, reply) =>
      reply.code(201).send(await addAgendaItem(req.ctx, req.params.id, req.body)),
  });
  app.put('/meetings/:id/agenda-order', {
    config: manage,
    schema: { tags, params: idParams, body: agendaOrderInput },
    handler: async (req, reply) => {
      await reorderAgenda(req.ctx, req.params.id, req.body.ids);
      return reply.code(204).send();
    },
  });
  app.put('/agenda-items/:id', {
    config: manage,
    schema: { tags, params: idParams, body: agendaEditInput },
    handler: async (req, reply) => {
      await editAgendaItem(req.ctx, req.params.id, req.body);
      return reply.code(204).send();
    },
  });
  app.delete('/agenda-items/:id', {
    config: manage,
    schema: { tags, params: idParams },
    handler: async (req, reply) => {
      await removeAgendaItem(req.ctx, req.params.id);
      return reply.code(204).send();
    },
  });
  app.post('/agenda-items/:id/decision', {
    config: manage,
    schema: { tags, params: idParams, body: decisionInput },
    handler: async (req, reply) => {
      await recordDecision(req.ctx, req.params.id, req.body);
      return reply.code(204).send();
    },
  });
}
