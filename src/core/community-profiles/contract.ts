import { z } from 'zod';

const count = z.number().int().min(0).max(10_000_000);
const name = z.string().trim().min(1).max(100);

/** What the community states about itself (申报数): kept apart from what the registry counts. */
export const declaredProfile = z.object({
  population: z.object({ total: count.nullable(), hukou: count.nullable(), migrant: count.nullable() }),
  /** "近1.4万", "1000+": how the community words an estimate, shown beside the number. */
  populationNote: z.string().trim().max(50).nullable(),
  compounds: count.nullable(),
  apartmentBlocks: count.nullable(),
  grids: count.nullable(),
  businesses: z.string().trim().max(50).nullable(),
  areaKm2: z.number().min(0).max(1000).nullable(),
  partyBranches: z.array(z.object({ kind: name, count })).max(20),
  partyMembers: count.nullable(),
  dualRegisteredPartyMembers: count.nullable(),
  schools: z
    .array(
      z.object({
        name,
        kind: z.enum(['kindergarten', 'primary', 'middle', 'childcare', 'training', 'other']),
      }),
    )
    .max(100),
  facilities: z.array(z.object({ name, areaM2: z.number().min(0).max(1_000_000).nullable() })).max(100),
  businessDistricts: z.array(name).max(50),
  notes: z.string().trim().max(2000).nullable(),
});
export type DeclaredProfile = z.infer<typeof declaredProfile>;

export const emptyDeclaredProfile: DeclaredProfile = {
  population: { total: null, hukou: null, migrant: null },
  populationNote: null,
  compounds: null,
  apartmentBlocks: null,
  grids: null,
  businesses: null,
  areaKm2: null,
  partyBranches: [],
  partyMembers: null,
  dualRegisteredPartyMembers: null,
  schools: [],
  facilities: [],
  businessDistricts: [],
  notes: null,
};

export const countedProfile = z.object({
  grids: count,
  compounds: count,
  apartmentBlocks: count,
  registeredResidents: count,
  migrantResidents: count,
  partyMembers: count,
});

export const communityProfileView = z.object({
  orgUnitId: z.string(),
  orgUnitName: z.string(),
  declared: declaredProfile,
  counted: countedProfile,
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type CommunityProfileView = z.infer<typeof communityProfileView>;
