import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { detailLines } from '../../../core/audit/detail';
import { auditEntityName, langOf } from '../../../core/audit/names';
import type { AuditRow } from '../../api/types';
import { useIsMobile } from '../../hooks/useIsMobile';

// The expanded row: object, reason, IP and what was recorded, each line by its Chinese name.
export const AuditDetail = ({ row }: { row: AuditRow }) => {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  // The row sits in a table wider than a phone: the lines keep to what the screen shows.
  const mobile = useIsMobile();
  const lines = row.detail ? detailLines(row.detail, lang) : [];
  return (
    <div style={{ padding: '4px 8px' }}>
      <Descriptions
        size="small"
        column={{ xs: 1, lg: 3 }}
        items={[
          {
            key: 'entity',
            label: t('audit.entity'),
            children: row.entity ? auditEntityName(row.entity, lang) : '—',
          },
          { key: 'reason', label: t('audit.reason'), children: row.reason || '—' },
          { key: 'ip', label: t('audit.ip'), children: row.ip || '—' },
        ]}
      />
      <Typography.Text type="secondary">{t('audit.detail')}</Typography.Text>
      {lines.length > 0 ? (
        <div data-testid="audit-detail">
          <Descriptions
            size="small"
            bordered
            column={1}
            layout={mobile ? 'vertical' : 'horizontal'}
            style={{ marginTop: 6, maxWidth: mobile ? 'calc(100vw - 88px)' : 720 }}
            items={lines.map((line) => ({
              key: line.key,
              label: line.label,
              children: <span style={{ wordBreak: 'break-all' }}>{line.value}</span>,
            }))}
          />
        </div>
      ) : (
        <div>
          <Typography.Text type="secondary">{t('audit.noDetail')}</Typography.Text>
        </div>
      )}
    </div>
  );
};
