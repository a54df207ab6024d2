import { Spin } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '../hooks/useMe';

// Loaded only when the user cannot be loaded, keeping antd's Result out of the desk's first page.
const MeLoadFailed = lazy(() => import('./MeLoadFailed').then((m) => ({ default: m.MeLoadFailed })));

// Renders its children only for a signed-in user; otherwise sends them to sign-in and back afterwards.
export const RequireAuth = ({ children }: { children: ReactNode }) => {
  const { data: me, isPending, isError, error, refetch } = useMe();
  const location = useLocation();

  if (isPending) {
    return (
      <div style={{ height: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (isError) {
    return (
      <Suspense fallback={null}>
        <MeLoadFailed error={error} retry={() => void refetch()} />
      </Suspense>
    );
  }
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    const target = next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return children;
};
