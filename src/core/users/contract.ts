import { z } from 'zod';
import { mobilePattern } from '../mobile';
import { orgUnitKindSchema, roleSchema } from '../roles';

export const usernameSchema = z
  .string()
  .trim()
  .min(3, '用户名至少3个字符')
  .max(30, '用户名最多30个字符')
  .regex(/^[A-Za-z0-9_.]+$/, '用户名只能包含字母、数字、下划线和点');
export const mobileSchema = z.string().trim().regex(mobilePattern, '请输入有效的11位手机号');
export const personNameSchema = z.string().trim().min(1, '请输入姓名').max(50, '姓名最多50个字符');
export const passwordSchema = z.string().min(1, '请输入密码').max(128, '密码最多128位');

export const membershipView = z.object({
  id: z.string(),
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  orgUnitKind: orgUnitKindSchema,
  orgPath: z.string(),
  role: roleSchema,
  providerId: z.string().nullable(),
  providerName: z.string().nullable(),
});
export type MembershipView = z.infer<typeof membershipView>;

export const userRow = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  /** Masked: 138****0001. */
  mobile: z.string().nullable(),
  banned: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  memberships: z.array(membershipView),
});
export type UserRow = z.infer<typeof userRow>;

export const userListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  orgUnitId: z.uuid('组织单元编号无效').optional(),
  role: roleSchema.optional(),
});

export const membershipInput = z.object({
  orgUnitId: z.uuid('请选择组织单元'),
  role: roleSchema,
  providerId: z.uuid('请选择社工机构').optional(),
});
export type MembershipInput = z.infer<typeof membershipInput>;

export const userCreateInput = membershipInput.extend({
  username: usernameSchema,
  name: personNameSchema,
  mobile: mobileSchema.optional(),
  password: passwordSchema,
});
export type UserCreateInput = z.infer<typeof userCreateInput>;

export const userUpdateInput = z
  .object({ name: personNameSchema, mobile: mobileSchema.nullable(), banned: z.boolean() })
  .partial();
export type UserUpdateInput = z.infer<typeof userUpdateInput>;

export const passwordResetInput = z.object({ newPassword: passwordSchema });
export const passwordChangeInput = z.object({ currentPassword: passwordSchema, newPassword: passwordSchema });
export const membershipCreateInput = membershipInput.extend({ userId: z.string().min(1) });
export type MembershipCreateInput = z.infer<typeof membershipCreateInput>;

export const localeInput = z.object({ locale: z.enum(['zh-CN', 'en']) });

export const meView = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    name: z.string(),
    mobile: z.string().nullable(),
    locale: z.enum(['zh-CN', 'en']),
  }),
  memberships: z.array(membershipView),
  currentMembershipId: z.string(),
  permissions: z.array(z.string()),
});
export type MeView = z.infer<typeof meView>;
