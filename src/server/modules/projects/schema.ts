import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from '../../db/columns';
import { ownerColumns } from '../org-units/schema';
import { providers } from '../providers/schema';

/**
 * A purchased service project (项目). The owner columns are the purchaser (购买主体), a street or a
 * community, so scope works as for every owned row; the contractor (承接机构) is a provider.
 */
export const projects = pgTable(
  'projects',
  {
    id: id(),
    ...ownerColumns(),
    name: text('name').notNull(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    projectYear: integer('project_year').notNull().default(1),
    scope: text('scope', { enum: ['comprehensive', 'single'] }).notNull(),
    status: text('status', { enum: ['active', 'ended'] })
      .notNull()
      .default('active'),
    // Money in whole 分 (the API speaks 元): integer sums stay exact in SQL and in JavaScript, where a
    // numeric column would arrive as a string and a float would drift when budgets are added up.
    budgetFen: bigint('budget_fen', { mode: 'number' }).notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('projects_unit_name_key').on(t.orgUnitId, t.name),
    index('projects_path_idx').using('btree', t.orgPath.op('text_pattern_ops')),
    index('projects_provider_idx').on(t.providerId),
    check('projects_period_check', sql`${t.periodEnd} > ${t.periodStart}`),
    check('projects_year_check', sql`${t.projectYear} >= 1`),
    check('projects_budget_check', sql`${t.budgetFen} >= 0`),
  ],
);
