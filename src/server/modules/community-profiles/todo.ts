import { eq } from 'drizzle-orm';
import { emptyDeclaredProfile } from '../../../core/community-profiles/contract';
import { profileGaps } from '../../../core/community-profiles/gaps';
import type { TodoItem } from '../../../core/home/contract';
import { hasPermission } from '../../http/actor';
import type { TodoContext } from '../../platform/module';
import { communityProfiles } from './schema';

/** For a community's staff: the facts of its profile still blank (see `profileGaps`). */
export async function communityProfileTodo(ctx: TodoContext): Promise<TodoItem[]> {
  const { membership } = ctx.actor;
  if (!hasPermission(ctx.actor, 'community-profile.manage') || membership.orgUnitKind !== 'community')
    return [];
  const [row] = await ctx.db
    .select({ declared: communityProfiles.declared })
    .from(communityProfiles)
    .where(eq(communityProfiles.orgUnitId, membership.orgUnitId));
  return [
    {
      key: 'communityProfile.todo.gaps',
      count: profileGaps(row?.declared ?? emptyDeclaredProfile).length,
      link: '/community-profile',
      tone: 'normal',
    },
  ];
}
