import { z } from 'zod';

// 项目 (government-purchased service project): the thin core that 立项, contract targets and
// evaluation will grow on. Names as in the glossary: purchaser 购买主体, provider 承接机构.

export const projectScopes = ['comprehensive', 'single'] as const;
export const projectStatuses = ['active', 'ended'] as const;
export type ProjectScope = (typeof projectScopes)[number];
export type ProjectStatus = (typeof projectStatuses)[number];

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');
/** The largest budget a form may state: 1 亿元, far above any community project. */
export const maxBudgetYuan = 100_000_000;

const projectFields = z.object({
  name: z.string().trim().min(2, '请输入项目名称').max(100, '项目名称最多100个字'),
  providerId: z.uuid('请选择承接机构'),
  periodStart: isoDate,
  periodEnd: isoDate,
  projectYear: z
    .number('请填写第几年项目')
    .int('第几年项目应为整数')
    .min(1, '第几年项目至少为1')
    .max(50, '第几年项目最多为50'),
  scope: z.enum(projectScopes, '请选择综合或单项'),
  budgetYuan: z
    .number('请填写项目经费')
    .min(0, '项目经费不能为负数')
    .max(maxBudgetYuan, '项目经费最多1亿元')
    // Money: yuan with at most two decimals (分), as the application form states it.
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, '项目经费最多保留两位小数'),
  /** Omitted: a new project is active; an edited one keeps its status. */
  status: z.enum(projectStatuses).optional(),
});

type PeriodFields = { periodStart: string; periodEnd: string };
const periodInOrder = (p: PeriodFields, ctx: z.RefinementCtx) => {
  if (p.periodEnd <= p.periodStart)
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: '服务期限的结束日期须晚于开始日期' });
};

export const projectCreateInput = projectFields
  .extend({
    /** 购买主体: a street or a community in the caller's scope; defaults to the caller's unit. */
    purchaserId: z.uuid('请选择购买主体').optional(),
  })
  .superRefine(periodInOrder);
export type ProjectCreateInput = z.infer<typeof projectCreateInput>;

// The purchaser stays: activities already point to the project from inside its unit.
export const projectUpdateInput = projectFields.superRefine(periodInOrder);
export type ProjectUpdateInput = z.infer<typeof projectUpdateInput>;

export const projectView = z.object({
  id: z.string(),
  name: z.string(),
  purchaserId: z.string(),
  purchaserName: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  projectYear: z.number().int(),
  scope: z.enum(projectScopes),
  status: z.enum(projectStatuses),
  budgetYuan: z.number(),
});
export type ProjectView = z.infer<typeof projectView>;

export const projectListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  status: z.enum(projectStatuses).optional(),
  /** Projects bought by this unit or a unit below it. */
  orgUnitId: z.uuid().optional(),
  /** Projects an activity organised by this unit may belong to: bought by it or a unit above it. */
  forUnitId: z.uuid().optional(),
});
export type ProjectListQuery = z.infer<typeof projectListQuery>;
