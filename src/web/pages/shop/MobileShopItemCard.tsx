import { Button, Card, Space, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { TAG_STYLE } from '../../mobile/tagStyle';
import type { ShopItem } from './api';
import { ItemPhoto } from './ItemPhoto';
import { limitText, windowText } from './itemText';

const muted = { color: '#595959' };

// One item on the phone: photo, price in points, what is left, the limits, and 兑换.
export const MobileShopItemCard = ({
  item,
  available,
  onRedeem,
}: {
  item: ShopItem;
  available: number;
  onRedeem: () => void;
}) => {
  const { t } = useTranslation();
  const soldOut = item.stock === 0;
  const short = available < item.pricePoints;
  return (
    <Card style={{ borderRadius: 12, marginBottom: 12 }} data-testid="m-shop-item">
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        <ItemPhoto url={item.photoUrl} name={item.name} size={76} />
        <div style={{ minWidth: 0, flex: 1 }}>
          <div
            style={{ fontSize: '1.15em', fontWeight: 700, lineHeight: 1.35, wordBreak: 'break-word' }}
            data-testid="m-shop-item-name"
          >
            {item.name}
          </div>
          <Space wrap style={{ '--gap': '6px', margin: '4px 0' }}>
            <Tag color={item.kind === 'service' ? '#722ed1' : '#13a8a8'} fill="outline" style={TAG_STYLE}>
              {t(`shop.kinds.${item.kind}`)}
            </Tag>
          </Space>
          <div style={{ color: '#d46b08', fontSize: '1.3em', fontWeight: 800 }}>
            {t('shop.pointsN', { n: item.pricePoints })}
          </div>
        </div>
      </div>
      {item.description ? (
        <div style={{ marginTop: 8, wordBreak: 'break-word' }}>{item.description}</div>
      ) : null}
      <div style={{ marginTop: 8, lineHeight: 1.6 }}>
        {item.donorName ? <div style={muted}>{t('shop.mobile.donor', { name: item.donorName })}</div> : null}
        <div style={muted}>
          {soldOut ? t('shop.mobile.soldOut') : t('shop.mobile.stock', { n: item.stock })} ·{' '}
          {limitText(item, t)}
        </div>
        <div style={muted}>{t('shop.mobile.window', { window: windowText(item, t) })}</div>
      </div>
      <Button
        block
        size="large"
        color="primary"
        style={{ marginTop: 12 }}
        disabled={soldOut}
        onClick={onRedeem}
      >
        {soldOut ? t('shop.mobile.soldOut') : t('shop.mobile.redeem')}
      </Button>
      {!soldOut && short ? (
        <div style={{ ...muted, fontSize: '0.85em', textAlign: 'center', marginTop: 6 }}>
          {t('shop.mobile.short')}
        </div>
      ) : null}
    </Card>
  );
};
