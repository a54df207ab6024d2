import { App, Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../hooks/useErrorText';
import { formatDateTime } from '../../i18n/format';
import type { RegistryChangeView } from './api';
import { RegistryChangeLines } from './RegistryChangeLines';
import { RegistryChangeStatusTag } from './RegistryChangeStatusTag';
import { useApproveRegistryChange } from './useRegistryChanges';

// One proposal: whose record, who proposed it and when, field by field, the note; 通过 / 退回 while pending.
export const RegistryChangeItem = ({
  change,
  canReview,
  showResident,
  onReject,
}: {
  change: RegistryChangeView;
  canReview: boolean;
  showResident: boolean;
  onReject: (id: string) => void;
}) => {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const approve = useApproveRegistryChange();
  const at = (iso: string | null) => formatDateTime(iso, i18n.language);
  const onApprove = () =>
    approve.mutate(change.id, {
      onSuccess: () => void message.success(t('registryChanges.approved')),
      onError: (error) => void message.error(errorText(error)),
    });
  const actions =
    canReview && change.status === 'pending' ? (
      <Space>
        <Button danger onClick={() => onReject(change.id)}>
          {t('registryChanges.reject')}
        </Button>
        <Popconfirm
          title={t('registryChanges.approveConfirm')}
          okText={t('registryChanges.approve')}
          cancelText={t('common.cancel')}
          onConfirm={onApprove}
        >
          <Button type="primary" loading={approve.isPending}>
            {t('registryChanges.approve')}
          </Button>
        </Popconfirm>
      </Space>
    ) : null;
  return (
    <Card
      size="small"
      data-testid="registry-change"
      title={
        <Space size={8} wrap>
          {showResident ? <Link to={`/residents/${change.residentId}`}>{change.residentName}</Link> : null}
          <RegistryChangeStatusTag status={change.status} />
        </Space>
      }
      extra={actions}
      styles={{ header: { flexWrap: 'wrap', gap: 8, paddingBlock: 8 } }}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('registryChanges.proposedBy', {
          name: change.proposedByName,
          role: t(`registryChanges.roles.${change.proposedByRole}`),
          at: at(change.proposedAt),
        })}
      </Typography.Paragraph>
      <RegistryChangeLines lines={change.lines} />
      <Typography.Paragraph style={{ margin: '8px 0 0' }}>
        <Typography.Text type="secondary">{t('registryChanges.note')}：</Typography.Text>
        {change.note}
      </Typography.Paragraph>
      {change.rejectReason ? (
        <Typography.Paragraph type="danger" style={{ margin: '4px 0 0' }}>
          {t('registryChanges.rejectReason')}：{change.rejectReason}
        </Typography.Paragraph>
      ) : null}
      {change.decidedByName ? (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('registryChanges.decidedBy', { name: change.decidedByName, at: at(change.decidedAt) })}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
};
