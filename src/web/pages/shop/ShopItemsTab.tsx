import { App, Button, Checkbox, Dropdown, Select, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/FilterBar';
import { PageCard } from '../../components/PageCard';
import { PagedTable } from '../../components/PagedTable';
import { useErrorText } from '../../hooks/useErrorText';
import {
  ITEM_KINDS,
  ITEM_STATUSES,
  type ItemKind,
  type ItemStatus,
  type ShopItem,
  type ShopItemQuery,
} from './api';
import { ItemPhoto } from './ItemPhoto';
import { limitText, windowText, yuan } from './itemText';
import { RestockModal } from './RestockModal';
import { ItemKindTag, ItemStatusTag } from './ShopTags';
import { StockTakeModal } from './StockTakeModal';
import { useItemPhotoActions } from './useItemPhotoActions';
import { useSetItemListed, useShopItems } from './useShop';

const nowrap = (text: string) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;

// 物品: the unit's shelf — what each item costs, what is left, and the actions on it.
export const ShopItemsTab = ({
  canManage,
  onEdit,
}: {
  canManage: boolean;
  onEdit: (item: ShopItem | null) => void;
}) => {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const [query, setQuery] = useState<ShopItemQuery>({ page: 1, pageSize: 20 });
  const [restocking, setRestocking] = useState<ShopItem | null>(null);
  const [counting, setCounting] = useState<ShopItem | null>(null);
  const list = useShopItems(query);
  const setListed = useSetItemListed();
  const photo = useItemPhotoActions();
  const filter = (patch: Partial<ShopItemQuery>) => setQuery({ ...query, ...patch, page: 1 });
  const filtered = Boolean(query.q || query.kind || query.status || query.lowStock);

  const confirmListed = (item: ShopItem, listed: boolean) =>
    modal.confirm({
      title: t(listed ? 'shop.items.relistTitle' : 'shop.items.withdrawTitle', { name: item.name }),
      content: t(listed ? 'shop.items.relistHint' : 'shop.items.withdrawHint'),
      okText: t(listed ? 'shop.items.relist' : 'shop.items.withdraw'),
      okButtonProps: { danger: !listed },
      onOk: () =>
        setListed
          .mutateAsync({ id: item.id, listed })
          .then(() => void message.success(t(listed ? 'shop.items.relisted' : 'shop.items.withdrawn')))
          .catch((error: unknown) => void message.error(errorText(error))),
    });

  const columns: ColumnsType<ShopItem> = [
    {
      title: t('shop.items.name'),
      key: 'name',
      fixed: 'left',
      render: (_, item) => (
        <Space size={10}>
          <ItemPhoto url={item.photoUrl} name={item.name} size={40} />
          <span style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
              {item.name}
            </Typography.Text>
            {item.description ? (
              <Typography.Text
                type="secondary"
                ellipsis={{ tooltip: item.description }}
                style={{ display: 'block', maxWidth: 220, fontSize: 12 }}
              >
                {item.description}
              </Typography.Text>
            ) : null}
          </span>
        </Space>
      ),
    },
    { title: t('shop.items.kind'), key: 'kind', render: (_, item) => <ItemKindTag kind={item.kind} /> },
    {
      title: t('shop.items.donor'),
      key: 'donor',
      responsive: ['lg'],
      render: (_, item) => nowrap(item.donorName || '—'),
    },
    {
      title: t('shop.items.value'),
      key: 'value',
      align: 'right',
      responsive: ['md'],
      render: (_, item) => nowrap(yuan(item.value)),
    },
    {
      title: t('shop.items.price'),
      key: 'price',
      align: 'right',
      render: (_, item) => (
        <Typography.Text strong>{t('shop.pointsN', { n: item.pricePoints })}</Typography.Text>
      ),
    },
    {
      title: t('shop.items.stock'),
      key: 'stock',
      align: 'right',
      render: (_, item) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <Typography.Text type={item.stock === 0 ? 'danger' : undefined}>{item.stock}</Typography.Text>
          {item.heldQuantity > 0 ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('shop.items.heldN', { n: item.heldQuantity })}
            </Typography.Text>
          ) : null}
        </span>
      ),
    },
    {
      title: t('shop.items.limit'),
      key: 'limit',
      responsive: ['xl'],
      render: (_, item) => nowrap(limitText(item, t)),
    },
    {
      title: t('shop.items.window'),
      key: 'window',
      responsive: ['xxl'],
      render: (_, item) => nowrap(windowText(item, t)),
    },
    {
      title: t('shop.items.status'),
      key: 'status',
      render: (_, item) => <ItemStatusTag status={item.status} />,
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right' as const,
            render: (_: unknown, item: ShopItem) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => onEdit(item)}>
                  {t('common.edit')}
                </Button>
                <Button type="link" size="small" onClick={() => setRestocking(item)}>
                  {t('shop.items.restock')}
                </Button>
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: [
                      { key: 'count', label: t('shop.stockTake.button') },
                      { key: 'photo', label: t(item.photoUrl ? 'shop.photo.replace' : 'shop.photo.add') },
                      ...(item.photoUrl
                        ? [{ key: 'removePhoto', label: t('shop.photo.remove'), danger: true }]
                        : []),
                      item.status === 'listed'
                        ? { key: 'withdraw', label: t('shop.items.withdraw'), danger: true }
                        : { key: 'relist', label: t('shop.items.relist') },
                    ],
                    onClick: ({ key }) => {
                      if (key === 'count') setCounting(item);
                      else if (key === 'photo') photo.choose(item);
                      else if (key === 'removePhoto') photo.remove(item);
                      else confirmListed(item, key === 'relist');
                    },
                  }}
                >
                  <Button type="link" size="small" aria-label={t('common.more')}>
                    {t('common.more')}
                  </Button>
                </Dropdown>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <PageCard>
      {photo.fileInput}
      <FilterBar placeholder={t('shop.items.searchPlaceholder')} onSearch={(q) => filter({ q })}>
        <Select<ItemKind>
          allowClear
          aria-label={t('shop.items.kind')}
          placeholder={t('shop.items.allKinds')}
          value={query.kind}
          onChange={(kind) => filter({ kind })}
          options={ITEM_KINDS.map((k) => ({ value: k, label: t(`shop.kinds.${k}`) }))}
          style={{ width: 120 }}
        />
        <Select<ItemStatus>
          allowClear
          aria-label={t('shop.items.status')}
          placeholder={t('shop.items.allStatuses')}
          value={query.status}
          onChange={(status) => filter({ status })}
          options={ITEM_STATUSES.map((s) => ({ value: s, label: t(`shop.statuses.${s}`) }))}
          style={{ width: 120 }}
        />
        <Checkbox
          checked={!!query.lowStock}
          onChange={(e) => filter({ lowStock: e.target.checked || undefined })}
        >
          {t('shop.items.lowStock')}
        </Checkbox>
      </FilterBar>
      <PagedTable<ShopItem>
        columns={columns}
        list={list}
        page={query}
        onPage={(page, pageSize) =>
          setQuery({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize })
        }
        totalText={(total) => t('shop.items.total', { total })}
        emptyText={filtered ? t('shop.items.emptyFiltered') : t('shop.items.empty')}
        emptyAction={
          !filtered && canManage ? (
            <Button type="primary" onClick={() => onEdit(null)}>
              {t('shop.items.add')}
            </Button>
          ) : null
        }
      />
      <RestockModal item={restocking} onClose={() => setRestocking(null)} />
      <StockTakeModal item={counting} onClose={() => setCounting(null)} />
    </PageCard>
  );
};
