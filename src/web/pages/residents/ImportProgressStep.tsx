import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../api/residents';

// Step 4: the server's progress lines while it checks the rows, then while its one transaction writes them.
export const ImportProgressStep = ({ progress: { phase, done, total } }: { progress: ImportProgress }) => {
  const { t } = useTranslation();
  const percent = total === 0 ? 0 : Math.floor((done / total) * 100);
  return (
    <div style={{ maxWidth: 560, padding: '24px 0' }} data-testid="import-progress">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('residents.import.importing')}
      </Typography.Title>
      <Progress percent={percent} status="active" />
      <Typography.Text type="secondary">
        {total === 0
          ? t('residents.import.preparing')
          : t(phase === 'checking' ? 'residents.import.checkingRows' : 'residents.import.progress', {
              done,
              total,
            })}
      </Typography.Text>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 13 }}>
        {t('residents.import.keepOpen')}
      </Typography.Paragraph>
    </div>
  );
};
