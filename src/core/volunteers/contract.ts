import { z } from 'zod';
import { idTypes } from '../residents/contract';
import { mobileSchema, personNameSchema } from '../users/contract';

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const reasonSchema = z.string().trim().min(2, '请填写原因（至少2个字）').max(200);

// ---- Volunteers (志愿者) ----

export const volunteerStatuses = ['applied', 'active', 'rejected', 'left'] as const;
export const volunteerRoles = ['backbone', 'member'] as const;
export const affiliations = [
  'resident',
  'ownersCommittee',
  'propertyManager',
  'partyMember',
  'business',
  'other',
] as const;
export const affiliationLabels: Record<(typeof affiliations)[number], string> = {
  resident: '居民',
  ownersCommittee: '业委会',
  propertyManager: '物业',
  partyMember: '党员',
  business: '商户',
  other: '其他',
};

/** A guardian's consent for a volunteer aged 14–17: who consents, how to reach them, their relation. */
export const guardianConsentInput = z.object({
  guardianName: personNameSchema,
  guardianMobile: mobileSchema,
  relation: z.string().trim().min(1, '请填写与志愿者的关系').max(20),
});
export type GuardianConsentInput = z.infer<typeof guardianConsentInput>;

/** A standalone person's identity, checked like the resident registry's. */
export const volunteerIdentityInput = z.object({
  name: personNameSchema,
  idType: z.enum(idTypes).default('residentId'),
  idNumber: z.string().trim().min(5, '请输入证件号码').max(40),
  /** Required for documents that do not carry it; checked against the ID for resident IDs. */
  birthDate: isoDate.optional(),
  mobile: mobileSchema.optional(),
});
export type VolunteerIdentityInput = z.infer<typeof volunteerIdentityInput>;

const profileFields = {
  skills: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  availability: z.string().trim().max(200).default(''),
  affiliation: z.enum(affiliations),
  affiliationName: z.string().trim().max(60).default(''),
  dualRegistered: z.boolean().default(false),
};

/** Staff add a volunteer: a resident of the registry (`residentId`) or a standalone person (`identity`). */
export const volunteerCreateInput = z
  .object({
    residentId: z.uuid('居民编号无效').optional(),
    identity: volunteerIdentityInput.optional(),
    ...profileFields,
    role: z.enum(volunteerRoles).default('member'),
    priority: z.boolean().default(false),
    guardianConsent: guardianConsentInput.optional(),
  })
  .refine((v) => (v.residentId === undefined) !== (v.identity === undefined), {
    message: '请选择居民档案，或填写姓名和证件信息（二选一）',
    path: ['residentId'],
  });
export type VolunteerCreateInput = z.infer<typeof volunteerCreateInput>;

/** A signed-in user's own application from the phone; a resident linked to the registry sends no identity. */
export const volunteerApplicationInput = z.object({
  identity: volunteerIdentityInput.optional(),
  ...profileFields,
  guardianConsent: guardianConsentInput.optional(),
});
export type VolunteerApplicationInput = z.infer<typeof volunteerApplicationInput>;

export const volunteerUpdateInput = z
  .object({
    skills: profileFields.skills.unwrap(),
    availability: z.string().trim().max(200),
    role: z.enum(volunteerRoles),
    affiliation: z.enum(affiliations),
    affiliationName: z.string().trim().max(60),
    dualRegistered: z.boolean(),
    priority: z.boolean(),
  })
  .partial();
export type VolunteerUpdateInput = z.infer<typeof volunteerUpdateInput>;

/** Leaving (离队) or coming back; the reason goes on the audit record. */
export const volunteerStatusInput = z.object({
  status: z.enum(['active', 'left']),
  reason: reasonSchema,
});
export const volunteerRejectInput = z.object({ reason: reasonSchema });
export const volunteerRevealInput = z.object({ reason: reasonSchema });

export const volunteerListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  status: z.enum(volunteerStatuses).optional(),
  role: z.enum(volunteerRoles).optional(),
  affiliation: z.enum(affiliations).optional(),
  teamId: z.uuid().optional(),
});

export const volunteerSummary = z.object({
  id: z.uuid(),
  orgUnitId: z.uuid(),
  volunteerNo: z.string(),
  /** Masked for a minor in lists. */
  name: z.string(),
  idType: z.enum(idTypes),
  idNumberMasked: z.string(),
  mobileMasked: z.string().nullable(),
  age: z.number().int(),
  minor: z.boolean(),
  residentId: z.uuid().nullable(),
  affiliation: z.enum(affiliations),
  affiliationName: z.string(),
  dualRegistered: z.boolean(),
  role: z.enum(volunteerRoles),
  skills: z.array(z.string()),
  availability: z.string(),
  status: z.enum(volunteerStatuses),
  source: z.enum(['self', 'staff']),
  priority: z.boolean(),
  /** Sum of approved service minutes (all units that recorded the volunteer's service). */
  approvedMinutes: z.number().int(),
  createdAt: z.iso.datetime(),
});
export type VolunteerSummary = z.infer<typeof volunteerSummary>;

