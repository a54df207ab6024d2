import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Provider } from '../../api/types';
import { PageCard } from '../../components/PageCard';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { ProviderFormModal } from './ProviderFormModal';
import { useProviders } from './useProviders';

export const ProvidersPage = () => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can(PERMISSIONS.providersManage);
  const { data, isPending, isError, error } = useProviders();
  const [editing, setEditing] = useState<{ provider: Provider | null } | null>(null);

  const dash = (value: string | null) => value || '—';
  const columns: ColumnsType<Provider> = [
    { title: t('providers.name'), dataIndex: 'name', key: 'name' },
    { title: t('providers.creditCode'), dataIndex: 'creditCode', key: 'creditCode', render: dash },
    { title: t('providers.contactName'), dataIndex: 'contactName', key: 'contactName', render: dash },
    { title: t('providers.contactPhone'), dataIndex: 'contactPhone', key: 'contactPhone', render: dash },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, provider: Provider) => (
              <Button type="link" size="small" onClick={() => setEditing({ provider })}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('providers.title')}
        description={t('providers.description')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ provider: null })}>
              {t('providers.create')}
            </Button>
          ) : null
        }
      />
      <PageCard>
        {isError ? (
          <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />
        ) : (
          <Table<Provider>
            rowKey="id"
            loading={isPending}
            columns={columns}
            dataSource={data?.items ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{
              pageSize: 20,
              hideOnSinglePage: true,
              showTotal: (total) => t('common.total', { total }),
            }}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('providers.empty')} />,
            }}
          />
        )}
      </PageCard>
      <ProviderFormModal
        open={editing !== null}
        provider={editing?.provider ?? null}
        onClose={() => setEditing(null)}
      />
    </>
  );
};
