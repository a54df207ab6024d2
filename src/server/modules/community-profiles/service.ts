import { eq } from 'drizzle-orm';
import {
  type CommunityProfileView,
  type DeclaredProfile,
  emptyDeclaredProfile,
} from '../../../core/community-profiles/contract';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { recordAudit } from '../audit/service';
import { getOrgUnit, getOrgUnitInScope } from '../org-units/service';
import { registryCounts } from '../residents/stats';
import { communityProfiles } from './schema';

async function communityInScope(db: Db, actor: Actor, unitId: string) {
  const unit = await getOrgUnitInScope(db, actor, unitId);
  if (unit.kind !== 'community') throw new AppError('communityProfiles.not_a_community', 400);
  return unit;
}

/** The declared profile beside the figures counted from the records. */
export async function getCommunityProfile(
  db: Db,
  actor: Actor,
  unitId: string,
): Promise<CommunityProfileView> {
  const unit = await communityInScope(db, actor, unitId);
  const [[row], detail, counts] = await Promise.all([
    db.select().from(communityProfiles).where(eq(communityProfiles.orgUnitId, unit.id)),
    getOrgUnit(db, actor, unit.id),
    registryCounts(db, actor, unit.id),
  ]);
  return {
    orgUnitId: unit.id,
    orgUnitName: unit.name,
    declared: row?.declared ?? emptyDeclaredProfile,
    counted: {
      grids: detail.grids.length,
      compounds: detail.compounds.filter((c) => c.kind === 'compound').length,
      apartmentBlocks: detail.compounds.filter((c) => c.kind === 'apartmentBlock').length,
      registeredResidents: counts.registered,
      migrantResidents: counts.migrant,
      partyMembers: counts.partyMembers,
    },
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row?.updatedBy ?? null,
  };
}

export async function saveCommunityProfile(
  db: Db,
  actor: Actor,
  unitId: string,
  declared: DeclaredProfile,
): Promise<CommunityProfileView> {
  const unit = await communityInScope(db, actor, unitId);
  await db.transaction(async (tx) => {
    await tx
      .insert(communityProfiles)
      .values({ orgUnitId: unit.id, orgPath: unit.path, declared, updatedBy: actor.name })
      .onConflictDoUpdate({
        target: communityProfiles.orgUnitId,
        set: { declared, updatedBy: actor.name, updatedAt: new Date() },
      });
    await recordAudit(tx, actor, {
      action: 'communityProfiles.update',
      entity: 'communityProfile',
      entityId: unit.id,
      orgUnit: unit,
    });
  });
  return getCommunityProfile(db, actor, unit.id);
}
