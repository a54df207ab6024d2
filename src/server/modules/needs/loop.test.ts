import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { actorOf } from '../../testing/actor';
import { fingerprint, userId } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { loadMemberships } from '../users/service';
import {
  needIdsOfSources,
  needRefs,
  placeNeedOnAgenda,
  raiseNeed,
  recordNeedAction,
  recordNeedDecision,
} from './service';

// The functions the other modules of the loop move a need through (meetings, surveys, suggestions),
// called as those modules call them: in their own transaction.
let ctx: TestContext;
let sw: ServiceContext;
let jinshang: ServiceContext;

async function contextOf(username: string): Promise<ServiceContext> {
  const db = ctx.database.db;
  const id = await userId(db, username);
  const memberships = await loadMemberships(db, id);
  return {
    ...ctx.app.services,
    actor: actorOf({ userId: id, username, name: username, memberships, membership: memberships[0] }),
  };
}

beforeAll(async () => {
  ctx = await createTestContext();
  sw = await contextOf('yuanshan.sw');
  jinshang = await contextOf('jinshang.staff');
});
afterAll(() => ctx.close());

const tables = ['needs', 'need_sources', 'need_events', 'audit_log'];
const meeting = { meetingId: randomUUID(), agendaItemId: randomUUID(), meetingTitle: '3月书记下午茶' };

const raise = (as: ServiceContext, refId: string | null = null) =>
  inTransaction(as, (tx) =>
    raiseNeed(tx, {
      title: '议程测试需求',
      category: 'facilities',
      targetGroup: 'allResidents',
      source: { kind: refId ? 'suggestion' : 'staff', refId },
    }),
  );
const statusOf = async (id: string) => (await needRefs(sw, [id])).get(id)?.status;
// Started only after the digest is taken, so nothing runs beside it.
const expectRefused = async (work: () => Promise<unknown>, status: number, code: string) => {
  const before = await fingerprint(ctx.database.db, tables);
  await expect(work()).rejects.toMatchObject({ status, code });
  expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
};

describe('the loop through the needs service', () => {
  it('moves an accepted need onto an agenda, to a decision, and records its action items', async () => {
    const { id } = await raise(sw);
    await expectRefused(
      () => inTransaction(sw, (tx) => placeNeedOnAgenda(tx, id, meeting)),
      409,
      'needs.wrong_status',
    );
    await ctx.request({
      method: 'POST',
      url: `/api/v1/needs/${id}/accept`,
      headers: await ctx.signIn('yuanshan.sw'),
    });
    await expectRefused(
      () =>
        inTransaction(sw, (tx) =>
          recordNeedDecision(tx, id, { agendaItemId: meeting.agendaItemId, decision: '先议' }),
        ),
      409,
      'needs.wrong_status',
    );
    await inTransaction(sw, (tx) => placeNeedOnAgenda(tx, id, meeting));
    expect(await statusOf(id)).toBe('onAgenda');
    // A second agenda leaves it where it is.
    await inTransaction(sw, (tx) => placeNeedOnAgenda(tx, id, { ...meeting, meetingTitle: '4月书记下午茶' }));
    expect(await statusOf(id)).toBe('onAgenda');
    await inTransaction(sw, (tx) =>
      recordNeedDecision(tx, id, { agendaItemId: meeting.agendaItemId, decision: '由志愿队分支负责修缮' }),
    );
    expect(await statusOf(id)).toBe('inProgress');
    const actionItemId = randomUUID();
    await inTransaction(sw, (tx) =>
      recordNeedAction(tx, id, 'actionAssigned', { actionItemId, note: '更换路灯' }),
    );
    await inTransaction(sw, (tx) => recordNeedAction(tx, id, 'actionDone', { actionItemId, note: '已更换' }));
    expect(await statusOf(id)).toBe('inProgress');

    const detail = (
      await ctx.request({
        method: 'GET',
        url: `/api/v1/needs/${id}`,
        headers: await ctx.signIn('yuanshan.staff'),
      })
    ).json();
    expect(detail.events.map((e: { kind: string; note: string }) => [e.kind, e.note])).toEqual([
      ['raised', ''],
      ['accepted', ''],
      ['onAgenda', '3月书记下午茶'],
      ['onAgenda', '4月书记下午茶'],
      ['decided', '由志愿队分支负责修缮'],
      ['actionAssigned', '更换路灯'],
      ['actionDone', '已更换'],
    ]);
    expect(detail.events[2]).toMatchObject({ refKind: 'meeting', refId: meeting.meetingId });
    expect(detail.events[4]).toMatchObject({ refKind: 'agendaItem', refId: meeting.agendaItemId });
  });

  it("answers 404 for another community's need and leaves it alone", async () => {
    const { id } = await raise(sw);
    await expectRefused(
      () => inTransaction(jinshang, (tx) => placeNeedOnAgenda(tx, id, meeting)),
      404,
      'needs.not_found',
    );
    await expectRefused(
      () =>
        inTransaction(jinshang, (tx) =>
          recordNeedAction(tx, id, 'actionDone', { actionItemId: randomUUID(), note: 'x' }),
        ),
      404,
      'needs.not_found',
    );
    expect((await needRefs(jinshang, [id])).size).toBe(0);
  });

  it('finds the needs a source record raised, only in scope', async () => {
    const suggestionId = randomUUID();
    const { id } = await raise(sw, suggestionId);
    expect((await needIdsOfSources(sw, 'suggestion', [suggestionId])).get(suggestionId)).toEqual([id]);
    expect((await needIdsOfSources(sw, 'survey', [suggestionId])).size).toBe(0);
    expect((await needIdsOfSources(jinshang, 'suggestion', [suggestionId])).size).toBe(0);
  });
});
