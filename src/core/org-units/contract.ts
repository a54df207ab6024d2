import { z } from 'zod';
import { orgUnitKindSchema } from '../roles';

export const orgUnitView = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: orgUnitKindSchema,
  name: z.string(),
  code: z.string(),
  path: z.string(),
  gridCount: z.number().int(),
  compoundCount: z.number().int(),
});
export type OrgUnitView = z.infer<typeof orgUnitView>;

export const orgUnitDetail = orgUnitView.extend({
  grids: z.array(z.object({ id: z.string(), name: z.string() })),
  compounds: z.array(
    z.object({ id: z.string(), name: z.string(), kind: z.enum(['compound', 'apartmentBlock']) }),
  ),
});
export type OrgUnitDetail = z.infer<typeof orgUnitDetail>;

export const orgUnitListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  kind: orgUnitKindSchema.optional(),
});

const unitName = z.string().trim().min(1, '请输入名称').max(50, '名称最多50个字符');
export const orgUnitCreateInput = z.object({
  parentId: z.uuid('请选择上级单位'),
  name: unitName,
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{1,20}$/, '编码只能是1至20位字母或数字'),
});
export type OrgUnitCreateInput = z.infer<typeof orgUnitCreateInput>;
export const orgUnitUpdateInput = z.object({ name: unitName });
