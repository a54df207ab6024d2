import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { and, asc, count, eq, ilike, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { maskMobile } from '../../../core/mask';
import { checkPasswordPolicy } from '../../../core/password-policy';
import { grantableRoles, roleUnitKinds } from '../../../core/roles';
import type {
  MembershipCreateInput,
  MembershipInput,
  UserCreateInput,
  UserRow,
  UserUpdateInput,
  userListQuery,
} from '../../../core/users/contract';
import { clearFailures, lockedIdentifiers } from '../../auth/lockout';
import { accounts, sessions, users } from '../../auth/schema';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { inScope, pathWithin } from '../../http/scope';
import { recordAudit } from '../audit/service';
import { getOrgUnitInScope, type OrgUnitRef } from '../org-units/service';
import { getVisibleProvider } from '../providers/service';
import { membershipsOfUsers } from './memberships';

export { loadMemberships, type SupervisorCandidate, supervisorCandidates } from './memberships';

import { memberships } from './schema';

type UserListQuery = z.infer<typeof userListQuery> & PageQuery;

/** A user is visible when one of their memberships lies in the actor's scope. */
const visibleUser = (actor: Actor, extra?: ReturnType<typeof eq>) =>
  sql`exists (select 1 from ${memberships} where ${memberships.userId} = ${users.id} and ${inScope(actor, memberships.orgPath)}${extra ? sql` and ${extra}` : sql``})`;

export async function listUsers(db: Db, actor: Actor, query: UserListQuery) {
  const filters = and(
    visibleUser(actor),
    query.orgUnitId ? visibleUser(actor, eq(memberships.orgUnitId, query.orgUnitId)) : undefined,
    query.role ? visibleUser(actor, eq(memberships.role, query.role)) : undefined,
    query.q
      ? or(
          ilike(users.name, `%${query.q}%`),
          ilike(users.username, `%${query.q}%`),
          ilike(users.phoneNumber, `%${query.q}`),
        )
      : undefined,
  );
  const [rows, [{ total }]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(filters)
      .orderBy(asc(users.username))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db.select({ total: count() }).from(users).where(filters),
  ]);
  return { items: await toUserRows(db, rows), total, page: query.page, pageSize: query.pageSize };
}

export async function getUser(db: Db, actor: Actor, id: string): Promise<UserRow> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), visibleUser(actor)));
  if (!row) throw new AppError('users.not_found', 404);
  const [view] = await toUserRows(db, [row]);
  return view;
}

async function toUserRows(db: Db, rows: (typeof users.$inferSelect)[]): Promise<UserRow[]> {
  const ids = rows.map((r) => r.id);
  const [byUser, locks] = await Promise.all([
    membershipsOfUsers(db, ids),
    lockedIdentifiers(db, rows.flatMap((r) => [r.username ?? '', r.phoneNumber ?? '']).filter(Boolean)),
  ]);
  return rows.map((r) => {
    const lock = locks.get(r.username ?? '') ?? locks.get(r.phoneNumber ?? '');
    return {
      id: r.id,
      username: r.username ?? '',
      name: r.name,
      mobile: r.phoneNumber ? maskMobile(r.phoneNumber) : null,
      banned: !!r.banned,
      lockedUntil: lock?.toISOString() ?? null,
      createdAt: r.createdAt.toISOString(),
      memberships: byUser.get(r.id) ?? [],
    };
  });
}

function assertPasswordPolicy(password: string) {
  const broken = checkPasswordPolicy(password);
  if (broken) throw new AppError(broken, 400, [{ path: 'password', message: broken }]);
}

/** Checks that the actor may grant this role at this unit; returns the unit. */
async function resolveGrant(db: Db, actor: Actor, input: MembershipInput): Promise<OrgUnitRef> {
  const unit = await getOrgUnitInScope(db, actor, input.orgUnitId);
  if (!grantableRoles[actor.membership.role]?.includes(input.role)) {
    throw new AppError('memberships.role_not_grantable', 403);
  }
  if (!roleUnitKinds[input.role].includes(unit.kind))
    throw new AppError('memberships.role_unit_mismatch', 400);
  if (input.role === 'socialWorker' && !input.providerId) {
    throw new AppError('memberships.provider_required', 400, [
      { path: 'providerId', message: '请选择社工机构' },
    ]);
  }
  if (input.providerId) await getVisibleProvider(db, actor, input.providerId);
  return unit;
}

