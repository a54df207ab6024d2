import { Button, Popup, Stepper, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REDEMPTION_HOLD_DAYS } from '../../../core/shop/rules';
import { useErrorText } from '../../hooks/useErrorText';
import type { ShopItem } from './api';
import { ItemPhoto } from './ItemPhoto';
import { useRedeem } from './useShop';

// The confirm step of 兑换: how many, the points it will hold, and where and by when to collect it.
export const MobileRedeemSheet = ({
  item,
  available,
  onClose,
  onDone,
}: {
  item: ShopItem | null;
  available: number;
  onClose: () => void;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const redeem = useRedeem();
  const [quantity, setQuantity] = useState(1);
  const max = item ? Math.max(1, Math.min(item.stock, item.perPersonLimit ?? item.stock)) : 1;
  const cost = item ? item.pricePoints * quantity : 0;

  const confirm = () => {
    if (!item) return;
    redeem.mutate(
      { itemId: item.id, quantity },
      {
        onSuccess: () => {
          Toast.show({ icon: 'success', content: t('shop.mobile.redeemed'), duration: 2500 });
          setQuantity(1);
          onDone();
        },
        // The server's Chinese refusal (积分不足, 已兑完, 超过每人限兑 …) as it comes.
        onError: (error) => Toast.show({ icon: 'fail', content: errorText(error), duration: 3500 }),
      },
    );
  };

  return (
    <Popup
      visible={!!item}
      onMaskClick={onClose}
      onClose={() => {
        setQuantity(1);
        onClose();
      }}
      bodyStyle={{
        boxSizing: 'border-box',
        borderTopLeftRadius: 16,
        borderTopRightRadius: 16,
        padding: '16px 16px calc(16px + env(safe-area-inset-bottom))',
      }}
    >
      {item ? (
        <div data-testid="m-redeem-sheet">
          <div style={{ fontSize: '1.2em', fontWeight: 700, marginBottom: 12 }}>
            {t('shop.mobile.confirmTitle')}
          </div>
          <div style={{ display: 'flex', gap: 12, alignItems: 'center', marginBottom: 12 }}>
            <ItemPhoto url={item.photoUrl} name={item.name} size={56} />
            <div style={{ minWidth: 0, fontWeight: 600, wordBreak: 'break-word' }}>{item.name}</div>
          </div>
          <div
            style={{
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              marginBottom: 12,
            }}
          >
            <span>{t('shop.mobile.quantity')}</span>
            <Stepper
              min={1}
              max={max}
              value={quantity}
              onChange={(value) => setQuantity(value)}
              style={{ '--height': '44px', '--input-width': '56px', '--input-font-size': '1.1em' }}
              aria-label={t('shop.mobile.quantity')}
            />
          </div>
          <div
            style={{
              background: '#fff7e6',
              borderRadius: 10,
              padding: 12,
              lineHeight: 1.7,
              marginBottom: 16,
            }}
            data-testid="m-redeem-summary"
          >
            <div>{t('shop.mobile.willHold', { n: cost })}</div>
            {cost > available ? (
              <div style={{ color: '#cf1322' }}>{t('shop.mobile.shortBy', { n: available })}</div>
            ) : (
              <div>{t('shop.mobile.availableAfter', { n: available - cost })}</div>
            )}
            <div>{t('shop.mobile.pickUp', { place: item.orgUnitName, days: REDEMPTION_HOLD_DAYS })}</div>
          </div>
          <Button block size="large" color="primary" loading={redeem.isPending} onClick={confirm}>
            {t('shop.mobile.confirm')}
          </Button>
          <Button block size="large" fill="none" style={{ marginTop: 8 }} onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      ) : null}
    </Popup>
  );
};
