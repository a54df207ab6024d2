import { z } from 'zod';
import { mobileSchema } from '../users/contract';

// 登记变更: new values for a few non-sensitive fields of a resident's record, proposed by a social worker
// (or by the resident on the phone, for their own contact and address) and approved or returned by the
// community's staff. ID numbers, health, disability, 低保/特困 and the target groups are never proposed:
// they stay with the staff who hold the registry.

export const registryChangeStatuses = ['pending', 'approved', 'rejected'] as const;
export type RegistryChangeStatus = (typeof registryChangeStatuses)[number];

export const registryChangeFields = [
  'mobile',
  'compoundId',
  'gridId',
  'room',
  'status',
  'statusDate',
] as const;
export type RegistryChangeField = (typeof registryChangeFields)[number];

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
const note = z.string().trim().min(2, '请说明变更原因（至少2个字）').max(200, '说明不超过200字');

const mobile = mobileSchema.nullable();
const compoundId = z.uuid('请选择小区').nullable();
const room = z.string().trim().min(1, '请填写门牌').max(50, '门牌不超过50字').nullable();

const someValue = (values: object) => Object.keys(values).length > 0;
const nothingProposed = { message: '请至少填写一项新的登记信息', path: ['changes'] };

/** What a social worker may propose. Strict: any other field (an ID number, a health flag) is refused. */
export const registryChangeValues = z
  .strictObject({
    mobile: mobile.optional(),
    compoundId: compoundId.optional(),
    gridId: z.uuid('请选择网格').nullable().optional(),
    room: room.optional(),
    status: z.enum(['active', 'movedAway', 'died']).optional(),
    statusDate: isoDate.optional(),
  })
  .refine((v) => (v.status === undefined) === (v.statusDate === undefined), {
    message: '变更居住状态须同时填写状态和日期',
    path: ['statusDate'],
  });
export type RegistryChangeValues = z.infer<typeof registryChangeValues>;

export const registryChangeInput = z
  .object({ changes: registryChangeValues, note })
  .refine((v) => someValue(v.changes), nothingProposed);
export type RegistryChangeInput = z.infer<typeof registryChangeInput>;

/** What a resident may propose for their own record on the phone: how to reach them and where they live. */
export const myRegistryChangeInput = z
  .object({
    changes: z.strictObject({
      mobile: mobile.optional(),
      compoundId: compoundId.optional(),
      room: room.optional(),
    }),
    note,
  })
  .refine((v) => someValue(v.changes), nothingProposed);
export type MyRegistryChangeInput = z.infer<typeof myRegistryChangeInput>;

export const registryChangeRejectInput = z.object({
  reason: z.string().trim().min(2, '请填写退回原因（至少2个字）').max(200, '退回原因不超过200字'),
});

export const registryChangeListQuery = z.object({
  status: z.enum(registryChangeStatuses).optional(),
  residentId: z.uuid('居民编号无效').optional(),
});
export type RegistryChangeListQuery = z.infer<typeof registryChangeListQuery>;

/**
 * One field of a proposal as the review list shows it, masked as lists are: the value when proposed,
 * the value now (differs when the record changed since: `stale`) and the proposed one.
 */
export const registryChangeLine = z.object({
  field: z.enum(registryChangeFields),
  before: z.string().nullable(),
  current: z.string().nullable(),
  after: z.string().nullable(),
  stale: z.boolean(),
});
export type RegistryChangeLine = z.infer<typeof registryChangeLine>;

export const registryChangeView = z.object({
  id: z.string(),
  residentId: z.string(),
  residentName: z.string(),
  proposedByName: z.string(),
  proposedByRole: z.enum(['socialWorker', 'resident']),
  proposedAt: z.string(),
  note: z.string(),
  status: z.enum(registryChangeStatuses),
  lines: z.array(registryChangeLine),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  rejectReason: z.string().nullable(),
});
export type RegistryChangeView = z.infer<typeof registryChangeView>;

export const registryChangeList = z.object({ items: z.array(registryChangeView) });

/** The resident's own current contact and address on the phone form, masked, with their compounds to choose. */
export const myRegistryForm = z.object({
  mobileMasked: z.string().nullable(),
  compoundId: z.string().nullable(),
  roomMasked: z.string().nullable(),
  compounds: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type MyRegistryForm = z.infer<typeof myRegistryForm>;
