import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../api/types';

// The expanded row: reason, IP and the `detail` JSON exactly as recorded.
export const AuditDetail = ({ row }: { row: AuditRow }) => {
  const { t } = useTranslation();
  const hasDetail = row.detail !== null && row.detail !== undefined;
  return (
    <div style={{ padding: '4px 8px' }}>
      <Descriptions
        size="small"
        column={{ xs: 1, lg: 3 }}
        items={[
          {
            key: 'entity',
            label: t('audit.entity'),
            children: [row.entity, row.entityId].filter(Boolean).join(' · ') || '—',
          },
          { key: 'reason', label: t('audit.reason'), children: row.reason || '—' },
          { key: 'ip', label: t('audit.ip'), children: row.ip || '—' },
        ]}
      />
      <Typography.Text type="secondary">{t('audit.detail')}</Typography.Text>
      {hasDetail ? (
        <pre
          data-testid="audit-detail"
          style={{
            margin: '6px 0 0',
            padding: 12,
            background: '#f6f8fa',
            borderRadius: 6,
            fontSize: 12,
            maxHeight: 320,
            overflow: 'auto',
            whiteSpace: 'pre-wrap',
            wordBreak: 'break-all',
          }}
        >
          {JSON.stringify(row.detail, null, 2)}
        </pre>
      ) : (
        <div>
          <Typography.Text type="secondary">{t('audit.noDetail')}</Typography.Text>
        </div>
      )}
    </div>
  );
};
