import type { ModuleScopeSamples } from '../../testing/scope-matrix';

export const scopeSamples: ModuleScopeSamples = {
  samples: (ids) => ({
    // Marks only the caller's own messages, whatever ids it is sent.
    'POST /api/v1/me/notifications/read': { body: { ids: [ids.resident] }, selfOnly: true },
  }),
};
