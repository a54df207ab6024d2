import type { NeedStatus } from './contract';

/** What staff do to a need by hand, and what the meetings module does through the needs service. */
export type NeedAction = 'edit' | 'accept' | 'decline' | 'resolve' | 'reopen' | 'merge' | 'agenda' | 'decide';

/**
 * The statuses each action starts from. A need on an agenda or in progress can go on another agenda
 * and take another decision (it stays where it is); a resolved one is reopened before more work.
 */
export const needActionFrom: Record<NeedAction, readonly NeedStatus[]> = {
  edit: ['new', 'accepted', 'onAgenda', 'inProgress'],
  accept: ['new'],
  decline: ['new', 'accepted'],
  resolve: ['accepted', 'onAgenda', 'inProgress'],
  reopen: ['resolved'],
  merge: ['new', 'accepted', 'onAgenda', 'inProgress'],
  agenda: ['accepted', 'onAgenda', 'inProgress'],
  decide: ['onAgenda', 'inProgress'],
};

/** Where an action leaves a need coming from `from`; the same status when the action only adds to its thread. */
export function needStatusAfter(action: NeedAction, from: NeedStatus): NeedStatus {
  switch (action) {
    case 'accept':
      return 'accepted';
    case 'decline':
      return 'declined';
    case 'resolve':
      return 'resolved';
    case 'reopen':
      return 'inProgress';
    case 'merge':
      return 'merged';
    case 'agenda':
      return from === 'accepted' ? 'onAgenda' : from;
    case 'decide':
      return from === 'onAgenda' ? 'inProgress' : from;
    case 'edit':
      return from;
  }
}

export function mayNeed(action: NeedAction, status: NeedStatus): boolean {
  return needActionFrom[action].includes(status);
}

/** Whole calendar days between two `YYYY-MM-DD` days. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The median of some numbers (the mean of the middle two for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
