// `npm run bench:stats [-- --pg] [--residents=150000]`: a street's population statistics over its
// communities' registries (the service: scope check, age windows, keyed-token filters) against one
// hand-written SQL aggregate of the same 22 figures over the same rows (no scope check, no query
// builder), measured alternately in the same run.
import { sql } from 'drizzle-orm';
import { birthDateWindow } from '../src/core/residents/age-bands';
import type { PopulationStats } from '../src/core/residents/stats';
import { type Db, queryRows } from '../src/server/db/client';
import { populationStats } from '../src/server/modules/residents/stats';
import { tagTokens } from '../src/server/modules/residents/tags';
import {
  benchContext,
  benchCrypto,
  createStreet,
  flag,
  openBenchDatabase,
  staffActor,
  timed,
} from './lib/database';

const total = Number(flag('residents') ?? 150_000);
const rounds = Number(flag('rounds') ?? 15);
const usePostgres = process.argv.includes('--pg');
const asOf = '2025-09-30';
const tokens = tagTokens(benchCrypto);

async function fillCommunity(db: Db, unit: { id: string; path: string }, count: number, offset: number) {
  await db.execute(sql`insert into households (org_unit_id, org_path, household_no)
    select ${unit.id}, ${unit.path}, 'H' || g from generate_series(1, ${Math.ceil(count / 3)}) g`);
  const t = (tag: Parameters<typeof tokens.token>[0]) => tokens.token(tag);
  await db.execute(sql`with h as (select array_agg(id) ids from households where org_unit_id = ${unit.id})
    insert into residents (org_unit_id, org_path, name, id_type, id_number_enc, id_number_hash, id_tail, sex, birth_date,
      hukou_type, group_tags, sensitive_enc, content_hash, household_id)
    select ${unit.id}, ${unit.path}, '居民' || g, 'residentId', 'x', md5('id' || (g + ${offset})), '0000',
      case when g % 2 = 0 then 'male' else 'female' end,
      date '1925-01-01' + ((g * 7919) % 36500),
      case when g % 9 = 0 then 'migrant' else 'hukou' end,
      array_remove(array[
        case when g % 23 = 0 then ${t('dibao')} end, case when g % 97 = 0 then ${t('tekun')} end,
        case when g % 6 = 0 then ${t('chronicIllness')} end, case when g % 41 = 0 then ${t('disability')} end,
        case when g % 17 = 0 then ${t('livesAlone')} end, case when g % 53 = 0 then ${t('careDependency:partial')} end,
        case when g % 211 = 0 then ${t('childInDifficulty')} end, case when g % 151 = 0 then ${t('lowIncome')} end
      ]::text[], null), 'x', 'x', h.ids[1 + (g % array_length(h.ids, 1))]
    from generate_series(1, ${count}) g, h`);
}

