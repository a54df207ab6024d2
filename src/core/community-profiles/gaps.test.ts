import { describe, expect, it } from 'vitest';
import { emptyDeclaredProfile } from './contract';
import { profileGaps } from './gaps';

describe('profileGaps', () => {
  it('names every expected field of an empty profile', () => {
    expect(profileGaps(emptyDeclaredProfile)).toHaveLength(11);
  });

  it('counts zero as filled, and an empty list of branches or facilities as blank', () => {
    const gaps = profileGaps({
      ...emptyDeclaredProfile,
      population: { total: 0, hukou: 0, migrant: null },
      compounds: 0,
      partyBranches: [],
      facilities: [{ name: '党群服务中心', areaM2: null }],
    });
    expect(gaps).toContain('populationMigrant');
    expect(gaps).toContain('partyBranches');
    expect(gaps).not.toContain('populationTotal');
    expect(gaps).not.toContain('compounds');
    expect(gaps).not.toContain('facilities');
  });

  it('leaves schools, business districts and notes optional', () => {
    const filled = profileGaps({
      ...emptyDeclaredProfile,
      population: { total: 1, hukou: 1, migrant: 1 },
      compounds: 1,
      apartmentBlocks: 0,
      grids: 3,
      areaKm2: 0.5,
      partyBranches: [{ kind: '党支部', count: 2 }],
      partyMembers: 10,
      dualRegisteredPartyMembers: 4,
      facilities: [{ name: '幸福驿站', areaM2: 80 }],
    });
    expect(filled).toEqual([]);
  });
});
