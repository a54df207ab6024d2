import { and, asc, desc, eq, getTableColumns, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  TrainingChain,
  TrainingInput,
  TrainingView,
  trainingListQuery,
} from '../../../core/volunteers/contract';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { findInScopeOrThrow, inScope } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { activeVolunteersOfUnit, actorCommunity, findVolunteer } from './registry';
import { volunteers, volunteerTrainingAttendees, volunteerTrainings } from './schema';

type TrainingRow = typeof volunteerTrainings.$inferSelect;
type ListQuery = z.infer<typeof trainingListQuery>;

// A list bounded like every report on PGlite: a year of a street's trainings fits well within it.
const listLimit = 500;

/** The trainings' views with their attendees, in the order given. */
async function withAttendees(db: Db, rows: TrainingRow[]): Promise<TrainingView[]> {
  if (rows.length === 0) return [];
  const attendees = await db
    .select({
      trainingId: volunteerTrainingAttendees.trainingId,
      volunteerId: volunteers.id,
      volunteerNo: volunteers.volunteerNo,
      name: volunteers.name,
      role: volunteers.role,
    })
    .from(volunteerTrainingAttendees)
    .innerJoin(volunteers, eq(volunteers.id, volunteerTrainingAttendees.volunteerId))
    .where(
      inArray(
        volunteerTrainingAttendees.trainingId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(volunteers.volunteerNo));
  return rows.map((r) => ({
    id: r.id,
    topic: r.topic,
    trainerKind: r.trainerKind,
    trainerName: r.trainerName,
    trainerVolunteerId: r.trainerVolunteerId,
    heldOn: r.heldOn,
    durationMinutes: r.durationMinutes,
    place: r.place,
    attendees: attendees.filter((a) => a.trainingId === r.id).map(({ trainingId: _, ...a }) => a),
  }));
}

function selectTrainings(ctx: ServiceContext, where: SQL | undefined) {
  return ctx.db
    .select()
    .from(volunteerTrainings)
    .where(and(inScope(ctx.actor, volunteerTrainings.orgPath), where))
    .orderBy(desc(volunteerTrainings.heldOn), asc(volunteerTrainings.topic))
    .limit(listLimit);
}

const inPeriod = (q: { from?: string; to?: string }) =>
  and(
    q.from ? sql`${volunteerTrainings.heldOn} >= ${q.from}` : undefined,
    q.to ? sql`${volunteerTrainings.heldOn} <= ${q.to}` : undefined,
  );

export async function listTrainings(ctx: ServiceContext, query: ListQuery): Promise<TrainingView[]> {
  const rows = await selectTrainings(
    ctx,
    and(
      inPeriod(query),
      query.trainerKind ? eq(volunteerTrainings.trainerKind, query.trainerKind) : undefined,
    ),
  );
  return withAttendees(ctx.db, rows);
}

function findTraining(ctx: ServiceContext, id: string): Promise<TrainingRow> {
  return findInScopeOrThrow(
    ctx.db,
    {
      table: volunteerTrainings,
      columns: getTableColumns(volunteerTrainings),
      id,
      scope: inScope(ctx.actor, volunteerTrainings.orgPath),
    },
    'volunteerTrainings.not_found',
  );
}

export async function getTraining(ctx: ServiceContext, id: string): Promise<TrainingView> {
  const [view] = await withAttendees(ctx.db, [await findTraining(ctx, id)]);
  return view;
}

/** A volunteer's training record (培训记录): what they attended and what they led. */
export async function trainingsOfVolunteer(
  ctx: ServiceContext,
  volunteerId: string,
): Promise<TrainingView[]> {
  await findVolunteer(ctx, volunteerId);
  const rows = await selectTrainings(
    ctx,
    or(
      eq(volunteerTrainings.trainerVolunteerId, volunteerId),
      sql`exists (select 1 from volunteer_training_attendees a where a.training_id = "volunteer_trainings"."id" and a.volunteer_id = ${volunteerId})`,
    ),
  );
  return withAttendees(ctx.db, rows);
}

/**
 * The trainer and the attendees, checked against the community: a backbone-led training names an
 * active backbone volunteer of the community (whose name is the trainer's), any other names the trainer.
 */
async function trainingValues(tx: ServiceContext, unitId: string, input: TrainingInput) {
  if (input.heldOn > tx.clock.today())
    throw new AppError('volunteerTrainings.future_date', 400, [
      { path: 'heldOn', message: '培训日期不能晚于今天' },
    ]);
  const { attendeeIds, ...fields } = input;
  await activeVolunteersOfUnit(tx, unitId, attendeeIds);
  if (input.trainerKind !== 'backbone') {
    if (!input.trainerName)
      throw new AppError('volunteerTrainings.trainer_required', 400, [
        { path: 'trainerName', message: '请填写讲师' },
      ]);
    return { values: { ...fields, trainerVolunteerId: null }, attendeeIds };
  }
  const [trainer] = await tx.db
    .select({ name: volunteers.name })
    .from(volunteers)
    .where(
      and(
        eq(volunteers.id, input.trainerVolunteerId ?? sql`null`),
        eq(volunteers.orgUnitId, unitId),
        eq(volunteers.status, 'active'),
        eq(volunteers.role, 'backbone'),
      ),
    );
  if (!trainer)
    throw new AppError('volunteerTrainings.trainer_required', 400, [
      { path: 'trainerVolunteerId', message: '请选择本社区的骨干志愿者' },
    ]);
  return { values: { ...fields, trainerName: trainer.name }, attendeeIds };
}

async function replaceAttendees(
  tx: ServiceContext,
  training: { id: string; orgPath: string },
  ids: string[],
) {
  await tx.db
    .delete(volunteerTrainingAttendees)
    .where(eq(volunteerTrainingAttendees.trainingId, training.id));
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  await tx.db
    .insert(volunteerTrainingAttendees)
    .values(
      unique.map((volunteerId) => ({ trainingId: training.id, volunteerId, orgPath: training.orgPath })),
    );
}

export async function createTraining(ctx: ServiceContext, input: TrainingInput): Promise<TrainingView> {
  const id = await inTransaction(ctx, async (tx) => {
    const unit = await actorCommunity(tx);
    const { values, attendeeIds } = await trainingValues(tx, unit.id, input);
    const [row] = await tx.db
      .insert(volunteerTrainings)
      .values({ ...values, orgUnitId: unit.id, orgPath: unit.path, createdBy: tx.actor.userId })
      .returning({ id: volunteerTrainings.id });
    await replaceAttendees(tx, { id: row.id, orgPath: unit.path }, attendeeIds);
    return row.id;
  });
  return getTraining(ctx, id);
}

export async function updateTraining(
  ctx: ServiceContext,
  id: string,
  input: TrainingInput,
): Promise<TrainingView> {
  await inTransaction(ctx, async (tx) => {
    const training = await findTraining(tx, id);
    const { values, attendeeIds } = await trainingValues(tx, training.orgUnitId, input);
    await tx.db.update(volunteerTrainings).set(values).where(eq(volunteerTrainings.id, id));
    await replaceAttendees(tx, training, attendeeIds);
  });
  return getTraining(ctx, id);
}

export async function deleteTraining(ctx: ServiceContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const training = await findTraining(tx, id);
    await tx.db.delete(volunteerTrainingAttendees).where(eq(volunteerTrainingAttendees.trainingId, id));
    await tx.db.delete(volunteerTrainings).where(eq(volunteerTrainings.id, id));
    // Training is part of the volunteer record (志愿服务条例 art. 19): its removal stays on the record.
    await recordAudit(tx, {
      action: 'volunteerTrainings.delete',
      entity: 'volunteerTraining',
      entityId: id,
      orgUnit: { id: training.orgUnitId, path: training.orgPath },
      detail: { topic: training.topic, heldOn: training.heldOn },
    });
  });
}

