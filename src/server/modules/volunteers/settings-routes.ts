import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { volunteerSettingsInput, volunteerSettingsView } from '../../../core/volunteers/contract';
import { getVolunteerSettings, putVolunteerSettings } from './settings';

/** The unit's volunteer rules: rounding of hours, star thresholds, timeliness, certificate signatories. */
export async function settingsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const tags = ['volunteers'];
  app.get('/volunteer-settings', {
    config: { permission: 'volunteers.read' },
    schema: { tags, response: { 200: volunteerSettingsView } },
    handler: (req) => getVolunteerSettings(req.ctx),
  });
  app.put('/volunteer-settings', {
    config: { permission: 'volunteers.manage' },
    schema: { tags, body: volunteerSettingsInput, response: { 200: volunteerSettingsView } },
    handler: (req) => putVolunteerSettings(req.ctx, req.body),
  });
}
