import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { chunkFailed } from './chunkFailed';
import { NotFoundPage } from './NotFoundPage';

// The router's errorElement: a thrown render or loader error shows this instead of a blank screen.
export const ErrorBoundaryPage = () => {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (chunkFailed(error)) {
    return (
      <div style={{ padding: 24 }}>
        <Result
          status="warning"
          title={t('errors.networkTitle')}
          subTitle={t('errors.network')}
          extra={
            <Button type="primary" size="large" onClick={() => window.location.reload()}>
              {t('errors.retry')}
            </Button>
          }
        />
      </div>
    );
  }
  const detail = error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : '';
  return (
    <div style={{ padding: 24 }}>
      <Result
        status="500"
        title={t('errors.crashTitle')}
        subTitle={t('errors.crash')}
        extra={[
          <Button key="reload" type="primary" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </Button>,
          <Button key="home" onClick={() => window.location.assign('/')}>
            {t('errors.backHome')}
          </Button>,
        ]}
      >
        {detail ? (
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 0 }}>
            <Typography.Text code>{detail}</Typography.Text>
          </Typography.Paragraph>
        ) : null}
      </Result>
    </div>
  );
};
