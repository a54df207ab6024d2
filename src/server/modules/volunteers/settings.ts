import { eq } from 'drizzle-orm';
import type { VolunteerSettingsInput, VolunteerSettingsView } from '../../../core/volunteers/contract';
import {
  DEFAULT_LATE_AFTER_DAYS,
  DEFAULT_ROUNDING,
  DEFAULT_STAR_THRESHOLDS_HOURS,
  type RoundingBand,
} from '../../../core/volunteers/rules';
import type { Db } from '../../db/client';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { volunteerSettings } from './schema';

/** A unit's volunteer rules as the services use them. */
export type UnitSettings = Omit<VolunteerSettingsView, 'rounding'> & { rounding: RoundingBand[] };

/** The rules of the unit `orgUnitId`: its own row, or the defaults of core/volunteers/rules.ts. */
export async function settingsOf(db: Db, orgUnitId: string): Promise<UnitSettings> {
  const [row] = await db.select().from(volunteerSettings).where(eq(volunteerSettings.orgUnitId, orgUnitId));
  if (!row) {
    return {
      orgUnitId,
      isDefault: true,
      rounding: [...DEFAULT_ROUNDING],
      starThresholdHours: [...DEFAULT_STAR_THRESHOLDS_HOURS],
      lateAfterDays: DEFAULT_LATE_AFTER_DAYS,
      certificateResponsible: '',
      certificateHandler: '',
      certificateContact: '',
    };
  }
  return {
    orgUnitId,
    isDefault: false,
    rounding: row.rounding as RoundingBand[],
    starThresholdHours: row.starThresholdHours,
    lateAfterDays: row.lateAfterDays,
    certificateResponsible: row.certificateResponsible,
    certificateHandler: row.certificateHandler,
    certificateContact: row.certificateContact,
  };
}

/** The settings of the actor's own unit. */
export function getVolunteerSettings(ctx: ServiceContext): Promise<UnitSettings> {
  return settingsOf(ctx.db, ctx.actor.membership.orgUnitId);
}

/** Replaces the actor's unit's settings; the change is audited with the values before it. */
export function putVolunteerSettings(
  ctx: ServiceContext,
  input: VolunteerSettingsInput,
): Promise<UnitSettings> {
  const { orgUnitId, orgPath } = ctx.actor.membership;
  return inTransaction(ctx, async (tx) => {
    const before = await settingsOf(tx.db, orgUnitId);
    await tx.db
      .insert(volunteerSettings)
      .values({ orgUnitId, orgPath, ...input })
      .onConflictDoUpdate({ target: volunteerSettings.orgUnitId, set: { ...input, updatedAt: new Date() } });
    await recordAudit(tx, {
      action: 'volunteers.settings',
      entity: 'volunteerSettings',
      entityId: orgUnitId,
      detail: { before, after: input },
    });
    return settingsOf(tx.db, orgUnitId);
  });
}
