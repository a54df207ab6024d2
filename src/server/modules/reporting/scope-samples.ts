import type { ModuleScopeSamples } from '../../testing/scope-matrix';

export const scopeSamples: ModuleScopeSamples = {
  targets: { '/api/v1/residents/:id/services': 'resident' },
  unitQueryRoutes: [
    '/api/v1/service-figures',
    '/api/v1/service-figures/export',
    '/api/v1/volunteer-figures',
    '/api/v1/deliberation-figures',
  ],
};
