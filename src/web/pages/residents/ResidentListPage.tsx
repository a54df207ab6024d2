import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ResidentRow } from '../../api/residents';
import { PageCard } from '../../components/PageCard';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { type PrintColumn, SelectionBar } from '../../components/SelectionBar';
import { useAddressQuery } from '../../hooks/useAddressQuery';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { useRowSelection } from '../../hooks/useRowSelection';
import { ResidentExportButton } from './ResidentExportButton';
import { ResidentFilterBar } from './ResidentFilterBar';
import { ResidentFormDrawer } from './ResidentFormDrawer';
import { ResidentStatusTag } from './ResidentStatusTag';
import { ResidentTagList } from './ResidentTagList';
import { filtersOf, paramsFromQuery, queryFromParams } from './residentListParams';
import { tagLabelKey } from './residentTags';
import { useCommunityPlaces, useResidentList } from './useResidents';
import { useSelectedResidentsExport } from './useSelectedResidentsExport';

// 居民名册: the community's residents, paged and filtered on the server, masked as the server sends them.
export const ResidentListPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const { query, replace, filter, onPage } = useAddressQuery(queryFromParams, paramsFromQuery);
  const list = useResidentList(query);
  const { compounds, grids } = useCommunityPlaces();
  const [creating, setCreating] = useState(false);
  const canManage = can(PERMISSIONS.residentsManage);
  const selection = useRowSelection<ResidentRow>();
  const exportSelected = useSelectedResidentsExport();

  const reset = () => replace({ page: 1, pageSize: query.pageSize });
  const filtered = Boolean(
    query.q || query.compoundId || query.gridId || query.tag || query.ageBand || query.attention,
  );

  const columns: ColumnsType<ResidentRow> = [
    {
      title: t('residents.columns.name'),
      key: 'name',
      fixed: 'left',
      render: (_, row) => (
        <div style={{ lineHeight: 1.35, minWidth: 88 }}>
          <Link to={`/residents/${row.id}`} onClick={(event) => event.stopPropagation()}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {row.name}
            </Typography.Text>
          </Link>
          {row.isMinor ? (
            <Tag color="cyan" style={{ marginInlineStart: 6, fontSize: 11, lineHeight: '16px' }}>
              {t('residents.minor')}
            </Tag>
          ) : null}
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`residents.sex.${row.sex}`)} · {t('residents.ageValue', { age: row.age })}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('residents.columns.idNumber'),
      dataIndex: 'idNumberMasked',
      key: 'idNumber',
      responsive: ['md'],
      render: (value: string) => (
        <span style={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{value}</span>
      ),
    },
    {
      title: t('residents.columns.mobile'),
      dataIndex: 'mobileMasked',
      key: 'mobile',
      responsive: ['lg'],
      render: (value: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{value ?? '—'}</span>,
    },
    {
      title: t('residents.columns.place'),
      key: 'place',
      responsive: ['md'],
      render: (_, row) => (
        <div style={{ lineHeight: 1.35, whiteSpace: 'nowrap' }}>
          {row.compoundName ?? '—'}
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[row.gridName, row.householdNo].filter(Boolean).join(' · ') || '—'}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('residents.columns.hukouType'),
      dataIndex: 'hukouType',
      key: 'hukouType',
      responsive: ['xl'],
      render: (value: ResidentRow['hukouType']) => (
        <span style={{ whiteSpace: 'nowrap' }}>{t(`residents.hukouTypes.${value}`)}</span>
      ),
    },
    {
      title: t('residents.columns.tags'),
      dataIndex: 'tags',
      key: 'tags',
      render: (tags: string[]) => (
        <div style={{ maxWidth: 280 }}>
          <ResidentTagList tags={tags} />
        </div>
      ),
    },
    {
      title: t('residents.columns.status'),
      dataIndex: 'status',
      key: 'status',
      width: 80,
      responsive: ['sm'],
      render: (status: ResidentRow['status']) => <ResidentStatusTag status={status} />,
    },
  ];

  // The list's columns as text, with the values as masked as the list shows them.
  const printColumns: PrintColumn<ResidentRow>[] = [
    { title: t('residents.columns.name'), value: (row) => row.name },
    {
      title: t('residents.columns.sexAge'),
      value: (row) => `${t(`residents.sex.${row.sex}`)} · ${t('residents.ageValue', { age: row.age })}`,
    },
    { title: t('residents.columns.idNumber'), value: (row) => row.idNumberMasked },
    { title: t('residents.columns.mobile'), value: (row) => row.mobileMasked ?? '—' },
    {
      title: t('residents.columns.place'),
      value: (row) => [row.compoundName, row.gridName, row.householdNo].filter(Boolean).join(' · ') || '—',
    },
    { title: t('residents.columns.hukouType'), value: (row) => t(`residents.hukouTypes.${row.hukouType}`) },
    {
      title: t('residents.columns.tags'),
      value: (row) => row.tags.map((tag) => t(tagLabelKey(tag), { defaultValue: tag })).join('、') || '—',
    },
    { title: t('residents.columns.status'), value: (row) => t(`residents.statuses.${row.status}`) },
  ];

  return (
    <>
      <PageHeader
        title={t('residents.title')}
        description={t('residents.description')}
        extra={
          <>
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('residents.create')}
              </Button>
            ) : null}
            {canManage ? (
              <Button icon={<UploadOutlined />} onClick={() => navigate('/residents/import')}>
                {t('residents.importButton')}
              </Button>
            ) : null}
            {can(PERMISSIONS.residentsExport) ? (
              <ResidentExportButton
                filters={filtersOf(query)}
                total={list.data?.total ?? 0}
                canExportWhole={can(PERMISSIONS.residentsReveal)}
              />
            ) : null}
          </>
        }
      />
      <PageCard>
        {query.attention ? (
          // Opened from a line of the home's 今日待办: say which records these are, and how to see all.
          <Alert
            type="info"
            showIcon
            data-testid="residents-attention"
            style={{ marginBottom: 12 }}
            title={t(`residents.attention.${query.attention}`)}
            action={
              <Button size="small" type="link" onClick={() => filter({ attention: undefined })}>
                {t('residents.attention.clear')}
              </Button>
            }
          />
        ) : null}
        <ResidentFilterBar
          query={query}
          compounds={compounds}
          grids={grids}
          onChange={filter}
          onReset={reset}
        />
        <SelectionBar
          selection={selection}
          onExport={can(PERMISSIONS.residentsExport) ? exportSelected : undefined}
          printTitle={t('residents.title')}
          printColumns={printColumns}
        />
        <PagedTable<ResidentRow>
          rowSelection={selection.rowSelection}
          columns={columns}
          list={list}
          page={query}
          onPage={onPage}
          totalText={(total) => t('residents.total', { total })}
          rowLink={(row) => `/residents/${row.id}`}
          emptyText={filtered ? t('residents.emptyFiltered') : t('residents.empty')}
          emptyAction={
            !filtered && canManage ? (
              <Button type="primary" onClick={() => navigate('/residents/import')}>
                {t('residents.importFirst')}
              </Button>
            ) : null
          }
        />
      </PageCard>
      {canManage ? <ResidentFormDrawer open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
};
