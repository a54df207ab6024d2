import type { VisitPlanRow } from '../../api/visits';
import type { VisitTarget } from './RecordVisitModal';

// The plan's project travels with the person, so recording a visit or changing the plan starts from it.
export const planTarget = (row: VisitPlanRow): VisitTarget => ({
  id: row.residentId,
  name: row.name,
  project: row.projectId ? { id: row.projectId, name: row.projectName ?? '' } : null,
});
