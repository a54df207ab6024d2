import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxPhotoBytes, maxPhotosPerActivity } from '../../../core/activities/photo-limits';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { actorOf } from '../../testing/actor';
import { auditEntriesOf, fingerprint, userId } from '../../testing/fixtures';
import { type MultipartPart, multipartForm } from '../../testing/multipart';
import { createTestContext, type TestContext } from '../../testing/test-app';
import { loadMemberships } from '../users/service';
import { uploadPhotos } from './photos';
import { activityPhotos } from './schema';

let ctx: TestContext;
let sw: Record<string, string>;
let activityId: string;

const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();

beforeAll(async () => {
  ctx = await createTestContext();
  sw = await ctx.signIn('yuanshan.sw');
  activityId = await newActivity(true);
});
afterAll(() => ctx.close());

async function newActivity(publish: boolean): Promise<string> {
  const created = await ctx.request({
    method: 'POST',
    url: '/api/v1/activities',
    headers: sw,
    payload: {
      title: '照片测试活动',
      sessions: [{ startsAt: hours(-2), endsAt: hours(-1) }],
      capacity: 10,
      registrationOpensAt: hours(-48),
      registrationClosesAt: hours(-3),
      cancellationDeadline: hours(-3),
    },
  });
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  if (publish) {
    const res = await ctx.request({ method: 'POST', url: `/api/v1/activities/${id}/publish`, headers: sw });
    expect(res.statusCode).toBe(200);
  }
  return id;
}

/** A phone-like JPEG: turned on its side by EXIF, with a copyright, a date and a GPS tag. */
const phoneJpeg = () =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: '#c0392b' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Copyright: 'x' },
      IFD2: { DateTimeOriginal: '2026:03:01 09:30:00' },
      IFD3: { GPSLatitudeRef: 'N' },
    })
    .toBuffer();
const png = () =>
  sharp({ create: { width: 1000, height: 500, channels: 4, background: '#27ae60' } })
    .png()
    .toBuffer();

const file = (filename: string, buffer: Buffer): MultipartPart => ({ field: 'files', filename, buffer });

const upload = (parts: MultipartPart[], headers = sw, id = activityId) => {
  const form = multipartForm(parts);
  return ctx.request({
    method: 'POST',
    url: `/api/v1/activities/${id}/photos`,
    headers: { ...headers, ...form.headers },
    payload: form.payload,
  });
};

const photoDir = (id = activityId) => path.join(ctx.app.config.dataDir, 'photos', id);
const filesOf = (id = activityId) => (fs.existsSync(photoDir(id)) ? fs.readdirSync(photoDir(id)).sort() : []);
const photoTables = () => fingerprint(ctx.database.db, ['activity_photos', 'audit_log']);

