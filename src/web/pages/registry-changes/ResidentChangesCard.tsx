import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentDetail } from '../../api/residents';
import { usePermissions } from '../../hooks/usePermissions';
import { ProposeChangeModal } from './ProposeChangeModal';
import { RegistryChangeItem } from './RegistryChangeItem';
import { RejectChangeModal } from './RejectChangeModal';
import { useRegistryChanges } from './useRegistryChanges';

/**
 * 登记变更 on a resident's page: a social worker proposes a change here and sees how it was decided;
 * staff decide it here too.
 */
export const ResidentChangesCard = ({ resident }: { resident: ResidentDetail }) => {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const { data, isPending } = useRegistryChanges({ residentId: resident.id });
  const [proposing, setProposing] = useState(false);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const items = data?.items ?? [];
  return (
    <Card
      title={t('registryChanges.card.title')}
      size="small"
      data-testid="resident-changes"
      extra={
        can('registry-changes.propose') ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => setProposing(true)}>
            {t('registryChanges.card.propose')}
          </Button>
        ) : null
      }
    >
      {isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('registryChanges.card.empty')} />
      ) : (
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          {items.map((change) => (
            <RegistryChangeItem
              key={change.id}
              change={change}
              canReview={can('registry-changes.review')}
              showResident={false}
              onReject={setRejecting}
            />
          ))}
        </Space>
      )}
      <ProposeChangeModal resident={resident} open={proposing} onClose={() => setProposing(false)} />
      <RejectChangeModal id={rejecting} onClose={() => setRejecting(null)} />
    </Card>
  );
};
