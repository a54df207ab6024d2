import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';

// Activities, visits and casework will be listed here once the services module exists.
export const ResidentServicesCard = () => {
  const { t } = useTranslation();
  return (
    <Card variant="borderless" title={t('residents.services.title')}>
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('residents.services.placeholder')} />
    </Card>
  );
};
