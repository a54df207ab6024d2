import { Card, ImageViewer, Space, Tag } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TAG_STYLE } from '../../mobile/tagStyle';
import type { MySuggestion, SuggestionPhotoView, SuggestionStatus } from './api';

const COLORS: Record<SuggestionStatus, string> = {
  submitted: 'warning',
  routed: 'primary',
  replied: 'success',
  closed: 'default',
};

// The day in Huli's time, whatever zone the phone is set to.
const shanghaiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
export const day = (iso: string) => shanghaiDay.format(new Date(iso));

// Thumbnails big enough to tap; a tap opens every photo large, swiping from the one tapped.
export const PhotoStrip = ({ photos }: { photos: SuggestionPhotoView[] }) =>
  photos.length === 0 ? null : (
    <div style={{ display: 'flex', gap: 8, marginTop: 10 }}>
      {photos.map((p, i) => (
        <button
          key={p.id}
          type="button"
          onClick={() => ImageViewer.Multi.show({ images: photos.map((x) => x.largeUrl), defaultIndex: i })}
          style={{ padding: 0, border: 0, background: 'none', width: 96, height: 96 }}
          data-testid="suggestion-photo"
        >
          <img
            src={p.thumbUrl}
            alt=""
            style={{ width: 96, height: 96, objectFit: 'cover', borderRadius: 8, display: 'block' }}
          />
        </button>
      ))}
    </div>
  );

const Block = ({ tone, children }: { tone: 'reply' | 'info'; children: ReactNode }) => (
  <div
    style={{
      marginTop: 10,
      padding: '10px 12px',
      borderRadius: 8,
      background: tone === 'reply' ? '#f0f9eb' : '#f5f7fa',
      lineHeight: 1.6,
    }}
  >
    {children}
  </div>
);

// One of my suggestions: where it stands, the community's reply, and the need it became with its result.
export const MobileSuggestionCard = ({ s }: { s: MySuggestion }) => {
  const { t } = useTranslation();
  return (
    <Card style={{ marginBottom: 12 }} data-testid="my-suggestion">
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'flex-start' }}>
        <div style={{ fontSize: '1.15em', fontWeight: 600, lineHeight: 1.4 }}>{s.title}</div>
        <Tag color={COLORS[s.status]} style={{ ...TAG_STYLE, flexShrink: 0 }}>
          {t(`suggestions.statuses.${s.status}`)}
        </Tag>
      </div>
      <Space wrap style={{ '--gap': '6px', color: '#888', fontSize: '0.85em', marginTop: 4 }}>
        <span>{t('suggestions.phone.submittedOn', { date: day(s.submittedAt) })}</span>
        {s.compoundName ? <span>{s.compoundName}</span> : null}
        {s.anonymous ? (
          <Tag fill="outline" style={TAG_STYLE}>
            {t('suggestions.phone.anonymousTag')}
          </Tag>
        ) : null}
      </Space>
      <div style={{ marginTop: 8, lineHeight: 1.6, whiteSpace: 'pre-wrap' }}>{s.body}</div>
      <PhotoStrip photos={s.photos} />
      {s.routedToName && !s.reply ? (
        <Block tone="info">{t('suggestions.phone.routedTo', { name: s.routedToName })}</Block>
      ) : null}
      {s.reply ? (
        <Block tone="reply">
          <div style={{ fontWeight: 600 }}>{t('suggestions.phone.reply')}</div>
          <div style={{ whiteSpace: 'pre-wrap' }} data-testid="my-suggestion-reply">
            {s.reply}
          </div>
          {s.repliedAt ? (
            <div style={{ color: '#888', fontSize: '0.85em' }}>
              {t('suggestions.phone.repliedOn', { date: day(s.repliedAt) })}
            </div>
          ) : null}
        </Block>
      ) : s.status !== 'closed' && !s.routedToName ? (
        <Block tone="info">{t('suggestions.phone.waiting')}</Block>
      ) : null}
      {s.need ? (
        <Block tone="info">
          <div data-testid="my-suggestion-need">
            {t('suggestions.phone.need', { status: t(`suggestions.needStatuses.${s.need.status}`) })}
          </div>
          {s.need.resolution ? (
            <div data-testid="my-suggestion-result">
              {t('suggestions.phone.needResult', { result: s.need.resolution })}
            </div>
          ) : null}
        </Block>
      ) : null}
    </Card>
  );
};