export const volunteerDetail = volunteerSummary.extend({
  birthDate: z.string(),
  rejectReason: z.string().nullable(),
  guardianConsentAt: z.iso.datetime().nullable(),
  screenedAt: z.iso.datetime().nullable(),
  hasAccount: z.boolean(),
  teams: z.array(z.object({ id: z.uuid(), name: z.string(), isLeader: z.boolean() })),
});
export type VolunteerDetail = z.infer<typeof volunteerDetail>;

export const volunteerReveal = z.object({
  name: z.string(),
  idType: z.enum(idTypes),
  idNumber: z.string(),
  mobile: z.string().nullable(),
  guardianConsent: guardianConsentInput.nullable(),
});

/** What a volunteer sees of their own record on the phone. */
export const ownVolunteerView = z.object({
  id: z.uuid(),
  volunteerNo: z.string(),
  name: z.string(),
  status: z.enum(volunteerStatuses),
  rejectReason: z.string().nullable(),
  role: z.enum(volunteerRoles),
  affiliation: z.enum(affiliations),
  affiliationName: z.string(),
  skills: z.array(z.string()),
  availability: z.string(),
  approvedMinutes: z.number().int(),
  teams: z.array(z.object({ id: z.uuid(), name: z.string(), isLeader: z.boolean() })),
});
export type OwnVolunteerView = z.infer<typeof ownVolunteerView>;

// ---- Teams (志愿队: 社区总支 + 小区分支) ----

export const teamInput = z.object({
  name: z.string().trim().min(1, '请输入队伍名称').max(60),
  /** Null for the community team (社区总支); a community team's id for a compound branch (小区分支). */
  parentTeamId: z.uuid().nullable().default(null),
  compoundId: z.uuid().nullable().default(null),
  description: z.string().trim().max(500).default(''),
});
export type TeamInput = z.infer<typeof teamInput>;

export const teamMemberInput = z.object({
  volunteerId: z.uuid('志愿者编号无效'),
  isLeader: z.boolean().default(false),
});
export const teamMemberRemoveInput = z.object({ volunteerId: z.uuid('志愿者编号无效') });

const teamFields = {
  id: z.uuid(),
  name: z.string(),
  parentTeamId: z.uuid().nullable(),
  compoundId: z.uuid().nullable(),
  compoundName: z.string().nullable(),
  description: z.string(),
  memberCount: z.number().int(),
  leaders: z.array(z.object({ volunteerId: z.uuid(), name: z.string() })),
};
export const teamView = z.object(teamFields);
export type TeamView = z.infer<typeof teamView>;

export type TeamNode = TeamView & { children: TeamNode[] };
export const teamNode: z.ZodType<TeamNode> = z.object({
  ...teamFields,
  get children() {
    return z.array(teamNode);
  },
});

export const teamDetail = teamView.extend({
  members: z.array(
    z.object({
      volunteerId: z.uuid(),
      volunteerNo: z.string(),
      name: z.string(),
      role: z.enum(volunteerRoles),
      isLeader: z.boolean(),
    }),
  ),
});
export type TeamDetail = z.infer<typeof teamDetail>;

// ---- Trainings (社工教骨干、骨干带全员) ----

export const trainerKinds = ['socialWorker', 'backbone', 'external'] as const;

export const trainingInput = z.object({
  topic: z.string().trim().min(1, '请输入培训主题').max(100),
  trainerKind: z.enum(trainerKinds),
  /** The trainer's name; taken from the volunteer record when a backbone volunteer trains. */
  trainerName: z.string().trim().max(50).default(''),
  trainerVolunteerId: z.uuid().nullable().default(null),
  heldOn: isoDate,
  durationMinutes: z
    .number()
    .int()
    .min(1, '时长应大于0')
    .max(24 * 60),
  place: z.string().trim().max(100).default(''),
  attendeeIds: z.array(z.uuid()).max(500).default([]),
});
export type TrainingInput = z.infer<typeof trainingInput>;

export const trainingListQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  trainerKind: z.enum(trainerKinds).optional(),
});

const attendee = z.object({
  volunteerId: z.uuid(),
  volunteerNo: z.string(),
  name: z.string(),
  role: z.enum(volunteerRoles),
});

