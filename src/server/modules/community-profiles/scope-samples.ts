import { emptyDeclaredProfile } from '../../../core/community-profiles/contract';
import type { ModuleScopeSamples } from '../../testing/scope-matrix';

export const scopeSamples: ModuleScopeSamples = {
  samples: () => ({
    'PUT /api/v1/org-units/:id/profile': { body: { ...emptyDeclaredProfile, partyMembers: 1 } },
  }),
  targets: { '/api/v1/org-units/:id/profile': 'yuanshan' },
};
