// The needs module's face to the other modules (surveys, meetings, suggestions, reporting) and to its
// routes. Every function that moves a need runs in the caller's transaction.

export {
  type NeedCounts,
  type NeedFigures,
  type NeedFiguresFilter,
  needFigures,
  needFiguresByUnit,
} from './figures';
export {
  type NeedRef,
  needIdsOfSources,
  needRefs,
  needRefsInStatus,
  placeNeedOnAgenda,
  recordNeedAction,
  recordNeedDecision,
  surveyResponseNeeds,
} from './loop';
export { type NeedSourceKind, type RaiseNeedInput, raiseNeed } from './raise';
