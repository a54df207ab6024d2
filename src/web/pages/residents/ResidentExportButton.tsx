import { DownloadOutlined, DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportResidents, type ResidentFilters } from '../../api/residents';
import { useErrorText } from '../../hooks/useErrorText';

// 脱敏导出 for everyone who may export; 完整导出 only with residents.reveal. Both are confirmed first
// and both are written to the audit log by the server.
export const ResidentExportButton = ({
  filters,
  total,
  canExportWhole,
}: {
  filters: ResidentFilters;
  total: number;
  canExportWhole: boolean;
}) => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);

  const confirmExport = (whole: boolean) => {
    let reason = '';
    const text = t(whole ? 'residents.exportWholeConfirm' : 'residents.exportMaskedConfirm', { total });
    modal.confirm({
      title: t(whole ? 'residents.exportWholeTitle' : 'residents.exportMaskedTitle'),
      content: whole ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          {text}
          <Input
            data-testid="export-reason"
            placeholder={t('residents.exportReasonPlaceholder')}
            maxLength={200}
            onChange={(e) => {
              reason = e.target.value.trim();
            }}
          />
        </Space>
      ) : (
        text
      ),
      okText: t(whole ? 'residents.exportWhole' : 'residents.exportMasked'),
      okButtonProps: { danger: whole },
      cancelText: t('common.cancel'),
      width: 480,
      onOk: async () => {
        if (whole && reason.length < 2) {
          void message.error(t('residents.exportReasonRequired'));
          throw new Error('reason required');
        }
        setBusy(true);
        try {
          await exportResidents(filters, whole ? reason : null);
          void message.success(t('residents.exported'));
        } catch (error) {
          void message.error(errorText(error));
        } finally {
          setBusy(false);
        }
      },
    });
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'masked', label: t('residents.exportMasked'), onClick: () => confirmExport(false) },
          ...(canExportWhole
            ? [
                {
                  key: 'whole',
                  danger: true,
                  label: t('residents.exportWhole'),
                  onClick: () => confirmExport(true),
                },
              ]
            : []),
        ],
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy}>
        {t('residents.export')} <DownOutlined />
      </Button>
    </Dropdown>
  );
};
