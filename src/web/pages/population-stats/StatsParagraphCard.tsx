import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

// Copies through the Clipboard API, or a hidden textarea where that is refused (plain http, no permission).
const copyText = async (text: string): Promise<void> => {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // fall through to the textarea
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
};

// The seeds' paragraph, computed by the server, ready to paste into an application form.
export const StatsParagraphCard = ({
  paragraph,
  unitName,
  asOf,
}: {
  paragraph: string;
  unitName: string;
  asOf: string;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = () =>
    copyText(paragraph).then(
      () => void message.success(t('populationStats.copied')),
      () => void message.error(t('populationStats.copyFailed')),
    );
  return (
    <Card
      variant="borderless"
      title={t('populationStats.paragraphTitle')}
      extra={
        <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid="copy-paragraph">
          {t('populationStats.copy')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('populationStats.paragraphHint', { unit: unitName, asOf })}
      </Typography.Paragraph>
      <div
        style={{
          background: '#fafbfc',
          border: '1px solid #eef0f4',
          borderRadius: 8,
          padding: '16px 20px',
        }}
      >
        <Typography.Paragraph
          style={{ margin: 0, lineHeight: 1.9, fontSize: 15 }}
          data-testid="stats-paragraph"
        >
          {paragraph}
        </Typography.Paragraph>
      </div>
    </Card>
  );
};
