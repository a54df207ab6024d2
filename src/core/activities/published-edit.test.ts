import { describe, expect, it } from 'vitest';
import type { ActivityInput } from './contract';
import { lockedFieldsChanged, type PublishedPlan, sessionTimesMoved } from './published-edit';

const at = (iso: string) => new Date(iso);
const plan: PublishedPlan = {
  kind: 'event',
  title: '重阳茶话会',
  capacity: 30,
  audience: 'community',
  registrationOpensAt: at('2026-10-01T00:00:00.000Z'),
  registrationClosesAt: at('2026-10-20T00:00:00.000Z'),
  cancellationDeadline: at('2026-10-19T00:00:00.000Z'),
  priorityOpensAt: null,
  sessionCount: 1,
};
const input: ActivityInput = {
  kind: 'event',
  title: '重阳茶话会',
  description: '',
  brands: [],
  targetGroups: [],
  place: '活动室',
  sessions: [{ startsAt: '2026-10-21T01:00:00.000Z', endsAt: '2026-10-21T03:00:00.000Z' }],
  capacity: 30,
  registrationOpensAt: '2026-10-01T00:00:00.000Z',
  registrationClosesAt: '2026-10-20T00:00:00.000Z',
  cancellationDeadline: '2026-10-19T00:00:00.000Z',
  priorityOpensAt: null,
  audience: 'community',
};

describe('editing a published activity', () => {
  it('lets description, place, brands, groups and times change', () => {
    const edit = {
      ...input,
      description: '带上老花镜',
      place: '二楼',
      brands: ['幸福驿站'],
      targetGroups: ['elderly' as const],
    };
    expect(lockedFieldsChanged(plan, edit)).toEqual([]);
  });

  it('names each fixed field an edit would change', () => {
    const edit = {
      ...input,
      title: '新名称',
      capacity: 10,
      audience: 'anyone' as const,
      registrationClosesAt: '2026-10-20T01:00:00.000Z',
      priorityOpensAt: '2026-09-30T00:00:00.000Z',
      sessions: [...input.sessions, ...input.sessions],
    };
    expect(lockedFieldsChanged(plan, edit)).toEqual([
      'title',
      'capacity',
      'audience',
      'registrationClosesAt',
      'priorityOpensAt',
      'sessions',
    ]);
  });

  it('sees a session move by its order, to the minute the form picks', () => {
    const stored = [{ startsAt: at('2026-10-21T01:00:00Z'), endsAt: at('2026-10-21T03:00:00Z') }];
    expect(sessionTimesMoved(stored, input.sessions)).toBe(false);
    const withSeconds = [{ startsAt: at('2026-10-21T01:00:42.5Z'), endsAt: at('2026-10-21T03:00:07Z') }];
    expect(sessionTimesMoved(withSeconds, input.sessions)).toBe(false);
    const typedIn = { ...plan, registrationOpensAt: at('2026-10-01T00:00:31Z') };
    expect(lockedFieldsChanged(typedIn, input)).toEqual([]);
    const later = [{ startsAt: '2026-10-21T02:00:00.000Z', endsAt: '2026-10-21T03:00:00.000Z' }];
    expect(sessionTimesMoved(stored, later)).toBe(true);
  });
});
