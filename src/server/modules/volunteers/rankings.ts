import { sql } from 'drizzle-orm';
import type { RankingQuery, RankingView } from '../../../core/volunteers/contract';
import { periodDays } from '../../../core/volunteers/rules';
import { queryRows } from '../../db/client';
import { underPathSql } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { orgUnitNames } from '../org-units/service';
import { pointsEarnedBetween } from '../points/service';

/** How many places a ranking shows. */
const topN = 50;

type VolunteerFigures = { id: string; name: string; orgUnitId: string; approvedMinutes: number };
type Entry = { id: string; name: string; approvedMinutes: number; pointsEarned: number };

/**
 * Every volunteer in scope who has served or left, with their approved minutes in the period: records
 * dated in the period, approved, and kept by a unit in the caller's scope.
 */
function volunteerFigures(ctx: ServiceContext, days: { first: string; last: string }) {
  const scope = ctx.actor.membership.orgPath;
  return queryRows<VolunteerFigures>(
    ctx.db,
    sql`select v.id, v.name, v.org_unit_id as "orgUnitId", coalesce(sum(r.minutes), 0)::int as "approvedMinutes"
      from volunteers v
      left join service_records r on r.volunteer_id = v.id and r.status = 'approved'
        and r.service_date between ${days.first}::date and ${days.last}::date
        and ${underPathSql(sql`r.org_path`, scope)}
      where ${underPathSql(sql`v.org_path`, scope)} and v.status in ('active', 'left')
      group by v.id, v.name, v.org_unit_id`,
  );
}

/** Team memberships in scope: which volunteers count towards which team. */
function teamMembers(ctx: ServiceContext) {
  return queryRows<{ teamId: string; teamName: string; volunteerId: string }>(
    ctx.db,
    sql`select t.id as "teamId", t.name as "teamName", m.volunteer_id as "volunteerId"
      from volunteer_teams t join volunteer_team_members m on m.team_id = t.id
      where ${underPathSql(sql`t.org_path`, ctx.actor.membership.orgPath)}`,
  );
}

/** Sums the volunteers' figures into groups (a team, a community). */
function sumInto(groups: Map<string, Entry>, key: string, name: string, add: Entry) {
  const entry = groups.get(key) ?? { id: key, name, approvedMinutes: 0, pointsEarned: 0 };
  entry.approvedMinutes += add.approvedMinutes;
  entry.pointsEarned += add.pointsEarned;
  groups.set(key, entry);
}

/**
 * Monthly or yearly rankings (表扬评比) of approved hours and points earned, per volunteer, team or
 * community (a street sees its communities), ordered by hours then points; the top 50 with any.
 */
export async function volunteerRankings(ctx: ServiceContext, query: RankingQuery): Promise<RankingView> {
  const days = periodDays(query.period);
  const figures = await volunteerFigures(ctx, days);
  // The period's instants on the product's calendar (Asia/Shanghai): [first day, next period's first day).
  const from = new Date(`${days.first}T00:00:00+08:00`);
  const to = new Date(`${days.nextFirst}T00:00:00+08:00`);
  const points = await pointsEarnedBetween(
    ctx,
    figures.map((f) => f.id),
    from,
    to,
  );
  const perVolunteer = new Map<string, Entry & { orgUnitId: string }>(
    figures.map((f) => [f.id, { ...f, pointsEarned: points.get(f.id) ?? 0 }]),
  );
  const groups = new Map<string, Entry>();
  if (query.by === 'volunteer') for (const [id, v] of perVolunteer) groups.set(id, v);
  if (query.by === 'team') {
    for (const m of await teamMembers(ctx)) {
      const v = perVolunteer.get(m.volunteerId);
      if (v) sumInto(groups, m.teamId, m.teamName, v);
    }
  }
  if (query.by === 'community') {
    const names = await orgUnitNames(ctx, [...new Set(figures.map((f) => f.orgUnitId))]);
    for (const v of perVolunteer.values()) sumInto(groups, v.orgUnitId, names.get(v.orgUnitId) ?? '', v);
  }
  const ranked = [...groups.values()]
    .filter((e) => e.approvedMinutes > 0 || e.pointsEarned > 0)
    .sort(
      (a, b) =>
        b.approvedMinutes - a.approvedMinutes ||
        b.pointsEarned - a.pointsEarned ||
        a.name.localeCompare(b.name, 'zh'),
    )
    .slice(0, topN);
  return {
    period: query.period,
    by: query.by,
    items: ranked.map((e, i) => ({
      rank: i + 1,
      id: e.id,
      name: e.name,
      approvedMinutes: e.approvedMinutes,
      hours: Math.round(e.approvedMinutes / 6) / 10,
      pointsEarned: e.pointsEarned,
    })),
  };
}
