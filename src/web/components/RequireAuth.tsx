import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useErrorText } from '../hooks/useErrorText';
import { useMe } from '../hooks/useMe';
import { useSignOut } from '../hooks/useSignOut';

// Renders its children only for a signed-in user; otherwise sends them to sign-in and back afterwards.
export const RequireAuth = ({ children }: { children: ReactNode }) => {
  const { data: me, isPending, isError, error, refetch } = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const signOut = useSignOut();

  if (isPending) {
    return (
      <div style={{ height: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
        <Spin size="large" />
      </div>
    );
  }
  if (isError) {
    return (
      <Result
        status="warning"
        title={t('common.loadFailed')}
        subTitle={errorText(error)}
        extra={[
          <Button key="retry" type="primary" onClick={() => void refetch()}>
            {t('common.retry')}
          </Button>,
          // e.g. an account with no membership yet: let the user leave and sign in as someone else.
          <Button key="sign-out" onClick={() => void signOut('here')}>
            {t('shell.signOut')}
          </Button>,
        ]}
      />
    );
  }
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    const target = next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
    return <Navigate to={target} replace />;
  }
  return children;
};
