import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { auditEntriesOf, fingerprint } from '../../testing/fixtures';
import { type MultipartPart, multipartForm } from '../../testing/multipart';
import { createTestContext, type TestContext } from '../../testing/test-app';

let ctx: TestContext;
let volunteer: Record<string, string>;
let resident: Record<string, string>;
let staff: Record<string, string>;
let sw: Record<string, string>;
let street: Record<string, string>;
let otherStaff: Record<string, string>;
let otherResident: Record<string, string>;
let compoundId: string;
let png: Buffer;

const tables = ['suggestions', 'suggestion_photos', 'needs', 'need_sources', 'notifications'];
const nothingWritten = async (work: () => Promise<void>) => {
  const before = await fingerprint(ctx.database.db, tables);
  await work();
  expect(await fingerprint(ctx.database.db, tables)).toEqual(before);
};

const textParts = (fields: Record<string, string>): MultipartPart[] =>
  Object.entries(fields).map(([field, value]) => ({ field, value }));

async function post(
  headers: Record<string, string>,
  fields: Record<string, string>,
  files: MultipartPart[] = [],
) {
  const form = multipartForm([...textParts(fields), ...files]);
  return ctx.request({
    method: 'POST',
    url: '/api/v1/me/suggestions',
    headers: { ...headers, ...form.headers },
    payload: form.payload,
  });
}

const get = (headers: Record<string, string>, url: string) => ctx.request({ method: 'GET', url, headers });
const act = (headers: Record<string, string>, id: string, action: string, payload: object = {}) =>
  ctx.request({ method: 'POST', url: `/api/v1/suggestions/${id}/${action}`, headers, payload });

beforeAll(async () => {
  ctx = await createTestContext();
  [volunteer, resident, staff, sw, street, otherStaff, otherResident] = await Promise.all(
    [
      'volunteer1',
      'resident1',
      'yuanshan.staff',
      'yuanshan.sw',
      'jiangtou.admin',
      'jinshang.staff',
      'jinshang.volunteer',
    ].map((u) => ctx.signIn(u)),
  );
  compoundId = (await get(resident, '/api/v1/me/suggestions/places')).json().compounds[0].id;
  png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#888' } })
    .png()
    .toBuffer();
});
afterAll(() => ctx.close());

describe('posting a suggestion on the phone', () => {
  it('refuses bad input in Chinese and writes nothing', async () => {
    await nothingWritten(async () => {
      const short = await post(volunteer, { title: '灯', body: '坏了' });
      expect(short.statusCode).toBe(400);
      expect(short.json().title).toBe('提交的内容有误，请检查标出的字段');
      expect(
        short
          .json()
          .errors.map((e: { path: string }) => e.path)
          .sort(),
      ).toEqual(['body', 'title']);

      const notImage = await post(volunteer, { title: '路灯坏了', body: '南门路灯坏了一周' }, [
        { field: 'files', filename: 'note.png', buffer: Buffer.from('not a picture at all') },
      ]);
      expect(notImage.statusCode).toBe(400);
      expect(notImage.json().title).toBe('照片无法使用，请选择 JPEG、PNG 或 WebP 图片');
      expect(notImage.json().errors[0].message).toContain('note.png');

      const tooMany = await post(
        volunteer,
        { title: '路灯坏了', body: '南门路灯坏了一周' },
        [1, 2, 3, 4].map((i) => ({ field: 'files', filename: `p${i}.png`, buffer: png })),
      );
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.json().title).toBe('最多上传3张照片');

      const json = await ctx.request({
        method: 'POST',
        url: '/api/v1/me/suggestions',
        headers: volunteer,
        payload: { title: '路灯坏了', body: '南门路灯坏了一周' },
      });
      expect(json.statusCode).toBe(400);
      expect(json.json().title).toBe('请以表单方式提交建议');

      const strangeCompound = await post(volunteer, {
        title: '路灯坏了',
        body: '南门路灯坏了一周',
        compoundId: '00000000-0000-4000-8000-000000000000',
      });
      expect(strangeCompound.statusCode).toBe(400);
      expect(strangeCompound.json().title).toBe('所选小区不属于您的社区');
    });
  });

  it('is for residents: staff are refused with 403', async () => {
    await nothingWritten(async () => {
      const res = await post(staff, { title: '路灯坏了', body: '南门路灯坏了一周' });
      expect(res.statusCode).toBe(403);
    });
  });
});

