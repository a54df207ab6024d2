import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/FilterBar';
import { PageCard } from '../../components/PageCard';
import { PagedTable } from '../../components/PagedTable';
import type { PointsAccountQuery, PointsAccountRow } from './api';
import { usePointsAccounts } from './usePoints';

const number = (value: number) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{value}</span>;

// 积分账户: every volunteer account of the unit, searchable by name or volunteer number.
export const PointsAccountsTab = () => {
  const { t } = useTranslation();
  const [query, setQuery] = useState<PointsAccountQuery>({ page: 1, pageSize: 20 });
  const list = usePointsAccounts(query);

  const columns: ColumnsType<PointsAccountRow> = [
    {
      title: t('points.columns.volunteer'),
      key: 'volunteer',
      render: (_, a) => (
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          {a.volunteerName}
        </Typography.Text>
      ),
    },
    {
      title: t('points.columns.number'),
      key: 'number',
      render: (_, a) => <span style={{ whiteSpace: 'nowrap' }}>{a.volunteerNo}</span>,
    },
    ...(new Set(list.data?.items.map((a) => a.orgUnitName)).size > 1
      ? [
          {
            title: t('points.columns.unit'),
            key: 'unit',
            responsive: ['lg' as const],
            render: (_: unknown, a: PointsAccountRow) => a.orgUnitName ?? '—',
          },
        ]
      : []),
    {
      title: t('points.columns.balance'),
      key: 'balance',
      align: 'right',
      render: (_, a) => number(a.balance),
    },
    { title: t('points.columns.held'), key: 'held', align: 'right', render: (_, a) => number(a.held) },
    {
      title: t('points.columns.available'),
      key: 'available',
      align: 'right',
      render: (_, a) => <Typography.Text strong>{a.available}</Typography.Text>,
    },
  ];

  return (
    <PageCard>
      <FilterBar
        placeholder={t('points.searchPlaceholder')}
        onSearch={(q) => setQuery({ ...query, q, page: 1 })}
      />
      <PagedTable<PointsAccountRow>
        columns={columns}
        list={list}
        page={query}
        rowKey="volunteerId"
        onPage={(page, pageSize) =>
          setQuery({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize })
        }
        rowLink={(a) => `/points/${a.volunteerId}`}
        totalText={(total) => t('points.accountsTotal', { total })}
        emptyText={query.q ? t('points.emptyFiltered') : t('points.empty')}
      />
    </PageCard>
  );
};
