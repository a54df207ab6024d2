import { useQuery } from '@tanstack/react-query';
import { listMyActivities, listMyNotifications } from '../api/activities';

export const MY_ACTIVITIES_KEY = ['my-activities'] as const;
export const MY_NOTIFICATIONS_KEY = ['my-notifications'] as const;

export const useMyActivities = () => useQuery({ queryKey: MY_ACTIVITIES_KEY, queryFn: listMyActivities });

// The server marks messages read when it lists them, so the answer is kept for the session's pages.
export const useMyNotifications = () =>
  useQuery({ queryKey: MY_NOTIFICATIONS_KEY, queryFn: listMyNotifications, staleTime: 60_000 });
