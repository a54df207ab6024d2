import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFieldCrypto } from '../../crypto/field-crypto';
import { fingerprint, unitOf } from '../../testing/fixtures';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { testSecrets } from '../../testing/test-secrets';
import { insertTestVolunteers, type TestVolunteer } from '../../testing/volunteers';
import { placesOfCommunity } from '../org-units/service';

let ctx: TestContext;
let staff: Record<string, string>;
let sw: Record<string, string>;
let compounds: { id: string; name: string }[];
let people: TestVolunteer[];
let jinshangPeople: TestVolunteer[];

const tables = [
  'volunteer_teams',
  'volunteer_team_members',
  'volunteer_trainings',
  'volunteer_training_attendees',
];

beforeAll(async () => {
  ctx = await createTestContext();
  staff = await ctx.signIn('yuanshan.staff');
  sw = await ctx.signIn('yuanshan.sw');
  const db = ctx.database.db;
  const yuanshan = await unitOf(db, '园山社区');
  compounds = (await placesOfCommunity(db, yuanshan.id)).compounds;
  const crypto = createFieldCrypto(testSecrets);
  people = await insertTestVolunteers(db, crypto, yuanshan, 9, 'TT');
  jinshangPeople = await insertTestVolunteers(db, crypto, await unitOf(db, '金尚社区'), 1, 'TJ');
});
afterAll(() => ctx.close());

const send = (
  method: 'POST' | 'PUT' | 'DELETE' | 'PATCH',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) => ctx.request({ method, url, headers, payload });
const get = (url: string, headers: Record<string, string>) => ctx.request({ method: 'GET', url, headers });

