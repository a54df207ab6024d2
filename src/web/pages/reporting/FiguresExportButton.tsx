import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadServiceFigures, type FiguresQuery } from '../../api/reporting';
import { useErrorText } from '../../hooks/useErrorText';

// 服务统计表.xlsx: the figures on screen, with the filters written on the sheet, for the application form.
export const FiguresExportButton = ({ query }: { query: FiguresQuery }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const download = () => {
    setBusy(true);
    downloadServiceFigures(query)
      .catch((error: unknown) => void message.error(errorText(error)))
      .finally(() => setBusy(false));
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={download}>
      {t('serviceFigures.export')}
    </Button>
  );
};
