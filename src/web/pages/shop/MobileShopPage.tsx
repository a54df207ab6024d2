import { DotLoading, ErrorBlock, PullToRefresh, Tabs } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { MobilePage } from '../../mobile/MobilePage';
import { MobileLoadError } from '../points/MobileLoadError';
import type { ShopItem } from './api';
import { MobileMyRedemptions } from './MobileMyRedemptions';
import { MobileRedeemSheet } from './MobileRedeemSheet';
import { MobileShopItemCard } from './MobileShopItemCard';
import { useMyRedemptions, useMyShop } from './useShop';

// 友邻超市 on the phone: what I can redeem now with my available points, and my redemptions.
export const MobileShopPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'mine' ? 'mine' : 'items';
  const shop = useMyShop();
  const mine = useMyRedemptions();
  const [redeeming, setRedeeming] = useState<ShopItem | null>(null);
  const available = shop.data?.available ?? 0;
  const refresh = () => Promise.all([shop.refetch(), mine.refetch()]).then(() => undefined);

  return (
    <MobilePage title={t('shop.mobile.title')} onBack={() => navigate('/m')}>
      <section
        style={{
          background: 'linear-gradient(120deg, #d48806 0%, #fa8c16 100%)',
          color: '#fff',
          borderRadius: 14,
          padding: '12px 16px',
          marginBottom: 8,
          display: 'flex',
          alignItems: 'baseline',
          justifyContent: 'space-between',
          gap: 8,
        }}
      >
        <span>{t('points.mobile.available')}</span>
        <span style={{ fontSize: '1.8em', fontWeight: 800 }} data-testid="m-shop-available">
          {shop.data ? available : '—'}
        </span>
      </section>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'mine' ? { tab: 'mine' } : {}, { replace: true })}
        style={{ '--title-font-size': '1.05em', marginBottom: 8 }}
      >
        <Tabs.Tab title={t('shop.mobile.itemsTab')} key="items" />
        <Tabs.Tab title={t('shop.mobile.mineTab')} key="mine" />
      </Tabs>
      <PullToRefresh onRefresh={refresh}>
        {tab === 'mine' ? (
          <MobileMyRedemptions />
        ) : shop.isPending ? (
          <div style={{ padding: 32, textAlign: 'center', fontSize: 24 }}>
            <DotLoading color="primary" />
          </div>
        ) : shop.isError ? (
          <MobileLoadError error={shop.error} />
        ) : shop.data.items.length === 0 ? (
          <ErrorBlock
            status="empty"
            title={t('shop.mobile.noItems')}
            description={t('shop.mobile.noItemsHint')}
          />
        ) : (
          shop.data.items.map((item) => (
            <MobileShopItemCard
              key={item.id}
              item={item}
              available={available}
              onRedeem={() => setRedeeming(item)}
            />
          ))
        )}
      </PullToRefresh>
      <MobileRedeemSheet
        item={redeeming}
        available={available}
        onClose={() => setRedeeming(null)}
        onDone={() => {
          setRedeeming(null);
          setParams({ tab: 'mine' }, { replace: true });
        }}
      />
    </MobilePage>
  );
};
