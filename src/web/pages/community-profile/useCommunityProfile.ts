import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type CommunityProfile,
  type DeclaredProfile,
  getCommunityProfile,
  listCommunities,
  saveCommunityProfile,
} from '../../api/communityProfiles';

export const COMMUNITY_PROFILE_KEY = 'community-profile';

export const useCommunities = () =>
  useQuery({ queryKey: ['org-units', 'list', { kind: 'community' }], queryFn: listCommunities });

export const useCommunityProfile = (orgUnitId: string | undefined) =>
  useQuery({
    queryKey: [COMMUNITY_PROFILE_KEY, orgUnitId],
    queryFn: () => getCommunityProfile(orgUnitId!),
    enabled: !!orgUnitId,
  });

// The answer is the fresh profile: keep it, and let the audit log reload.
export const useSaveCommunityProfile = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ orgUnitId, declared }: { orgUnitId: string; declared: DeclaredProfile }) =>
      saveCommunityProfile(orgUnitId, declared),
    onSuccess: (profile: CommunityProfile) => {
      queryClient.setQueryData([COMMUNITY_PROFILE_KEY, profile.orgUnitId], profile);
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
    },
  });
};
