import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { and, asc, count, eq, ilike, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { maskMobile } from '../../../core/mask';
import { checkPasswordPolicy, passwordPolicyMessages } from '../../../core/password-policy';
import { grantableRoles, roleUnitKinds } from '../../../core/roles';
import type {
  MembershipCreateInput,
  MembershipInput,
  UserCreateInput,
  UserRow,
  UserUpdateInput,
  userListQuery,
} from '../../../core/users/contract';
import { accountLockKey, clearFailures, countFailure, isLocked, lockedAccounts } from '../../auth/lockout';
import { accounts, sessions, users } from '../../auth/schema';
import type { Db } from '../../db/client';
import type { Actor } from '../../http/actor';
import { AppError } from '../../http/errors';
import { offsetOf, type PageQuery } from '../../http/pagination';
import { findInScopeOrThrow, inScope, pathWithin } from '../../http/scope';
import { inTransaction, type ServiceContext } from '../../platform/context';
import { recordAudit } from '../audit/service';
import { getOrgUnitInScope, type OrgUnitRef } from '../org-units/service';
import { getVisibleProvider } from '../providers/service';
import { membershipsOfUsers } from './memberships';
import { memberships } from './schema';

export { loadMemberships, type SupervisorCandidate, supervisorCandidates } from './memberships';
export { sessionActorByToken } from './session-actor';

/**
 * The name of the user a text column of another module's rows holds the id of (e.g. who wrote a ledger
 * entry), as a scalar sub-select for that module's select list; null for an id that is no user's.
 */
export const userNameOf = (userIdColumn: AnyPgColumn) =>
  sql<string | null>`(${sql`select ${users.name} from ${users} where ${users.id} = ${userIdColumn}`})`;

type UserListQuery = z.infer<typeof userListQuery> & PageQuery;

/** A user is visible when one of their memberships lies in the actor's scope. */
const visibleUser = (actor: Actor, extra?: ReturnType<typeof eq>) =>
  sql`exists (select 1 from ${memberships} where ${memberships.userId} = ${users.id} and ${inScope(actor, memberships.orgPath)}${extra ? sql` and ${extra}` : sql``})`;

export async function listUsers(ctx: ServiceContext, query: UserListQuery) {
  const { db, actor } = ctx;
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

export async function getUser(ctx: ServiceContext, id: string): Promise<UserRow> {
  const [row] = await ctx.db
    .select()
    .from(users)
    .where(and(eq(users.id, id), visibleUser(ctx.actor)));
  if (!row) throw new AppError('users.not_found', 404);
  const [view] = await toUserRows(ctx.db, [row]);
  return view;
}

async function toUserRows(db: Db, rows: (typeof users.$inferSelect)[]): Promise<UserRow[]> {
  const ids = rows.map((r) => r.id);
  const [byUser, locks] = await Promise.all([membershipsOfUsers(db, ids), lockedAccounts(db, ids)]);
  return rows.map((r) => {
    const lock = locks.get(r.id);
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

/** Refuses a password the policy does not allow, with the reason on the form field `field`. */
function assertPasswordPolicy(password: string, field = 'password') {
  const broken = checkPasswordPolicy(password);
  if (broken) throw new AppError(broken, 400, [{ path: field, message: passwordPolicyMessages[broken] }]);
}

/** Checks that the actor may grant this role at this unit; returns the unit. */
async function resolveGrant(tx: ServiceContext, input: MembershipInput): Promise<OrgUnitRef> {
  const unit = await getOrgUnitInScope(tx, input.orgUnitId);
  if (!grantableRoles[tx.actor.membership.role]?.includes(input.role)) {
    throw new AppError('memberships.role_not_grantable', 403);
  }
  if (!roleUnitKinds[input.role].includes(unit.kind))
    throw new AppError('memberships.role_unit_mismatch', 400);
  if (input.role === 'socialWorker' && !input.providerId) {
    throw new AppError('memberships.provider_required', 400, [
      { path: 'providerId', message: '请选择社工机构' },
    ]);
  }
  if (input.providerId) await getVisibleProvider(tx, input.providerId);
  return unit;
}

export async function createUser(ctx: ServiceContext, input: UserCreateInput): Promise<UserRow> {
  assertPasswordPolicy(input.password);
  const username = input.username.toLowerCase();
  // Hashing is slow: done before the transaction opens, so no connection is held meanwhile.
  const passwordHash = await hashPassword(input.password);
  const id = await inTransaction(ctx, async (tx) => {
    const unit = await resolveGrant(tx, input);
    await assertIdentityFree(tx.db, username, input.mobile);
    const userId = crypto.randomUUID();
    await tx.db.insert(users).values({
      id: userId,
      name: input.name,
      // better-auth requires a unique e-mail; staff and residents sign in by username or mobile instead.
      email: `${username}@users.jinlin.invalid`,
      username,
      displayUsername: input.username,
      phoneNumber: input.mobile,
    });
    await tx.db.insert(accounts).values({
      id: crypto.randomUUID(),
      accountId: userId,
      providerId: 'credential',
      userId,
      password: passwordHash,
    });
    await insertMembership(tx, userId, input, unit);
    await recordAudit(tx, {
      action: 'users.create',
      entity: 'user',
      entityId: userId,
      orgUnit: { id: unit.id, path: unit.path },
      detail: { username, name: input.name, role: input.role, unit: unit.name },
    });
    return userId;
  });
  return getUser(ctx, id);
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
  tx: ServiceContext,
  userId: string,
  input: MembershipInput,
  unit: OrgUnitRef,
) {
  const [row] = await tx.db
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
  await recordAudit(tx, {
    action: 'memberships.create',
    entity: 'membership',
    entityId: row.id,
    orgUnit: { id: unit.id, path: unit.path },
    detail: { userId, role: input.role, unit: unit.name },
  });
  return row.id;
}

/** Changing an account touches every unit it serves, so all of its memberships must be in scope. */
async function getManageableUser(ctx: ServiceContext, id: string): Promise<UserRow> {
  const user = await getUser(ctx, id);
  if (!user.memberships.every((m) => pathWithin(m.orgPath, ctx.actor.membership.orgPath))) {
    throw new AppError('users.outside_scope', 403);
  }
  return user;
}

export async function updateUser(ctx: ServiceContext, id: string, input: UserUpdateInput): Promise<UserRow> {
  await inTransaction(ctx, async (tx) => {
    const user = await getManageableUser(tx, id);
    if (input.banned !== undefined && id === tx.actor.userId)
      throw new AppError('users.cannot_change_self', 400);
    if (input.mobile) await assertIdentityFree(tx.db, user.username, input.mobile, id);
    await tx.db
      .update(users)
      .set({ name: input.name, phoneNumber: input.mobile, banned: input.banned, updatedAt: new Date() })
      .where(eq(users.id, id));
    if (input.banned) await tx.db.delete(sessions).where(eq(sessions.userId, id));
    await recordAudit(tx, {
      action: input.banned === undefined ? 'users.update' : input.banned ? 'users.ban' : 'users.unban',
      entity: 'user',
      entityId: id,
      detail: { ...input, mobile: input.mobile ? maskMobile(input.mobile) : input.mobile },
    });
  });
  ctx.sessions.forgetUser(id);
  return getUser(ctx, id);
}

async function setPassword(tx: Db, userId: string, password: string) {
  await tx
    .update(accounts)
    .set({ password: await hashPassword(password), updatedAt: new Date() })
    .where(and(eq(accounts.userId, userId), eq(accounts.providerId, 'credential')));
}

export async function resetUserPassword(ctx: ServiceContext, id: string, newPassword: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const user = await getManageableUser(tx, id);
    if (id === tx.actor.userId) throw new AppError('users.cannot_change_self', 400);
    assertPasswordPolicy(newPassword);
    await setPassword(tx.db, id, newPassword);
    // A reset means the old password may be known to someone else: end every session.
    await tx.db.delete(sessions).where(eq(sessions.userId, id));
    await clearFailures(tx.db, accountLockKey(user.id));
    await recordAudit(tx, { action: 'users.reset_password', entity: 'user', entityId: id });
  });
  ctx.sessions.forgetUser(id);
}

export async function changeOwnPassword(
  ctx: ServiceContext,
  input: { currentPassword: string; newPassword: string },
  currentSessionToken: string | null,
): Promise<void> {
  const { actor } = ctx;
  // A wrong current password counts towards the same lock as a wrong password at sign-in.
  if (await isLocked(ctx.db, accountLockKey(actor.userId))) throw new AppError('auth.locked', 429);
  // scrypt is slow: the current password is checked before the transaction holds a connection.
  await assertCurrentPassword(ctx, input.currentPassword);
  if (input.newPassword === input.currentPassword) {
    throw new AppError('auth.password_unchanged', 400, [
      { path: 'newPassword', message: '新密码不能与当前密码相同' },
    ]);
  }
  assertPasswordPolicy(input.newPassword, 'newPassword');
  await inTransaction(ctx, async (tx) => {
    await setPassword(tx.db, actor.userId, input.newPassword);
    await tx.db
      .delete(sessions)
      .where(
        and(
          eq(sessions.userId, actor.userId),
          currentSessionToken ? sql`${sessions.token} <> ${currentSessionToken}` : undefined,
        ),
      );
    await recordAudit(tx, {
      action: 'users.change_own_password',
      entity: 'user',
      entityId: actor.userId,
    });
  });
  ctx.sessions.forgetUser(actor.userId);
}

/** Checks the actor's current password; a wrong one is counted towards the account lock and audited. */
async function assertCurrentPassword(ctx: ServiceContext, password: string) {
  const [account] = await ctx.db
    .select({ password: accounts.password })
    .from(accounts)
    .where(and(eq(accounts.userId, ctx.actor.userId), eq(accounts.providerId, 'credential')));
  const ok = account?.password ? await verifyPassword({ hash: account.password, password }) : false;
  if (ok) return;
  const locked = await countFailure(ctx.db, accountLockKey(ctx.actor.userId));
  await recordAudit(ctx, {
    action: 'users.change_own_password_failed',
    entity: 'user',
    entityId: ctx.actor.userId,
    detail: { reason: locked ? 'locked' : 'wrong current password' },
  });
  if (locked) throw new AppError('auth.locked', 429);
  throw new AppError('auth.wrong_current_password', 400, [
    { path: 'currentPassword', message: '当前密码不正确' },
  ]);
}

export async function signOutEverywhere(ctx: ServiceContext): Promise<void> {
  const { actor } = ctx;
  await inTransaction(ctx, async (tx) => {
    await tx.db.delete(sessions).where(eq(sessions.userId, actor.userId));
    await recordAudit(tx, {
      action: 'users.sign_out_everywhere',
      entity: 'user',
      entityId: actor.userId,
    });
  });
  ctx.sessions.forgetUser(actor.userId);
}

export async function setOwnLocale(ctx: ServiceContext, locale: 'zh-CN' | 'en'): Promise<void> {
  await ctx.db.update(users).set({ locale }).where(eq(users.id, ctx.actor.userId));
  ctx.sessions.forgetUser(ctx.actor.userId);
}

export async function getOwnProfile(ctx: ServiceContext) {
  const { actor } = ctx;
  const [row] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  return {
    id: row.id,
    username: row.username ?? '',
    name: row.name,
    mobile: row.phoneNumber ? maskMobile(row.phoneNumber) : null,
    locale: actor.locale,
  };
}

export async function addMembership(ctx: ServiceContext, input: MembershipCreateInput): Promise<UserRow> {
  await inTransaction(ctx, async (tx) => {
    // Seeing the user is enough: a membership in the actor's scope changes nothing outside it.
    await getUser(tx, input.userId);
    const unit = await resolveGrant(tx, input);
    await insertMembership(tx, input.userId, input, unit);
  });
  ctx.sessions.forgetUser(input.userId);
  return getUser(ctx, input.userId);
}

/**
 * Gives a user the volunteer role at a community when another module admits them (an approved
 * application), so the volunteer's phone pages open; a role already held is left as it is. The caller
 * has checked the community is in its scope and runs this in its own transaction.
 */
export async function grantVolunteerRole(
  ctx: ServiceContext,
  userId: string,
  unit: { id: string; path: string },
): Promise<void> {
  const [row] = await ctx.db
    .insert(memberships)
    .values({ userId, orgUnitId: unit.id, orgPath: unit.path, role: 'volunteer' })
    .onConflictDoNothing()
    .returning({ id: memberships.id });
  if (!row) return;
  // Inside the caller's transaction: a request racing its commit may cache the old memberships, which
  // only delays the new role by the cache's lifetime.
  ctx.sessions.forgetUser(userId);
  await recordAudit(ctx, {
    action: 'memberships.create',
    entity: 'membership',
    entityId: row.id,
    orgUnit: unit,
    detail: { userId, role: 'volunteer', via: 'volunteers.approve' },
  });
}

export async function removeMembership(ctx: ServiceContext, id: string): Promise<void> {
  const userId = await inTransaction(ctx, async (tx) => {
    const row = await findInScopeOrThrow(
      tx.db,
      {
        table: memberships,
        columns: {
          userId: memberships.userId,
          orgUnitId: memberships.orgUnitId,
          orgPath: memberships.orgPath,
          role: memberships.role,
        },
        id,
        scope: inScope(tx.actor, memberships.orgPath),
      },
      'memberships.not_found',
    );
    if (!grantableRoles[tx.actor.membership.role]?.includes(row.role)) {
      throw new AppError('memberships.role_not_grantable', 403);
    }
    if ((await lockMembershipsOf(tx.db, row.userId)) <= 1)
      throw new AppError('memberships.last_membership', 409);
    await tx.db.delete(memberships).where(eq(memberships.id, id));
    await recordAudit(tx, {
      action: 'memberships.delete',
      entity: 'membership',
      entityId: id,
      orgUnit: { id: row.orgUnitId, path: row.orgPath },
      detail: { userId: row.userId, role: row.role },
    });
    return row.userId;
  });
  ctx.sessions.forgetUser(userId);
}

/**
 * Locks the user's memberships until the transaction ends and counts them: two removals at once
 * cannot both see a second membership and leave the user with none.
 */
async function lockMembershipsOf(tx: Db, userId: string): Promise<number> {
  const held = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.id))
    .for('update');
  return held.length;
}
