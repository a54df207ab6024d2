import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadSignInSheet } from '../../api/activities';
import { useErrorText } from '../../hooks/useErrorText';

// 签到表: the session's paper sheet, for the table at the door; what is signed there is entered later.
export const SignInSheetButton = ({ activityId, sessionId }: { activityId: string; sessionId: string }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);

  const download = (format: 'xlsx' | 'docx') => {
    setBusy(true);
    downloadSignInSheet(activityId, sessionId, format)
      .catch((error: unknown) => void message.error(errorText(error)))
      .finally(() => setBusy(false));
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'docx', label: t('activities.checkIn.sheetDocx'), onClick: () => download('docx') },
          { key: 'xlsx', label: t('activities.checkIn.sheetXlsx'), onClick: () => download('xlsx') },
        ],
      }}
    >
      <Button icon={<PrinterOutlined />} loading={busy}>
        {t('activities.checkIn.sheet')} <DownOutlined />
      </Button>
    </Dropdown>
  );
};
