import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type AuditQuery, listAudit } from '../../api/audit';

export const useAuditLog = (query: AuditQuery) =>
  useQuery({
    queryKey: ['audit', 'list', query],
    queryFn: () => listAudit(query),
    placeholderData: keepPreviousData,
  });
