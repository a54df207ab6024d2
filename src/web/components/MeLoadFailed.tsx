import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../hooks/useErrorText';
import { useSignOut } from '../hooks/useSignOut';

/** The signed-in user could not be loaded: try again, or sign out and sign in as someone else. */
export const MeLoadFailed = ({ error, retry }: { error: unknown; retry: () => void }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const signOut = useSignOut();
  return (
    <Result
      status="warning"
      title={t('common.loadFailed')}
      subTitle={errorText(error)}
      extra={[
        <Button key="retry" type="primary" onClick={retry}>
          {t('common.retry')}
        </Button>,
        // e.g. an account with no membership yet: let the user leave and sign in as someone else.
        <Button key="sign-out" onClick={() => void signOut('here')}>
          {t('shell.signOut')}
        </Button>,
      ]}
    />
  );
};
