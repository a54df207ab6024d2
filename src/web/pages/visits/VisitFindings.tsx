import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VisitRow } from '../../api/visits';

// What was found, folded to two lines; the follow-up note under it. The server sends neither to roles
// that do not manage casework, and the list says so instead of showing an empty cell.
export const VisitFindings = ({ visit, maxWidth }: { visit: VisitRow; maxWidth?: number }) => {
  const { t } = useTranslation();
  if (visit.findings === null)
    return <Typography.Text type="secondary">{t('visits.findingsWithheld')}</Typography.Text>;
  return (
    <div style={{ maxWidth, minWidth: 160 }}>
      <Typography.Paragraph
        style={{ marginBottom: 0 }}
        ellipsis={{
          rows: 2,
          expandable: 'collapsible',
          symbol: (open) => (open ? t('visits.less') : t('visits.more')),
        }}
      >
        {visit.findings}
      </Typography.Paragraph>
      {visit.followUpNote ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('visits.followUp.noteShown', { note: visit.followUpNote })}
        </Typography.Text>
      ) : null}
    </div>
  );
};
