import { Button, Card, DotLoading, Empty, ErrorBlock, Tabs } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useErrorText } from '../../hooks/useErrorText';
import { MobilePage } from '../../mobile/MobilePage';
import type { PublicReply } from './api';
import { day, MobileSuggestionCard } from './MobileSuggestionCard';
import { useMySuggestions, usePublicReplies } from './useSuggestions';

const Loading = () => (
  <div style={{ padding: 32, textAlign: 'center', fontSize: 24 }}>
    <DotLoading color="primary" />
  </div>
);

// What every resident of the community may read: the question, the reply, the author hidden or masked.
const PublicReplyCard = ({ r }: { r: PublicReply }) => {
  const { t } = useTranslation();
  return (
    <Card style={{ marginBottom: 12 }} data-testid="public-reply">
      <div style={{ fontSize: '1.15em', fontWeight: 600, lineHeight: 1.4 }}>{r.title}</div>
      <div style={{ color: '#888', fontSize: '0.85em', marginTop: 4 }}>
        {t('suggestions.phone.by', { name: r.mine ? t('suggestions.phone.mine') : r.authorLabel })}
        {r.compoundName ? ` · ${r.compoundName}` : ''} · {day(r.submittedAt)}
      </div>
      <div style={{ marginTop: 8, lineHeight: 1.6, whiteSpace: 'pre-wrap' }}>{r.body}</div>
      <div
        style={{
          marginTop: 10,
          padding: '10px 12px',
          borderRadius: 8,
          background: '#f0f9eb',
          lineHeight: 1.6,
        }}
      >
        <div style={{ fontWeight: 600 }}>{t('suggestions.phone.reply')}</div>
        <div style={{ whiteSpace: 'pre-wrap' }}>{r.reply}</div>
        <div style={{ color: '#888', fontSize: '0.85em' }}>
          {t('suggestions.phone.repliedOn', { date: day(r.repliedAt) })}
        </div>
      </div>
    </Card>
  );
};

function listBody<T>(
  query: { isPending: boolean; isError: boolean; error: unknown; data?: { items: T[] } },
  errorText: (error: unknown) => string,
  loadFailed: string,
  empty: string,
  render: (item: T) => ReactNode,
): ReactNode {
  if (query.isPending) return <Loading />;
  if (query.isError)
    return <ErrorBlock status="default" title={loadFailed} description={errorText(query.error)} />;
  const items = query.data?.items ?? [];
  return items.length === 0 ? <Empty description={empty} /> : items.map(render);
}

// 便民信箱 on the phone: my suggestions (status, reply, the need's result) and the community's published replies.
export const MobileSuggestionsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'public' ? 'public' : 'mine';
  const mine = useMySuggestions();
  const published = usePublicReplies();
  return (
    <MobilePage
      title={t('suggestions.phone.title')}
      onBack={() => navigate('/m')}
      footer={
        <Button block color="primary" size="large" onClick={() => navigate('/m/suggestions/new')}>
          {t('suggestions.phone.newButton')}
        </Button>
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'public' ? { tab: 'public' } : {}, { replace: true })}
        style={{ '--title-font-size': '17px', background: '#fff', borderRadius: 8, marginBottom: 12 }}
      >
        <Tabs.Tab title={t('suggestions.phone.tabs.mine')} key="mine" />
        <Tabs.Tab title={t('suggestions.phone.tabs.public')} key="public" />
      </Tabs>
      {tab === 'mine'
        ? listBody(mine, errorText, t('mobile.loadFailed'), t('suggestions.phone.emptyMine'), (s) => (
            <MobileSuggestionCard key={s.id} s={s} />
          ))
        : listBody(published, errorText, t('mobile.loadFailed'), t('suggestions.phone.emptyPublic'), (r) => (
            <PublicReplyCard key={r.id} r={r} />
          ))}
    </MobilePage>
  );
};
