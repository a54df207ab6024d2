import { z } from 'zod';

export const myNotification = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type MyNotification = z.infer<typeof myNotification>;

export const myNotificationList = z.object({
  items: z.array(myNotification),
  unread: z.number().int(),
});

/** Marks the given messages read, or all of them when no ids are given. */
export const markReadInput = z.object({ ids: z.array(z.uuid('编号无效')).max(200).optional() });