describe('volunteer teams', () => {
  it('builds 社区总支 + 小区分支 with members in several teams and leaders, counted in the tree', async () => {
    expect(compounds.length).toBeGreaterThan(1);
    const root = await send('POST', '/api/v1/volunteer-teams', sw, { name: '测试总支' });
    expect(root.statusCode).toBe(201);
    const branch = await send('POST', '/api/v1/volunteer-teams', sw, {
      name: '测试分支',
      parentTeamId: root.json().id,
      compoundId: compounds[0].id,
    });
    expect(branch.statusCode).toBe(201);
    expect(branch.json().compoundName).toBe(compounds[0].name);
    await send('POST', `/api/v1/volunteer-teams/${root.json().id}/members`, sw, {
      volunteerId: people[0].id,
      isLeader: true,
    });
    await send('POST', `/api/v1/volunteer-teams/${branch.json().id}/members`, sw, {
      volunteerId: people[0].id,
    });
    const added = await send('POST', `/api/v1/volunteer-teams/${branch.json().id}/members`, sw, {
      volunteerId: people[1].id,
      isLeader: true,
    });
    expect(added.json().members).toHaveLength(2);
    const tree = (await get('/api/v1/volunteer-teams', staff)).json().items;
    const mine = tree.find((t: { id: string }) => t.id === root.json().id);
    expect(mine).toMatchObject({
      memberCount: 1,
      leaders: [{ volunteerId: people[0].id }],
      children: [{ id: branch.json().id, memberCount: 2, leaders: [{ volunteerId: people[1].id }] }],
    });
    const detail = await get(`/api/v1/volunteers/${people[0].id}`, staff);
    expect(
      detail
        .json()
        .teams.map((t: { name: string }) => t.name)
        .sort(),
    ).toEqual(['测试分支', '测试总支']);
    const byTeam = await get(`/api/v1/volunteers?teamId=${branch.json().id}`, staff);
    expect(byTeam.json().total).toBe(2);
  });

  it('refuses a bad shape, a foreign volunteer and deleting a team with branches or members', async () => {
    const root = (await send('POST', '/api/v1/volunteer-teams', sw, { name: '第二总支' })).json();
    const branch = (
      await send('POST', '/api/v1/volunteer-teams', sw, {
        name: '第二分支',
        parentTeamId: root.id,
        compoundId: compounds[1].id,
      })
    ).json();
    await send('POST', `/api/v1/volunteer-teams/${branch.id}/members`, sw, { volunteerId: people[2].id });
    const before = await fingerprint(ctx.database.db, tables);
    const noCompound = await send('POST', '/api/v1/volunteer-teams', sw, {
      name: '无小区分支',
      parentTeamId: root.id,
    });
    expect(noCompound.statusCode).toBe(400);
    expect(noCompound.json().title).toBe('小区分支须选择本社区的小区；社区总支不选小区');
    const underBranch = await send('POST', '/api/v1/volunteer-teams', sw, {
      name: '分支的分支',
      parentTeamId: branch.id,
      compoundId: compounds[0].id,
    });
    expect(underBranch.json().title).toBe('小区分支须隶属于本社区的社区总支（总支下不能再设分支的分支）');
    const dup = await send('POST', '/api/v1/volunteer-teams', sw, { name: '第二总支' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().title).toBe('本社区已有同名志愿队');
    const foreign = await send('POST', `/api/v1/volunteer-teams/${branch.id}/members`, sw, {
      volunteerId: jinshangPeople[0].id,
    });
    // Another community's volunteer is not there for 园山 (404); one of its own who left is refused (400).
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().title).toBe('志愿者不存在');
    await send('POST', `/api/v1/volunteers/${people[5].id}/status`, sw, {
      status: 'left',
      reason: '搬离社区',
    });
    const left = await send('POST', `/api/v1/volunteer-teams/${branch.id}/members`, sw, {
      volunteerId: people[5].id,
    });
    expect(left.statusCode).toBe(400);
    expect(left.json().title).toBe('所选志愿者不属于本社区或不在册');
    const withBranch = await send('DELETE', `/api/v1/volunteer-teams/${root.id}`, sw);
    expect(withBranch.statusCode).toBe(409);
    expect(withBranch.json().title).toBe('该志愿队还有分支或队员，请先移出后再删除');
    const withMember = await send('DELETE', `/api/v1/volunteer-teams/${branch.id}`, sw);
    expect(withMember.statusCode).toBe(409);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
    // Emptied, both go.
    await send('POST', `/api/v1/volunteer-teams/${branch.id}/members/remove`, sw, {
      volunteerId: people[2].id,
    });
    expect((await send('DELETE', `/api/v1/volunteer-teams/${branch.id}`, sw)).statusCode).toBe(204);
    expect((await send('DELETE', `/api/v1/volunteer-teams/${root.id}`, sw)).statusCode).toBe(204);
  });

  it("keeps 金尚 staff out of 园山's teams and volunteers out of the staff routes", async () => {
    const root = (await send('POST', '/api/v1/volunteer-teams', sw, { name: '第三总支' })).json();
    const other = await ctx.signIn('jinshang.sw');
    const volunteer = await ctx.signIn('volunteer1');
    const before = await fingerprint(ctx.database.db, tables);
    expect((await get(`/api/v1/volunteer-teams/${root.id}`, other)).statusCode).toBe(404);
    expect(
      (await send('PUT', `/api/v1/volunteer-teams/${root.id}`, other, { name: '改名' })).statusCode,
    ).toBe(404);
    expect((await send('DELETE', `/api/v1/volunteer-teams/${root.id}`, other)).statusCode).toBe(404);
    expect((await get('/api/v1/volunteer-teams', other)).body).not.toContain(root.id);
    expect(
      (await send('POST', '/api/v1/volunteer-teams', volunteer, { name: '志愿者建队' })).statusCode,
    ).toBe(403);
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
  });
});

