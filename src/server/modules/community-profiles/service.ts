import { eq } from 'drizzle-orm';
import {
  type CommunityProfileView,
  type DeclaredProfile,
  emptyDeclaredProfile,
} from '../../../core/community-profiles/contract';
import { AppError } from '../../http/errors';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { getOrgUnit, getOrgUnitInScope, type OrgUnitRef } from '../org-units/service';
import { registryCounts } from '../residents/service';
import { communityProfiles } from './schema';

async function communityInScope(ctx: ServiceContext, unitId: string): Promise<OrgUnitRef> {
  const unit = await getOrgUnitInScope(ctx, unitId);
  if (unit.kind !== 'community') throw new AppError('communityProfiles.not_a_community', 400);
  return unit;
}

/** The declared profile beside the figures counted from the records. */
export async function getCommunityProfile(
  ctx: ServiceContext,
  unitId: string,
): Promise<CommunityProfileView> {
  const unit = await communityInScope(ctx, unitId);
  const [[row], detail, counts] = await Promise.all([
    ctx.db.select().from(communityProfiles).where(eq(communityProfiles.orgUnitId, unit.id)),
    getOrgUnit(ctx, unit.id),
    registryCounts(ctx, unit.id),
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
  ctx: ServiceContext,
  unitId: string,
  declared: DeclaredProfile,
): Promise<CommunityProfileView> {
  const unit = await inTransaction(ctx, async (tx) => {
    const community = await communityInScope(tx, unitId);
    await tx.db
      .insert(communityProfiles)
      .values({ orgUnitId: community.id, orgPath: community.path, declared, updatedBy: tx.actor.name })
      .onConflictDoUpdate({
        target: communityProfiles.orgUnitId,
        set: { declared, updatedBy: tx.actor.name, updatedAt: new Date() },
      });
    await recordAudit(tx, {
      action: 'communityProfiles.update',
      entity: 'communityProfile',
      entityId: community.id,
      orgUnit: community,
    });
    return community;
  });
  return getCommunityProfile(ctx, unit.id);
}
