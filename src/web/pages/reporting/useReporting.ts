import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  type FiguresQuery,
  getServiceFigures,
  getVolunteerFigures,
  listResidentServices,
} from '../../api/reporting';

export const useServiceFigures = (query: FiguresQuery) =>
  useQuery({
    queryKey: ['service-figures', query],
    queryFn: () => getServiceFigures(query),
    placeholderData: keepPreviousData,
  });

export const useResidentServices = (residentId: string) =>
  useQuery({
    queryKey: ['residents', 'services', residentId],
    queryFn: () => listResidentServices(residentId),
  });

export const useVolunteerFigures = (query: Pick<FiguresQuery, 'orgUnitId' | 'from' | 'to'>) =>
  useQuery({
    queryKey: ['volunteer-figures', query],
    queryFn: () => getVolunteerFigures(query),
    placeholderData: keepPreviousData,
  });
