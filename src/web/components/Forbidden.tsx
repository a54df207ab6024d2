import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** The 403 shown in place of a page the acting role may not open. */
export const Forbidden = () => {
  const { t } = useTranslation();
  return <Result status="403" title={t('common.noAccessTitle')} subTitle={t('common.noAccess')} />;
};
