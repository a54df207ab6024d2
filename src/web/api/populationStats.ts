import type { PopulationStats as CorePopulationStats } from '../../core/residents/stats';
import { apiRequest } from './client';

// The figures of a unit and everything below it on a reference date, with the seeds' paragraph.
export type PopulationStats = CorePopulationStats & { paragraph: string };

export const getPopulationStats = (orgUnitId: string, asOf?: string): Promise<PopulationStats> =>
  apiRequest(`/api/v1/org-units/${encodeURIComponent(orgUnitId)}/population-stats`, { query: { asOf } });