export const trainingView = z.object({
  id: z.uuid(),
  topic: z.string(),
  trainerKind: z.enum(trainerKinds),
  trainerName: z.string(),
  trainerVolunteerId: z.uuid().nullable(),
  heldOn: z.string(),
  durationMinutes: z.number().int(),
  place: z.string(),
  attendees: z.array(attendee),
});
export type TrainingView = z.infer<typeof trainingView>;

/** The chain: each social-worker training, its backbone attendees, and what each of them went on to teach. */
export const trainingChain = z.object({
  items: z.array(
    z.object({
      training: trainingView,
      backbones: z.array(
        z.object({
          volunteerId: z.uuid(),
          name: z.string(),
          ledTrainings: z.array(trainingView),
        }),
      ),
    }),
  ),
});
export type TrainingChain = z.infer<typeof trainingChain>;

// ---- Commendations (表扬) and rankings ----

/** "2026-11" for a month, "2026" for a year. */
export const periodSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, '期间应为 YYYY 或 YYYY-MM');

export const commendationInput = z.object({
  volunteerId: z.uuid('志愿者编号无效'),
  period: periodSchema,
  title: z.string().trim().min(1, '请输入表扬名称').max(60),
  reason: z.string().trim().max(500).default(''),
  grantPriority: z.boolean().default(false),
});
export type CommendationInput = z.infer<typeof commendationInput>;

export const commendationListQuery = z.object({ period: periodSchema.optional() });

export const commendationView = z.object({
  id: z.uuid(),
  volunteerId: z.uuid(),
  volunteerName: z.string(),
  volunteerNo: z.string(),
  period: z.string(),
  title: z.string(),
  reason: z.string(),
  createdBy: z.string(),
  createdAt: z.iso.datetime(),
});
export type CommendationView = z.infer<typeof commendationView>;
/** A new commendation and the bonus points it credited (0 where the unit's rule gives none). */
export const commendationCreated = commendationView.extend({ pointsAwarded: z.number().int() });

export const rankingQuery = z.object({
  period: periodSchema,
  by: z.enum(['volunteer', 'team', 'community']).default('volunteer'),
});
export type RankingQuery = z.infer<typeof rankingQuery>;

export const rankingView = z.object({
  period: z.string(),
  by: z.enum(['volunteer', 'team', 'community']),
  items: z.array(
    z.object({
      rank: z.number().int(),
      id: z.uuid(),
      name: z.string(),
      approvedMinutes: z.number().int(),
      hours: z.number(),
      pointsEarned: z.number().int(),
    }),
  ),
});
export type RankingView = z.infer<typeof rankingView>;

// ---- Service: unit settings, positions and shifts, service records, corrections ----

const roundingBands = z
  .array(
    z.object({
      upToMinutes: z.number().int().min(1).max(60),
      minutes: z
        .number()
        .int()
        .refine((m) => [0, 30, 60].includes(m), '取整结果须为0、30或60分钟'),
    }),
  )
  .min(1)
  .max(6)
  .refine((bands) => bands.every((b, i) => i === 0 || b.upToMinutes > bands[i - 1].upToMinutes), {
    message: '取整档位须按分钟数从小到大排列',
  })
  .refine((bands) => bands.at(-1)?.upToMinutes === 60, { message: '取整档位须覆盖到60分钟' });

export const volunteerSettingsInput = z.object({
  rounding: roundingBands,
  starThresholdHours: z
    .array(z.number().int().min(1, '星级门槛须为正数').max(100_000))
    .length(5, '须设置5个星级门槛')
    .refine((t) => t.every((h, i) => i === 0 || h > t[i - 1]), { message: '星级门槛须从小到大排列' }),
  lateAfterDays: z.number().int().min(0).max(365),
  certificateResponsible: z.string().trim().max(30).default(''),
  certificateHandler: z.string().trim().max(30).default(''),
  certificateContact: z.string().trim().max(40).default(''),
});
export type VolunteerSettingsInput = z.infer<typeof volunteerSettingsInput>;
export const volunteerSettingsView = volunteerSettingsInput.extend({
  orgUnitId: z.uuid(),
  isDefault: z.boolean(),
});
export type VolunteerSettingsView = z.infer<typeof volunteerSettingsView>;

export const positionInput = z
  .object({
    title: z.string().trim().min(1, '请输入岗位名称').max(60),
    content: z.string().trim().max(200).default(''),
    place: z.string().trim().max(100).default(''),
    count: z.number().int().min(1, '人数至少为1').max(500),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
  })
  .refine((p) => Date.parse(p.endsAt) > Date.parse(p.startsAt), {
    message: '结束时间须晚于开始时间',
    path: ['endsAt'],
  });