describe('the suggestion box from post to reply', () => {
  let id: string;
  let photoThumb: string;

  it('posts an anonymous suggestion with a photo that only its author and staff may open', async () => {
    const res = await post(
      volunteer,
      { title: '楼道灯不亮', body: '3号楼楼道灯坏了好几天，晚上上下楼很危险', compoundId, anonymous: 'true' },
      [{ field: 'files', filename: 'lamp.png', buffer: png }],
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'submitted', anonymous: true, reply: null, need: null });
    expect(res.json().photos).toHaveLength(1);
    id = res.json().id;
    photoThumb = res.json().photos[0].thumbUrl;
    const own = await get(volunteer, photoThumb);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/webp');
    expect((await get(resident, photoThumb.replace(/\?.*$/, ''))).statusCode).toBe(404);
    const staffPhoto = (await get(staff, `/api/v1/suggestions/${id}`)).json().photos[0].largeUrl;
    expect((await get(staff, staffPhoto)).statusCode).toBe(200);
    expect((await get(otherStaff, staffPhoto.replace(/\?.*$/, ''))).statusCode).toBe(404);
  });

  it("shows a resident only their own suggestions, never another's unpublished one", async () => {
    const mine = (await get(volunteer, '/api/v1/me/suggestions')).json().items;
    expect(mine.map((s: { id: string }) => s.id)).toContain(id);
    const theirs = (await get(resident, '/api/v1/me/suggestions')).json().items;
    expect(theirs.map((s: { id: string }) => s.id)).not.toContain(id);
    const pub = (await get(resident, '/api/v1/me/suggestions/public')).json().items;
    expect(pub.map((s: { id: string }) => s.id)).not.toContain(id);
  });

  it('names the anonymous author to staff, audits the look, and hides the row from another community', async () => {
    const looked = (await auditEntriesOf(ctx.database.db, id, 'suggestions.view_anonymous_author')).length;
    const detail = await get(staff, `/api/v1/suggestions/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().anonymous).toBe(true);
    expect(detail.json().authorName).toBe('周美玲');
    expect(await auditEntriesOf(ctx.database.db, id, 'suggestions.view_anonymous_author')).toHaveLength(
      looked + 1,
    );
    expect((await get(street, `/api/v1/suggestions/${id}`)).statusCode).toBe(200);
    const other = await get(otherStaff, `/api/v1/suggestions/${id}`);
    expect(other.statusCode).toBe(404);
    expect(other.json().title).toBe('建议不存在');
    const list = (await get(otherStaff, '/api/v1/suggestions?pageSize=200')).json().items;
    expect(list.map((s: { id: string }) => s.id)).not.toContain(id);
    const listed = (await get(staff, '/api/v1/suggestions?status=submitted&q=楼道灯')).json();
    expect(listed.items.map((s: { id: string }) => s.id)).toContain(id);
    expect(listed.counts.submitted).toBeGreaterThanOrEqual(1);
  });

  it('routes it: refused to a lower role (403) and another community (404), then done by the social worker', async () => {
    await nothingWritten(async () => {
      const body = { to: 'propertyManager', name: '物业服务中心' };
      expect((await act(street, id, 'route', body)).statusCode).toBe(403);
      expect((await act(volunteer, id, 'route', body)).statusCode).toBe(403);
      expect((await act(otherStaff, id, 'route', body)).statusCode).toBe(404);
      const bad = await act(sw, id, 'route', { to: 'mayor', name: '' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().title).toBe('提交的内容有误，请检查标出的字段');
    });
    const res = await act(sw, id, 'route', { to: 'propertyManager', name: '物业服务中心' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'routed',
      routedTo: 'propertyManager',
      routedToName: '物业服务中心',
    });
  });

  it('replies (published), tells the author, and shows it to the community with the author hidden', async () => {
    await nothingWritten(async () => {
      expect(
        (await act(otherStaff, id, 'reply', { reply: '已安排物业维修', publish: true })).statusCode,
      ).toBe(404);
      const bad = await act(staff, id, 'reply', { reply: '好', publish: true });
      expect(bad.statusCode).toBe(400);
    });
    const res = await act(staff, id, 'reply', { reply: '物业已更换楼道灯，感谢反映。', publish: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'replied', published: true, repliedBy: '李秀梅' });
    expect(res.json().responseHours).toBeGreaterThanOrEqual(0);
    const told = (await get(volunteer, '/api/v1/me/notifications')).json().items;
    expect(told[0].title).toBe('您的建议已有答复');
    expect(told[0].body).toContain('楼道灯不亮');

    const pub = (await get(resident, '/api/v1/me/suggestions/public')).json().items;
    const shown = pub.find((s: { id: string }) => s.id === id);
    expect(shown).toMatchObject({
      authorLabel: '匿名居民',
      reply: '物业已更换楼道灯，感谢反映。',
      mine: false,
    });
    expect(JSON.stringify(shown)).not.toContain('周美玲');
    expect(JSON.stringify(pub)).not.toContain('residentId');
    // Another community's residents do not see it.
    const elsewhere = (await get(otherResident, '/api/v1/me/suggestions/public')).json().items;
    expect(elsewhere.map((s: { id: string }) => s.id)).not.toContain(id);
    const mine = (await get(volunteer, '/api/v1/me/suggestions')).json().items;
    expect(mine.find((s: { id: string }) => s.id === id).reply).toBe('物业已更换楼道灯，感谢反映。');
  });

  it('refuses changes in the wrong order with 409 in Chinese', async () => {
    await nothingWritten(async () => {
      const reroute = await act(staff, id, 'route', { to: 'gridWorker', name: '网格员' });
      expect(reroute.statusCode).toBe(409);
      expect(reroute.json().title).toBe('该建议当前的状态不能进行此操作，请刷新后再试');
    });
    expect((await act(staff, id, 'close')).statusCode).toBe(200);
    await nothingWritten(async () => {
      expect((await act(staff, id, 'close')).statusCode).toBe(409);
      expect((await act(staff, id, 'reply', { reply: '再次答复的内容', publish: false })).statusCode).toBe(
        409,
      );
      const need = await act(staff, id, 'need', {
        title: '楼道照明',
        category: 'facilities',
        targetGroup: 'allResidents',
      });
      expect(need.statusCode).toBe(409);
    });
  });

  it('lets only one of two concurrent closes win', async () => {
    const fresh = await post(resident, { title: '健身器材松动', body: '广场健身器材螺丝松了，有安全隐患' });
    const sid = fresh.json().id;
    const answers = await Promise.all([act(staff, sid, 'close'), act(sw, sid, 'close')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
  });
});

describe('a suggestion becomes a need', () => {
  it('raises the need with the suggestion as source and the author as resident, once', async () => {
    const posted = await post(resident, {
      title: '希望开设老年书法班',
      body: '退休老人想学书法，希望社区开班',
    });
    const id = posted.json().id;
    await nothingWritten(async () => {
      const bad = await act(staff, id, 'need', { title: '书', category: 'culture' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().title).toBe('提交的内容有误，请检查标出的字段');
      expect(
        (await act(street, id, 'need', { title: '老年书法班', category: 'culture', targetGroup: 'elderly' }))
          .statusCode,
      ).toBe(403);
      expect(
        (
          await act(otherStaff, id, 'need', {
            title: '老年书法班',
            category: 'culture',
            targetGroup: 'elderly',
          })
        ).statusCode,
      ).toBe(404);
    });
    const res = await act(staff, id, 'need', {
      title: '老年书法兴趣班',
      category: 'culture',
      targetGroup: 'elderly',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'routed',
      routedTo: 'staff',
      need: { title: '老年书法兴趣班', status: 'new' },
    });
    const needId = res.json().need.id;
    const [source] = await queryRows<{ kind: string; ref_id: string; resident_id: string }>(
      ctx.database.db,
      sql`select kind, ref_id, resident_id from need_sources where need_id = ${needId}`,
    );
    const [author] = await queryRows<{ resident_id: string }>(
      ctx.database.db,
      sql`select resident_id from suggestions where id = ${id}`,
    );
    expect(source).toEqual({ kind: 'suggestion', ref_id: id, resident_id: author.resident_id });
    await nothingWritten(async () => {
      const again = await act(staff, id, 'need', {
        title: '老年书法兴趣班',
        category: 'culture',
        targetGroup: 'elderly',
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().title).toBe('该建议已转为需求');
    });
    const mine = (await get(resident, '/api/v1/me/suggestions')).json().items;
    expect(mine.find((s: { id: string }) => s.id === id).need).toMatchObject({ id: needId, status: 'new' });
  });
});

describe('the demo and the home page', () => {
  it('shows resident1 their answered suggestion and staff what waits', async () => {
    const mine = (await get(resident, '/api/v1/me/suggestions')).json().items;
    expect(mine.some((s: { reply: string | null; published: boolean }) => s.reply && s.published)).toBe(true);
    const todo = (await get(staff, '/api/v1/home/todo')).json().items;
    const pending = todo.find((t: { key: string }) => t.key === 'suggestions.todo.pending');
    expect(pending.count).toBeGreaterThanOrEqual(1);
    const list = (await get(staff, '/api/v1/suggestions?pageSize=100')).json();
    expect(list.total).toBeGreaterThanOrEqual(20);
    expect(list.items.some((s: { needId: string | null }) => s.needId)).toBe(true);
  });
});
