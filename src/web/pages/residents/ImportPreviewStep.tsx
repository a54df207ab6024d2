import { CheckCircleOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport, ImportRowError } from '../../api/residents';
import { ImportCounts } from './ImportCounts';

// Step 3: what the file would do, and every bad row. Any error blocks the commit: all rows or none.
export const ImportPreviewStep = ({
  fileName,
  report,
  onCommit,
  onReupload,
}: {
  fileName: string;
  report: ImportReport;
  onCommit: () => void;
  onReupload: () => void;
}) => {
  const { t } = useTranslation();
  const blocked = report.errorCount > 0;
  const nothing = report.created + report.updated === 0;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {t('residents.import.checkedFile', { name: fileName })}
      </Typography.Text>
      <ImportCounts report={report} showErrors />
      {blocked ? (
        <Alert
          type="error"
          showIcon
          title={t('residents.import.blockedTitle', { count: report.errorCount })}
          description={t('residents.import.blocked')}
          data-testid="import-blocked"
        />
      ) : (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleOutlined />}
          title={nothing ? t('residents.import.nothingToDo') : t('residents.import.ready', report)}
        />
      )}
      {blocked ? (
        <Table<ImportRowError>
          rowKey={(row, index) => `${row.row}-${row.column}-${index}`}
          size="small"
          dataSource={report.errors}
          tableLayout="fixed"
          data-testid="import-errors"
          pagination={
            report.errors.length > 10 ? { pageSize: 10, showSizeChanger: false, size: 'small' } : false
          }
          columns={[
            { title: t('residents.import.errorRow'), dataIndex: 'row', key: 'row', width: 64 },
            {
              title: t('residents.import.errorColumn'),
              dataIndex: 'column',
              key: 'column',
              width: 112,
            },
            {
              title: t('residents.import.errorMessage'),
              dataIndex: 'message',
              key: 'message',
              render: (value: string) => <span style={{ overflowWrap: 'anywhere' }}>{value}</span>,
            },
          ]}
          footer={
            report.errorCount > report.errors.length
              ? () =>
                  t('residents.import.moreErrors', { shown: report.errors.length, total: report.errorCount })
              : undefined
          }
        />
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 }}>
        <Button onClick={onReupload} icon={<CloudUploadOutlined />}>
          {t('residents.import.reupload')}
        </Button>
        <Button type="primary" disabled={blocked} onClick={onCommit} data-testid="import-commit">
          {t('residents.import.commit')}
        </Button>
        {blocked ? (
          <Typography.Text type="danger" data-testid="import-commit-blocked">
            {t('residents.import.commitBlocked')}
          </Typography.Text>
        ) : null}
      </div>
    </Space>
  );
};
