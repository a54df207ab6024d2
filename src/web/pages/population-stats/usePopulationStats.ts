import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getPopulationStats } from '../../api/populationStats';

export const usePopulationStats = (orgUnitId: string | undefined, asOf: string) =>
  useQuery({
    queryKey: ['population-stats', orgUnitId, asOf],
    queryFn: () => getPopulationStats(orgUnitId!, asOf),
    enabled: !!orgUnitId,
    placeholderData: keepPreviousData,
  });
