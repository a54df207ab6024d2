import { and, eq, ne, sql } from 'drizzle-orm';
import { idProblemMessages, normalizeIdNumber, parseIdNumber } from '../../../core/residents/id-card';
import type {
  GuardianConsentInput,
  OwnVolunteerView,
  VolunteerApplicationInput,
  VolunteerCreateInput,
  VolunteerDetail,
  VolunteerIdentityInput,
} from '../../../core/volunteers/contract';
import { volunteerAgeRule } from '../../../core/volunteers/rules';
import { queryRows } from '../../db/client';
import { AppError } from '../../http/errors';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { getResidentRef, residentIdentities } from '../residents/service';
import { grantVolunteerRole } from '../users/service';
import { actorCommunity, getVolunteer, lockVolunteer, ownVolunteer } from './registry';
import { volunteers } from './schema';

type Unit = { id: string; path: string };

/** Who is being registered: from the resident registry or given by hand, already checked. */
type Person = {
  residentId: string | null;
  name: string;
  idType: VolunteerIdentityInput['idType'];
  idNumber: string;
  birthDate: string;
  mobile: string | null;
};

type Profile = Pick<
  VolunteerCreateInput,
  'skills' | 'availability' | 'affiliation' | 'affiliationName' | 'dualRegistered' | 'guardianConsent'
>;

/** A standalone identity checked as the resident registry checks one (GB 11643 for resident IDs). */
function standalonePerson(input: VolunteerIdentityInput, today: string): Person {
  const idNumber = normalizeIdNumber(input.idNumber);
  const person = {
    residentId: null,
    name: input.name,
    idType: input.idType,
    idNumber,
    mobile: input.mobile ?? null,
  };
  if (input.idType !== 'residentId') {
    if (!input.birthDate)
      throw new AppError('volunteers.birth_date_required', 400, [
        { path: 'identity.birthDate', message: '非居民身份证须填写出生日期' },
      ]);
    return { ...person, birthDate: input.birthDate };
  }
  const parsed = parseIdNumber(idNumber, new Date(`${today}T00:00:00Z`));
  if (!parsed.ok)
    throw new AppError('volunteers.invalid_id_number', 400, [
      { path: 'identity.idNumber', message: idProblemMessages[parsed.problem] },
    ]);
  if (input.birthDate && input.birthDate !== parsed.facts.birthDate)
    throw new AppError('volunteers.id_mismatch', 400, [
      { path: 'identity.birthDate', message: `身份证号显示出生日期为 ${parsed.facts.birthDate}` },
    ]);
  return { ...person, birthDate: parsed.facts.birthDate };
}

/** Under 14 refused; 14–17 only with the guardian's consent, which is kept encrypted with its time. */
function consentColumns(ctx: ServiceContext, birthDate: string, consent: GuardianConsentInput | undefined) {
  const rule = volunteerAgeRule(birthDate, ctx.clock.today());
  if (rule === 'tooYoung') throw new AppError('volunteers.too_young', 400);
  if (rule === 'adult') return { guardianConsentEnc: null, guardianConsentAt: null };
  if (!consent)
    throw new AppError('volunteers.guardian_consent_required', 400, [
      { path: 'guardianConsent', message: '请填写监护人姓名、手机号和关系' },
    ]);
  return {
    guardianConsentEnc: ctx.crypto.encrypt(JSON.stringify(consent)),
    guardianConsentAt: ctx.clock.now(),
  };
}

/**
 * The community's next volunteer number, "<community code>-000123", never derived from the ID number.
 * Taken under a per-community transaction lock, which also makes the duplicate check race-free.
 */
