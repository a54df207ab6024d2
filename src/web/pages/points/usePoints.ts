import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  adjustPoints,
  createPointsRule,
  getAccountLedger,
  getMyPoints,
  getPointsFigures,
  getPointsRules,
  type LedgerQuery,
  listPointsAccounts,
  type PointsAccountQuery,
  reverseLedgerEntry,
} from './api';

export const POINTS_KEY = ['points'] as const;

export const usePointsAccounts = (query: PointsAccountQuery, enabled = true) =>
  useQuery({
    queryKey: [...POINTS_KEY, 'accounts', query],
    queryFn: () => listPointsAccounts(query),
    placeholderData: keepPreviousData,
    enabled,
  });

export const useAccountLedger = (volunteerId: string | undefined, query: LedgerQuery) =>
  useQuery({
    queryKey: [...POINTS_KEY, 'ledger', volunteerId, query],
    queryFn: () => getAccountLedger(volunteerId!, query),
    enabled: !!volunteerId,
    placeholderData: keepPreviousData,
  });

export const usePointsRules = () => useQuery({ queryKey: [...POINTS_KEY, 'rules'], queryFn: getPointsRules });

export const usePointsFigures = (from: string, to: string) =>
  useQuery({ queryKey: [...POINTS_KEY, 'figures', from, to], queryFn: () => getPointsFigures(from, to) });

export const useMyPoints = () => useQuery({ queryKey: [...POINTS_KEY, 'mine'], queryFn: getMyPoints });

// A movement changes balances everywhere: the accounts, the ledger, the shop's available points.
const useInvalidatePoints = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: POINTS_KEY }),
      queryClient.invalidateQueries({ queryKey: ['shop'] }),
    ]);
};

export const useReverseEntry = () => {
  const invalidate = useInvalidatePoints();
  return useMutation({
    mutationFn: ({ entryId, reason }: { entryId: string; reason: string }) =>
      reverseLedgerEntry(entryId, reason),
    onSuccess: invalidate,
  });
};

export const useAdjustPoints = () => {
  const invalidate = useInvalidatePoints();
  return useMutation({
    mutationFn: ({ volunteerId, amount, reason }: { volunteerId: string; amount: number; reason: string }) =>
      adjustPoints(volunteerId, { amount, reason }),
    onSuccess: invalidate,
  });
};

export const useCreatePointsRule = () => {
  const invalidate = useInvalidatePoints();
  return useMutation({ mutationFn: createPointsRule, onSuccess: invalidate });
};
