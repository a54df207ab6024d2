// `npm run bench:redeem -- --pg [--clients=2000] [--stock=100]`: a redemption rush at the 友邻超市 on the
// real server — `clients` parallel counter redemptions, each for a different volunteer whose balance
// covers one, of an item with `stock` in stock — against the baseline GET /api/health measured with
// autocannon in the same run. Prints both throughputs, p99 and the ratio, and checks that exactly
// `stock` succeeded and that no balance, held sum or stock went wrong. PostgreSQL only: the volunteers
// and their points are set up through a second connection to the server's database, which an
// embedded PGlite does not allow.
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { startThrowawayPostgres } from '../scripts/lib/postgres';
import { openPostgres, queryRows } from '../src/server/db/client';
import { adjustPoints } from '../src/server/modules/points/service';
import { systemClock } from '../src/server/platform/clock';
import { inTransaction, type ServiceContext } from '../src/server/platform/context';
import { SessionCache } from '../src/server/platform/session-cache';
import { localPhotoStore } from '../src/server/storage/local-photo-store';
import { actorOf } from '../src/server/testing/actor';
import { unitOf } from '../src/server/testing/fixtures';
import { insertTestVolunteers } from '../src/server/testing/volunteers';
import { createContext } from './lib/context';
import { benchCrypto, flag } from './lib/database';
import { jsonCaller, reportRush, rush } from './lib/rush';
import { startServer } from './lib/server';

const clients = Number(flag('clients') ?? 2000);
const stock = Number(flag('stock') ?? 100);
const price = 10;

async function main() {
  if (!process.argv.includes('--pg'))
    throw new Error('the redemption rush runs on PostgreSQL only: add --pg');
  const postgres = await startThrowawayPostgres();
  const server = await startServer({ databaseUrl: postgres.url, startTimeoutMs: 180_000 });
  const database = await openPostgres(postgres.url, 4);
  try {
    const ctx = createContext(server);
    const cookie = await ctx.signIn('yuanshan.sw');
    const json = jsonCaller(ctx, cookie);

    // The rush's volunteers, credited through the points service as the social worker.
    const me = await json('/api/v1/me');
    const staff: ServiceContext = {
      db: database.db,
      crypto: benchCrypto,
      store: localPhotoStore(path.join(os.tmpdir(), 'jinlin-bench-no-photos')),
      clock: systemClock,
      sessions: new SessionCache(0),
      actor: actorOf({
        userId: me.user.id,
        username: me.user.username,
        name: me.user.name,
        memberships: me.memberships,
        membership: me.memberships[0],
      }),
    };
    const yuanshan = await unitOf(database.db, '园山社区');
    const people = await insertTestVolunteers(database.db, benchCrypto, yuanshan, clients, 'RUSH');
    for (const person of people) {
      await inTransaction(staff, (tx) => adjustPoints(tx, person, { amount: price, reason: '压测积分' }));
    }
    const item = await json('/api/v1/shop-items', {
      method: 'POST',
      body: JSON.stringify({ name: '抢兑压测', kind: 'goods', value: '10.00', pricePoints: price, stock }),
    });

    const result = await rush(
      server,
      people.map((person) => ({
        method: 'POST',
        path: `/api/v1/shop-items/${item.id}/redemptions`,
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ quantity: 1, volunteerId: person.id }),
      })),
    );
    console.log(`\nredemption rush on ${server.database}: ${clients} parallel volunteers, ${stock} in stock`);
    await reportRush(server, 'rush POST redemptions', result, clients);
    const ids = people.map((p) => p.id);
    const [books] = await queryRows<{
      stock: number;
      held: number;
      held_points: number;
      bad_accounts: number;
      account_held: number;
    }>(
      database.db,
      sql`select (select stock from shop_items where id = ${item.id}) stock,
        (select count(*)::int from redemptions where item_id = ${item.id} and status = 'held') held,
        (select coalesce(sum(points), 0)::int from redemptions where item_id = ${item.id} and status = 'held') held_points,
        (select count(*)::int from points_accounts where held < 0 or balance < held or balance < 0) bad_accounts,
        (select coalesce(sum(held), 0)::int from points_accounts where volunteer_id in ${ids}) account_held`,
    );
    console.log(`books: ${JSON.stringify(books)}`);
    if (
      result.statuses['201'] !== stock ||
      books.stock !== 0 ||
      books.held !== stock ||
      books.bad_accounts !== 0 ||
      books.account_held !== stock * price ||
      books.held_points !== stock * price
    ) {
      throw new Error('the rush oversold, lost a redemption, or a balance or stock went wrong');
    }
  } finally {
    await database.close();
    await server.stop();
    await postgres.stop();
  }
}

await main();
