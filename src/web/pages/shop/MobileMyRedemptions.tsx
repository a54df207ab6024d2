import { Button, Card, Dialog, DotLoading, ErrorBlock, Tag, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/useErrorText';
import { formatDateTime } from '../../i18n/format';
import { TAG_STYLE } from '../../mobile/tagStyle';
import { MobileLoadError } from '../points/MobileLoadError';
import type { Redemption, RedemptionStatus } from './api';
import { useCancelRedemption, useMyRedemptions } from './useShop';

const STATUS_COLORS: Record<RedemptionStatus, string> = {
  held: 'warning',
  collected: 'success',
  cancelled: 'default',
  expired: 'default',
};

const minute = (iso: string, locale: string) => formatDateTime(iso, locale).slice(0, 16);

// 我的兑换: each redemption with its status; one still waiting can be cancelled (the points come back).
export const MobileMyRedemptions = () => {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { data, isPending, isError, error } = useMyRedemptions();
  const cancel = useCancelRedemption();

  const confirmCancel = async (r: Redemption) => {
    const sure = await Dialog.confirm({
      content: t('shop.mobile.cancelConfirm', { item: r.itemName, points: r.points }),
      confirmText: t('shop.mobile.cancelOk'),
      cancelText: t('shop.mobile.keep'),
    });
    if (!sure) return;
    cancel.mutate(r.id, {
      onSuccess: () => Toast.show({ icon: 'success', content: t('shop.mobile.cancelled') }),
      onError: (err) => Toast.show({ icon: 'fail', content: errorText(err), duration: 3000 }),
    });
  };

  if (isPending)
    return (
      <div style={{ padding: 32, textAlign: 'center', fontSize: 24 }}>
        <DotLoading color="primary" />
      </div>
    );
  if (isError) return <MobileLoadError error={error} />;
  if (data.items.length === 0)
    return (
      <ErrorBlock
        status="empty"
        title={t('shop.mobile.noRedemptions')}
        description={t('shop.mobile.noRedemptionsHint')}
      />
    );

  return (
    <>
      {data.items.map((r) => (
        <Card key={r.id} style={{ borderRadius: 12, marginBottom: 12 }} data-testid="m-redemption">
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
            <div style={{ fontSize: '1.1em', fontWeight: 700, wordBreak: 'break-word' }}>
              {t('shop.redemptions.itemTimes', { name: r.itemName, n: r.quantity })}
            </div>
            <Tag
              color={STATUS_COLORS[r.status]}
              fill="solid"
              style={{ ...TAG_STYLE, fontSize: '0.85em', padding: '3px 8px', flex: '0 0 auto' }}
              data-testid="m-redemption-status"
            >
              {t(`shop.redemptionStatuses.${r.status}`)}
            </Tag>
          </div>
          <div style={{ color: '#595959', lineHeight: 1.7, marginTop: 6 }}>
            <div>{t('shop.mobile.redemptionPoints', { n: r.points })}</div>
            <div>{t('shop.mobile.redeemedAt', { time: minute(r.createdAt, i18n.language) })}</div>
            {r.status === 'held' ? (
              <div style={{ color: '#d46b08' }}>
                {t('shop.mobile.collectBy', {
                  time: minute(r.expiresAt, i18n.language),
                  place: r.orgUnitName,
                })}
              </div>
            ) : r.closedAt ? (
              <div>{t(`shop.mobile.closedAt.${r.status}`, { time: minute(r.closedAt, i18n.language) })}</div>
            ) : null}
          </div>
          {r.status === 'held' ? (
            <Button
              block
              size="large"
              color="danger"
              fill="outline"
              style={{ marginTop: 12 }}
              loading={cancel.isPending && cancel.variables === r.id}
              onClick={() => void confirmCancel(r)}
            >
              {t('shop.mobile.cancel')}
            </Button>
          ) : null}
        </Card>
      ))}
    </>
  );
};
