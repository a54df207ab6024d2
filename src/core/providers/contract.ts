import { z } from 'zod';
import { mobilePattern } from '../mobile';

export const providerView = z.object({
  id: z.string(),
  orgUnitId: z.string(),
  name: z.string(),
  creditCode: z.string().nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
});
export type ProviderView = z.infer<typeof providerView>;

export const providerInput = z.object({
  name: z.string().trim().min(2, '请输入机构名称').max(100, '名称最多100个字符'),
  creditCode: z
    .string()
    .trim()
    .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, '统一社会信用代码应为18位')
    .optional(),
  contactName: z.string().trim().max(50).optional(),
  contactPhone: z.string().trim().regex(mobilePattern, '请输入有效的11位手机号').optional(),
});
export type ProviderInput = z.infer<typeof providerInput>;
