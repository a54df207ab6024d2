import { and, eq, ne } from 'drizzle-orm';
import { AppError } from '../../http/errors';
import type { ServiceContext } from '../../platform/context';
import { volunteers } from './schema';

/** What other modules know of a volunteer: who, where, and whether they may act as one. */
export type VolunteerRef = {
  id: string;
  orgUnitId: string;
  orgPath: string;
  name: string;
  volunteerNo: string;
  role: 'backbone' | 'member';
  status: 'applied' | 'active' | 'rejected' | 'left';
  priority: boolean;
};

const refColumns = {
  id: volunteers.id,
  orgUnitId: volunteers.orgUnitId,
  orgPath: volunteers.orgPath,
  name: volunteers.name,
  volunteerNo: volunteers.volunteerNo,
  role: volunteers.role,
  status: volunteers.status,
  priority: volunteers.priority,
};

/** The signed-in user's own volunteer record (not a rejected application), or 404. */
export async function volunteerOfUser(ctx: ServiceContext): Promise<VolunteerRef> {
  const [row] = await ctx.db
    .select(refColumns)
    .from(volunteers)
    .where(and(eq(volunteers.userId, ctx.actor.userId), ne(volunteers.status, 'rejected')));
  if (!row) throw new AppError('volunteers.not_registered', 404);
  return row;
}

/** The signed-in user's own volunteer record if they are an active volunteer, else 403. */
export async function activeVolunteerOfUser(ctx: ServiceContext): Promise<VolunteerRef> {
  const volunteer = await volunteerOfUser(ctx);
  if (volunteer.status !== 'active') throw new AppError('volunteers.not_active', 403);
  return volunteer;
}

// What volunteers contribute to the service figures: approved hours and the volunteers who served.
export {
  type ServiceRecordFilter,
  type VolunteerServiceFigures,
  volunteerServiceFigures,
  volunteerServiceFiguresByUnit,
} from './figures';