export type PositionInput = z.infer<typeof positionInput>;
export const positionUpdateInput = z.object({
  title: z.string().trim().min(1, '请输入岗位名称').max(60).optional(),
  content: z.string().trim().max(200).optional(),
  place: z.string().trim().max(100).optional(),
  count: z.number().int().min(1, '人数至少为1').max(500).optional(),
});
export type PositionUpdateInput = z.infer<typeof positionUpdateInput>;

export const positionView = z.object({
  id: z.uuid(),
  activityId: z.uuid(),
  activityTitle: z.string(),
  orgUnitId: z.uuid(),
  title: z.string(),
  content: z.string(),
  place: z.string(),
  count: z.number().int(),
  filled: z.number().int(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
});
export type PositionView = z.infer<typeof positionView>;
/** An open position as a volunteer sees it on the phone, with their own sign-up if any. */
export const ownPositionView = positionView.extend({ myShiftId: z.uuid().nullable() });
export type OwnPositionView = z.infer<typeof ownPositionView>;

export const checkTimeInput = z.object({ at: z.iso.datetime({ offset: true }).optional() });

export const shiftView = z.object({
  id: z.uuid(),
  positionId: z.uuid(),
  volunteerId: z.uuid(),
  volunteerNo: z.string(),
  volunteerName: z.string(),
  status: z.enum(['signedUp', 'cancelled']),
  checkedInAt: z.iso.datetime().nullable(),
  checkedOutAt: z.iso.datetime().nullable(),
  recordId: z.uuid().nullable(),
});
export type ShiftView = z.infer<typeof shiftView>;

export const serviceRecordStatuses = ['proposed', 'approved', 'rejected'] as const;
export const serviceRecordView = z.object({
  id: z.uuid(),
  orgUnitId: z.uuid(),
  volunteerId: z.uuid(),
  volunteerNo: z.string(),
  volunteerName: z.string(),
  activityId: z.uuid().nullable(),
  activityTitle: z.string().nullable(),
  serviceDate: z.string(),
  place: z.string(),
  content: z.string(),
  proposedMinutes: z.number().int(),
  minutes: z.number().int().nullable(),
  status: z.enum(serviceRecordStatuses),
  correctionReason: z.string().nullable(),
  rejectReason: z.string().nullable(),
  late: z.boolean(),
  reviewedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type ServiceRecordView = z.infer<typeof serviceRecordView>;

export const serviceRecordListQuery = z.object({
  status: z.enum(serviceRecordStatuses).optional(),
  volunteerId: z.uuid().optional(),
  activityId: z.uuid().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  late: z.enum(['true', 'false']).optional(),
});

const minutesSchema = z
  .number()
  .int()
  .min(0)
  .max(24 * 60, '时长不能超过24小时');
export const serviceRecordInput = z.object({
  volunteerId: z.uuid('志愿者编号无效'),
  serviceDate: isoDate,
  place: z.string().trim().min(1, '请填写服务地点').max(100),
  content: z.string().trim().min(1, '请填写服务内容').max(200),
  minutes: minutesSchema.min(1, '时长应大于0'),
});
export type ServiceRecordInput = z.infer<typeof serviceRecordInput>;
export const approveRecordInput = z.object({
  minutes: minutesSchema.optional(),
  correctionReason: z.string().trim().max(200).optional(),
});
export type ApproveRecordInput = z.infer<typeof approveRecordInput>;
export const rejectRecordInput = z.object({ reason: reasonSchema });

export const ownServiceRecords = z.object({
  items: z.array(serviceRecordView),
  approvedMinutes: z.number().int(),
  proposedMinutes: z.number().int(),
  stars: z.number().int(),
});

export const correctionInput = z.object({ requestedMinutes: minutesSchema, reason: reasonSchema });
export const correctionAnswerInput = z.object({ answer: z.string().trim().max(200).default('') });
export const correctionDeclineInput = z.object({ answer: reasonSchema });
export const correctionView = z.object({
  id: z.uuid(),
  recordId: z.uuid(),
  volunteerName: z.string(),
  serviceDate: z.string(),
  content: z.string(),
  currentMinutes: z.number().int(),
  requestedMinutes: z.number().int(),
  reason: z.string(),
  status: z.enum(['open', 'accepted', 'declined']),
  answer: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type CorrectionView = z.infer<typeof correctionView>;

export const serviceExportQuery = z.object({ from: isoDate, to: isoDate });
export const certificateQuery = z.object({ from: isoDate.optional(), to: isoDate.optional() });
