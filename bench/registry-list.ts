// `npm run bench:registry [-- --duration=8] [--connections=10]`: the registry list on PostgreSQL with a
// street of 150,000 residents (园山 18,236 of them): a page of 50 residents aged 60+ sorted by name, with
// the total, as 园山's staff see it — against a 20-line `node:http` + `pg` server selecting the same 50
// rows and total from a plain indexed copy of the table, measured with autocannon in the same run.
// The product also checks the session and scope, masks minors' names and names each row's compound.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { startThrowawayPostgres } from '../scripts/lib/postgres';
import { birthDateWindow } from '../src/core/residents/age-bands';
import { createContext } from './lib/context';
import { flag } from './lib/database';
import { directusPage, startDirectus } from './lib/directus';
import { type Measurement, measure } from './lib/measure';
import { healthBaseline } from './lib/rush';
import { startServer } from './lib/server';
import { formatTable } from './lib/table';

const durationSeconds = Number(flag('duration') ?? 8);
const connections = Number(flag('connections') ?? 10);
const directusFolder = flag('directus');
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const { bornOnOrBefore } = birthDateWindow('age60plus', today);

/** Fills 江头街道 to 150,000 residents, copying the ciphertext and masked forms of a demo resident. */
async function fillStreet(db: pg.Client): Promise<string> {
  const units = await db.query<{ id: string; path: string; name: string }>(
    `select u.id, u.path, u.name from org_units u join org_units s on s.id = u.parent_id
     where s.name = '江头街道' and u.kind = 'community' order by u.name`,
  );
  const others = units.rows.filter((u) => u.name !== '园山社区');
  const perOther = Math.ceil((150_000 - 18_236) / others.length);
  for (const unit of units.rows) {
    const target = unit.name === '园山社区' ? 18_236 : perOther;
    await db.query(
      `with model as (select * from residents where id_type = 'residentId' and mobile_enc is not null limit 1),
         have as (select count(*)::int n from residents where org_unit_id = $1)
       insert into residents (org_unit_id, org_path, name, id_type, id_number_enc, id_number_hash, id_tail,
         sex, birth_date, hukou_type, group_tags, sensitive_enc, content_hash, mobile_enc,
         id_number_masked, mobile_masked)
       select $1, $2, (array['王','李','张','刘','陈','杨','黄','赵','吴','周'])[1 + g % 10] || '某' || g,
         'residentId', m.id_number_enc, md5($2 || ':' || g), m.id_tail,
         case when g % 2 = 0 then 'male' else 'female' end, date '1925-01-01' + ((g * 7919) % 36500),
         'hukou', '{}', m.sensitive_enc, md5(g::text), m.mobile_enc, m.id_number_masked, m.mobile_masked
       from model m, have, generate_series(1, greatest($3 - have.n, 0)) g`,
      [unit.id, unit.path, target],
    );
  }
  await db.query(`create table bench_plain_residents as
    select id, org_unit_id, name, sex, birth_date, hukou_type, status from residents`);
  await db.query('create index on bench_plain_residents (org_unit_id, status, name, id)');
  await db.query('create index on bench_plain_residents (org_unit_id, status, birth_date)');
  await db.query('vacuum analyze residents');
  await db.query('vacuum analyze bench_plain_residents');
  return units.rows.find((u) => u.name === '园山社区')?.id ?? '';
}

/** The baseline: the same page and total from the plain table, as bare as a server gets. */
async function startRawServer(url: string, unitId: string) {
  const pool = new pg.Pool({ connectionString: url, max: 20 });
  const filter = `org_unit_id = $1 and status = 'active' and birth_date <= $2`;
  const server = http.createServer(async (_req, res) => {
    const [rows, total] = await Promise.all([
      pool.query(
        `select id, name, sex, birth_date, hukou_type from bench_plain_residents
         where ${filter} order by name, id limit 50`,
        [unitId, bornOnOrBefore],
      ),
      pool.query(`select count(*)::int total from bench_plain_residents where ${filter}`, [
        unitId,
        bornOnOrBefore,
      ]),
    ]);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ items: rows.rows, total: total.rows[0].total }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.close();
      await pool.end();
    },
  };
}

type Page = { total: number; items: { id: string }[] };

/** Directus on the same database, after checking it answers the same page. */
async function measureDirectus(
  folder: string,
  url: string,
  db: pg.Client,
  product: Page,
  run: (
    title: string,
    url: string,
    request: { path: string; headers?: Record<string, string> },
  ) => Promise<Measurement>,
): Promise<Measurement> {
  const directus = await startDirectus(folder, url);
  try {
    const { rows } = await db.query<{ path: string }>(`select path from org_units where name = '园山社区'`);
    const path = directusPage(rows[0].path, bornOnOrBefore);
    const page = await (await fetch(`${directus.url}${path}`, { headers: directus.headers })).json();
    if (page.meta?.filter_count !== product.total || page.data?.[0]?.id !== product.items[0]?.id)
      throw new Error(`the product and Directus disagree: ${product.total} vs ${page.meta?.filter_count}`);
    return await run('directus', directus.url, { path, headers: directus.headers });
  } finally {
    directus.stop();
  }
}

async function main() {
  const postgres = await startThrowawayPostgres();
  const server = await startServer({ databaseUrl: postgres.url, startTimeoutMs: 180_000 });
  const db = new pg.Client({ connectionString: postgres.url });
  await db.connect();
  const raw = await startRawServer(postgres.url, await fillStreet(db));
  try {
    const ctx = createContext(server);
    const cookie = await ctx.signIn('yuanshan.staff');
    const path = '/api/v1/residents?ageBand=age60plus&sort=name&pageSize=50';
    const product = await (await ctx.fetch(path, { headers: { cookie } })).json();
    const plain = await (await fetch(raw.url)).json();
    if (product.total !== plain.total || product.items[0]?.id !== plain.items[0]?.id)
      throw new Error(`the product and the raw server disagree: ${product.total} vs ${plain.total}`);
    const run = (title: string, url: string, request: { path: string; headers?: Record<string, string> }) =>
      measure({ url, request, durationSeconds, connections, title });
    const health = await healthBaseline(server);
    const rawRun = await run('raw', raw.url, { path: '/' });
    const list = await run('list', server.baseUrl, { path, headers: { cookie, origin: server.origin } });
    const directusRun = directusFolder
      ? await measureDirectus(directusFolder, postgres.url, db, product, run)
      : undefined;
    console.log(
      `\nregistry list on PostgreSQL: 园山 page of 50 aged 60+ by name and the total (${product.total} of them), street of 150,000`,
    );
    console.log(
      formatTable([
        { scenario: 'GET /api/health', measurement: health },
        { scenario: 'raw node:http + pg, plain table', measurement: rawRun },
        {
          scenario: 'GET /api/v1/residents',
          measurement: list,
          ratio: list.requestsPerSecond / rawRun.requestsPerSecond,
        },
        ...(directusRun ? [{ scenario: 'Directus /items/residents', measurement: directusRun }] : []),
      ]),
    );
    if (directusRun)
      console.log(`list ÷ Directus = ${(list.requestsPerSecond / directusRun.requestsPerSecond).toFixed(3)}`);
    console.log(
      `ratio list ÷ raw = ${(list.requestsPerSecond / rawRun.requestsPerSecond).toFixed(3)}; list ÷ health = ${(list.requestsPerSecond / health.requestsPerSecond).toFixed(3)}`,
    );
  } finally {
    await raw.stop();
    await db.end();
    await server.stop();
    await postgres.stop();
  }
}

await main();
