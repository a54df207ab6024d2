import { demoPassword } from '../../src/server/db/demo-data/accounts';
import type { Scenario } from '../lib/types';

// Password sign-in: a password hash check and a session row written per request. The server rate-limits
// sign-in in production; NODE_ENV=bench relaxes that, and the table's status codes show any 429 left.
export const scenario: Scenario = {
  name: 'sign-in',
  description: 'POST /api/auth/sign-in/username as huli.admin (password hash check + new session)',
  request: {
    method: 'POST',
    path: '/api/auth/sign-in/username',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'huli.admin', password: demoPassword }),
  },
};
