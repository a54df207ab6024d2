import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { actorOf } from '../../testing/actor';
import { userId } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { residentOfUser } from '../residents/service';
import { loadMemberships } from '../users/service';
import { notifyResidents } from './service';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/** The services as the user's requests see them. */
async function contextOf(username: string): Promise<ServiceContext> {
  const db = ctx.database.db;
  const id = await userId(db, username);
  const memberships = await loadMemberships(db, id);
  const actor = actorOf({ userId: id, username, name: username, memberships, membership: memberships[0] });
  return { ...ctx.app.services, actor };
}

describe('notifications', () => {
  it('shows a message on the phone page of the resident it was written to, unread until marked', async () => {
    const volunteer = await contextOf('volunteer1');
    const me = await residentOfUser(volunteer);
    const headers = await ctx.signIn('volunteer1');
    const inbox = async (as: Record<string, string>) =>
      (await ctx.request({ method: 'GET', url: '/api/v1/me/notifications', headers: as })).json();
    const before = (await inbox(headers)).unread;
    await notifyResidents(volunteer, [me.id], { title: '测试消息', body: '这是一条测试消息。' });
    const listed = await inbox(headers);
    expect(listed.items[0]).toMatchObject({ title: '测试消息', body: '这是一条测试消息。', read: false });
    expect(listed.unread).toBe(before + 1);
    const other = await inbox(await ctx.signIn('jinshang.volunteer'));
    expect(other.items.some((n: { id: string }) => n.id === listed.items[0].id)).toBe(false);
    const marked = await ctx.request({
      method: 'POST',
      url: '/api/v1/me/notifications/read',
      headers,
      payload: { ids: [listed.items[0].id] },
    });
    expect(marked.json().items[0].read).toBe(true);
    expect(marked.json().unread).toBe(before);
  });

  it('tells nobody when the change it reports is rolled back', async () => {
    const volunteer = await contextOf('volunteer1');
    const me = await residentOfUser(volunteer);
    const headers = await ctx.signIn('volunteer1');
    const count = async () =>
      (await ctx.request({ method: 'GET', url: '/api/v1/me/notifications', headers })).json().unread;
    const before = await count();
    const failed = inTransaction(volunteer, async (tx) => {
      await notifyResidents(tx, [me.id], { title: '不应出现', body: '事务已回滚。' });
      throw new Error('rolled back');
    });
    await expect(failed).rejects.toThrow('rolled back');
    expect(await count()).toBe(before);
  });
});