/** The same 22 figures as one plain aggregate over the same rows, written by hand. */
function handWritten(pathPrefix: string) {
  const w = (band: Parameters<typeof birthDateWindow>[0]) => birthDateWindow(band, asOf);
  const tag = (t: Parameters<typeof tokens.token>[0]) => tokens.token(t);
  const within = (band: Parameters<typeof birthDateWindow>[0]) => {
    const { bornAfter, bornOnOrBefore } = w(band);
    return bornAfter
      ? sql`birth_date > ${bornAfter} and birth_date <= ${bornOnOrBefore}`
      : sql`birth_date <= ${bornOnOrBefore}`;
  };
  const old = sql`hukou_type = 'hukou' and ${within('age60plus')}`;
  const young = sql`hukou_type = 'hukou' and ${within('under18')}`;
  return sql`select count(*) filter (where hukou_type = 'hukou') registered,
      count(*) filter (where hukou_type = 'migrant') migrant,
      count(*) filter (where ${old}) age60plus,
      count(*) filter (where hukou_type = 'hukou' and ${within('age80plus')}) age80plus,
      count(*) filter (where ${old} and group_tags @> array[${tag('livesAlone')}]) lives_alone,
      count(*) filter (where ${old} and group_tags && array[${tag('careDependency:partial')}, ${tag('careDependency:full')}]) care,
      count(*) filter (where ${old} and group_tags @> array[${tag('dibao')}]) elderly_dibao,
      count(*) filter (where ${old} and group_tags @> array[${tag('chronicIllness')}]) chronic,
      count(*) filter (where ${young}) under18,
      count(*) filter (where hukou_type = 'hukou' and ${within('age0to3')}) age0to3,
      count(*) filter (where hukou_type = 'hukou' and ${within('age3to6')}) age3to6,
      count(*) filter (where hukou_type = 'hukou' and ${within('age6to18')}) age6to18,
      count(*) filter (where ${young} and group_tags @> array[${tag('childInDifficulty')}]) child_difficulty,
      count(*) filter (where ${young} and group_tags @> array[${tag('orphan')}]) orphan,
      count(*) filter (where ${young} and group_tags @> array[${tag('unattendedChild')}]) unattended,
      count(*) filter (where ${young} and group_tags @> array[${tag('dibao')}]) child_dibao,
      count(*) filter (where ${young} and group_tags @> array[${tag('disability')}]) child_disability,
      count(distinct household_id) filter (where hukou_type = 'hukou' and group_tags && array[${tag('tekun')}, ${tag('dibao')}]) tekun_dibao_households,
      count(distinct household_id) filter (where hukou_type = 'hukou' and group_tags @> array[${tag('lowIncome')}]) low_income_households,
      count(*) filter (where hukou_type = 'hukou' and group_tags @> array[${tag('disability')}]) disability,
      count(*) filter (where ${old} and group_tags @> array[${tag('disability')}]) disability_elderly,
      count(*) filter (where hukou_type = 'hukou' and group_tags @> array[${tag('womanInDifficulty')}]) woman
    from residents
    where (org_path = ${pathPrefix} or org_path like ${`${pathPrefix}.%`}) and birth_date <= ${asOf}
      and (status = 'active' or status_date > ${asOf})`;
}

/** The comparison is only fair if both answer the same: a few figures from each part must agree. */
function checkSameFigures(service: PopulationStats, plain: Record<string, string>) {
  const pairs: [number, string][] = [
    [service.registered, plain.registered],
    [service.migrant, plain.migrant],
    [service.elderly.livesAlone, plain.lives_alone],
    [service.child.age3to6, plain.age3to6],
    [service.hardship.tekunOrDibaoHouseholds, plain.tekun_dibao_households],
  ];
  if (pairs.some(([a, b]) => a !== Number(b)))
    throw new Error(`the service and the hand-written SQL disagree: ${JSON.stringify(pairs)}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const { handle, stop } = await openBenchDatabase(usePostgres);
  try {
    const db = handle.db;
    const { streetId, communities } = await createStreet(db, 10);
    const load = await timed(async () => {
      for (const [i, unit] of communities.entries())
        await fillCommunity(db, unit, total / communities.length, i * total);
      await db.execute(sql`analyze residents`);
    });
    const ctx = benchContext(db, staffActor({ id: streetId, name: '基准街道', path: '9.91' }, 'streetAdmin'));
    const service: number[] = [];
    const plain: number[] = [];
    let registered = 0;
    for (let round = 0; round < rounds; round++) {
      const s = await timed(() => populationStats(ctx, streetId, asOf));
      const p = await timed(() => queryRows<Record<string, string>>(db, handWritten('9.91')));
      checkSameFigures(s.value, p.value[0]);
      registered = s.value.registered;
      service.push(s.ms);
      plain.push(p.ms);
    }
    console.log(
      `\nstreet statistics over ${total} residents in 10 communities on ${handle.kind} (loaded in ${Math.round(load.ms)} ms; ${registered} registered counted)`,
    );
    console.table({
      'service: populationStats()': {
        'median ms': Math.round(median(service)),
        'best ms': Math.round(Math.min(...service)),
      },
      'baseline: hand-written SQL aggregate': {
        'median ms': Math.round(median(plain)),
        'best ms': Math.round(Math.min(...plain)),
      },
    });
    console.log(
      `ratio service ÷ baseline (medians of ${rounds} alternating rounds) = ${(median(service) / median(plain)).toFixed(2)}×`,
    );
  } finally {
    await stop();
  }
}

await main();
