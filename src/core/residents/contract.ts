import { z } from 'zod';
import { mobileSchema, personNameSchema } from '../users/contract';
import { type AgeBand, ageBands } from './age-bands';
import { careDependencyLevels, disabilityTypes, targetGroupFlags } from './target-groups';

export const idTypes = ['residentId', 'passport', 'hkMacaoPermit', 'taiwanPermit', 'other'] as const;
export const idTypeLabels: Record<(typeof idTypes)[number], string> = {
  residentId: '居民身份证',
  passport: '护照',
  hkMacaoPermit: '港澳居民居住证/通行证',
  taiwanPermit: '台湾居民居住证/通行证',
  other: '其他证件',
};
export const relationsToHead = ['户主', '配偶', '子女', '父母', '孙子女', '兄弟姐妹', '其他'] as const;
export const politicalStatuses = ['中共党员', '中共预备党员', '共青团员', '民主党派', '群众'] as const;

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');

export const sensitiveInput = z.object({
  flags: z.array(z.enum(targetGroupFlags)).max(targetGroupFlags.length).default([]),
  careDependency: z.enum(careDependencyLevels).nullable().default(null),
  chronicIllnesses: z.array(z.string().trim().min(1).max(30)).max(20).default([]),
  disability: z
    .object({
      type: z.enum(disabilityTypes),
      grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    })
    .nullable()
    .default(null),
});

export const residentInput = z.object({
  name: personNameSchema,
  idType: z.enum(idTypes).default('residentId'),
  idNumber: z.string().trim().min(5, '请输入证件号码').max(40),
  /** Required for documents that do not carry it; checked against the ID for resident IDs. */
  birthDate: isoDate.optional(),
  sex: z.enum(['male', 'female']).optional(),
  mobile: mobileSchema.nullable().optional(),
  hukouType: z.enum(['hukou', 'migrant']),
  compoundId: z.uuid('请选择小区').nullable().optional(),
  gridId: z.uuid('请选择网格').nullable().optional(),
  room: z.string().trim().max(50).nullable().optional(),
  householdNo: z.string().trim().max(30).nullable().optional(),
  relationToHead: z.enum(relationsToHead).nullable().optional(),
  politicalStatus: z.enum(politicalStatuses).nullable().optional(),
  sensitive: sensitiveInput.default({
    flags: [],
    careDependency: null,
    chronicIllnesses: [],
    disability: null,
  }),
  notes: z.string().trim().max(500).nullable().optional(),
  /** The community the resident belongs to; defaults to the caller's. */
  orgUnitId: z.uuid().optional(),
});
export type ResidentInput = z.infer<typeof residentInput>;

export const residentStatusInput = z.object({
  status: z.enum(['active', 'movedAway', 'died']),
  statusDate: isoDate,
});

export const consentInput = z.object({
  basis: z.enum(['consent', 'legalDuty']),
  purposes: z.array(z.string().trim().min(1).max(50)).min(1, '请至少填写一项用途'),
  textVersion: z.string().trim().max(30).optional(),
  guardianName: z.string().trim().max(50).optional(),
  guardianRelation: z.string().trim().max(20).optional(),
});

export const ageBandSchema = z.enum(Object.keys(ageBands) as [AgeBand, ...AgeBand[]]);

/** Records needing attention, as the home's lines name them (see the residents module's `attention.ts`). */
export const residentAttentions = ['incomplete', 'consentMissing'] as const;
export type ResidentAttention = (typeof residentAttentions)[number];

export const residentListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  compoundId: z.uuid().optional(),
  gridId: z.uuid().optional(),
  tag: z.string().max(40).optional(),
  ageBand: ageBandSchema.optional(),
  asOf: isoDate.optional(),
  status: z.enum(['active', 'movedAway', 'died', 'all']).default('active'),
  sort: z.enum(['name', 'birthDate', '-birthDate', 'createdAt']).default('name'),
  attention: z.enum(residentAttentions).optional(),
});

export const residentRow = z.object({
  id: z.string(),
  name: z.string(),
  idType: z.enum(idTypes),
  idNumberMasked: z.string(),
  sex: z.enum(['male', 'female']),
  age: z.number().int(),
  mobileMasked: z.string().nullable(),
  hukouType: z.enum(['hukou', 'migrant']),
  compoundName: z.string().nullable(),
  gridName: z.string().nullable(),
  householdNo: z.string().nullable(),
  tags: z.array(z.string()),
  status: z.enum(['active', 'movedAway', 'died']),
  isMinor: z.boolean(),
});
export type ResidentRow = z.infer<typeof residentRow>;

export const residentDetail = residentRow.extend({
  birthDate: z.string(),
  relationToHead: z.string().nullable(),
  politicalStatus: z.string().nullable(),
  compoundId: z.string().nullable(),
  gridId: z.string().nullable(),
  statusDate: z.string().nullable(),
  legalBasis: z.enum(['legalDuty', 'consent']),
  household: z.array(
    z.object({ id: z.string(), name: z.string(), relationToHead: z.string().nullable(), age: z.number() }),
  ),
  consents: z.array(
    z.object({
      id: z.string(),
      basis: z.enum(['consent', 'legalDuty']),
      purposes: z.array(z.string()),
      textVersion: z.string().nullable(),
      guardianName: z.string().nullable(),
      recordedBy: z.string(),
      recordedAt: z.string(),
    }),
  ),
});
export type ResidentDetail = z.infer<typeof residentDetail>;

export const residentReveal = z.object({
  name: z.string(),
  idNumber: z.string(),
  mobile: z.string().nullable(),
  room: z.string().nullable(),
  notes: z.string().nullable(),
  sensitive: sensitiveInput,
});
export const revealQuery = z.object({ reason: z.string().trim().min(2, '请说明查看原因').max(200) });
