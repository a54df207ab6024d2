import type { DeclaredProfile, SchoolKind } from '../../api/communityProfiles';

type Count = number | null | undefined;

// The drawer's own shape: every field may be left empty while typing; lists are edited row by row.
export type ProfileFormValues = {
  population: { total?: Count; hukou?: Count; migrant?: Count };
  populationNote?: string | null;
  compounds?: Count;
  apartmentBlocks?: Count;
  grids?: Count;
  businesses?: string | null;
  areaKm2?: Count;
  partyMembers?: Count;
  dualRegisteredPartyMembers?: Count;
  partyBranches?: { kind?: string; count?: Count }[];
  schools?: { name?: string; kind?: SchoolKind }[];
  facilities?: { name?: string; areaM2?: Count }[];
  businessDistricts?: (string | undefined)[];
  notes?: string | null;
};

export const valuesFromDeclared = (declared: DeclaredProfile): ProfileFormValues => ({
  ...declared,
  population: { ...declared.population },
  partyBranches: declared.partyBranches.map((branch) => ({ ...branch })),
  schools: declared.schools.map((school) => ({ ...school })),
  facilities: declared.facilities.map((facility) => ({ ...facility })),
  businessDistricts: [...declared.businessDistricts],
});

const text = (value: string | null | undefined): string | null => value?.trim() || null;
const count = (value: Count): number | null => (typeof value === 'number' ? value : null);

export const declaredFromValues = (values: ProfileFormValues): DeclaredProfile => ({
  population: {
    total: count(values.population?.total),
    hukou: count(values.population?.hukou),
    migrant: count(values.population?.migrant),
  },
  populationNote: text(values.populationNote),
  compounds: count(values.compounds),
  apartmentBlocks: count(values.apartmentBlocks),
  grids: count(values.grids),
  businesses: text(values.businesses),
  areaKm2: count(values.areaKm2),
  partyMembers: count(values.partyMembers),
  dualRegisteredPartyMembers: count(values.dualRegisteredPartyMembers),
  partyBranches: (values.partyBranches ?? []).map((branch) => ({
    kind: branch.kind?.trim() ?? '',
    count: count(branch.count) ?? 0,
  })),
  schools: (values.schools ?? []).map((school) => ({
    name: school.name?.trim() ?? '',
    kind: school.kind ?? 'other',
  })),
  facilities: (values.facilities ?? []).map((facility) => ({
    name: facility.name?.trim() ?? '',
    areaM2: count(facility.areaM2),
  })),
  businessDistricts: (values.businessDistricts ?? []).map((name) => name?.trim() ?? ''),
  notes: text(values.notes),
});

// Nothing declared yet: every number empty and every list empty.
export const isDeclaredEmpty = (declared: DeclaredProfile): boolean =>
  Object.values(declared.population).every((value) => value === null) &&
  [
    declared.populationNote,
    declared.compounds,
    declared.apartmentBlocks,
    declared.grids,
    declared.businesses,
    declared.areaKm2,
    declared.partyMembers,
    declared.dualRegisteredPartyMembers,
    declared.notes,
  ].every((value) => value === null) &&
  [declared.partyBranches, declared.schools, declared.facilities, declared.businessDistricts].every(
    (list) => list.length === 0,
  );

// Stable React keys for declared rows, which have no id: the row's text, numbered when it repeats.
export const withKeys = <T>(items: readonly T[], keyOf: (item: T) => string): { key: string; item: T }[] => {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = keyOf(item);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return { key: n === 0 ? base : `${base}#${n}`, item };
  });
};
