import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesOf, fingerprint, unitId } from '../../testing/fixtures';
import { makeIdNumber } from '../../testing/ids';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
let staff: Record<string, string>;
let sw: Record<string, string>;
let resident: Record<string, string>;
let otherStaff: Record<string, string>;
let otherSw: Record<string, string>;
let places: { grids: { id: string; name: string }[]; compounds: { id: string; name: string }[] };
let otherCompound: string;

const tables = ['resident_change_requests', 'residents', 'notifications', 'audit_log'];
const nothingWritten = async (work: () => Promise<void>) => {
  const before = await fingerprint(ctx.database.db, tables);
  await work();
  expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
};

const get = (headers: Record<string, string>, url: string) => ctx.request({ method: 'GET', url, headers });
const post = (headers: Record<string, string>, url: string, payload: object = {}) =>
  ctx.request({ method: 'POST', url: `/api/v1${url}`, headers, payload });
const propose = (headers: Record<string, string>, residentId: string, payload: object) =>
  post(headers, `/residents/${residentId}/changes`, payload);

let serial = 40;
/** A fresh 园山 resident registered by staff, with a known number and room. */
async function newResident(): Promise<string> {
  serial += 1;
  const res = await post(staff, '/residents', {
    name: '林阿姨',
    idNumber: makeIdNumber('1956-04-02', serial),
    mobile: '13912345678',
    hukouType: 'hukou',
    compoundId: places.compounds[0].id,
    gridId: places.grids[0].id,
    room: '3号楼502',
    sensitive: { flags: ['dibao'] },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

async function proposal(residentId: string, changes: object = { mobile: '13800001234' }): Promise<string> {
  const res = await propose(sw, residentId, { changes, note: '入户走访时居民告知' });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

beforeAll(async () => {
  ctx = await createTestContext();
  [staff, sw, resident, otherStaff, otherSw] = await Promise.all(
    ['yuanshan.staff', 'yuanshan.sw', 'resident1', 'jinshang.staff', 'jinshang.sw'].map((u) => ctx.signIn(u)),
  );
  const yuanshan = await unitId(ctx.database.db, '园山社区');
  places = (await get(staff, `/api/v1/org-units/${yuanshan}`)).json();
  const jinshang = await unitId(ctx.database.db, '金尚社区');
  otherCompound = (await get(otherStaff, `/api/v1/org-units/${jinshang}`)).json().compounds[0].id;
});
afterAll(() => ctx.close());

describe('proposing a registry change', () => {
  it('lets a social worker propose; staff see it masked, field by field, and on their home', async () => {
    const residentId = await newResident();
    const res = await propose(sw, residentId, {
      changes: { mobile: '13800001234', room: '5号楼1101', compoundId: places.compounds[1].id },
      note: '入户走访发现已搬到5号楼',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      residentId,
      residentName: '林阿姨',
      proposedByName: '陈思远',
      proposedByRole: 'socialWorker',
      status: 'pending',
      note: '入户走访发现已搬到5号楼',
    });
    expect(res.json().lines).toEqual([
      { field: 'mobile', before: '139****5678', current: '139****5678', after: '138****1234', stale: false },
      {
        field: 'compoundId',
        before: places.compounds[0].name,
        current: places.compounds[0].name,
        after: places.compounds[1].name,
        stale: false,
      },
      { field: 'room', before: '3号楼***', current: '3号楼***', after: '5号楼1***', stale: false },
    ]);
    const pending = (await get(staff, '/api/v1/registry-changes?status=pending')).json().items;
    expect(pending.map((c: { id: string }) => c.id)).toContain(res.json().id);
    // The demo world's two, and this one.
    const todo = (await get(staff, '/api/v1/home/todo')).json().items;
    expect(todo.find((i: { key: string }) => i.key === 'registryChanges.todo.pending')).toMatchObject({
      count: pending.length,
      link: '/residents/changes',
    });
    expect(pending.length).toBeGreaterThanOrEqual(3);
    const [audit] = await auditEntriesOf(ctx.database.db, res.json().id, 'registryChanges.propose');
    expect(JSON.stringify(audit.detail)).not.toContain('13800001234');
  });

  it('refuses bad input in Chinese, sensitive fields and no-op proposals, writing nothing', async () => {
    const residentId = await newResident();
    await nothingWritten(async () => {
      const empty = await propose(sw, residentId, { changes: {}, note: '' });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().title).toBe('提交的内容有误，请检查标出的字段');
      const paths = empty.json().errors.map((e: { path: string }) => e.path);
      expect(paths).toEqual(expect.arrayContaining(['note', 'changes']));
      const badMobile = await propose(sw, residentId, { changes: { mobile: '123' }, note: '换号了' });
      expect(badMobile.statusCode).toBe(400);
      expect(badMobile.json().errors[0].message).toBe('请输入有效的11位手机号');
      const sensitive = await propose(sw, residentId, {
        changes: { idNumber: makeIdNumber('1956-04-02', 99), sensitive: { flags: [] } },
        note: '证件号有误',
      });
      expect(sensitive.statusCode).toBe(400);
      const halfStatus = await propose(sw, residentId, { changes: { status: 'movedAway' }, note: '已搬离' });
      expect(halfStatus.statusCode).toBe(400);
      expect(halfStatus.json().errors[0]).toMatchObject({ path: 'changes.statusDate' });
      const same = await propose(sw, residentId, { changes: { mobile: '13912345678' }, note: '核对号码' });
      expect(same.statusCode).toBe(400);
      expect(same.json()).toMatchObject({ code: 'registryChanges.nothing_changed' });
      expect(same.json().title).toBe('所填内容与当前登记一致，无需变更');
      const elsewhere = await propose(sw, residentId, {
        changes: { compoundId: otherCompound },
        note: '搬家',
      });
      expect(elsewhere.statusCode).toBe(400);
      expect(elsewhere.json()).toMatchObject({ code: 'registryChanges.unknown_place' });
    });
  });

  it('is refused to roles that may not propose (403) and for another community’s resident (404)', async () => {
    const residentId = await newResident();
    const payload = { changes: { mobile: '13800001234' }, note: '换号了' };
    await nothingWritten(async () => {
      expect((await propose(staff, residentId, payload)).statusCode).toBe(403);
      expect((await propose(resident, residentId, payload)).statusCode).toBe(403);
      expect((await propose(otherSw, residentId, payload)).statusCode).toBe(404);
      expect((await post(sw, '/me/registry-changes', payload)).statusCode).toBe(403);
    });
  });
});

describe('reviewing a registry change', () => {
  it('approves: the record takes the values through the staff edit, audited, in one go', async () => {
    const residentId = await newResident();
    const id = await proposal(residentId, {
      mobile: '13800001234',
      gridId: places.grids[1].id,
      room: '7号楼201',
    });
    const res = await post(staff, `/registry-changes/${id}/approve`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved', decidedByName: expect.any(String) });
    const whole = (await get(staff, `/api/v1/residents/${residentId}/reveal?reason=核对变更结果`)).json();
    expect(whole).toMatchObject({ mobile: '13800001234', room: '7号楼201', sensitive: { flags: ['dibao'] } });
    const detail = (await get(staff, `/api/v1/residents/${residentId}`)).json();
    expect(detail).toMatchObject({ gridName: places.grids[1].name, compoundId: places.compounds[0].id });
    expect(await auditEntriesOf(ctx.database.db, id, 'registryChanges.approve')).toHaveLength(1);
    expect(await auditEntriesOf(ctx.database.db, residentId, 'residents.update')).toHaveLength(1);
  });

  it('approves a move away through the status change', async () => {
    const residentId = await newResident();
    const id = await proposal(residentId, { status: 'movedAway', statusDate: '2025-03-01' });
    expect((await post(staff, `/registry-changes/${id}/approve`)).statusCode).toBe(200);
    const detail = (await get(staff, `/api/v1/residents/${residentId}`)).json();
    expect(detail).toMatchObject({ status: 'movedAway', statusDate: '2025-03-01' });
    expect(await auditEntriesOf(ctx.database.db, residentId, 'residents.status')).toHaveLength(1);
  });

  it('returns only with a reason, leaving the record as it was', async () => {
    const residentId = await newResident();
    const id = await proposal(residentId);
    await nothingWritten(async () => {
      const none = await post(staff, `/registry-changes/${id}/reject`, {});
      expect(none.statusCode).toBe(400);
      expect(none.json().errors[0]).toMatchObject({ path: 'reason' });
      const short = await post(staff, `/registry-changes/${id}/reject`, { reason: '否' });
      expect(short.json().errors[0].message).toBe('请填写退回原因（至少2个字）');
    });
    const res = await post(staff, `/registry-changes/${id}/reject`, { reason: '电话核实号码未变' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', rejectReason: '电话核实号码未变' });
    expect((await get(staff, `/api/v1/residents/${residentId}`)).json().mobileMasked).toBe('139****5678');
    const [audit] = await auditEntriesOf(ctx.database.db, id, 'registryChanges.reject');
    expect(audit.reason).toBe('电话核实号码未变');
  });

  it('answers 409 to a decision on a decided change', async () => {
    const id = await proposal(await newResident());
    expect((await post(staff, `/registry-changes/${id}/approve`)).statusCode).toBe(200);
    await nothingWritten(async () => {
      const again = await post(staff, `/registry-changes/${id}/approve`);
      expect(again.statusCode).toBe(409);
      expect(again.json().title).toBe('该登记变更已处理，请刷新后再看');
      expect((await post(staff, `/registry-changes/${id}/reject`, { reason: '重复处理' })).statusCode).toBe(
        409,
      );
    });
  });

  it('is refused to a social worker or resident (403) and to another community’s staff (404)', async () => {
    const id = await proposal(await newResident());
    await nothingWritten(async () => {
      expect((await post(sw, `/registry-changes/${id}/approve`)).statusCode).toBe(403);
      expect((await post(resident, `/registry-changes/${id}/reject`, { reason: '越权' })).statusCode).toBe(
        403,
      );
      expect((await post(otherStaff, `/registry-changes/${id}/approve`)).statusCode).toBe(404);
      expect((await post(otherStaff, `/registry-changes/${id}/reject`, { reason: '越权' })).statusCode).toBe(
        404,
      );
      const list = await get(otherStaff, '/api/v1/registry-changes');
      expect(list.body).not.toContain(id);
    });
  });

  it('shows a proposal whose record changed since as stale, and still lets staff decide', async () => {
    const residentId = await newResident();
    const first = await proposal(residentId, { mobile: '13800001111' });
    const second = await proposal(residentId, { mobile: '13800002222' });
    await post(staff, `/registry-changes/${first}/approve`);
    const list = (await get(sw, `/api/v1/registry-changes?residentId=${residentId}`)).json().items;
    const stale = list.find((c: { id: string }) => c.id === second);
    expect(stale.lines).toEqual([
      { field: 'mobile', before: '139****5678', current: '138****1111', after: '138****2222', stale: true },
    ]);
    expect((await post(staff, `/registry-changes/${second}/approve`)).statusCode).toBe(200);
    expect((await get(staff, `/api/v1/residents/${residentId}`)).json().mobileMasked).toBe('138****2222');
  });
});

describe('a resident’s own proposal on the phone', () => {
  it('shows the form and proposes for the own record only; the outcome is a message', async () => {
    const form = await get(resident, '/api/v1/me/registry-changes');
    expect(form.statusCode).toBe(200);
    expect(form.json().compounds.length).toBeGreaterThan(0);
    await nothingWritten(async () => {
      const grid = await post(resident, '/me/registry-changes', {
        changes: { gridId: places.grids[0].id },
        note: '换网格',
      });
      expect(grid.statusCode).toBe(400);
    });
    const res = await post(resident, '/me/registry-changes', {
      changes: { mobile: '13700005678' },
      note: '我换了新手机号',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ proposedByRole: 'resident', status: 'pending' });
    const mine = (await get(resident, '/api/v1/me/registry-changes')).json().items;
    expect(mine[0].id).toBe(res.json().id);
    expect((await post(staff, `/registry-changes/${res.json().id}/approve`)).statusCode).toBe(200);
    const again = await post(resident, '/me/registry-changes', {
      changes: { room: '9号楼808' },
      note: '搬家了',
    });
    expect(
      (await post(staff, `/registry-changes/${again.json().id}/reject`, { reason: '请到社区当面核实' }))
        .statusCode,
    ).toBe(200);
    const messages = (await get(resident, '/api/v1/me/notifications'))
      .json()
      .items.map((m: { title: string; body: string }) => `${m.title}：${m.body}`);
    expect(messages[0]).toContain('请到社区当面核实');
    expect(messages[1]).toContain('登记信息已更新');
    expect((await get(resident, '/api/v1/me/registry-changes')).json().mobileMasked).toBe('137****5678');
  });
});
