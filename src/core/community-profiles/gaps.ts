import type { DeclaredProfile } from './contract';

/**
 * The facts every community's profile states (人口、小区、网格、面积、党组织、阵地) and that are still blank.
 * Schools, business districts and notes are left out: a community may truly have none, and an empty
 * list cannot tell "none" from "not filled".
 */
const expected = {
  populationTotal: (p: DeclaredProfile) => p.population.total,
  populationHukou: (p: DeclaredProfile) => p.population.hukou,
  populationMigrant: (p: DeclaredProfile) => p.population.migrant,
  compounds: (p: DeclaredProfile) => p.compounds,
  apartmentBlocks: (p: DeclaredProfile) => p.apartmentBlocks,
  grids: (p: DeclaredProfile) => p.grids,
  areaKm2: (p: DeclaredProfile) => p.areaKm2,
  partyBranches: (p: DeclaredProfile) => (p.partyBranches.length > 0 ? p.partyBranches : null),
  partyMembers: (p: DeclaredProfile) => p.partyMembers,
  dualRegisteredPartyMembers: (p: DeclaredProfile) => p.dualRegisteredPartyMembers,
  facilities: (p: DeclaredProfile) => (p.facilities.length > 0 ? p.facilities : null),
} as const;

export type ProfileField = keyof typeof expected;

/** The expected fields the profile leaves blank, in the form's order. */
export function profileGaps(profile: DeclaredProfile): ProfileField[] {
  return (Object.keys(expected) as ProfileField[]).filter((field) => expected[field](profile) === null);
}