export async function createUser(db: Db, actor: Actor, input: UserCreateInput): Promise<UserRow> {
  assertPasswordPolicy(input.password);
  const unit = await resolveGrant(db, actor, input);
  const username = input.username.toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction(async (tx) => {
    await assertIdentityFree(tx, username, input.mobile);
    const userId = crypto.randomUUID();
    await tx.insert(users).values({
      id: userId,
      name: input.name,
      // better-auth requires a unique e-mail; staff and residents sign in by username or mobile instead.
      email: `${username}@users.jinlin.invalid`,
      username,
      displayUsername: input.username,
      phoneNumber: input.mobile,
    });
    await tx.insert(accounts).values({
      id: crypto.randomUUID(),
      accountId: userId,
      providerId: 'credential',
      userId,
      password: passwordHash,
    });
    await insertMembership(tx, actor, userId, input, unit);
    await recordAudit(tx, actor, {
      action: 'users.create',
      entity: 'user',
      entityId: userId,
      orgUnit: { id: unit.id, path: unit.path },
      detail: { username, name: input.name, role: input.role, unit: unit.name },
    });
    return userId;
  });
  return getUser(db, actor, id);
}

async function assertIdentityFree(
  tx: Db,
  username: string,
  mobile: string | undefined | null,
  exceptId?: string,
) {
  const clashes = await tx
    .select({ id: users.id, username: users.username, phoneNumber: users.phoneNumber })
    .from(users)
    .where(or(eq(users.username, username), mobile ? eq(users.phoneNumber, mobile) : undefined));
  for (const c of clashes.filter((c) => c.id !== exceptId)) {
    if (c.username === username) {
      throw new AppError('users.duplicate_username', 409, [{ path: 'username', message: '用户名已被使用' }]);
    }
    if (mobile && c.phoneNumber === mobile) {
      throw new AppError('users.duplicate_mobile', 409, [
        { path: 'mobile', message: '手机号已被其他账号使用' },
      ]);
    }
  }
}

async function insertMembership(
  tx: Db,
  actor: Actor,
  userId: string,
  input: MembershipInput,
  unit: OrgUnitRef,
) {
  const [row] = await tx
    .insert(memberships)
    .values({
      userId,
      orgUnitId: unit.id,
      orgPath: unit.path,
      role: input.role,
      providerId: input.role === 'socialWorker' ? input.providerId : null,
    })
    .onConflictDoNothing()
    .returning({ id: memberships.id });
  if (!row) throw new AppError('memberships.duplicate', 409);
  await recordAudit(tx, actor, {
    action: 'memberships.create',
    entity: 'membership',
    entityId: row.id,
    orgUnit: { id: unit.id, path: unit.path },
    detail: { userId, role: input.role, unit: unit.name },
  });
  return row.id;
}

/** Changing an account touches every unit it serves, so all of its memberships must be in scope. */
async function getManageableUser(db: Db, actor: Actor, id: string): Promise<UserRow> {
  const user = await getUser(db, actor, id);
  if (!user.memberships.every((m) => pathWithin(m.orgPath, actor.membership.orgPath))) {
    throw new AppError('users.outside_scope', 403);
  }
  return user;
}

export async function updateUser(db: Db, actor: Actor, id: string, input: UserUpdateInput): Promise<UserRow> {
  const user = await getManageableUser(db, actor, id);
  if (input.banned !== undefined && id === actor.userId) throw new AppError('users.cannot_change_self', 400);
  await db.transaction(async (tx) => {
    if (input.mobile) await assertIdentityFree(tx, user.username, input.mobile, id);
    await tx
      .update(users)
      .set({ name: input.name, phoneNumber: input.mobile, banned: input.banned, updatedAt: new Date() })
      .where(eq(users.id, id));
    if (input.banned) await tx.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, actor, {
      action: input.banned === undefined ? 'users.update' : input.banned ? 'users.ban' : 'users.unban',
      entity: 'user',
      entityId: id,
      detail: { ...input, mobile: input.mobile ? maskMobile(input.mobile) : input.mobile },
    });
  });
  return getUser(db, actor, id);
}

