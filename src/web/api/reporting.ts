import type { ServiceFigures } from '../../core/activities/contract';
import type { ResidentServiceEntry } from '../../core/activities/timeline-contract';
import type { VolunteerFigures } from '../../core/reporting/volunteer-figures-contract';
import type { TargetGroup } from './activities';
import { apiRequest } from './client';
import { downloadFile } from './files';

// Read models over several modules: the service figures, and a resident's services timeline.
export type Figures = ServiceFigures;
export type { ResidentServiceEntry };

export type FiguresQuery = {
  orgUnitId?: string;
  from: string;
  to: string;
  brand?: string;
  targetGroup?: TargetGroup;
  projectId?: string;
};

export const getServiceFigures = (query: FiguresQuery): Promise<Figures> =>
  apiRequest('/api/v1/service-figures', { query });

export type { VolunteerFigures };

/** Volunteering of the same unit and period: people, hours, points and the shop. */
export const getVolunteerFigures = (
  query: Pick<FiguresQuery, 'orgUnitId' | 'from' | 'to'>,
): Promise<VolunteerFigures> => apiRequest('/api/v1/volunteer-figures', { query });

export const downloadServiceFigures = (query: FiguresQuery): Promise<void> =>
  downloadFile('/api/v1/service-figures/export', '服务统计表.xlsx', query);

// The resident page's timeline: activities attended and (to those who may see them) cases.
export const listResidentServices = (residentId: string): Promise<{ items: ResidentServiceEntry[] }> =>
  apiRequest(`/api/v1/residents/${encodeURIComponent(residentId)}/services`);
