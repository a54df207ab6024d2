import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResidentServiceEntry } from '../../../core/activities/timeline-contract';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const get = async (username: string, url: string) =>
  ctx.request({ method: 'GET', url: `/api/v1${url}`, headers: await ctx.signIn(username) });

/** Someone who came to the first session of one of 禾山's 2019 activities, and that activity. */
async function a2019Attendee() {
  const activities = (await get('heshan.staff', '/activities?from=2019-01-01&to=2019-12-31')).json()
    .items as { id: string; sessions: { id: string }[] }[];
  const [activity] = activities;
  const attendance = await get(
    'heshan.staff',
    `/activities/${activity.id}/sessions/${activity.sessions[0].id}/attendance`,
  );
  return { activityId: activity.id, residentId: attendance.json().items[0].residentId as string };
}

describe("the resident's services timeline", () => {
  it('lists the sessions a resident attended, newest first', async () => {
    const { activityId, residentId } = await a2019Attendee();
    const res = await get('heshan.staff', `/residents/${residentId}/services`);
    expect(res.statusCode).toBe(200);
    const items: ResidentServiceEntry[] = res.json().items;
    expect(items).toContainEqual(expect.objectContaining({ type: 'activity', activityId, seq: 1 }));
    const times = items.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("is not there for a resident outside the caller's scope", async () => {
    const { residentId } = await a2019Attendee();
    const res = await get('yuanshan.staff', `/residents/${residentId}/services`);
    expect(res.statusCode).toBe(404);
  });
});
