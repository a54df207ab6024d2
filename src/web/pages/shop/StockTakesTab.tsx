import { Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageCard } from '../../components/PageCard';
import { PagedTable } from '../../components/PagedTable';
import { formatDateTime } from '../../i18n/format';
import type { StockTake } from './api';
import { useStockTakes } from './useShop';

// 盘点记录: each count against the books, the difference and why.
export const StockTakesTab = () => {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useStockTakes(page);
  const columns: ColumnsType<StockTake> = [
    {
      title: t('shop.stockTake.time'),
      key: 'time',
      render: (_, s) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(s.createdAt, i18n.language).slice(0, 16)}
        </span>
      ),
    },
    {
      title: t('shop.redemptions.item'),
      key: 'item',
      render: (_, s) => <span style={{ whiteSpace: 'nowrap' }}>{s.itemName}</span>,
    },
    { title: t('shop.stockTake.book'), key: 'book', align: 'right', render: (_, s) => s.bookQuantity },
    {
      title: t('shop.stockTake.counted'),
      key: 'counted',
      align: 'right',
      render: (_, s) => s.countedQuantity,
    },
    {
      title: t('shop.stockTake.differenceColumn'),
      key: 'difference',
      align: 'right',
      render: (_, s) => {
        const d = s.countedQuantity - s.bookQuantity;
        return (
          <Typography.Text type={d === 0 ? 'secondary' : d < 0 ? 'danger' : 'success'} strong={d !== 0}>
            {d > 0 ? `+${d}` : d}
          </Typography.Text>
        );
      },
    },
    {
      title: t('shop.stockTake.reason'),
      key: 'reason',
      render: (_, s) => (
        <Typography.Text ellipsis={{ tooltip: s.reason }} style={{ maxWidth: 300 }}>
          {s.reason || '—'}
        </Typography.Text>
      ),
    },
    {
      title: t('shop.stockTake.by'),
      key: 'by',
      responsive: ['lg'],
      render: (_, s) => s.createdByName ?? '—',
    },
  ];
  return (
    <PageCard>
      <PagedTable<StockTake>
        columns={columns}
        list={list}
        page={page}
        onPage={(p, pageSize) => setPage({ page: pageSize === page.pageSize ? p : 1, pageSize })}
        totalText={(total) => t('shop.stockTake.total', { total })}
        emptyText={t('shop.stockTake.empty')}
      />
    </PageCard>
  );
};
