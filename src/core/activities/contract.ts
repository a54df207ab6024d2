import { z } from 'zod';

export const activityKinds = ['event', 'group'] as const;
export const activityStatuses = ['draft', 'published', 'finished', 'cancelled'] as const;
export const audiences = ['community', 'street', 'anyone'] as const;
export const serviceTargetGroups = ['elderly', 'child', 'hardship', 'women', 'volunteers', 'all'] as const;
export const serviceTargetGroupLabels: Record<(typeof serviceTargetGroups)[number], string> = {
  elderly: '一老',
  child: '一小',
  hardship: '一困',
  women: '妇女',
  volunteers: '志愿者',
  all: '全体居民',
};

const isoDateTime = z.iso.datetime({
  offset: true,
  message: '时间格式应为 ISO 8601，如 2025-10-01T09:00:00+08:00',
});
const sessionInput = z.object({ startsAt: isoDateTime, endsAt: isoDateTime });

export const activityInput = z
  .object({
    kind: z.enum(activityKinds).default('event'),
    title: z.string().trim().min(2, '请输入活动名称').max(100),
    description: z.string().trim().max(5000).default(''),
    brands: z.array(z.string().trim().min(1).max(30)).max(10).default([]),
    targetGroups: z.array(z.enum(serviceTargetGroups)).max(6).default([]),
    place: z.string().trim().max(200).default(''),
    /** An event has one session; a group has N (节), each with its own time. */
    sessions: z.array(sessionInput).min(1, '至少安排一次活动时间').max(60),
    capacity: z.number().int().min(1, '名额至少为1').max(100_000),
    registrationOpensAt: isoDateTime,
    registrationClosesAt: isoDateTime,
    cancellationDeadline: isoDateTime,
    audience: z.enum(audiences).default('community'),
    orgUnitId: z.uuid().optional(),
  })
  .superRefine((a, ctx) => {
    if (a.kind === 'event' && a.sessions.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['sessions'],
        message: '社区活动只有一个活动时间；多节请选择“小组”',
      });
    }
    a.sessions.forEach((s, i) => {
      if (s.endsAt <= s.startsAt)
        ctx.addIssue({ code: 'custom', path: ['sessions', i, 'endsAt'], message: '结束时间须晚于开始时间' });
    });
    if (a.registrationClosesAt <= a.registrationOpensAt) {
      ctx.addIssue({ code: 'custom', path: ['registrationClosesAt'], message: '报名截止须晚于报名开始' });
    }
  });
export type ActivityInput = z.infer<typeof activityInput>;

export const activityView = z.object({
  id: z.string(),
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  kind: z.enum(activityKinds),
  title: z.string(),
  description: z.string(),
  brands: z.array(z.string()),
  targetGroups: z.array(z.enum(serviceTargetGroups)),
  place: z.string(),
  capacity: z.number().int(),
  registeredCount: z.number().int(),
  waitlistCount: z.number().int(),
  registrationOpensAt: z.string(),
  registrationClosesAt: z.string(),
  cancellationDeadline: z.string(),
  audience: z.enum(audiences),
  status: z.enum(activityStatuses),
  sessions: z.array(
    z.object({
      id: z.string(),
      seq: z.number().int(),
      startsAt: z.string(),
      endsAt: z.string(),
      attended: z.number().int(),
      guests: z.number().int(),
    }),
  ),
});
export type ActivityView = z.infer<typeof activityView>;

export const registrationView = z.object({
  id: z.string(),
  activityId: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  status: z.enum(['registered', 'waitlisted', 'cancelled']),
  /** 1-based place in the waitlist among those still waiting; null unless waitlisted. */
  waitlistRank: z.number().int().nullable(),
  source: z.enum(['self', 'staff']),
  createdAt: z.string(),
});
export type RegistrationView = z.infer<typeof registrationView>;

export const activityListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  status: z.enum(activityStatuses).optional(),
  kind: z.enum(activityKinds).optional(),
  brand: z.string().trim().max(30).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

export const serviceFiguresQuery = z.object({
  orgUnitId: z.uuid().optional(),
  from: z.iso.date('日期格式应为 YYYY-MM-DD'),
  to: z.iso.date('日期格式应为 YYYY-MM-DD'),
  brand: z.string().trim().max(30).optional(),
  targetGroup: z.enum(serviceTargetGroups).optional(),
});

export const serviceFigures = z.object({
  orgUnitId: z.string(),
  from: z.string(),
  to: z.string(),
  activitiesHeld: z.number().int(),
  groups: z.number().int(),
  groupSessions: z.number().int(),
  distinctPeopleServed: z.number().int(),
  personTimes: z.number().int(),
  guests: z.number().int(),
  casesOpened: z.number().int(),
  casesClosed: z.number().int(),
  visitsMade: z.number().int(),
  byBrand: z.array(
    z.object({ brand: z.string(), activities: z.number().int(), personTimes: z.number().int() }),
  ),
});
export type ServiceFigures = z.infer<typeof serviceFigures>;