async function setPassword(tx: Db, userId: string, password: string) {
  await tx
    .update(accounts)
    .set({ password: await hashPassword(password), updatedAt: new Date() })
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, 'credential')));
}

export async function resetUserPassword(
  db: Db,
  actor: Actor,
  id: string,
  newPassword: string,
): Promise<void> {
  const user = await getManageableUser(db, actor, id);
  if (id === actor.userId) throw new AppError('users.cannot_change_self', 400);
  assertPasswordPolicy(newPassword);
  const [row] = await db.select({ phoneNumber: users.phoneNumber }).from(users).where(eq(users.id, id));
  await db.transaction(async (tx) => {
    await setPassword(tx, id, newPassword);
    // A reset means the old password may be known to someone else: end every session.
    await tx.delete(sessions).where(eq(sessions.userId, id));
    await clearFailures(tx, user.username);
    if (row.phoneNumber) await clearFailures(tx, row.phoneNumber);
    await recordAudit(tx, actor, { action: 'users.reset_password', entity: 'user', entityId: id });
  });
}

export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  currentSessionToken: string | null,
): Promise<void> {
  const [account] = await db
    .select({ password: accounts.password })
    .from(accounts)
    .where(and(eq(accounts.userId, actor.userId), eq(accounts.providerId, 'credential')));
  const ok = account?.password
    ? await verifyPassword({ hash: account.password, password: input.currentPassword })
    : false;
  if (!ok)
    throw new AppError('auth.wrong_current_password', 400, [
      { path: 'currentPassword', message: '当前密码不正确' },
    ]);
  assertPasswordPolicy(input.newPassword);
  await db.transaction(async (tx) => {
    await setPassword(tx, actor.userId, input.newPassword);
    await tx
      .delete(sessions)
      .where(
        and(
          eq(sessions.userId, actor.userId),
          currentSessionToken ? sql`${sessions.token} <> ${currentSessionToken}` : undefined,
        ),
      );
    await recordAudit(tx, actor, {
      action: 'users.change_own_password',
      entity: 'user',
      entityId: actor.userId,
    });
  });
}

export async function signOutEverywhere(db: Db, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.userId, actor.userId));
    await recordAudit(tx, actor, {
      action: 'users.sign_out_everywhere',
      entity: 'user',
      entityId: actor.userId,
    });
  });
}

export async function setOwnLocale(db: Db, actor: Actor, locale: 'zh-CN' | 'en'): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, actor.userId));
}

export async function getOwnProfile(db: Db, actor: Actor) {
  const [row] = await db.select().from(users).where(eq(users.id, actor.userId));
  return {
    id: row.id,
    username: row.username ?? '',
    name: row.name,
    mobile: row.phoneNumber ? maskMobile(row.phoneNumber) : null,
    locale: actor.locale,
  };
}

export async function addMembership(db: Db, actor: Actor, input: MembershipCreateInput): Promise<UserRow> {
  // Seeing the user is enough: a membership in the actor's scope changes nothing outside it.
  await getUser(db, actor, input.userId);
  const unit = await resolveGrant(db, actor, input);
  await db.transaction((tx) => insertMembership(tx, actor, input.userId, input, unit));
  return getUser(db, actor, input.userId);
}

export async function removeMembership(db: Db, actor: Actor, id: string): Promise<void> {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.id, id), inScope(actor, memberships.orgPath)));
  if (!row) throw new AppError('memberships.not_found', 404);
  if (!grantableRoles[actor.membership.role]?.includes(row.role)) {
    throw new AppError('memberships.role_not_grantable', 403);
  }
  await db.transaction(async (tx) => {
    const [{ n }] = await tx
      .select({ n: count() })
      .from(memberships)
      .where(eq(memberships.userId, row.userId));
    if (n <= 1) throw new AppError('memberships.last_membership', 409);
    await tx.delete(memberships).where(eq(memberships.id, id));
    await recordAudit(tx, actor, {
      action: 'memberships.delete',
      entity: 'membership',
      entityId: id,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
      detail: { userId: row.userId, role: row.role },
    });
  });
}