async function nextVolunteerNo(tx: ServiceContext, unit: Unit): Promise<string> {
  await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`volunteers.no:${unit.id}`}))`);
  const code = unit.path.split('.').at(-1) ?? unit.id;
  const [{ last }] = await queryRows<{ last: number }>(
    tx.db,
    sql`select coalesce(max(substring(volunteer_no from '-(\\d+)$')::int), 0)::int as last
      from volunteers where org_unit_id = ${unit.id} and volunteer_no like ${`${code}-%`}`,
  );
  return `${code}-${String(last + 1).padStart(6, '0')}`;
}

async function assertPersonFree(tx: ServiceContext, unit: Unit, idNumberHash: string) {
  const [clash] = await tx.db
    .select({ id: volunteers.id })
    .from(volunteers)
    .where(
      and(
        eq(volunteers.orgUnitId, unit.id),
        eq(volunteers.idNumberHash, idNumberHash),
        ne(volunteers.status, 'rejected'),
      ),
    );
  if (clash) throw new AppError('volunteers.duplicate_person', 409);
}

/** Writes one volunteer row after the age, duplicate and numbering rules; returns its id. */
async function enrol(
  tx: ServiceContext,
  unit: Unit,
  person: Person,
  profile: Profile,
  how: {
    status: 'applied' | 'active';
    source: 'self' | 'staff';
    userId: string | null;
    role?: 'backbone' | 'member';
    priority?: boolean;
  },
): Promise<string> {
  const consent = consentColumns(tx, person.birthDate, profile.guardianConsent);
  const volunteerNo = await nextVolunteerNo(tx, unit);
  // Same keyed hash as the resident registry, so a standalone entry of a registered resident clashes too.
  const idNumberHash = tx.crypto.hash(`id:${person.idNumber}`);
  await assertPersonFree(tx, unit, idNumberHash);
  const [row] = await tx.db
    .insert(volunteers)
    .values({
      orgUnitId: unit.id,
      orgPath: unit.path,
      volunteerNo,
      residentId: person.residentId,
      userId: how.userId,
      name: person.name,
      idType: person.idType,
      idNumberEnc: tx.crypto.encrypt(person.idNumber),
      idNumberHash,
      idTail: person.idNumber.slice(-4),
      birthDate: person.birthDate,
      mobileEnc: person.mobile ? tx.crypto.encrypt(person.mobile) : null,
      mobileHash: person.mobile ? tx.crypto.hash(`mobile:${person.mobile}`) : null,
      mobileTail: person.mobile?.slice(-4) ?? null,
      affiliation: profile.affiliation,
      affiliationName: profile.affiliationName,
      dualRegistered: profile.dualRegistered,
      skills: profile.skills,
      availability: profile.availability,
      role: how.role ?? 'member',
      priority: how.priority ?? false,
      status: how.status,
      source: how.source,
      ...consent,
      ...(how.status === 'active' ? { screenedBy: tx.actor.userId, screenedAt: tx.clock.now() } : {}),
      createdBy: tx.actor.userId,
    })
    .returning({ id: volunteers.id });
  await recordAudit(tx, {
    action: how.source === 'self' ? 'volunteers.apply' : 'volunteers.create',
    entity: 'volunteer',
    entityId: row.id,
    orgUnit: unit,
    detail: { volunteerNo, residentId: person.residentId },
  });
  return row.id;
}

/** The identity of a registry resident, decrypted to be sealed again under the volunteer's own record. */
async function residentPerson(tx: ServiceContext, which: { ids: string[] } | { userIds: string[] }) {
  const [resident] = await residentIdentities(tx.db, tx.crypto, which);
  if (!resident) return null;
  const person: Person = {
    residentId: resident.id,
    name: resident.name,
    idType: resident.idType,
    idNumber: resident.idNumber,
    birthDate: resident.birthDate,
    mobile: resident.mobile,
  };
  return { person, unit: { id: resident.orgUnitId, path: resident.orgPath }, userId: resident.userId };
}

/** Staff add a volunteer, active at once: a resident of their scope, or a standalone person. */
export async function createVolunteer(
  ctx: ServiceContext,
  input: VolunteerCreateInput,
): Promise<VolunteerDetail> {
  const id = await inTransaction(ctx, async (tx) => {
    const how = {
      status: 'active' as const,
      source: 'staff' as const,
      role: input.role,
      priority: input.priority,
    };
    if (input.residentId) {
      await getResidentRef(tx, input.residentId);
      const found = await residentPerson(tx, { ids: [input.residentId] });
      // A resident who moved away or died is no longer in the registry's active list.
      if (!found) throw new AppError('residents.not_found', 404);
      // The resident's own account, if any, is the volunteer's: their phone pages find the record.
      return enrol(tx, found.unit, found.person, input, { ...how, userId: found.userId });
    }
    const identity = input.identity as VolunteerIdentityInput;
    const unit = await actorCommunity(tx);
    return enrol(tx, unit, standalonePerson(identity, tx.clock.today()), input, { ...how, userId: null });
  });
  return getVolunteer(ctx, id);
}

/**
 * A signed-in user applies from the phone: with their registry identity when their account is linked
 * to a resident, otherwise with the identity they give. The application waits for screening.
 */
export async function applyAsVolunteer(
  ctx: ServiceContext,
  input: VolunteerApplicationInput,
): Promise<OwnVolunteerView> {
  await inTransaction(ctx, async (tx) => {
    const [mine] = await tx.db
      .select({ id: volunteers.id })
      .from(volunteers)
      .where(and(eq(volunteers.userId, tx.actor.userId), ne(volunteers.status, 'rejected')));
    if (mine) throw new AppError('volunteers.already_applied', 409);
    const how = { status: 'applied' as const, source: 'self' as const, userId: tx.actor.userId };
    const linked = await residentPerson(tx, { userIds: [tx.actor.userId] });
    if (linked) return enrol(tx, linked.unit, linked.person, input, how);
    if (!input.identity)
      throw new AppError('volunteers.identity_required', 400, [
        { path: 'identity', message: '请填写姓名和证件信息' },
      ]);
    const unit = await actorCommunity(tx);
    return enrol(tx, unit, standalonePerson(input.identity, tx.clock.today()), input, how);
  });
  return ownVolunteer(ctx);
}

/**
 * Approves a pending application. An applicant with an account who does not yet hold the volunteer
 * role at the community gets it, so the volunteer's phone pages open.
 */
export async function approveVolunteer(ctx: ServiceContext, id: string): Promise<VolunteerDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockVolunteer(tx, id);
    if (row.status !== 'applied') throw new AppError('volunteers.not_applied', 409);
    await tx.db
      .update(volunteers)
      .set({ status: 'active', screenedBy: tx.actor.userId, screenedAt: tx.clock.now() })
      .where(eq(volunteers.id, id));
    const unit = { id: row.orgUnitId, path: row.orgPath };
    if (row.userId) await grantVolunteerRole(tx, row.userId, unit);
    await recordAudit(tx, { action: 'volunteers.approve', entity: 'volunteer', entityId: id, orgUnit: unit });
  });
  return getVolunteer(ctx, id);
}

/** Rejects a pending application with the reason the applicant will see. */
export async function rejectVolunteer(
  ctx: ServiceContext,
  id: string,
  reason: string,
): Promise<VolunteerDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await lockVolunteer(tx, id);
    if (row.status !== 'applied') throw new AppError('volunteers.not_applied', 409);
    await tx.db
      .update(volunteers)
      .set({
        status: 'rejected',
        rejectReason: reason,
        screenedBy: tx.actor.userId,
        screenedAt: tx.clock.now(),
      })
      .where(eq(volunteers.id, id));
    await recordAudit(tx, {
      action: 'volunteers.reject',
      entity: 'volunteer',
      entityId: id,
      reason,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
    });
  });
  return getVolunteer(ctx, id);
}
