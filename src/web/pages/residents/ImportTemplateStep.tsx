import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadImportTemplate } from '../../api/residents';
import { useErrorText } from '../../hooks/useErrorText';

// Step 1: the template, with how to fill it in.
export const ImportTemplateStep = ({ onNext }: { onNext: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      await downloadImportTemplate();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ maxWidth: 720 }}>
      <Space align="start" size={16}>
        <FileExcelOutlined style={{ fontSize: 40, color: '#389e0d', marginTop: 4 }} />
        <div>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('residents.import.templateTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('residents.import.templateIntro')}
          </Typography.Paragraph>
          <ul style={{ paddingInlineStart: 20, color: 'rgba(0,0,0,0.65)', marginTop: 0 }}>
            <li>{t('residents.import.rules.required')}</li>
            <li>{t('residents.import.rules.idNumber')}</li>
            <li>{t('residents.import.rules.places')}</li>
            <li>{t('residents.import.rules.update')}</li>
            <li>{t('residents.import.rules.allOrNothing')}</li>
          </ul>
        </div>
      </Space>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 16 }}>
        <Button type="primary" icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
          {t('residents.import.downloadTemplate')}
        </Button>
        <Button onClick={onNext}>{t('residents.import.haveFile')}</Button>
      </div>
    </div>
  );
};
