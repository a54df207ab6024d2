import { z } from 'zod';

export const auditRow = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string().nullable(),
  orgUnitName: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  reason: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditRow = z.infer<typeof auditRow>;

export const auditListQuery = z.object({
  action: z.string().trim().max(100).optional(),
  actor: z.string().trim().max(50).optional(),
  entity: z.string().trim().max(100).optional(),
  from: z.iso.date('日期格式应为 YYYY-MM-DD').optional(),
  to: z.iso.date('日期格式应为 YYYY-MM-DD').optional(),
});
