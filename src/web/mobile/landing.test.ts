import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { landingFor } from './landing';

const membership = (id: string, role: Me['memberships'][number]['role']) => ({
  id,
  orgUnitId: 'u',
  orgUnitName: '园山社区',
  orgUnitKind: 'community' as const,
  orgPath: '350206.1.1',
  role,
  providerId: null,
  providerName: null,
});
const me = (roles: Me['memberships'][number]['role'][], current = 0): Me => ({
  user: { id: 'x', username: 'x', name: '王', mobile: null, locale: 'zh-CN' },
  memberships: roles.map((role, i) => membership(`m${i}`, role)),
  currentMembershipId: `m${current}`,
  permissions: [],
});

describe('where sign-in leads', () => {
  it('sends residents, volunteers and partners to the phone pages, everyone else to the desk', () => {
    expect(landingFor(me(['resident']), null)).toBe('/m');
    expect(landingFor(me(['volunteer']), null)).toBe('/m');
    expect(landingFor(me(['partner']), null)).toBe('/m');
    expect(landingFor(me(['socialWorker']), null)).toBe('/');
    expect(landingFor(me(['communityStaff']), null)).toBe('/');
  });

  it('goes by the role the user is acting in', () => {
    expect(landingFor(me(['socialWorker', 'volunteer'], 1), null)).toBe('/m');
    expect(landingFor(me(['socialWorker', 'volunteer'], 0), null)).toBe('/');
  });

  it('returns to the page the user was sent away from, on this site only', () => {
    expect(landingFor(me(['resident']), '/m/activities/1')).toBe('/m/activities/1');
    expect(landingFor(me(['socialWorker']), '/activities')).toBe('/activities');
    expect(landingFor(me(['resident']), '//evil.example')).toBe('/m');
    expect(landingFor(me(['socialWorker']), 'https://evil.example')).toBe('/');
  });
});
