import { Alert, Empty, Segmented, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { usePermissions } from '../../hooks/usePermissions';
import { REGISTRY_CHANGE_STATUSES, type RegistryChangeStatus } from './api';
import { RegistryChangeItem } from './RegistryChangeItem';
import { RejectChangeModal } from './RejectChangeModal';
import { useRegistryChanges } from './useRegistryChanges';

const isStatus = (value: string | null): value is RegistryChangeStatus =>
  REGISTRY_CHANGE_STATUSES.some((s) => s === value);

/** 登记变更待核: the proposals of the community, pending first; staff approve or return them here. */
export const RegistryChangesPage = () => {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const status: RegistryChangeStatus = isStatus(asked) ? asked : 'pending';
  const { data, isPending } = useRegistryChanges({ status });
  const [rejecting, setRejecting] = useState<string | null>(null);
  const items = data?.items ?? [];
  return (
    <>
      <PageHeader title={t('registryChanges.title')} description={t('registryChanges.description')} />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Segmented
          value={status}
          onChange={(value) => setParams({ status: value }, { replace: true })}
          options={REGISTRY_CHANGE_STATUSES.map((s) => ({ value: s, label: t(`registryChanges.tabs.${s}`) }))}
        />
        <Alert type="info" showIcon title={t('registryChanges.maskedHint')} />
        {isPending ? (
          <div style={{ padding: 48, textAlign: 'center' }}>
            <Spin />
          </div>
        ) : items.length === 0 ? (
          <Empty
            description={t(status === 'pending' ? 'registryChanges.emptyPending' : 'registryChanges.empty')}
          />
        ) : (
          items.map((change) => (
            <RegistryChangeItem
              key={change.id}
              change={change}
              canReview={can('registry-changes.review')}
              showResident
              onReject={setRejecting}
            />
          ))
        )}
      </Space>
      <RejectChangeModal id={rejecting} onClose={() => setRejecting(null)} />
    </>
  );
};
