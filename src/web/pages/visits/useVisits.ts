import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  endVisitPlan,
  listOverdueVisits,
  listVisitPlans,
  listVisits,
  markFollowUpDone,
  recordVisit,
  residentVisitsOf,
  setVisitPlan,
  setVisitPlansForGroup,
  type VisitInput,
  type VisitListQuery,
  type VisitPlanBulkInput,
  type VisitPlanQuery,
} from '../../api/visits';

const VISITS_KEY = 'visits';

export const useOverdueVisits = () =>
  useQuery({ queryKey: [VISITS_KEY, 'overdue'], queryFn: listOverdueVisits });

export const useVisitPlans = (query: VisitPlanQuery) =>
  useQuery({
    queryKey: [VISITS_KEY, 'plans', query],
    queryFn: () => listVisitPlans(query),
    placeholderData: keepPreviousData,
  });

// The list shows findings to casework roles, and the server audits each such read: no background refetch.
export const useVisitList = (query: VisitListQuery) =>
  useQuery({
    queryKey: [VISITS_KEY, 'list', query],
    queryFn: () => listVisits(query),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });

export const useResidentVisits = (residentId: string | undefined, enabled = true) =>
  useQuery({
    queryKey: [VISITS_KEY, 'resident', residentId],
    queryFn: () => residentVisitsOf(residentId!),
    enabled: enabled && !!residentId,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });

// Any change moves people between the overdue list, the plan statuses and the records: reload all of them,
// and the service figures that count visits.
const useInvalidateVisits = () => {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: [VISITS_KEY] });
    void queryClient.invalidateQueries({ queryKey: ['service-figures'] });
  };
};

export const useRecordVisit = () => {
  const invalidate = useInvalidateVisits();
  return useMutation({ mutationFn: (input: VisitInput) => recordVisit(input), onSuccess: invalidate });
};

export const useSetVisitPlan = () => {
  const invalidate = useInvalidateVisits();
  return useMutation({ mutationFn: setVisitPlan, onSuccess: invalidate });
};

export const useSetVisitPlansForGroup = () => {
  const invalidate = useInvalidateVisits();
  return useMutation({
    mutationFn: (input: VisitPlanBulkInput) => setVisitPlansForGroup(input),
    onSuccess: invalidate,
  });
};

export const useEndVisitPlan = () => {
  const invalidate = useInvalidateVisits();
  return useMutation({ mutationFn: endVisitPlan, onSuccess: invalidate });
};

export const useMarkFollowUpDone = () => {
  const invalidate = useInvalidateVisits();
  return useMutation({
    mutationFn: ({ id, doneOn, note }: { id: string; doneOn: string; note: string }) =>
      markFollowUpDone(id, { doneOn, note }),
    onSuccess: invalidate,
  });
};
