import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { chunkFailed } from './chunkFailed';
import { ErrorNotice } from './ErrorNotice';
import { NotFoundPage } from './NotFoundPage';

// The router's errorElement: a thrown render or loader error shows this instead of a blank screen.
export const ErrorBoundaryPage = () => {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (chunkFailed(error)) {
    return (
      <ErrorNotice
        title={t('errors.networkTitle')}
        text={t('errors.network')}
        actions={
          <Button type="primary" size="large" onClick={() => window.location.reload()}>
            {t('errors.retry')}
          </Button>
        }
      />
    );
  }
  // The message is for developers (the console), not for the person using the page.
  console.error(error);
  return (
    <ErrorNotice
      title={t('errors.crashTitle')}
      text={t('errors.crash')}
      actions={[
        <Button key="reload" type="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>,
        <Button key="home" onClick={() => window.location.assign('/')}>
          {t('errors.backHome')}
        </Button>,
      ]}
    />
  );
};
