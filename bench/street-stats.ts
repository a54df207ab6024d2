// `npm run bench:stats [-- --pg] [--residents=150000]`: a street's population statistics over its
// communities' registries (the service: scope check, age windows, keyed-token filters) against one
// hand-written SQL aggregate of the same figures, measured alternately in the same run.
import { sql } from 'drizzle-orm';
import { birthDateWindow } from '../src/core/residents/age-bands';
import type { Db } from '../src/server/db/client';
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

/** The same figures as one plain aggregate, written by hand. */
function handWritten(pathPrefix: string) {
  const w = (band: Parameters<typeof birthDateWindow>[0]) => birthDateWindow(band, asOf);
  const e = w('age60plus');
  const c = w('under18');
  return sql`select count(*) registered,
      count(*) filter (where birth_date <= ${e.bornOnOrBefore}) age60plus,
      count(*) filter (where birth_date <= ${w('age80plus').bornOnOrBefore}) age80plus,
      count(*) filter (where birth_date <= ${e.bornOnOrBefore} and group_tags @> array[${tokens.token('livesAlone')}]) lives_alone,
      count(*) filter (where birth_date <= ${e.bornOnOrBefore} and group_tags && array[${tokens.token('careDependency:partial')}, ${tokens.token('careDependency:full')}]) care,
      count(*) filter (where birth_date <= ${e.bornOnOrBefore} and group_tags @> array[${tokens.token('dibao')}]) elderly_dibao,
      count(*) filter (where birth_date <= ${e.bornOnOrBefore} and group_tags @> array[${tokens.token('chronicIllness')}]) chronic,
      count(*) filter (where birth_date > ${c.bornAfter} and birth_date <= ${c.bornOnOrBefore}) under18,
      count(distinct household_id) filter (where group_tags && array[${tokens.token('tekun')}, ${tokens.token('dibao')}]) tekun_dibao_households,
      count(*) filter (where group_tags @> array[${tokens.token('disability')}]) disability
    from residents
    where (org_path = ${pathPrefix} or org_path like ${`${pathPrefix}.%`}) and hukou_type = 'hukou' and status = 'active'
      and birth_date <= ${asOf}`;
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
      const p = await timed(() => db.execute(handWritten('9.91')));
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
