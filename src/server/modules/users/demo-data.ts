import { accounts, users } from '../../auth/schema';
import { demoAccounts } from '../../db/demo-data/accounts';
import type { DemoLoader } from '../../platform/demo-world';
import { linkDemoAccount } from '../residents/service';
import { memberships } from './schema';

// The age bands of `residentOf`: an account of an older resident, or of a younger one.
const elderlyBorn = { bornFrom: '1950-01-01', bornBy: '1960-01-01' };
const youngerBorn = { bornFrom: '1980-01-01', bornBy: '1995-01-01' };

/** The demo accounts with their memberships; those of residents get their resident records. */
export const loadDemoUsers: DemoLoader = async ({ tx, units, providers, users: userIds, passwordHash }) => {
  for (const account of demoAccounts) {
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
      password: passwordHash,
    });
    userIds.set(account.username, userId);
    if (account.residentOf)
      await linkDemoAccount(tx, {
        unitId: units.get(account.residentOf.community)!.id,
        userId,
        name: account.name,
        ...(account.residentOf.elderly ? elderlyBorn : youngerBorn),
      });
    for (const m of account.memberships) {
      const unit = units.get(m.unit)!;
      await tx.insert(memberships).values({
        userId,
        orgUnitId: unit.id,
        orgPath: unit.path,
        role: m.role,
        providerId: m.provider ? providers.get(m.provider) : null,
      });
    }
  }
};
