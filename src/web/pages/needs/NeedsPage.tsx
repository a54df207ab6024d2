import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FilterBar } from '../../components/FilterBar';
import { OrgUnitSelect } from '../../components/OrgUnitSelect';
import { PageCard } from '../../components/PageCard';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { PeriodPicker } from '../../components/PeriodPicker';
import { type PrintColumn, SelectionBar } from '../../components/SelectionBar';
import { useAddressQuery } from '../../hooks/useAddressQuery';
import { useErrorText } from '../../hooks/useErrorText';
import { usePermissions } from '../../hooks/usePermissions';
import { useRowSelection } from '../../hooks/useRowSelection';
import { useCommunityPlaces } from '../residents/useResidents';
import {
  exportNeeds,
  exportSelectedNeeds,
  NEED_PRIORITIES,
  NEED_SOURCE_KINDS,
  NEED_TARGET_GROUPS,
  type NeedSummary,
} from './api';
import { NeedFormModal } from './NeedFormModal';
import { NeedPriorityTag, NeedStatusTag } from './NeedStatusTag';
import { NeedsSummary } from './NeedsSummary';
import { isFiltered, paramsFromQuery, queryFromParams } from './needListParams';
import { useNeedList } from './useNeeds';

const nowrap = (value: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{value ?? '—'}</span>;
const day = (iso: string) => dayjs(iso).format('YYYY-MM-DD');

// 需求清单: the needs of the caller's community (or of a street's communities), filtered in the address,
// with counts by status and category, the median days to resolve, and the .xlsx export.
export const NeedsPage = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can('needs.manage');
  const { query, filter, onPage } = useAddressQuery(queryFromParams, paramsFromQuery);
  const list = useNeedList(query);
  const { communityId, grids, compounds } = useCommunityPlaces();
  const [adding, setAdding] = useState(false);
  const [exporting, setExporting] = useState(false);
  const filtered = isFiltered(query);
  const selection = useRowSelection<NeedSummary>();

  const download = () => {
    setExporting(true);
    exportNeeds(query)
      .then(() => void message.success(t('needs.exported')))
      .catch((err: unknown) => void message.error(errorText(err)))
      .finally(() => setExporting(false));
  };

  const columns: ColumnsType<NeedSummary> = [
    {
      title: t('needs.columns.title'),
      key: 'title',
      render: (_, n) => (
        <Link to={`/needs/${n.id}`} onClick={(event) => event.stopPropagation()}>
          <Typography.Text strong style={{ color: 'inherit', maxWidth: 320 }} ellipsis={{ tooltip: n.title }}>
            {n.title}
          </Typography.Text>
        </Link>
      ),
    },
    {
      title: t('needs.columns.status'),
      key: 'status',
      render: (_, n) => <NeedStatusTag status={n.status} />,
    },
    {
      title: t('needs.columns.category'),
      key: 'category',
      render: (_, n) => nowrap(t(`needs.categories.${n.category}`)),
    },
    {
      title: t('needs.columns.priority'),
      key: 'priority',
      responsive: ['md'],
      render: (_, n) => <NeedPriorityTag priority={n.priority} />,
    },
    {
      title: t('needs.columns.targetGroup'),
      key: 'targetGroup',
      responsive: ['lg'],
      render: (_, n) => nowrap(t(`needs.targetGroups.${n.targetGroup}`)),
    },
    {
      title: t('needs.columns.source'),
      key: 'source',
      responsive: ['xl'],
      render: (_, n) => nowrap(t(`needs.sourceKinds.${n.sourceKind}`)),
    },
    ...(communityId
      ? [
          {
            title: t('needs.columns.place'),
            key: 'place',
            responsive: ['xl' as const],
            render: (_: unknown, n: NeedSummary) =>
              nowrap([n.compoundName, n.gridName].filter(Boolean).join(' · ') || null),
          },
        ]
      : [
          {
            title: t('needs.columns.unit'),
            key: 'unit',
            render: (_: unknown, n: NeedSummary) => nowrap(n.orgUnitName),
          },
        ]),
    { title: t('needs.columns.raisedAt'), key: 'raisedAt', render: (_, n) => nowrap(day(n.raisedAt)) },
    {
      title: t('needs.columns.days'),
      key: 'days',
      align: 'right',
      responsive: ['sm'],
      render: (_, n) => nowrap(n.daysToResolve === null ? null : t('needs.days', { days: n.daysToResolve })),
    },
  ];

  const printColumns: PrintColumn<NeedSummary>[] = [
    { title: t('needs.columns.title'), value: (n) => n.title },
    { title: t('needs.columns.status'), value: (n) => t(`needs.statuses.${n.status}`) },
    { title: t('needs.columns.category'), value: (n) => t(`needs.categories.${n.category}`) },
    { title: t('needs.columns.priority'), value: (n) => t(`needs.priorities.${n.priority}`) },
    { title: t('needs.columns.targetGroup'), value: (n) => t(`needs.targetGroups.${n.targetGroup}`) },
    { title: t('needs.columns.source'), value: (n) => t(`needs.sourceKinds.${n.sourceKind}`) },
    communityId
      ? {
          title: t('needs.columns.place'),
          value: (n) => [n.compoundName, n.gridName].filter(Boolean).join(' · ') || '—',
        }
      : { title: t('needs.columns.unit'), value: (n) => n.orgUnitName },
    { title: t('needs.columns.raisedAt'), value: (n) => day(n.raisedAt) },
    {
      title: t('needs.columns.days'),
      value: (n) => (n.daysToResolve === null ? '—' : t('needs.days', { days: n.daysToResolve })),
    },
  ];

  const select = <K extends string>(
    key: 'targetGroup' | 'priority' | 'sourceKind',
    values: readonly K[],
    group: string,
    width: number,
  ) => (
    <Select<K>
      allowClear
      placeholder={t(`needs.filters.${key}`)}
      aria-label={t(`needs.filters.${key}`)}
      value={query[key] as K | undefined}
      onChange={(value) => filter({ [key]: value })}
      options={values.map((v) => ({ value: v, label: t(`needs.${group}.${v}`) }))}
      style={{ width }}
    />
  );

  return (
    <>
      <PageHeader
        title={t('needs.title')}
        description={t('needs.description')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={download}>
              {t('needs.export')}
            </Button>
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('needs.add')}
              </Button>
            ) : null}
          </>
        }
      />
      <NeedsSummary
        list={list.data}
        status={query.status}
        category={query.category}
        onStatus={(status) => filter({ status })}
        onCategory={(category) => filter({ category })}
      />
      <PageCard>
        <FilterBar
          placeholder={t('needs.searchPlaceholder')}
          onSearch={(q) => filter({ q })}
          searchWidth={220}
        >
          {select('targetGroup', NEED_TARGET_GROUPS, 'targetGroups', 140)}
          {select('priority', NEED_PRIORITIES, 'priorities', 120)}
          {select('sourceKind', NEED_SOURCE_KINDS, 'sourceKinds', 140)}
          {communityId ? (
            <>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('needs.filters.compound')}
                aria-label={t('needs.filters.compound')}
                value={query.compoundId}
                onChange={(compoundId?: string) => filter({ compoundId })}
                options={compounds.map((c) => ({ value: c.id, label: c.name }))}
                style={{ width: 160 }}
              />
              <Select
                allowClear
                placeholder={t('needs.filters.grid')}
                aria-label={t('needs.filters.grid')}
                value={query.gridId}
                onChange={(gridId?: string) => filter({ gridId })}
                options={grids.map((g) => ({ value: g.id, label: g.name }))}
                style={{ width: 130 }}
              />
            </>
          ) : (
            <OrgUnitSelect
              allowClear
              placeholder={t('needs.filters.unit')}
              value={query.orgUnitId}
              onChange={(orgUnitId) => filter({ orgUnitId })}
              style={{ width: 200 }}
            />
          )}
          <PeriodPicker
            aria-label={t('needs.filters.period')}
            value={query.from && query.to ? [dayjs(query.from), dayjs(query.to)] : null}
            onChange={(range) =>
              filter({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
            }
            style={{ maxWidth: '100%' }}
          />
        </FilterBar>
        <SelectionBar
          selection={selection}
          onExport={exportSelectedNeeds}
          printTitle={t('needs.title')}
          printColumns={printColumns}
        />
        <PagedTable<NeedSummary>
          rowSelection={selection.rowSelection}
          columns={columns}
          list={list}
          page={query}
          onPage={onPage}
          totalText={(total) => t('needs.total', { total })}
          rowLink={(n) => `/needs/${n.id}`}
          emptyText={filtered ? t('needs.emptyFiltered') : t('needs.empty')}
          emptyAction={
            !filtered && canManage ? (
              <Button type="primary" onClick={() => setAdding(true)}>
                {t('needs.add')}
              </Button>
            ) : null
          }
        />
      </PageCard>
      {canManage ? <NeedFormModal open={adding} onClose={() => setAdding(false)} /> : null}
    </>
  );
};
