import { membershipIdOf, userId } from '../../testing/fixtures';
import type { ModuleScopeSamples } from '../../testing/scope-matrix';

export const scopeSamples: ModuleScopeSamples = {
  async setup(ctx) {
    const db = ctx.database.db;
    return {
      yuanshanStaff: await userId(db, 'yuanshan.staff'),
      yuanshanMembership: await membershipIdOf(db, 'yuanshan.staff'),
    };
  },
  samples: (ids) => ({
    'POST /api/v1/users': {
      body: {
        username: 'intruder',
        name: '越权用户',
        password: 'Intrude@2025',
        orgUnitId: ids.yuanshan,
        role: 'communityStaff',
      },
    },
    'PATCH /api/v1/users/:id': { body: { name: '越权改名', banned: true } },
    'POST /api/v1/users/:id/reset-password': { body: { newPassword: 'Intrude@2025' } },
    'POST /api/v1/memberships': {
      body: { userId: ids.yuanshanStaff, orgUnitId: ids.yuanshan, role: 'volunteer' },
    },
    'DELETE /api/v1/memberships/:id': {},
    'PUT /api/v1/me/locale': { body: { locale: 'zh-CN' } },
    'POST /api/v1/me/password': { body: { currentPassword: 'wrong-Password1', newPassword: 'Intrude@2025' } },
    'POST /api/v1/me/sign-out-everywhere': {},
  }),
  targets: {
    '/api/v1/users/:id': 'yuanshanStaff',
    '/api/v1/users/:id/reset-password': 'yuanshanStaff',
    '/api/v1/memberships/:id': 'yuanshanMembership',
  },
  leakIds: ['yuanshanStaff', 'yuanshanMembership'],
};
