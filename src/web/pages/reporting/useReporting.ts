import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FiguresQuery, getServiceFigures, listResidentServices } from '../../api/reporting';

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
