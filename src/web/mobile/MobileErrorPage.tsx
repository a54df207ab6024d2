import { Button, ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { chunkFailed } from '../pages/errors/chunkFailed';

const Page = ({ title, description, action }: { title: string; description: string; action: string }) => (
  <div style={{ padding: 24 }}>
    <ErrorBlock status="default" fullPage title={title} description={description}>
      <Button
        color="primary"
        size="large"
        block
        style={{ marginTop: 16 }}
        onClick={() => window.location.reload()}
      >
        {action}
      </Button>
    </ErrorBlock>
  </div>
);

// The phone router's errorElement: a page that could not be downloaded or that threw, in Chinese, with a
// way to try again.
export const MobileErrorPage = () => {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) return <MobileNotFoundPage />;
  if (chunkFailed(error)) {
    return (
      <Page title={t('errors.networkTitle')} description={t('errors.network')} action={t('errors.retry')} />
    );
  }
  return <Page title={t('errors.crashTitle')} description={t('errors.crash')} action={t('errors.reload')} />;
};

/** An address under /m that is no phone page. */
export const MobileNotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <div style={{ padding: 24 }}>
      <ErrorBlock
        status="empty"
        fullPage
        title={t('errors.notFoundTitle')}
        description={t('errors.notFound')}
      >
        <Button
          color="primary"
          size="large"
          block
          style={{ marginTop: 16 }}
          onClick={() => window.location.assign('/m')}
        >
          {t('errors.backHome')}
        </Button>
      </ErrorBlock>
    </div>
  );
};
