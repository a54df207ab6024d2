import { Button, DotLoading, ErrorBlock } from 'antd-mobile';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useErrorText } from '../hooks/useErrorText';
import { useMe } from '../hooks/useMe';
import { useSignOut } from '../hooks/useSignOut';

const Loading = () => (
  <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', fontSize: 32 }}>
    <DotLoading color="primary" />
  </div>
);

// The phone's sign-in guard. The sign-in page belongs to the desk's bundle, so going there (and coming
// back to the same phone address afterwards) is a whole-page load.
export const MobileRequireAuth = ({ children }: { children: ReactNode }) => {
  const { data: me, isPending, isError, error, refetch } = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const signOut = useSignOut();
  const signedOut = !isPending && !isError && !me;

  useEffect(() => {
    if (!signedOut) return;
    const next = `${location.pathname}${location.search}`;
    window.location.replace(`/sign-in?next=${encodeURIComponent(next)}`);
  }, [signedOut, location.pathname, location.search]);

  if (isPending || signedOut) return <Loading />;
  if (isError) {
    return (
      <div style={{ padding: 24 }}>
        <ErrorBlock status="default" fullPage title={t('common.loadFailed')} description={errorText(error)}>
          <div style={{ display: 'grid', gap: 12, marginTop: 16 }}>
            <Button color="primary" size="large" block onClick={() => void refetch()}>
              {t('common.retry')}
            </Button>
            <Button size="large" block onClick={() => void signOut('here')}>
              {t('shell.signOut')}
            </Button>
          </div>
        </ErrorBlock>
      </div>
    );
  }
  return children;
};
