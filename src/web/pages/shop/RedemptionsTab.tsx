import { App, Button, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageCard } from '../../components/PageCard';
import { PagedTable } from '../../components/PagedTable';
import { useErrorText } from '../../hooks/useErrorText';
import { formatDateTime } from '../../i18n/format';
import { REDEMPTION_STATUSES, type Redemption, type RedemptionQuery, type RedemptionStatus } from './api';
import { RedemptionStatusTag } from './ShopTags';
import { useCancelRedemption, useCollectRedemption, useRedemptions, useShopItems } from './useShop';
import { VolunteerSelect } from './VolunteerSelect';

const minute = (iso: string | null, locale: string) => (iso ? formatDateTime(iso, locale).slice(0, 16) : '—');

// 兑换记录: held ones wait at the counter for 确认领取 (points deducted) or 取消 (points and stock released).
export const RedemptionsTab = ({ canManage }: { canManage: boolean }) => {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const [query, setQuery] = useState<RedemptionQuery>({ status: 'held', page: 1, pageSize: 20 });
  const list = useRedemptions(query);
  const items = useShopItems({ page: 1, pageSize: 100 });
  const collect = useCollectRedemption();
  const cancel = useCancelRedemption();
  const filter = (patch: Partial<RedemptionQuery>) => setQuery({ ...query, ...patch, page: 1 });
  const filtered = Boolean(query.status || query.itemId || query.volunteerId);

  const confirm = (r: Redemption, action: 'collect' | 'cancel') =>
    modal.confirm({
      title: t(`shop.redemptions.${action}Title`),
      content: t(`shop.redemptions.${action}Hint`, {
        name: r.volunteerName,
        item: r.itemName,
        quantity: r.quantity,
        points: r.points,
      }),
      okText: t(`shop.redemptions.${action}`),
      okButtonProps: { danger: action === 'cancel' },
      cancelText: t('shop.redemptions.back'),
      onOk: () =>
        (action === 'collect' ? collect : cancel)
          .mutateAsync(r.id)
          .then(
            () =>
              void message.success(t(`shop.redemptions.${action === 'collect' ? 'collected' : 'cancelled'}`)),
          )
          .catch((error: unknown) => void message.error(errorText(error))),
    });

  const columns: ColumnsType<Redemption> = [
    {
      title: t('shop.redemptions.volunteer'),
      key: 'volunteer',
      render: (_, r) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <Typography.Text strong>{r.volunteerName}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {r.volunteerNumber}
          </Typography.Text>
        </span>
      ),
    },
    {
      title: t('shop.redemptions.item'),
      key: 'item',
      render: (_, r) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {t('shop.redemptions.itemTimes', { name: r.itemName, n: r.quantity })}
        </span>
      ),
    },
    { title: t('shop.redemptions.points'), key: 'points', align: 'right', render: (_, r) => r.points },
    {
      title: t('shop.redemptions.status'),
      key: 'status',
      render: (_, r) => <RedemptionStatusTag status={r.status} />,
    },
    {
      title: t('shop.redemptions.source'),
      key: 'source',
      responsive: ['lg'],
      render: (_, r) => <Tag bordered={false}>{t(`shop.sources.${r.source}`)}</Tag>,
    },
    {
      title: t('shop.redemptions.createdAt'),
      key: 'createdAt',
      render: (_, r) => <span style={{ whiteSpace: 'nowrap' }}>{minute(r.createdAt, i18n.language)}</span>,
    },
    {
      title: t('shop.redemptions.deadline'),
      key: 'deadline',
      responsive: ['md'],
      render: (_, r) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {r.status === 'held' ? minute(r.expiresAt, i18n.language) : minute(r.closedAt, i18n.language)}
        </span>
      ),
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right' as const,
            render: (_: unknown, r: Redemption) =>
              r.status === 'held' ? (
                <Space size={0}>
                  <Button type="link" size="small" onClick={() => confirm(r, 'collect')}>
                    {t('shop.redemptions.collect')}
                  </Button>
                  <Button type="link" size="small" danger onClick={() => confirm(r, 'cancel')}>
                    {t('shop.redemptions.cancel')}
                  </Button>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <PageCard>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16, alignItems: 'center' }}>
        <Select<RedemptionStatus>
          allowClear
          aria-label={t('shop.redemptions.status')}
          placeholder={t('shop.redemptions.allStatuses')}
          value={query.status}
          onChange={(status) => filter({ status })}
          options={REDEMPTION_STATUSES.map((s) => ({ value: s, label: t(`shop.redemptionStatuses.${s}`) }))}
          style={{ width: 130 }}
        />
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('shop.redemptions.item')}
          placeholder={t('shop.redemptions.allItems')}
          value={query.itemId}
          onChange={(itemId) => filter({ itemId })}
          options={(items.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))}
          style={{ width: 200, maxWidth: '100%' }}
        />
        <VolunteerSelect
          value={query.volunteerId}
          onChange={(volunteerId) => filter({ volunteerId })}
          placeholder={t('shop.redemptions.allVolunteers')}
          style={{ width: 200, maxWidth: '100%' }}
        />
      </div>
      <PagedTable<Redemption>
        columns={columns}
        list={list}
        page={query}
        onPage={(page, pageSize) =>
          setQuery({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize })
        }
        totalText={(total) => t('shop.redemptions.total', { total })}
        emptyText={filtered ? t('shop.redemptions.emptyFiltered') : t('shop.redemptions.empty')}
      />
    </PageCard>
  );
};
