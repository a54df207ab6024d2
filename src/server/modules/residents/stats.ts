import { and, eq, or, sql } from 'drizzle-orm';
import { birthDateWindow } from '../../../core/residents/age-bands';
import { type PopulationStats, sharePercent } from '../../../core/residents/stats';
import type { TargetGroupTag } from '../../../core/residents/target-groups';
import { underPath } from '../../http/scope';
import type { ServiceContext } from '../../platform/context';
import { getOrgUnitInScope } from '../org-units/service';
import { residents } from './schema';
import { tagTokens } from './tags';

/**
 * Population statistics of a unit and everything below it on a date, in one aggregate query.
 * Counts are of registered (户籍) residents who lived here on that date.
 */
export async function populationStats(
  ctx: ServiceContext,
  unitId: string,
  asOf: string,
): Promise<PopulationStats> {
  const { db } = ctx;
  const unit = await getOrgUnitInScope(ctx, unitId);
  const tokens = tagTokens(ctx.crypto);
  const has = (tag: TargetGroupTag) => sql`group_tags @> array[${tokens.token(tag)}]::text[]`;
  const hasAny = (...tags: TargetGroupTag[]) =>
    sql`group_tags && ${sql`array[${sql.join(
      tokens.tokens(tags).map((t) => sql`${t}`),
      sql`, `,
    )}]::text[]`}`;
  const born = (band: Parameters<typeof birthDateWindow>[0]) => {
    const w = birthDateWindow(band, asOf);
    return w.bornAfter
      ? sql`(birth_date <= ${w.bornOnOrBefore} and birth_date > ${w.bornAfter})`
      : sql`birth_date <= ${w.bornOnOrBefore}`;
  };
  // One pass over the unit's rows: the registered (户籍) figures and the migrant count side by side.
  const hukou = sql`hukou_type = 'hukou'`;
  const elderly = sql`${hukou} and ${born('age60plus')}`;
  const child = sql`${hukou} and ${born('under18')}`;
  const n = (condition: ReturnType<typeof sql>) => sql<number>`(count(*) filter (where ${condition}))::int`;
  const households = (condition: ReturnType<typeof sql>) =>
    sql<number>`(count(distinct household_id) filter (where ${hukou} and ${condition}))::int`;
  const [row] = await db
    .select({
      registered: n(hukou),
      migrant: n(sql`hukou_type = 'migrant'`),
      age60plus: n(elderly),
      age80plus: n(sql`${hukou} and ${born('age80plus')}`),
      livesAlone: n(sql`${elderly} and ${has('livesAlone')}`),
      careDependency: n(sql`${elderly} and ${hasAny('careDependency:partial', 'careDependency:full')}`),
      elderlyDibao: n(sql`${elderly} and ${has('dibao')}`),
      chronicIllness: n(sql`${elderly} and ${has('chronicIllness')}`),
      under18: n(child),
      age0to3: n(sql`${hukou} and ${born('age0to3')}`),
      age3to6: n(sql`${hukou} and ${born('age3to6')}`),
      age6to18: n(sql`${hukou} and ${born('age6to18')}`),
      childInDifficulty: n(sql`${child} and ${has('childInDifficulty')}`),
      orphan: n(sql`${child} and ${has('orphan')}`),
      unattendedChild: n(sql`${child} and ${has('unattendedChild')}`),
      childDibao: n(sql`${child} and ${has('dibao')}`),
      childDisability: n(sql`${child} and ${has('disability')}`),
      tekunOrDibaoHouseholds: households(hasAny('tekun', 'dibao')),
      lowIncomeHouseholds: households(has('lowIncome')),
      disability: n(sql`${hukou} and ${has('disability')}`),
      disabilityElderly: n(sql`${elderly} and ${has('disability')}`),
      womanInDifficulty: n(sql`${hukou} and ${has('womanInDifficulty')}`),
    })
    .from(residents)
    .where(livedHereOn(unit.path, asOf));
  return {
    orgUnitId: unit.id,
    orgUnitName: unit.name,
    asOf,
    registered: row.registered,
    migrant: row.migrant,
    elderly: {
      age60plus: row.age60plus,
      age60plusShareOfRegistered: sharePercent(row.age60plus, row.registered),
      age80plus: row.age80plus,
      livesAlone: row.livesAlone,
      careDependencyPartialOrFull: row.careDependency,
      dibao: row.elderlyDibao,
      chronicIllness: row.chronicIllness,
    },
    child: {
      under18: row.under18,
      age0to3: row.age0to3,
      age3to6: row.age3to6,
      age6to18: row.age6to18,
      childInDifficulty: row.childInDifficulty,
      orphan: row.orphan,
      unattendedChild: row.unattendedChild,
      dibao: row.childDibao,
      disability: row.childDisability,
    },
    hardship: {
      tekunOrDibaoHouseholds: row.tekunOrDibaoHouseholds,
      lowIncomeHouseholds: row.lowIncomeHouseholds,
      disability: row.disability,
      disabilityElderly: row.disabilityElderly,
      womanInDifficulty: row.womanInDifficulty,
    },
  };
}

/** Born by the date, and not moved away or died before it. */
function livedHereOn(path: string, asOf: string) {
  return and(
    underPath(residents.orgPath, path),
    sql`${residents.birthDate} <= ${asOf}`,
    or(eq(residents.status, 'active'), sql`${residents.statusDate} > ${asOf}`),
  );
}

/** Head counts of a unit's current registry, for the community profile's counted column. */
export async function registryCounts(ctx: ServiceContext, unitId: string) {
  const unit = await getOrgUnitInScope(ctx, unitId);
  const [row] = await ctx.db
    .select({
      registered: sql<number>`(count(*) filter (where hukou_type = 'hukou'))::int`,
      migrant: sql<number>`(count(*) filter (where hukou_type = 'migrant'))::int`,
      partyMembers: sql<number>`(count(*) filter (where political_status in ('中共党员', '中共预备党员')))::int`,
    })
    .from(residents)
    .where(and(underPath(residents.orgPath, unit.path), eq(residents.status, 'active')));
  return row;
}
