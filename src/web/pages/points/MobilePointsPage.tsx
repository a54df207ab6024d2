import { Button, DotLoading, ErrorBlock, List, PullToRefresh } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../i18n/format';
import { MobilePage } from '../../mobile/MobilePage';
import { LedgerAmount } from './LedgerAmount';
import { MobileLoadError } from './MobileLoadError';
import { useMyPoints } from './usePoints';

const figure = { fontSize: '1.6em', fontWeight: 700, lineHeight: 1.2 } as const;

// 我的积分 on the phone: what I can spend, what is held for my redemptions, and every movement in plain words.
export const MobilePointsPage = () => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { data, isPending, isError, error, refetch } = useMyPoints();

  return (
    <MobilePage title={t('points.mobile.title')} onBack={() => navigate('/m')}>
      <PullToRefresh onRefresh={() => refetch().then(() => undefined)}>
        {isPending ? (
          <div style={{ padding: 32, textAlign: 'center', fontSize: 24 }}>
            <DotLoading color="primary" />
          </div>
        ) : isError ? (
          <MobileLoadError error={error} />
        ) : (
          <>
            <section
              style={{
                background: 'linear-gradient(120deg, #d48806 0%, #fa8c16 100%)',
                color: '#fff',
                borderRadius: 14,
                padding: 16,
                marginBottom: 12,
              }}
            >
              <div style={{ opacity: 0.9 }}>{t('points.mobile.available')}</div>
              <div
                style={{ fontSize: '2.4em', fontWeight: 800, lineHeight: 1.15 }}
                data-testid="m-points-available"
              >
                {data.available}
              </div>
              <div
                style={{
                  display: 'flex',
                  gap: 24,
                  marginTop: 10,
                  paddingTop: 10,
                  borderTop: '1px solid rgba(255,255,255,0.3)',
                }}
              >
                <div>
                  <div style={{ opacity: 0.9, fontSize: '0.9em' }}>{t('points.mobile.balance')}</div>
                  <div style={figure} data-testid="m-points-balance">
                    {data.balance}
                  </div>
                </div>
                <div>
                  <div style={{ opacity: 0.9, fontSize: '0.9em' }}>{t('points.mobile.held')}</div>
                  <div style={figure} data-testid="m-points-held">
                    {data.held}
                  </div>
                </div>
              </div>
              {data.held > 0 ? (
                <div style={{ marginTop: 8, fontSize: '0.85em', opacity: 0.95 }}>
                  {t('points.mobile.heldHint')}
                </div>
              ) : null}
            </section>
            <Button
              block
              size="large"
              color="primary"
              style={{ marginBottom: 16 }}
              onClick={() => navigate('/m/shop')}
            >
              {t('points.mobile.toShop')}
            </Button>
            <h2 style={{ fontSize: '1.15em', margin: '0 4px 10px' }}>{t('points.mobile.ledger')}</h2>
            {data.items.length === 0 ? (
              <ErrorBlock
                status="empty"
                title={t('points.mobile.noLedger')}
                description={t('points.mobile.noLedgerHint')}
              />
            ) : (
              <List style={{ borderRadius: 12, overflow: 'hidden' }}>
                {data.items.map((entry) => (
                  <List.Item
                    key={entry.id}
                    extra={<LedgerAmount amount={entry.amount} />}
                    description={formatDateTime(entry.createdAt, i18n.language).slice(0, 16)}
                    data-testid="m-ledger-entry"
                  >
                    <div style={{ fontWeight: 600 }}>{t(`points.mobile.kinds.${entry.kind}`)}</div>
                    <div style={{ fontSize: '0.9em', color: '#595959', wordBreak: 'break-word' }}>
                      {entry.reason}
                    </div>
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
      </PullToRefresh>
    </MobilePage>
  );
};
