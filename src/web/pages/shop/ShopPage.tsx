import { PlusOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { Button, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { usePermissions } from '../../hooks/usePermissions';
import type { ShopItem } from './api';
import { CounterRedeemModal } from './CounterRedeemModal';
import { RedemptionsTab } from './RedemptionsTab';
import { ShopItemFormModal } from './ShopItemFormModal';
import { ShopItemsTab } from './ShopItemsTab';
import { StockTakesTab } from './StockTakesTab';

const TABS = ['items', 'redemptions', 'stockTakes'] as const;
type TabKey = (typeof TABS)[number];
const isTab = (value: string | null): value is TabKey => TABS.some((tab) => tab === value);

// 友邻超市: the shelf, the counter, the redemptions waiting to be collected and the stock-takes.
export const ShopPage = () => {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const canManage = can('shop.manage');
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: TabKey = isTab(tabParam) ? tabParam : 'items';
  // undefined: closed; null: a new item; an item: editing it.
  const [editing, setEditing] = useState<ShopItem | null | undefined>();
  const [counter, setCounter] = useState(false);
  // A new form for every opening: the form keeps what was typed, and each item starts from its own values.
  const [formKey, setFormKey] = useState(0);
  const edit = (item: ShopItem | null) => {
    setFormKey((key) => key + 1);
    setEditing(item);
  };

  return (
    <>
      <PageHeader
        title={t('shop.title')}
        description={t('shop.description')}
        extra={
          canManage ? (
            <>
              <Button icon={<PlusOutlined />} onClick={() => edit(null)}>
                {t('shop.items.add')}
              </Button>
              <Button type="primary" icon={<ShoppingCartOutlined />} onClick={() => setCounter(true)}>
                {t('shop.counter.title')}
              </Button>
            </>
          ) : null
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'items' ? {} : { tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          {
            key: 'items',
            label: t('shop.tabs.items'),
            children: <ShopItemsTab canManage={canManage} onEdit={edit} />,
          },
          {
            key: 'redemptions',
            label: t('shop.tabs.redemptions'),
            children: <RedemptionsTab canManage={canManage} />,
          },
          { key: 'stockTakes', label: t('shop.tabs.stockTakes'), children: <StockTakesTab /> },
        ]}
      />
      {canManage ? (
        <>
          <ShopItemFormModal
            key={formKey}
            open={editing !== undefined}
            item={editing ?? null}
            onClose={() => setEditing(undefined)}
          />
          <CounterRedeemModal open={counter} onClose={() => setCounter(false)} />
        </>
      ) : null}
    </>
  );
};
