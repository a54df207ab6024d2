import { useQuery } from '@tanstack/react-query';
import { listMyActivities, listMyNotifications, listMyRegistrations } from '../api/activities';

export const MY_ACTIVITIES_KEY = ['my-activities'] as const;
export const MY_NOTIFICATIONS_KEY = ['my-notifications'] as const;
export const MY_REGISTRATIONS_KEY = ['my-registrations'] as const;

export const useMyActivities = () => useQuery({ queryKey: MY_ACTIVITIES_KEY, queryFn: listMyActivities });

export const useMyRegistrations = () =>
  useQuery({ queryKey: MY_REGISTRATIONS_KEY, queryFn: listMyRegistrations });

// Polled while a phone page is open, so the bell shows a 候补成功 or a cancellation soon after it happens.
export const useMyNotifications = () =>
  useQuery({ queryKey: MY_NOTIFICATIONS_KEY, queryFn: listMyNotifications, refetchInterval: 60_000 });
