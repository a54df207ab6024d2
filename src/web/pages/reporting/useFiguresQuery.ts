import { useSearchParams } from 'react-router';
import { TARGET_GROUPS, type TargetGroup } from '../../api/activities';
import type { FiguresQuery } from '../../api/reporting';
import { shanghaiToday } from '../activities/activityTime';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const keys = ['orgUnitId', 'from', 'to', 'brand', 'targetGroup', 'projectId'] as const;

const thisYear = () => {
  const year = shanghaiToday().slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
};

// The figures' filters live in the address, so a link (from the projects page, or sent to a colleague)
// opens the same figures, and the back button undoes a filter.
export const useFiguresQuery = (): [FiguresQuery, (patch: Partial<FiguresQuery>) => void] => {
  const [params, setParams] = useSearchParams();
  const read = (key: (typeof keys)[number]) => params.get(key) || undefined;
  const from = read('from');
  const to = read('to');
  const targetGroup = read('targetGroup');
  const query: FiguresQuery = {
    ...(from && to && isoDate.test(from) && isoDate.test(to) ? { from, to } : thisYear()),
    orgUnitId: read('orgUnitId'),
    brand: read('brand'),
    targetGroup: TARGET_GROUPS.includes(targetGroup as TargetGroup)
      ? (targetGroup as TargetGroup)
      : undefined,
    projectId: read('projectId'),
  };
  const change = (patch: Partial<FiguresQuery>) => {
    const next = { ...query, ...patch };
    setParams(Object.fromEntries(keys.flatMap((key) => (next[key] ? [[key, next[key]]] : []))));
  };
  return [query, change];
};
