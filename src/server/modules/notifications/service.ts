import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { myNotificationList } from '../../../core/notifications/contract';
import type { Db } from '../../db/client';
import type { ServiceContext } from '../../platform/context';
import { residentOfUser } from '../residents/service';
import { notifications } from './schema';

type MyNotificationList = z.infer<typeof myNotificationList>;

/** What a resident is told: a short title and a sentence or two. */
export type Message = { title: string; body: string };

/**
 * One way of reaching residents. In-app (the phone page's list) is the only channel now; a WeChat
 * template message or an SMS is one more entry in `channels`, and no caller changes. A channel runs
 * in the caller's transaction: one that reaches outside the database should queue what it sends in a
 * table of its own and send after the commit, so a change that is rolled back tells nobody.
 */
export type DeliveryChannel = {
  deliver(ctx: ServiceContext, residentIds: readonly string[], message: Message): Promise<void>;
};

const inApp: DeliveryChannel = {
  async deliver(ctx, residentIds, message) {
    await ctx.db.insert(notifications).values(residentIds.map((residentId) => ({ residentId, ...message })));
  },
};

const channels: readonly DeliveryChannel[] = [inApp];

/** Tells each of the residents `message` on every channel; call it with the transaction of the change it reports. */
export async function notifyResidents(
  ctx: ServiceContext,
  residentIds: readonly string[],
  message: Message,
): Promise<void> {
  if (residentIds.length === 0) return;
  for (const channel of channels) await channel.deliver(ctx, residentIds, message);
}

async function unreadCount(db: Db, residentId: string): Promise<number> {
  const [{ unread }] = await db
    .select({ unread: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.residentId, residentId), isNull(notifications.readAt)));
  return unread;
}

async function listOf(db: Db, residentId: string): Promise<MyNotificationList> {
  const [rows, unread] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(eq(notifications.residentId, residentId))
      .orderBy(desc(notifications.createdAt))
      .limit(50),
    unreadCount(db, residentId),
  ]);
  const items = rows.map((n) => ({
    id: n.id,
    title: n.title,
    body: n.body,
    createdAt: n.createdAt.toISOString(),
    read: !!n.readAt,
  }));
  return { items, unread };
}

/** The signed-in resident's newest 50 messages and how many of all are unread; reading the list marks nothing. */
export async function myNotifications(ctx: ServiceContext): Promise<MyNotificationList> {
  const me = await residentOfUser(ctx);
  return listOf(ctx.db, me.id);
}

/** Marks the given messages (or all) of the signed-in resident read; another resident's ids are ignored. */
export async function markMyNotificationsRead(
  ctx: ServiceContext,
  ids?: string[],
): Promise<MyNotificationList> {
  const me = await residentOfUser(ctx);
  await ctx.db
    .update(notifications)
    .set({ readAt: ctx.clock.now() })
    .where(
      and(
        eq(notifications.residentId, me.id),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    );
  return listOf(ctx.db, me.id);
}
