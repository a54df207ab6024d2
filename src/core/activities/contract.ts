import { z } from 'zod';
import { maxCaptionLength } from './photo-limits';

export const activityKinds = ['event', 'group'] as const;
export const activityStatuses = ['draft', 'published', 'finished', 'cancelled'] as const;
export const audiences = ['community', 'street', 'anyone'] as const;
export const serviceTargetGroups = ['elderly', 'child', 'hardship', 'women', 'volunteers', 'all'] as const;
export type ServiceTargetGroup = (typeof serviceTargetGroups)[number];
export const serviceTargetGroupLabels: Record<ServiceTargetGroup, string> = {
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
    /** 优先报名: commended volunteers (the priority flag) may sign up from this time; none when omitted. */
    priorityOpensAt: isoDateTime.nullable().default(null),
    audience: z.enum(audiences).default('community'),
    orgUnitId: z.uuid().optional(),
    /** The project (项目) it is delivered under; none when omitted. */
    projectId: z.uuid('请选择所属项目').nullable().optional(),
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
      if (Date.parse(s.endsAt) <= Date.parse(s.startsAt))
        ctx.addIssue({ code: 'custom', path: ['sessions', i, 'endsAt'], message: '结束时间须晚于开始时间' });
    });
    const at = (iso: string) => Date.parse(iso);
    if (at(a.registrationClosesAt) <= at(a.registrationOpensAt)) {
      ctx.addIssue({ code: 'custom', path: ['registrationClosesAt'], message: '报名截止须晚于报名开始' });
    }
    // A window that runs past the first session would let people sign up for, or drop out of, what
    // has already begun.
    const firstStart = Math.min(...a.sessions.map((s) => at(s.startsAt)));
    if (at(a.registrationClosesAt) > firstStart) {
      ctx.addIssue({
        code: 'custom',
        path: ['registrationClosesAt'],
        message: '报名截止不能晚于第一次活动开始',
      });
    }
    if (a.priorityOpensAt && at(a.priorityOpensAt) >= at(a.registrationOpensAt)) {
      ctx.addIssue({ code: 'custom', path: ['priorityOpensAt'], message: '优先报名须早于报名开始' });
    }
    if (at(a.cancellationDeadline) > firstStart) {
      ctx.addIssue({
        code: 'custom',
        path: ['cancellationDeadline'],
        message: '取消截止不能晚于第一次活动开始',
      });
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
  priorityOpensAt: z.string().nullable(),
  audience: z.enum(audiences),
  status: z.enum(activityStatuses),
  projectId: z.string().nullable(),
  projectName: z.string().nullable(),
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
  photoCount: z.number().int(),
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
  projectId: z.uuid().optional(),
});

export const serviceFiguresQuery = z.object({
  orgUnitId: z.uuid().optional(),
  from: z.iso.date('日期格式应为 YYYY-MM-DD'),
  to: z.iso.date('日期格式应为 YYYY-MM-DD'),
  brand: z.string().trim().max(30).optional(),
  targetGroup: z.enum(serviceTargetGroups).optional(),
  /** Only the activities of this project, within the unit. */
  projectId: z.uuid('编号无效').optional(),
});

// The figures of a unit (and of each unit below it). With a project, only the work done under it.
const figureFields = {
  activitiesHeld: z.number().int(),
  groups: z.number().int(),
  groupSessions: z.number().int(),
  distinctPeopleServed: z.number().int(),
  personTimes: z.number().int(),
  guests: z.number().int(),
  casesOpened: z.number().int(),
  casesClosed: z.number().int(),
  visitsMade: z.number().int(),
  /** Approved volunteer service hours dated in the period (one decimal), and the volunteers who served. */
  volunteerHours: z.number(),
  volunteersServing: z.number().int(),
};
const unitFigureRow = z.object({ orgUnitId: z.string(), name: z.string(), ...figureFields });
export type UnitFigureRow = z.infer<typeof unitFigureRow>;

export const serviceFigures = z.object({
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  from: z.string(),
  to: z.string(),
  /** The project counted, when one was asked for. */
  project: z.object({ id: z.string(), name: z.string() }).nullable(),
  ...figureFields,
  byBrand: z.array(
    z.object({ brand: z.string(), activities: z.number().int(), personTimes: z.number().int() }),
  ),
  byTargetGroup: z.array(
    z.object({
      targetGroup: z.enum(serviceTargetGroups),
      activities: z.number().int(),
      personTimes: z.number().int(),
    }),
  ),
  /** The units directly below (a street's communities, the district's streets); empty for a community. */
  byUnit: z.array(unitFigureRow),
});
export type ServiceFigures = z.infer<typeof serviceFigures>;

export const photoView = z.object({
  id: z.string(),
  activityId: z.string(),
  sessionId: z.string().nullable(),
  caption: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  thumbBytes: z.number().int(),
  largeBytes: z.number().int(),
  takenAt: z.string().nullable(),
  uploadedBy: z.string(),
  createdAt: z.string(),
  /** Same-origin links that carry the acting membership, since an <img> cannot send headers. */
  thumbUrl: z.string(),
  largeUrl: z.string(),
});
export type PhotoView = z.infer<typeof photoView>;

export const photoCaptionInput = z.object({
  caption: z.string().trim().max(maxCaptionLength, `说明不能超过${maxCaptionLength}字`),
});