describe('activity photos', () => {
  it('keeps a JPEG and a PNG as WebP thumbnails 320 wide and display sizes, upright, without EXIF', async () => {
    const res = await upload([
      file('IMG_0001.jpg', await phoneJpeg()),
      file('合影.png', await png()),
      { field: 'caption', value: '长者茶话会合影' },
    ]);
    expect(res.statusCode).toBe(201);
    const [jpeg, second] = res.json().items;
    // EXIF orientation 6: the 800×600 picture stands upright as 600×800.
    expect(jpeg).toMatchObject({
      width: 600,
      height: 800,
      caption: '长者茶话会合影',
      uploadedBy: expect.any(String),
    });
    expect(jpeg.takenAt).toBe('2026-03-01T01:30:00.000Z');
    expect(second).toMatchObject({ width: 1000, height: 500, takenAt: null });

    const thumb = fs.readFileSync(path.join(photoDir(), `${jpeg.id}-thumb.webp`));
    const thumbMeta = await sharp(thumb).metadata();
    expect(thumbMeta).toMatchObject({ format: 'webp', width: 320, height: 427 });
    expect(thumbMeta.exif).toBeUndefined();
    const large = await sharp(path.join(photoDir(), `${jpeg.id}-large.webp`)).metadata();
    expect(large).toMatchObject({ format: 'webp', width: 600, height: 800 });
    expect(large.exif).toBeUndefined();
    expect(jpeg.thumbBytes).toBe(thumb.length);
    expect((await sharp(path.join(photoDir(), `${second.id}-thumb.webp`)).metadata()).width).toBe(320);

    const activity = await ctx.request({
      method: 'GET',
      url: `/api/v1/activities/${activityId}`,
      headers: sw,
    });
    expect(activity.json().photoCount).toBe(2);
    const audits = await auditEntriesOf(ctx.database.db, activityId, 'activities.photo_upload');
    expect(audits).toHaveLength(1);
  });

  it('serves the thumbnail as image/webp, cacheable, through the link the list gives', async () => {
    const list = await ctx.request({
      method: 'GET',
      url: `/api/v1/activities/${activityId}/photos`,
      headers: sw,
    });
    expect(list.statusCode).toBe(200);
    const [photo] = list.json().items;
    expect(photo.thumbUrl).toMatch(new RegExp(`/photos/${photo.id}/thumb\\?membership=`));
    // The link works with the cookie alone, as an <img> sends it.
    const res = await ctx.request({ method: 'GET', url: photo.thumbUrl, headers: { cookie: sw.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/webp');
    expect(res.headers['cache-control']).toContain('private');
    expect(res.rawPayload.equals(fs.readFileSync(path.join(photoDir(), `${photo.id}-thumb.webp`)))).toBe(
      true,
    );
    const large = await ctx.request({ method: 'GET', url: photo.largeUrl, headers: sw });
    expect((await sharp(large.rawPayload).metadata()).format).toBe('webp');
  });

  it('refuses a text file named .jpg with a Chinese message, and keeps nothing of the batch', async () => {
    const before = { tables: await photoTables(), files: filesOf() };
    const res = await upload([
      file('good.png', await png()),
      file('notes.jpg', Buffer.from('这不是照片，只是一段文字。')),
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'activities.photo_invalid',
      title: expect.stringContaining('JPEG'),
    });
    expect(res.json().errors).toEqual([
      { path: 'files.1', message: 'notes.jpg：不是 JPEG、PNG 或 WebP 图片' },
    ]);
    expect(await photoTables()).toEqual(before.tables);
    expect(filesOf()).toEqual(before.files);
  });

  it('refuses a JPEG whose body is broken, and a GIF, by their content', async () => {
    const before = { tables: await photoTables(), files: filesOf() };
    const broken = (await phoneJpeg()).subarray(0, 400);
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    const res = await upload([file('broken.jpg', broken), file('anim.png', gif)]);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { message: string }) => e.message)).toEqual([
      'broken.jpg：图片已损坏，无法读取',
      'anim.png：不是 JPEG、PNG 或 WebP 图片',
    ]);
    expect(await photoTables()).toEqual(before.tables);
    expect(filesOf()).toEqual(before.files);
  });

  it('refuses a photo over 10 MB with 413, keeping nothing', async () => {
    const before = { tables: await photoTables(), files: filesOf() };
    const big = Buffer.alloc(maxPhotoBytes + 1);
    (await png()).copy(big);
    const res = await upload([file('small.png', await png()), file('huge.png', big)]);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({
      code: 'activities.photo_too_large',
      title: expect.stringContaining('10MB'),
    });
    expect(await photoTables()).toEqual(before.tables);
    expect(filesOf()).toEqual(before.files);
  });

  it('refuses an upload without files, and one to a draft', async () => {
    const empty = await upload([{ field: 'caption', value: '没有照片' }]);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('activities.photo_missing');
    const draft = await newActivity(false);
    const res = await upload([file('a.png', await png())], sw, draft);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('activities.photos_not_open');
    expect(filesOf(draft)).toEqual([]);
  });

  it('hides the photos from a sibling community and lets it write nothing', async () => {
    const intruder = await ctx.signIn('jinshang.staff');
    const before = { tables: await photoTables(), files: filesOf() };
    const res = await upload([file('x.png', await png())], intruder);
    expect(res.statusCode).toBe(404);
    const [photo] = (
      await ctx.request({ method: 'GET', url: `/api/v1/activities/${activityId}/photos`, headers: sw })
    ).json().items;
    for (const url of [`/api/v1/activities/${activityId}/photos`, photo.thumbUrl.split('?')[0]]) {
      expect((await ctx.request({ method: 'GET', url, headers: intruder })).statusCode).toBe(404);
    }
    // Naming someone else's membership in the link is no way in either.
    const borrowed = await ctx.request({
      method: 'GET',
      url: photo.thumbUrl,
      headers: { cookie: intruder.cookie },
    });
    expect(borrowed.statusCode).toBe(403);
    const remove = await ctx.request({
      method: 'DELETE',
      url: `/api/v1/activities/${activityId}/photos/${photo.id}`,
      headers: intruder,
    });
    expect(remove.statusCode).toBe(404);
    expect(await photoTables()).toEqual(before.tables);
    expect(filesOf()).toEqual(before.files);
  });

  it('lets the street admin look but not upload', async () => {
    const admin = await ctx.signIn('jiangtou.admin');
    const list = await ctx.request({
      method: 'GET',
      url: `/api/v1/activities/${activityId}/photos`,
      headers: admin,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.length).toBeGreaterThan(0);
    expect((await upload([file('a.png', await png())], admin)).statusCode).toBe(403);
  });

  it('edits a caption, refusing one that is too long', async () => {
    const [photo] = (
      await ctx.request({ method: 'GET', url: `/api/v1/activities/${activityId}/photos`, headers: sw })
    ).json().items;
    const url = `/api/v1/activities/${activityId}/photos/${photo.id}`;
    const tooLong = await ctx.request({
      method: 'PATCH',
      url,
      headers: sw,
      payload: { caption: '长'.repeat(201) },
    });
    expect(tooLong.statusCode).toBe(400);
    const res = await ctx.request({
      method: 'PATCH',
      url,
      headers: sw,
      payload: { caption: '  签到现场  ' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().caption).toBe('签到现场');
  });

  it('deletes a photo: the row, both files, and an audit entry', async () => {
    const [photo] = (
      await ctx.request({ method: 'GET', url: `/api/v1/activities/${activityId}/photos`, headers: sw })
    ).json().items;
    const url = `/api/v1/activities/${activityId}/photos/${photo.id}`;
    expect(filesOf()).toContain(`${photo.id}-thumb.webp`);
    const res = await ctx.request({ method: 'DELETE', url, headers: sw });
    expect(res.statusCode).toBe(204);
    expect(filesOf().filter((f) => f.startsWith(photo.id))).toEqual([]);
    const rows = await ctx.database.db.select().from(activityPhotos).where(eq(activityPhotos.id, photo.id));
    expect(rows).toEqual([]);
    const [audit] = await auditEntriesOf(ctx.database.db, photo.id);
    expect(audit.action).toBe('activities.photo_delete');
    expect((await ctx.request({ method: 'GET', url: `${url}/thumb`, headers: sw })).statusCode).toBe(404);
    expect((await ctx.request({ method: 'DELETE', url, headers: sw })).statusCode).toBe(404);
  });

  it(`keeps at most ${maxPhotosPerActivity} photos when two uploads race for the last place`, async () => {
    const id = await newActivity(true);
    const [existing] = await ctx.database.db.select().from(activityPhotos).limit(1);
    await ctx.database.db.insert(activityPhotos).values(
      Array.from({ length: maxPhotosPerActivity - 1 }, () => ({
        ...existing,
        id: undefined,
        activityId: id,
      })),
    );
    const answers = await Promise.all([
      upload([file('a.png', await png())], sw, id),
      upload([file('b.png', await png())], sw, id),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const winner = answers.find((a) => a.statusCode === 201)?.json().items[0].id;
    // The loser's files, if it got as far as writing them, are gone again.
    expect(filesOf(id)).toEqual([`${winner}-large.webp`, `${winner}-thumb.webp`]);
  });

  it('removes the written files when the database refuses the rows', async () => {
    const db = ctx.database.db;
    const memberships = await loadMemberships(db, await userId(db, 'yuanshan.sw'));
    const actor = actorOf({
      userId: await userId(db, 'yuanshan.sw'),
      username: 'yuanshan.sw',
      name: '园山社工',
      memberships,
      membership: memberships[0],
    });
    const failing: Db = Object.assign(Object.create(db), {
      transaction: () => Promise.reject(new AppError('http.internal', 500)),
    });
    const id = await newActivity(true);
    const read = async () => ({
      files: [{ filename: 'a.png', bytes: await png() }],
      caption: '',
      sessionId: null,
    });
    await expect(uploadPhotos({ ...ctx.app.services, db: failing, actor }, id, read)).rejects.toThrow(
      'http.internal',
    );
    expect(filesOf(id)).toEqual([]);
  });
});
