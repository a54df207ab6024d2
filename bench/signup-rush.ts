// `npm run bench:rush [-- --pg] [--clients=2000] [--places=100]`: a sign-up rush on the real server —
// `clients` parallel registrations of different residents for `places` places — against the baseline
// GET /api/health measured with autocannon in the same run. Prints both throughputs, p99, the ratio,
// and checks that exactly `places` were registered and the rest waitlisted.
import { startThrowawayPostgres } from '../scripts/lib/postgres';
import { createContext } from './lib/context';
import { flag } from './lib/database';
import { jsonCaller, reportRush, rush } from './lib/rush';
import { startServer } from './lib/server';

const clients = Number(flag('clients') ?? 2000);
const places = Number(flag('places') ?? 100);
const usePostgres = process.argv.includes('--pg');

async function main() {
  const postgres = usePostgres ? await startThrowawayPostgres() : undefined;
  const server = await startServer({ databaseUrl: postgres?.url, startTimeoutMs: 180_000 });
  try {
    const ctx = createContext(server);
    const cookie = await ctx.signIn('yuanshan.sw');
    const json = jsonCaller(ctx, cookie);
    const soon = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
    const activity = await json('/api/v1/activities', {
      method: 'POST',
      body: JSON.stringify({
        title: '抢报名压测',
        sessions: [{ startsAt: soon(48), endsAt: soon(50) }],
        capacity: places,
        registrationOpensAt: soon(-1),
        registrationClosesAt: soon(24),
        cancellationDeadline: soon(24),
      }),
    });
    await json(`/api/v1/activities/${activity.id}/publish`, { method: 'POST' });
    const residentIds: string[] = [];
    for (let page = 1; residentIds.length < clients; page++) {
      const { items } = await json(`/api/v1/residents?pageSize=200&page=${page}`);
      if (items.length === 0) throw new Error(`only ${residentIds.length} residents to register`);
      residentIds.push(...items.map((r: { id: string }) => r.id));
    }
    const result = await rush(
      server,
      residentIds.slice(0, clients).map((residentId) => ({
        method: 'POST',
        path: `/api/v1/activities/${activity.id}/registrations`,
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ residentId }),
      })),
    );
    const after = await json(`/api/v1/activities/${activity.id}`);
    console.log(`\nsign-up rush on ${server.database}: ${clients} parallel clients, ${places} places`);
    await reportRush(server, 'rush POST registrations', result, clients);
    console.log(`registered ${after.registeredCount} of ${places} places, waitlisted ${after.waitlistCount}`);
    const answered = result.statuses['201'] ?? 0;
    if (
      after.registeredCount !== Math.min(places, answered) ||
      after.waitlistCount !== answered - after.registeredCount
    ) {
      throw new Error('the rush oversold or lost registrations');
    }
  } finally {
    await server.stop();
    await postgres?.stop();
  }
}

await main();
