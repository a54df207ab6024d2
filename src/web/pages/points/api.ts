import type { z } from 'zod';
import type {
  LedgerEntryView,
  MyPoints,
  PointsAccountSummary,
  PointsFiguresRow,
  PointsLedgerPage,
  PointsRulesAnswer,
  PointsRuleView,
  pointsRuleInput,
} from '../../../core/points/contract';
import { apiRequest } from '../../api/client';
import type { Page } from '../../api/types';

// The points API (积分); its shapes are the zod contracts in src/core/points, shared with the server.

export type PointsTotals = { balance: number; held: number; available: number };
export type PointsAccountRow = PointsAccountSummary;
export type LedgerEntry = LedgerEntryView;
export type LedgerKind = LedgerEntryView['kind'];
export type PointsRule = PointsRuleView;
export type PointsRuleInput = z.input<typeof pointsRuleInput>;
export type PointsRules = PointsRulesAnswer;
export type AccountLedger = PointsLedgerPage;
export type { MyPoints };

export type PointsAccountQuery = { q?: string; page: number; pageSize: number };

const accountPath = (volunteerId: string) => `/api/v1/points-accounts/${encodeURIComponent(volunteerId)}`;

export const listPointsAccounts = (query: PointsAccountQuery): Promise<Page<PointsAccountRow>> =>
  apiRequest('/api/v1/points-accounts', { query });

export type LedgerQuery = { page: number; pageSize: number };

export const getAccountLedger = (volunteerId: string, query: LedgerQuery): Promise<AccountLedger> =>
  apiRequest(`${accountPath(volunteerId)}/ledger`, { query });

export const reverseLedgerEntry = (entryId: string, reason: string): Promise<unknown> =>
  apiRequest(`/api/v1/points-ledger/${encodeURIComponent(entryId)}/reverse`, {
    method: 'POST',
    body: { reason },
  });

export const adjustPoints = (
  volunteerId: string,
  input: { amount: number; reason: string },
): Promise<unknown> => apiRequest(`${accountPath(volunteerId)}/adjustments`, { method: 'POST', body: input });

export const getPointsRules = (): Promise<PointsRules> => apiRequest('/api/v1/points-rules');

export const createPointsRule = (input: PointsRuleInput): Promise<PointsRule> =>
  apiRequest('/api/v1/points-rules', { method: 'POST', body: input });

export const getMyPoints = (): Promise<MyPoints> => apiRequest('/api/v1/me/points');

export type { PointsFiguresRow };

/** Points issued and redeemed between two Beijing dates (YYYY-MM-DD, both included), outstanding now. */
export const getPointsFigures = (from: string, to: string): Promise<{ items: PointsFiguresRow[] }> =>
  apiRequest('/api/v1/points-figures', { query: { from, to } });
