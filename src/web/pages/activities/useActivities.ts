import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type ActivityInput,
  type ActivityListQuery,
  cancelRegistration,
  changeActivityStatus,
  checkInResidents,
  createActivity,
  getActivity,
  getCheckInCode,
  listActivities,
  listAttendance,
  listRegistrations,
  registerResident,
  type StatusAction,
  setGuestCount,
  updateActivity,
} from '../../api/activities';

const FIVE_MINUTES = 5 * 60 * 1000;

export const useActivityList = (query: ActivityListQuery) =>
  useQuery({
    queryKey: ['activities', 'list', query],
    queryFn: () => listActivities(query),
    placeholderData: keepPreviousData,
  });

export const useActivity = (id: string | undefined) =>
  useQuery({
    queryKey: ['activities', 'detail', id],
    queryFn: () => getActivity(id!),
    enabled: !!id,
  });

export const useRegistrations = (id: string | undefined) =>
  useQuery({
    queryKey: ['activities', 'registrations', id],
    queryFn: () => listRegistrations(id!),
    enabled: !!id,
  });

export const useAttendance = (id: string, sessionId: string | undefined, refetchInterval?: number) =>
  useQuery({
    queryKey: ['activities', 'attendance', id, sessionId],
    queryFn: () => listAttendance(id, sessionId!),
    enabled: !!sessionId,
    refetchInterval,
  });

/** How many of the activity's sessions each resident attended (the same queries as the 签到 tab's). */
export const useSessionsAttended = (id: string, sessionIds: string[], enabled: boolean) =>
  useQueries({
    queries: sessionIds.map((sessionId) => ({
      queryKey: ['activities', 'attendance', id, sessionId],
      queryFn: () => listAttendance(id, sessionId),
      enabled,
    })),
    combine: (results) => {
      const counts = new Map<string, number>();
      for (const row of results.flatMap((r) => r.data?.items ?? [])) {
        counts.set(row.residentId, (counts.get(row.residentId) ?? 0) + 1);
      }
      return { counts, isPending: enabled && results.some((r) => r.isPending) };
    },
  });

// A fresh code every five minutes, and sooner when the code ends earlier (a session that is ending).
export const useCheckInCode = (id: string, sessionId: string) =>
  useQuery({
    queryKey: ['check-in-code', id, sessionId],
    queryFn: () => getCheckInCode(id, sessionId),
    staleTime: 0,
    refetchInterval: (query) => {
      const expiresAt = query.state.data ? new Date(query.state.data.expiresAt).getTime() : 0;
      const untilExpiry = expiresAt - Date.now() - 30_000;
      return Math.max(30_000, Math.min(FIVE_MINUTES, untilExpiry));
    },
    refetchIntervalInBackground: true,
  });

// Any change shows up in the lists, the detail, registrations, attendance, figures and the audit log.
const useInvalidateActivities = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['activities'] }),
      queryClient.invalidateQueries({ queryKey: ['service-figures'] }),
      queryClient.invalidateQueries({ queryKey: ['audit'] }),
    ]);
};

export const useCreateActivity = () => {
  const invalidate = useInvalidateActivities();
  return useMutation({ mutationFn: createActivity, onSuccess: invalidate });
};

export const useUpdateActivity = () => {
  const invalidate = useInvalidateActivities();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ActivityInput }) => updateActivity(id, input),
    onSuccess: invalidate,
  });
};

export const useChangeActivityStatus = () => {
  const invalidate = useInvalidateActivities();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: StatusAction }) => changeActivityStatus(id, action),
    onSuccess: invalidate,
  });
};

export const useRegisterResident = () => {
  const invalidate = useInvalidateActivities();
  return useMutation({
    mutationFn: ({ id, residentId }: { id: string; residentId: string }) => registerResident(id, residentId),
    onSuccess: invalidate,
  });
};

export const useCancelRegistration = () => {
  const invalidate = useInvalidateActivities();
  return useMutation({ mutationFn: cancelRegistration, onSuccess: invalidate });
};

export const useCheckIn = () => {
  const invalidate = useInvalidateActivities();
  return useMutation({
    mutationFn: ({
      id,
      sessionId,
      residentIds,
      method,
    }: {
      id: string;
      sessionId: string;
      residentIds: string[];
      method: 'staff' | 'paper' | 'walkIn';
    }) => checkInResidents(id, sessionId, { residentIds, method }),
    onSuccess: invalidate,
  });
};

export const useSetGuests = () => {
  const invalidate = useInvalidateActivities();
  return useMutation({
    mutationFn: ({ id, sessionId, count }: { id: string; sessionId: string; count: number }) =>
      setGuestCount(id, sessionId, count),
    onSuccess: invalidate,
  });
};
