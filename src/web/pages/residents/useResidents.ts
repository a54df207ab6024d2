import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  addConsent,
  type ConsentInput,
  createResident,
  getResident,
  listResidents,
  type ResidentDetail,
  type ResidentInput,
  type ResidentListQuery,
  type ResidentStatus,
  revealResident,
  setResidentStatus,
  updateResident,
} from '../../api/residents';
import { currentMembershipOf, useMe } from '../../hooks/useMe';
import { useOrgUnit } from '../../hooks/useOrgUnits';

export const RESIDENTS_KEY = 'residents';

export const useResidentList = (query: ResidentListQuery) =>
  useQuery({
    queryKey: [RESIDENTS_KEY, 'list', query],
    queryFn: () => listResidents(query),
    placeholderData: keepPreviousData,
  });

// Opening a child's record writes an audit row, so the detail is not re-read behind the user's back.
export const useResident = (id: string | undefined) =>
  useQuery({
    queryKey: [RESIDENTS_KEY, 'detail', id],
    queryFn: () => getResident(id!),
    enabled: !!id,
    staleTime: 5 * 60_000,
  });

// A write answers with the fresh detail: keep it, and let lists and the audit log reload.
const useSaveDetail = () => {
  const queryClient = useQueryClient();
  return (detail: ResidentDetail) => {
    queryClient.setQueryData([RESIDENTS_KEY, 'detail', detail.id], detail);
    void queryClient.invalidateQueries({ queryKey: [RESIDENTS_KEY, 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['population-stats'] });
    void queryClient.invalidateQueries({ queryKey: ['audit'] });
  };
};

export const useCreateResident = () => {
  const save = useSaveDetail();
  return useMutation({ mutationFn: (input: ResidentInput) => createResident(input), onSuccess: save });
};

export const useUpdateResident = () => {
  const save = useSaveDetail();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ResidentInput }) => updateResident(id, input),
    onSuccess: save,
  });
};

export const useSetResidentStatus = () => {
  const save = useSaveDetail();
  return useMutation({
    mutationFn: ({ id, status, statusDate }: { id: string; status: ResidentStatus; statusDate: string }) =>
      setResidentStatus(id, { status, statusDate }),
    onSuccess: save,
  });
};

export const useAddConsent = () => {
  const save = useSaveDetail();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ConsentInput }) => addConsent(id, input),
    onSuccess: save,
  });
};

// Revealing is an audited act, not a cached read: a mutation, so nothing re-asks on its own.
export const useRevealResident = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => revealResident(id, reason),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['audit'] }),
  });
};

// The grids and compounds of the acting community (none when acting for a street or district).
export const useCommunityPlaces = () => {
  const { data: me } = useMe();
  const membership = currentMembershipOf(me);
  const communityId = membership?.orgUnitKind === 'community' ? membership.orgUnitId : null;
  const { data } = useOrgUnit(communityId);
  return {
    communityId,
    grids: data?.grids ?? [],
    compounds: data?.compounds ?? [],
  };
};
