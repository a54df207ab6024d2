import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Input, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types';
import { OrgUnitKindTag } from '../../components/OrgUnitKindTag';
import { PageCard } from '../../components/PageCard';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { type OrgUnitNode, useOrgUnits, useOrgUnitTree } from '../../hooks/useOrgUnits';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { OrgUnitCreateModal } from './OrgUnitCreateModal';
import { OrgUnitDetailDrawer } from './OrgUnitDetailDrawer';
import { OrgUnitRenameModal } from './OrgUnitRenameModal';
import { CHILD_KIND, collectIds, filterOrgUnitTree } from './orgUnitTree';

export const OrgUnitsPage = () => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can(PERMISSIONS.orgUnitsManage);
  const { data, isPending, isError, error, refetch, isFetching } = useOrgUnits();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<string[]>([]);
  const [detailId, setDetailId] = useState<string | null>(null);
  const [createParent, setCreateParent] = useState<OrgUnit | null>(null);
  const [renaming, setRenaming] = useState<OrgUnit | null>(null);

  const tree = useOrgUnitTree();
  const visible = useMemo(() => filterOrgUnitTree(tree, query), [tree, query]);

  // Open the district and street levels by default; a search opens every branch that matched.
  useEffect(() => {
    if (query.trim()) setExpanded(collectIds(visible));
    else setExpanded((data?.items ?? []).filter((u) => u.kind !== 'community').map((u) => u.id));
  }, [data, query, visible]);

  const columns: ColumnsType<OrgUnitNode> = [
    {
      title: t('orgUnits.name'),
      dataIndex: 'name',
      key: 'name',
      render: (_, unit) => (
        <Space size={8}>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setDetailId(unit.id)}>
            {unit.name}
          </Button>
          <OrgUnitKindTag kind={unit.kind} />
        </Space>
      ),
    },
    { title: t('orgUnits.code'), dataIndex: 'code', key: 'code', width: 160, responsive: ['md'] },
    { title: t('orgUnits.gridCount'), dataIndex: 'totalGrids', key: 'grids', width: 100, align: 'right' },
    {
      title: t('orgUnits.compoundCount'),
      dataIndex: 'totalCompounds',
      key: 'compounds',
      width: 100,
      align: 'right',
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: canManage ? 220 : 90,
      // On a phone the name opens the drawer, which carries the same actions.
      responsive: ['md'],
      render: (_, unit) => (
        <Space size={4} wrap>
          <Button type="link" size="small" onClick={() => setDetailId(unit.id)}>
            {t('common.detail')}
          </Button>
          {canManage && CHILD_KIND[unit.kind] ? (
            <Button type="link" size="small" onClick={() => setCreateParent(unit)}>
              {t('orgUnits.createChild')}
            </Button>
          ) : null}
          {canManage ? (
            <Button type="link" size="small" onClick={() => setRenaming(unit)}>
              {t('orgUnits.rename')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('orgUnits.title')}
        description={t('orgUnits.description')}
        extra={
          <Button icon={<ReloadOutlined />} loading={isFetching} onClick={() => void refetch()}>
            {t('common.refresh')}
          </Button>
        }
      />
      <PageCard>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16, alignItems: 'center' }}>
          <Input.Search
            allowClear
            placeholder={t('orgUnits.searchPlaceholder')}
            aria-label={t('orgUnits.searchPlaceholder')}
            onChange={(event) => setQuery(event.target.value)}
            onSearch={setQuery}
            style={{ width: 280, maxWidth: '100%' }}
          />
          {canManage && tree.length > 0 && CHILD_KIND[tree[0].kind] ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateParent(tree[0])}>
              {t('orgUnits.createChild')}
            </Button>
          ) : null}
        </div>
        {isError ? (
          <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />
        ) : (
          <Table<OrgUnitNode>
            rowKey="id"
            size="middle"
            loading={isPending}
            columns={columns}
            dataSource={visible}
            pagination={false}
            scroll={{ x: 'max-content' }}
            expandable={{
              expandedRowKeys: expanded,
              onExpandedRowsChange: (keys) => setExpanded(keys.map(String)),
              indentSize: 20,
            }}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgUnits.empty')} />,
            }}
          />
        )}
      </PageCard>
      <OrgUnitDetailDrawer
        id={detailId}
        onClose={() => setDetailId(null)}
        onCreateChild={canManage ? setCreateParent : undefined}
        onRename={canManage ? setRenaming : undefined}
      />
      <OrgUnitCreateModal parent={createParent} onClose={() => setCreateParent(null)} />
      <OrgUnitRenameModal unit={renaming} onClose={() => setRenaming(null)} />
    </>
  );
};
