import { hashPassword } from 'better-auth/crypto';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { accounts, users } from '../../auth/schema';
import type { FieldCrypto } from '../../crypto/field-crypto';
import { communityProfiles } from '../../modules/community-profiles/schema';
import { compounds, grids, orgUnits } from '../../modules/org-units/schema';
import { providers } from '../../modules/providers/schema';
import { today } from '../../modules/residents/mapping';
import { residents } from '../../modules/residents/schema';
import { memberships } from '../../modules/users/schema';
import type { Db } from '../client';
import { demoAccounts, demoPassword, demoProviders } from './accounts';
import { loadDemoActivities } from './activities';
import { loadDemoBrands } from './brands';
import { loadDemoCases } from './cases';
import { loadHeshan2019 } from './heshan-2019';
import { loadDemoResidents } from './load-residents';
import { district, streets } from './org-tree';
import { demoProfiles } from './profiles';
import { loadDemoProjects } from './projects';
import { compoundGridOf } from './residents';
import { loadDemoVisits } from './visits';

type UnitRef = { id: string; path: string };

export async function isEmpty(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(orgUnits);
  return n === 0;
}

/**
 * Loads the Huli demo world in one transaction. `passwordHash` lets tests skip hashing the same
 * password once per account on every reset.
 */
export async function loadDemoWorld(
  db: Db,
  fieldCrypto: FieldCrypto,
  options: { passwordHash?: string } = {},
): Promise<void> {
  const passwordHashes = await Promise.all(
    demoAccounts.map(() => options.passwordHash ?? hashPassword(demoPassword)),
  );
  await db.transaction(async (tx) => {
    const units = await insertOrgTree(tx);
    for (const community of streets.flatMap((s) => s.communities)) {
      const unit = units.get(community.name)!;
      await loadDemoResidents(tx, fieldCrypto, community.name, unit);
      const declared = demoProfiles[community.name];
      if (declared)
        await tx
          .insert(communityProfiles)
          .values({ orgUnitId: unit.id, orgPath: unit.path, declared, updatedBy: '演示数据' });
    }
    await loadDemoBrands(tx, units);
    await loadDemoActivities(tx, units.get('园山社区')!);
    await loadHeshan2019(tx, units.get('禾山社区')!);
    const providerIds = await insertProviders(tx, units.get(district.name)!);
    // After the activities, which join their community's running project; before the visits and
    // cases, which join 园山's.
    const runningProjects = await loadDemoProjects(tx, units, providerIds, today());
    await loadDemoVisits(tx, fieldCrypto, units.get('园山社区')!, today(), runningProjects.get('园山社区'));
    for (const [i, account] of demoAccounts.entries()) {
      const userId = crypto.randomUUID();
      await tx.insert(users).values({
        id: userId,
        name: account.name,
        email: `${account.username}@users.jinlin.invalid`,
        username: account.username,
        displayUsername: account.username,
        phoneNumber: account.mobile,
      });
      await tx.insert(accounts).values({
        id: crypto.randomUUID(),
        accountId: userId,
        providerId: 'credential',
        userId,
        password: passwordHashes[i],
      });
      if (account.residentOf)
        await linkResident(tx, userId, units.get(account.residentOf.community)!, account.residentOf.elderly);
      for (const m of account.memberships) {
        const unit = units.get(m.unit)!;
        await tx.insert(memberships).values({
          userId,
          orgUnitId: unit.id,
          orgPath: unit.path,
          role: m.role,
          providerId: m.provider ? providerIds.get(m.provider) : null,
        });
      }
    }
    // Cases name their worker and supervisor, so they come after the accounts.
    await loadDemoCases(tx, fieldCrypto, units, today(), runningProjects);
  });
  // Planner statistics for the freshly filled tables: PGlite has no autovacuum to gather them, and
  // without them it guesses one row per table and picks nested loops over thousands of attendances.
  await db.execute(sql`analyze`);
}

async function insertUnit(tx: Db, values: typeof orgUnits.$inferInsert): Promise<UnitRef> {
  const [row] = await tx.insert(orgUnits).values(values).returning({ id: orgUnits.id, path: orgUnits.path });
  return row;
}

async function insertOrgTree(tx: Db): Promise<Map<string, UnitRef>> {
  const units = new Map<string, UnitRef>();
  const root = await insertUnit(tx, {
    kind: 'district',
    name: district.name,
    code: district.code,
    path: district.code,
  });
  units.set(district.name, root);
  for (const street of streets) {
    const streetRef = await insertUnit(tx, {
      kind: 'street',
      parentId: root.id,
      name: street.name,
      code: street.code,
      path: `${root.path}.${street.code}`,
    });
    units.set(street.name, streetRef);
    for (const c of street.communities) {
      const unit = await insertUnit(tx, {
        kind: 'community',
        parentId: streetRef.id,
        name: c.name,
        code: c.code,
        path: `${streetRef.path}.${c.code}`,
      });
      units.set(c.name, unit);
      const owner = { orgUnitId: unit.id, orgPath: unit.path };
      const gridRows = await tx
        .insert(grids)
        .values(c.grids.map((name, i) => ({ ...owner, name, sortOrder: i })))
        .returning({ id: grids.id, name: grids.name });
      const gridOf = compoundGridOf(c);
      const gridIds = new Map(gridRows.map((g) => [g.name, g.id]));
      await tx.insert(compounds).values(
        c.compounds.map((x, i) => ({
          ...owner,
          ...x,
          sortOrder: i,
          gridId: gridIds.get(gridOf.get(x.name) ?? '') ?? null,
        })),
      );
    }
  }
  return units;
}

/** Gives a demo account a resident record of its community, renamed after the account. */
async function linkResident(tx: Db, userId: string, unit: UnitRef, elderly: boolean) {
  const [person] = await tx
    .select({ id: residents.id })
    .from(residents)
    .where(
      and(
        eq(residents.orgUnitId, unit.id),
        eq(residents.hukouType, 'hukou'),
        elderly
          ? sql`${residents.birthDate} between '1950-01-01' and '1960-01-01'`
          : sql`${residents.birthDate} between '1980-01-01' and '1995-01-01'`,
        isNull(residents.userId),
      ),
    )
    .orderBy(asc(residents.idTail), asc(residents.id))
    .limit(1);
  const [account] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  await tx.update(residents).set({ userId, name: account.name }).where(eq(residents.id, person.id));
}

async function insertProviders(tx: Db, root: UnitRef): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const { key, ...p } of demoProviders) {
    const [row] = await tx
      .insert(providers)
      .values({ ...p, orgUnitId: root.id, orgPath: root.path })
      .returning({ id: providers.id });
    ids.set(key, row.id);
  }
  return ids;
}
