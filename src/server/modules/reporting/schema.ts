import { bigint, index, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * How often the service rows under each unit path have changed: triggers (migration 0022) add
 * one to the mark of every path a statement touched in the activities, sessions (and through their
 * attendance counts, attendances), cases, visits and volunteer service records. A generation only
 * grows, so the sum of the marks under a unit is unchanged exactly while nothing under it changed:
 * that is what lets every app server reuse the figures it computed (decision 014).
 */
export const figureMarks = pgTable(
  'figure_marks',
  {
    orgPath: text('org_path').primaryKey(),
    generation: bigint('generation', { mode: 'number' }).notNull().default(1),
  },
  (t) => [index('figure_marks_path_idx').using('btree', t.orgPath.op('text_pattern_ops'))],
);
