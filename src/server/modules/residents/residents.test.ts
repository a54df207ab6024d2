import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, unitId } from '../../testing/fixtures';
import { makeIdNumber } from '../../testing/ids';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
let staff: Record<string, string>;
let yuanshanId: string;
let places: { grids: { id: string; name: string }[]; compounds: { id: string; name: string }[] };

beforeAll(async () => {
  ctx = await createTestContext();
  staff = await ctx.signIn('yuanshan.staff');
  yuanshanId = await unitId(ctx.database.db, '园山社区');
  places = (
    await ctx.request({ method: 'GET', url: `/api/v1/org-units/${yuanshanId}`, headers: staff })
  ).json();
});
afterAll(() => ctx.close());

const post = (payload: object, headers = staff) =>
  ctx.request({ method: 'POST', url: '/api/v1/residents', headers, payload });
const tables = ['residents', 'households', 'resident_consents'];

describe('residents', () => {
  it('registers a resident, deriving birth date and sex from the ID, and stores no clear ID', async () => {
    const idNumber = makeIdNumber('1948-06-15', 21);
    const res = await post({
      name: '王阿婆',
      idNumber: idNumber.toLowerCase(),
      mobile: '13912340001',
      hukouType: 'hukou',
      compoundId: places.compounds[0].id,
      gridId: places.grids[0].id,
      room: '3号楼502',
      householdNo: 'T-0001',
      relationToHead: '户主',
      sensitive: {
        flags: ['livesAlone', 'dibao'],
        careDependency: 'partial',
        chronicIllnesses: ['高血压'],
        disability: null,
      },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      birthDate: '1948-06-15',
      sex: 'male',
      mobileMasked: '139****0001',
      compoundName: places.compounds[0].name,
    });
    expect(body.idNumberMasked).toBe(`350206********${idNumber.slice(-4)}`);
    expect(body.tags.sort()).toEqual(['careDependency:partial', 'chronicIllness', 'dibao', 'livesAlone']);
    expect(body).toMatchObject({ legalBasis: 'legalDuty', consents: [] });
    const dump = await fingerprint(ctx.database.db, ['residents']);
    expect(JSON.stringify(dump)).not.toContain(idNumber);
  });

  it('explains a bad ID, a mismatch and a missing birth date in Chinese, writing nothing', async () => {
    const before = await fingerprint(ctx.database.db, tables);
    const good = makeIdNumber('1980-01-02', 30);
    const badCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const cases: [object, number, string, string][] = [
      [{ idNumber: badCheck }, 400, 'residents.invalid_id_number', '身份证号校验位不正确，请核对'],
      [
        { idNumber: '350206198002301234' },
        400,
        'residents.invalid_id_number',
        '身份证号中的出生日期不是有效日期',
      ],
      [
        { idNumber: good, birthDate: '1980-01-03' },
        400,
        'residents.id_mismatch',
        '身份证号显示出生日期为 1980-01-02',
      ],
      [{ idNumber: good, sex: 'male' }, 400, 'residents.id_mismatch', '身份证号显示性别为女'],
      [
        { idType: 'passport', idNumber: 'E12345678' },
        400,
        'residents.birth_date_required',
        '非居民身份证须填写出生日期和性别',
      ],
      [
        { idNumber: good, compoundId: '00000000-0000-4000-8000-000000000000' },
        400,
        'residents.unknown_place',
        '',
      ],
      [{ idNumber: good, mobile: '12345' }, 400, 'http.validation', '请输入有效的11位手机号'],
    ];
    for (const [over, status, code, message] of cases) {
      const res = await post({ name: '测试', hukouType: 'hukou', ...over });
      expect([res.statusCode, res.json().code], JSON.stringify(over)).toEqual([status, code]);
      if (message) expect(res.json().errors[0].message).toBe(message);
    }
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
  });

  it('never registers the same person twice', async () => {
    const idNumber = makeIdNumber('1990-09-09', 41);
    expect((await post({ name: '甲', idNumber, hukouType: 'hukou' })).statusCode).toBe(201);
    const before = await fingerprint(ctx.database.db, tables);
    const again = await post({ name: '甲', idNumber: ` ${idNumber.toLowerCase()} `, hukouType: 'migrant' });
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('该证件号码已登记，请勿重复录入');
    expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
  });

  it('finds a resident by a whole mobile or ID number, only in scope', async () => {
    const idNumber = makeIdNumber('1951-02-03', 23);
    const created = await post({ name: '号码查找', idNumber, mobile: '13912340077', hukouType: 'hukou' });
    expect(created.statusCode).toBe(201);
    const search = async (q: string, headers = staff) =>
      (await ctx.request({ method: 'GET', url: `/api/v1/residents?q=${q}`, headers }))
        .json()
        .items.map((r: { id: string }) => r.id);
    expect(await search('13912340077')).toEqual([created.json().id]);
    expect(await search(idNumber.toLowerCase())).toEqual([created.json().id]);
    expect(await search('13912340078')).toEqual([]);
    expect(await search('13912340077', await ctx.signIn('jinshang.staff'))).toEqual([]);
  });

  it('masks a child in lists and audits every read of a child record', async () => {
    const child = await post({
      name: '李小明',
      idNumber: makeIdNumber('2016-04-01', 51),
      hukouType: 'hukou',
    });
    const list = await ctx.request({ method: 'GET', url: '/api/v1/residents?q=李小明', headers: staff });
    expect(list.json().items[0]).toMatchObject({ name: '李*明', isMinor: true });
    await ctx.request({ method: 'GET', url: `/api/v1/residents/${child.json().id}`, headers: staff });
    const admin = await ctx.signIn('jiangtou.admin');
    const audit = await ctx.request({
      method: 'GET',
      url: '/api/v1/audit?action=residents.view_child',
      headers: admin,
    });
    expect(audit.json().items.some((r: { entityId: string }) => r.entityId === child.json().id)).toBe(true);
  });

  it('reveals the whole record only with a reason, to staff, and audits it', async () => {
    const idNumber = makeIdNumber('1955-12-12', 61);
    const created = await post({
      name: '赵大爷',
      idNumber,
      hukouType: 'hukou',
      mobile: '13700001111',
      sensitive: {
        flags: [],
        careDependency: null,
        chronicIllnesses: [],
        disability: { type: 'physical', grade: 2 },
      },
    });
    const id = created.json().id;
    const noReason = await ctx.request({
      method: 'GET',
      url: `/api/v1/residents/${id}/reveal`,
      headers: staff,
    });
    expect(noReason.statusCode).toBe(400);
    const sw = await ctx.signIn('yuanshan.sw');
    const notAllowed = await ctx.request({
      method: 'GET',
      url: `/api/v1/residents/${id}/reveal?reason=走访`,
      headers: sw,
    });
    expect(notAllowed.statusCode).toBe(403);
    const ok = await ctx.request({
      method: 'GET',
      url: `/api/v1/residents/${id}/reveal?reason=核对残疾证`,
      headers: staff,
    });
    expect(ok.json()).toMatchObject({
      idNumber,
      mobile: '13700001111',
      sensitive: { disability: { type: 'physical', grade: 2 } },
    });
    const admin = await ctx.signIn('huli.admin');
    const audit = await ctx.request({
      method: 'GET',
      url: '/api/v1/audit?action=residents.reveal',
      headers: admin,
    });
    expect(audit.json().items[0]).toMatchObject({ entityId: id, reason: '核对残疾证' });
  });

  it('tells the same total on every page, and on a page past the end', async () => {
    const page = async (n: number) =>
      (
        await ctx.request({
          method: 'GET',
          url: `/api/v1/residents?ageBand=age60plus&pageSize=100&page=${n}`,
          headers: staff,
        })
      ).json();
    const first = await page(1);
    const pages = Math.ceil(first.total / 100);
    expect(pages).toBeGreaterThan(1);
    const last = await page(pages);
    const past = await page(pages + 1);
    expect([last.total, past.total]).toEqual([first.total, first.total]);
    expect(last.items).toHaveLength(first.total - (pages - 1) * 100);
    expect(past.items).toEqual([]);
  });

  it('filters by tag and by age band on a date', async () => {
    const band = (q: string) =>
      ctx.request({
        method: 'GET',
        url: `/api/v1/residents?ageBand=age60plus&asOf=2025-09-30&q=${q}`,
        headers: staff,
      });
    expect((await band('王阿婆')).json().total).toBe(1);
    expect((await band('李小明')).json().total).toBe(0);
    const dibao = await ctx.request({
      method: 'GET',
      url: '/api/v1/residents?tag=dibao&pageSize=200',
      headers: staff,
    });
    expect(dibao.json().items.every((r: { tags: string[] }) => r.tags.includes('dibao'))).toBe(true);
    const unknown = await ctx.request({ method: 'GET', url: '/api/v1/residents?tag=rich', headers: staff });
    expect(unknown.statusCode).toBe(400);
  });

  it('keeps a resident who moved away, out of current counts', async () => {
    const created = await post({
      name: '搬走的人',
      idNumber: makeIdNumber('1950-05-05', 71),
      hukouType: 'hukou',
    });
    const statsUrl = `/api/v1/org-units/${yuanshanId}/population-stats?asOf=2026-01-01`;
    const before = (await ctx.request({ method: 'GET', url: statsUrl, headers: staff })).json();
    const moved = await ctx.request({
      method: 'POST',
      url: `/api/v1/residents/${created.json().id}/status`,
      headers: staff,
      payload: { status: 'movedAway', statusDate: '2025-12-01' },
    });
    expect(moved.json().status).toBe('movedAway');
    const after = (await ctx.request({ method: 'GET', url: statsUrl, headers: staff })).json();
    expect(after.elderly.age60plus).toBe(before.elderly.age60plus - 1);
    const earlier = (
      await ctx.request({
        method: 'GET',
        url: `/api/v1/org-units/${yuanshanId}/population-stats?asOf=2025-11-01`,
        headers: staff,
      })
    ).json();
    expect(earlier.elderly.age60plus).toBe(after.elderly.age60plus + 1);
  });

  it("requires a guardian for a child's consent", async () => {
    const child = await post({
      name: '小朋友',
      idNumber: makeIdNumber('2019-02-02', 82),
      hukouType: 'hukou',
    });
    const url = `/api/v1/residents/${child.json().id}/consents`;
    const refused = await ctx.request({
      method: 'POST',
      url,
      headers: staff,
      payload: { basis: 'consent', purposes: ['儿童服务'] },
    });
    expect(refused.json().code).toBe('residents.guardian_required');
    const ok = await ctx.request({
      method: 'POST',
      url,
      headers: staff,
      payload: {
        basis: 'consent',
        purposes: ['儿童服务'],
        textVersion: 'v1',
        guardianName: '小朋友妈妈',
        guardianRelation: '母亲',
      },
    });
    expect(ok.json()).toMatchObject({
      legalBasis: 'consent',
      consents: [{ basis: 'consent', guardianName: '小朋友妈妈' }],
    });
  });
});