/**
 * 社工教骨干、骨干带全员: the social workers' trainings in the period, the backbone volunteers who
 * attended each, and the trainings each of those backbones led in the period with their attendees.
 */
export async function trainingChain(
  ctx: ServiceContext,
  query: { from?: string; to?: string },
): Promise<TrainingChain> {
  const led = await withAttendees(
    ctx.db,
    await selectTrainings(ctx, and(inPeriod(query), eq(volunteerTrainings.trainerKind, 'socialWorker'))),
  );
  const backboneIds = [
    ...new Set(
      led.flatMap((t) => t.attendees.filter((a) => a.role === 'backbone').map((a) => a.volunteerId)),
    ),
  ];
  const byBackbone =
    backboneIds.length === 0
      ? []
      : await withAttendees(
          ctx.db,
          await selectTrainings(
            ctx,
            and(inPeriod(query), inArray(volunteerTrainings.trainerVolunteerId, backboneIds)),
          ),
        );
  return {
    items: led.map((training) => ({
      training,
      backbones: training.attendees
        .filter((a) => a.role === 'backbone')
        .map((a) => ({
          volunteerId: a.volunteerId,
          name: a.name,
          ledTrainings: byBackbone.filter((t) => t.trainerVolunteerId === a.volunteerId),
        })),
    })),
  };
}
