import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client';
import { auditEntriesOf } from '../../testing/fixtures';
import { multipartForm } from '../../testing/multipart';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { createItem, type Headers } from './shop-test-kit';

let ctx: TestContext;
let sw: Headers;
beforeAll(async () => {
  ctx = await createTestContext();
  sw = await ctx.signIn('yuanshan.sw');
});
afterAll(() => ctx.close());

const png = (background: string) =>
  sharp({ create: { width: 60, height: 40, channels: 3, background } })
    .png()
    .toBuffer();
const upload = async (headers: Headers, id: string, filename: string, buffer: Buffer) => {
  const form = multipartForm([{ field: 'file', filename, buffer }]);
  return ctx.request({
    method: 'PUT',
    url: `/api/v1/shop-items/${id}/photo`,
    headers: { ...headers, ...form.headers },
    payload: form.payload,
  });
};
const photoKeyOf = async (id: string) =>
  (
    await queryRows<{ key: string | null }>(
      ctx.database.db,
      sql`select photo_key key from shop_items where id = ${id}`,
    )
  )[0].key;
const get = (url: string, headers: Headers) => ctx.request({ method: 'GET', url, headers });

describe('shop item photos', () => {
  it('sets, replaces and removes an item’s photo, shown to staff and to the volunteers who redeem', async () => {
    const id = await createItem(ctx, sw);
    const first = await upload(sw, id, '大米.png', await png('#c00'));
    expect(first.statusCode).toBe(200);
    const url: string = first.json().photoUrl;
    expect(url).toMatch(new RegExp(`^/api/v1/shop-items/${id}/photo\\?membership=`));
    const picture = await get(url, sw);
    expect(picture.statusCode).toBe(200);
    expect(picture.headers['content-type']).toBe('image/webp');
    expect((await sharp(picture.rawPayload).metadata()).format).toBe('webp');
    const phone = await ctx.signIn('volunteer1');
    const shelf = (await get('/api/v1/me/shop', phone)).json().items;
    const seen = shelf.find((i: { id: string }) => i.id === id);
    expect((await get(seen.photoUrl, phone)).statusCode).toBe(200);

    const firstKey = await photoKeyOf(id);
    const second = await upload(sw, id, '新照片.png', await png('#0c0'));
    expect(second.json().photoUrl).not.toBe(url);
    expect(await photoKeyOf(id)).not.toBe(firstKey);
    expect((await auditEntriesOf(ctx.database.db, id, 'shop.item_photo')).length).toBe(2);

    const removed = await ctx.request({
      method: 'DELETE',
      url: `/api/v1/shop-items/${id}/photo`,
      headers: sw,
    });
    expect(removed.statusCode).toBe(204);
    expect((await get(`/api/v1/shop-items/${id}`, sw)).json().photoUrl).toBeNull();
    expect((await get(url, sw)).json().title).toBe('该物品没有照片');
  });

  it('refuses what is not a photo, or no file, in Chinese, and keeps the photo it had', async () => {
    const id = await createItem(ctx, sw);
    await upload(sw, id, 'a.png', await png('#00c'));
    const kept = await photoKeyOf(id);
    const fake = await upload(sw, id, '伪装.png', Buffer.from('not an image at all'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json()).toMatchObject({
      title: '照片无法使用',
      errors: [{ path: 'file', message: '伪装.png：不是 JPEG、PNG 或 WebP 图片' }],
    });
    const none = await ctx.request({
      method: 'PUT',
      url: `/api/v1/shop-items/${id}/photo`,
      headers: { ...sw, 'content-type': 'application/json' },
      payload: {},
    });
    expect(none.statusCode).toBeGreaterThanOrEqual(400);
    expect(none.statusCode).toBeLessThan(500);
    expect(await photoKeyOf(id)).toBe(kept);
  });

  it('keeps another community’s item photos from staff and volunteers elsewhere', async () => {
    const id = await createItem(ctx, sw);
    const url = (await upload(sw, id, 'a.png', await png('#ccc'))).json().photoUrl as string;
    const elsewhere = await ctx.signIn('jinshang.sw');
    expect((await upload(elsewhere, id, 'b.png', await png('#111'))).statusCode).toBe(404);
    expect((await get(url.replace(/\?.*$/, ''), elsewhere)).statusCode).toBe(404);
    expect((await get(url.replace(/\?.*$/, ''), await ctx.signIn('jinshang.volunteer'))).statusCode).toBe(
      404,
    );
  });
});
