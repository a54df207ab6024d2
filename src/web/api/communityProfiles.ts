import type {
  CommunityProfileView,
  DeclaredProfile as CoreDeclaredProfile,
} from '../../core/community-profiles/contract';
import { apiRequest } from './client';
import { listOrgUnits } from './orgUnits';
import type { OrgUnit } from './types';

export { emptyDeclaredProfile } from '../../core/community-profiles/contract';

// 社区概况: what a community declares (申报数) beside what its records count (台账数).
export type CommunityProfile = CommunityProfileView;
export type DeclaredProfile = CoreDeclaredProfile;
export type CountedProfile = CommunityProfileView['counted'];
export type SchoolKind = DeclaredProfile['schools'][number]['kind'];

export const SCHOOL_KINDS: readonly SchoolKind[] = [
  'kindergarten',
  'primary',
  'middle',
  'childcare',
  'training',
  'other',
];

// The communities in the caller's scope: the only units that have a profile.
export const listCommunities = (): Promise<{ items: OrgUnit[] }> => listOrgUnits({ kind: 'community' });

export const getCommunityProfile = (orgUnitId: string): Promise<CommunityProfile> =>
  apiRequest(`/api/v1/org-units/${encodeURIComponent(orgUnitId)}/profile`);

export const saveCommunityProfile = (
  orgUnitId: string,
  declared: DeclaredProfile,
): Promise<CommunityProfile> =>
  apiRequest(`/api/v1/org-units/${encodeURIComponent(orgUnitId)}/profile`, { method: 'PUT', body: declared });