describe('trainings and the chain 社工教骨干、骨干带全员', () => {
  it('records trainings, checks the trainer, and shows the chain and each volunteer record', async () => {
    const [backbone, member1, member2] = people.slice(6);
    await send('PATCH', `/api/v1/volunteers/${backbone.id}`, sw, { role: 'backbone' });
    const before = await fingerprint(ctx.database.db, tables);
    const notBackbone = await send('POST', '/api/v1/volunteer-trainings', sw, {
      topic: '入户探访技巧',
      trainerKind: 'backbone',
      trainerVolunteerId: member1.id,
      heldOn: '2026-03-01',
      durationMinutes: 90,
      attendeeIds: [member2.id],
    });
    expect(notBackbone.statusCode).toBe(400);
    expect(notBackbone.json().title).toBe('请填写培训讲师；骨干带训须选择本社区的骨干志愿者');
    const noTrainer = await send('POST', '/api/v1/volunteer-trainings', sw, {
      topic: '骨干培训',
      trainerKind: 'socialWorker',
      heldOn: '2026-02-01',
      durationMinutes: 120,
    });
    expect(noTrainer.statusCode).toBe(400);
    const future = await send('POST', '/api/v1/volunteer-trainings', sw, {
      topic: '未来培训',
      trainerKind: 'external',
      trainerName: '外请老师',
      heldOn: '2099-01-01',
      durationMinutes: 60,
    });
    expect(future.json().title).toBe('培训日期不能晚于今天');
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);

    const swTraining = await send('POST', '/api/v1/volunteer-trainings', sw, {
      topic: '骨干培训：探访沟通',
      trainerKind: 'socialWorker',
      trainerName: '陈思远',
      heldOn: '2026-02-01',
      durationMinutes: 120,
      attendeeIds: [backbone.id, member1.id],
    });
    expect(swTraining.statusCode).toBe(201);
    const led = await send('POST', '/api/v1/volunteer-trainings', sw, {
      topic: '探访沟通（骨干带训）',
      trainerKind: 'backbone',
      trainerVolunteerId: backbone.id,
      heldOn: '2026-03-01',
      durationMinutes: 90,
      attendeeIds: [member1.id, member2.id],
    });
    expect(led.json()).toMatchObject({ trainerName: backbone.name, trainerVolunteerId: backbone.id });
    const chain = await get('/api/v1/volunteer-trainings/chain?from=2026-01-01&to=2026-12-31', staff);
    const link = chain
      .json()
      .items.find((i: { training: { id: string } }) => i.training.id === swTraining.json().id);
    expect(link.backbones).toEqual([
      expect.objectContaining({
        volunteerId: backbone.id,
        ledTrainings: [expect.objectContaining({ id: led.json().id, attendees: expect.any(Array) })],
      }),
    ]);
    expect(
      link.backbones[0].ledTrainings[0].attendees.map((a: { volunteerId: string }) => a.volunteerId).sort(),
    ).toEqual([member1.id, member2.id].sort());
    const record = await get(`/api/v1/volunteers/${member1.id}/trainings`, staff);
    expect(
      record
        .json()
        .items.map((t: { id: string }) => t.id)
        .sort(),
    ).toEqual([swTraining.json().id, led.json().id].sort());
    const trainerRecord = await get(`/api/v1/volunteers/${backbone.id}/trainings`, staff);
    expect(trainerRecord.json().items).toHaveLength(2);

    const other = await ctx.signIn('jinshang.sw');
    expect((await get(`/api/v1/volunteer-trainings/${led.json().id}`, other)).statusCode).toBe(404);
    expect((await get('/api/v1/volunteer-trainings/chain', other)).body).not.toContain(led.json().id);
    expect((await send('DELETE', `/api/v1/volunteer-trainings/${led.json().id}`, other)).statusCode).toBe(
      404,
    );
    const edited = await send('PUT', `/api/v1/volunteer-trainings/${led.json().id}`, sw, {
      topic: '探访沟通（骨干带训）',
      trainerKind: 'backbone',
      trainerVolunteerId: backbone.id,
      heldOn: '2026-03-02',
      durationMinutes: 60,
      attendeeIds: [member2.id],
    });
    expect(edited.json()).toMatchObject({ heldOn: '2026-03-02', attendees: [{ volunteerId: member2.id }] });
    expect((await send('DELETE', `/api/v1/volunteer-trainings/${led.json().id}`, sw)).statusCode).toBe(204);
    expect((await get(`/api/v1/volunteer-trainings/${led.json().id}`, sw)).statusCode).toBe(404);
  });
});
