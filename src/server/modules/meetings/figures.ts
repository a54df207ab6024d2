import { type SQL, sql } from 'drizzle-orm';
import { builtInMeetingKinds, type MeetingKind } from '../../../core/meetings/contract';
import { queryRows } from '../../db/client';
import { underPathSql } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';

/** What narrows the figures: the unit (and below) and the period, `YYYY-MM-DD` both ends. */
export type MeetingFilter = { unitPath: string; from: string; to: string };

/**
 * 议事协商 in a period: meetings held (by kind; a unit's own kinds count as `other`), decisions made,
 * and the action items due in it — done, done by their due day, and open past it (by ctx.clock).
 */
export type MeetingFigures = {
  meetingsHeld: number;
  heldByKind: Record<MeetingKind, number>;
  decisions: number;
  actionItems: number;
  actionItemsDone: number;
  actionItemsDoneOnTime: number;
  actionItemsOverdue: number;
};

const kinds = [...builtInMeetingKinds, 'other'] as const;
const day = (column: SQL) => sql`(${column} at time zone 'Asia/Shanghai')::date`;

/** The period's rows under the unit and within the caller's scope, as three CTEs. */
const periodRows = (ctx: ServiceContext, f: MeetingFilter) => {
  const scoped = (path: SQL) =>
    sql`${underPathSql(path, f.unitPath)} and ${underPathSql(path, ctx.actor.membership.orgPath)}`;
  const between = (column: SQL) => sql`${column} between ${f.from}::date and ${f.to}::date`;
  return sql`with held as (select m.org_path, m.kind from meetings m
      where m.status = 'held' and ${scoped(sql`m.org_path`)} and ${between(day(sql`m.starts_at`))}),
    decided as (select a.org_path from agenda_items a
      where a.decided_at is not null and ${scoped(sql`a.org_path`)} and ${between(day(sql`a.decided_at`))}),
    due as (select x.org_path, x.status, x.due_on, x.done_at from action_items x
      where x.status <> 'cancelled' and ${scoped(sql`x.org_path`)} and ${between(sql`x.due_on`)})`;
};

const figuresOf = (ctx: ServiceContext, under: (path: SQL) => SQL) => sql`
  (select count(*) from held h where ${under(sql`h.org_path`)})::int as "meetingsHeld",
  ${sql.join(
    kinds.map(
      (k) =>
        sql`(select count(*) from held h where h.kind = ${k} and ${under(sql`h.org_path`)})::int as ${sql.identifier(`kind_${k}`)}`,
    ),
    sql`, `,
  )},
  (select count(*) from decided d where ${under(sql`d.org_path`)})::int as decisions,
  (select count(*) from due x where ${under(sql`x.org_path`)})::int as "actionItems",
  (select count(*) from due x where x.status = 'done' and ${under(sql`x.org_path`)})::int as "actionItemsDone",
  (select count(*) from due x where x.status = 'done' and ${day(sql`x.done_at`)} <= x.due_on
    and ${under(sql`x.org_path`)})::int as "actionItemsDoneOnTime",
  (select count(*) from due x where x.status = 'open' and x.due_on < ${ctx.clock.today()}::date
    and ${under(sql`x.org_path`)})::int as "actionItemsOverdue"`;

type Row = Omit<MeetingFigures, 'heldByKind'> & Record<`kind_${MeetingKind}`, number>;

const toFigures = (row: Row): MeetingFigures => ({
  meetingsHeld: row.meetingsHeld,
  heldByKind: Object.fromEntries(kinds.map((k) => [k, row[`kind_${k}`]])) as Record<MeetingKind, number>,
  decisions: row.decisions,
  actionItems: row.actionItems,
  actionItemsDone: row.actionItemsDone,
  actionItemsDoneOnTime: row.actionItemsDoneOnTime,
  actionItemsOverdue: row.actionItemsOverdue,
});

/** The unit's own figures. */
export async function meetingFigures(ctx: ServiceContext, f: MeetingFilter): Promise<MeetingFigures> {
  const [row] = await queryRows<Row>(
    ctx.db,
    sql`${periodRows(ctx, f)} select ${figuresOf(ctx, () => sql`true`)}`,
  );
  return toFigures(row);
}

/** The same for each of `units` (units below the filter's unit), in one pass, by unit id. */
export async function meetingFiguresByUnit(
  ctx: ServiceContext,
  f: MeetingFilter,
  units: readonly { id: string; path: string }[],
): Promise<Map<string, MeetingFigures>> {
  if (units.length === 0) return new Map();
  const rows = await queryRows<Row & { id: string }>(
    ctx.db,
    sql`${periodRows(ctx, f)}
      select u.id, ${figuresOf(ctx, (path) => underPathSql(path, sql`u.path`))}
      from (values ${sql.join(
        units.map((unit) => sql`(${unit.id}::uuid, ${unit.path}::text)`),
        sql`, `,
      )}) as u(id, path)`,
  );
  return new Map(rows.map(({ id, ...row }) => [id, toFigures(row as Row)]));
}
