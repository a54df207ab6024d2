import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../api/residents';

// The import's counts: rows read, new, changed, unchanged and (in a dry run) rows with errors.
export const ImportCounts = ({ report, showErrors }: { report: ImportReport; showErrors: boolean }) => {
  const { t } = useTranslation();
  const items: { key: string; value: number; color?: string }[] = [
    { key: 'total', value: report.total },
    { key: 'created', value: report.created, color: '#389e0d' },
    { key: 'updated', value: report.updated, color: '#1668dc' },
    { key: 'unchanged', value: report.unchanged },
    ...(showErrors
      ? [
          {
            key: 'errorCount',
            value: report.errorCount,
            color: report.errorCount > 0 ? '#cf1322' : undefined,
          },
        ]
      : []),
  ];
  return (
    <Row gutter={[16, 16]} data-testid="import-counts">
      {items.map((item) => (
        <Col key={item.key} xs={12} sm={8} md={showErrors ? 4 : 6} style={{ minWidth: 0 }}>
          <div
            style={{ background: '#fafafa', borderRadius: 8, padding: '12px 16px' }}
            data-testid={`import-${item.key}`}
          >
            <Statistic
              title={t(`residents.import.counts.${item.key}`)}
              value={item.value}
              styles={{ content: item.color ? { color: item.color } : undefined }}
            />
          </div>
        </Col>
      ))}
    </Row>
  );
};
