import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  answerCorrection,
  approveRecord,
  cancelShift,
  checkShift,
  createPosition,
  deletePosition,
  enterRecord,
  getSettings,
  listCorrections,
  listOpenPositions,
  listPositions,
  listRecords,
  listShifts,
  ownRecords,
  type PositionInput,
  type PositionUpdateInput,
  putSettings,
  type RecordListQuery,
  rejectRecord,
  requestCorrection,
  signUp,
  updatePosition,
} from './records-api';

// Hours change a volunteer's totals, stars, rankings and points, so every change refreshes them all.
const useInvalidateService = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['volunteers'] }),
      queryClient.invalidateQueries({ queryKey: ['service-records'] }),
      queryClient.invalidateQueries({ queryKey: ['points'] }),
    ]);
};

export const useRecordList = (query: RecordListQuery) =>
  useQuery({
    queryKey: ['service-records', 'list', query],
    queryFn: () => listRecords(query),
    placeholderData: keepPreviousData,
  });

export const useReviewRecord = () => {
  const invalidate = useInvalidateService();
  return useMutation({
    mutationFn: (
      input:
        | { id: string; action: 'approve'; minutes?: number; correctionReason?: string }
        | { id: string; action: 'reject'; reason: string },
    ) =>
      input.action === 'approve'
        ? approveRecord(input.id, { minutes: input.minutes, correctionReason: input.correctionReason })
        : rejectRecord(input.id, input.reason),
    onSuccess: invalidate,
  });
};

export const useEnterRecord = () => {
  const invalidate = useInvalidateService();
  return useMutation({ mutationFn: enterRecord, onSuccess: invalidate });
};

export const useCorrections = () =>
  useQuery({ queryKey: ['service-records', 'corrections'], queryFn: listCorrections });

export const useAnswerCorrection = () => {
  const invalidate = useInvalidateService();
  return useMutation({
    mutationFn: ({ id, accept, answer }: { id: string; accept: boolean; answer: string }) =>
      answerCorrection(id, accept, answer),
    onSuccess: invalidate,
  });
};

// ---- Positions and rosters ----
export const usePositions = (activityId: string) =>
  useQuery({
    queryKey: ['service-records', 'positions', activityId],
    queryFn: () => listPositions(activityId),
  });

export const useShifts = (positionId: string) =>
  useQuery({ queryKey: ['service-records', 'shifts', positionId], queryFn: () => listShifts(positionId) });

export const useSavePosition = (activityId: string) => {
  const invalidate = useInvalidateService();
  return useMutation({
    mutationFn: (
      save: { id: string; input: PositionUpdateInput } | { id?: undefined; input: PositionInput },
    ) =>
      save.id === undefined ? createPosition(activityId, save.input) : updatePosition(save.id, save.input),
    onSuccess: invalidate,
  });
};

export const useDeletePosition = () => {
  const invalidate = useInvalidateService();
  return useMutation({ mutationFn: deletePosition, onSuccess: invalidate });
};

export const useCheckShift = () => {
  const invalidate = useInvalidateService();
  return useMutation({
    mutationFn: ({ id, step }: { id: string; step: 'check-in' | 'check-out' }) => checkShift(id, step),
    onSuccess: invalidate,
  });
};

// ---- The phone ----
export const useOpenPositions = (enabled: boolean) =>
  useQuery({ queryKey: ['service-records', 'open-positions'], queryFn: listOpenPositions, enabled });

export const useOwnRecords = (enabled: boolean) =>
  useQuery({ queryKey: ['service-records', 'own'], queryFn: ownRecords, enabled });

export const useShiftSignUp = () => {
  const invalidate = useInvalidateService();
  return useMutation({
    mutationFn: ({ positionId, shiftId }: { positionId: string; shiftId?: string | null }) =>
      shiftId ? cancelShift(shiftId) : signUp(positionId).then(() => undefined),
    onSuccess: invalidate,
  });
};

export const useRequestCorrection = () => {
  const invalidate = useInvalidateService();
  return useMutation({
    mutationFn: ({
      recordId,
      requestedMinutes,
      reason,
    }: {
      recordId: string;
      requestedMinutes: number;
      reason: string;
    }) => requestCorrection(recordId, { requestedMinutes, reason }),
    onSuccess: invalidate,
  });
};

// The unit's rules: rounding of check-in spans, star thresholds, when a record is late, who signs.
export const useVolunteerSettings = () =>
  useQuery({ queryKey: ['volunteers', 'settings'], queryFn: getSettings });

export const useSaveVolunteerSettings = () => {
  const invalidate = useInvalidateService();
  return useMutation({ mutationFn: putSettings, onSuccess: invalidate });
};
