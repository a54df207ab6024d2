import { ArrowLeftOutlined, FullscreenExitOutlined, FullscreenOutlined } from '@ant-design/icons';
import { Alert, Button, QRCode, Result, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { BrandMark } from '../../components/BrandMark';
import { useErrorText } from '../../hooks/useErrorText';
import { formatMinute, formatSessionRange } from './activityTime';
import { useActivity, useAttendance, useCheckInCode } from './useActivities';

const useFullscreen = (): [boolean, () => void] => {
  const [on, setOn] = useState(() => !!document.fullscreenElement);
  useEffect(() => {
    const update = () => setOn(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  return [on, toggle];
};

// The largest square the window has room for beside the title and the hints.
type ScreenLayout = { wide: boolean; qrSize: number };

// A projector is landscape: the code on the left, the words on the right. A portrait screen stacks them.
const measureLayout = (): ScreenLayout => {
  const { innerWidth: width, innerHeight: height } = window;
  const wide = width >= 900 && width > height;
  const qrSize = wide ? Math.min(height - 150, width * 0.5, 680) : Math.min(width - 80, height - 380, 560);
  return { wide, qrSize: Math.max(200, Math.round(qrSize)) };
};

const useScreenLayout = (): ScreenLayout => {
  const [layout, setLayout] = useState(measureLayout);
  useEffect(() => {
    const update = () => setLayout(measureLayout());
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return layout;
};

// 签到大屏: a QR code for one session on the room's screen or projector, renewed every five minutes.
// Residents scan it with the phone and land on /m/check-in with the code.
export const CheckInScreenPage = () => {
  const { t, i18n } = useTranslation();
  const { id = '', sessionId = '' } = useParams();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const [fullscreen, toggleFullscreen] = useFullscreen();
  const { wide, qrSize } = useScreenLayout();
  const activity = useActivity(id);
  const code = useCheckInCode(id, sessionId);
  const attendance = useAttendance(id, sessionId, 10_000);
  const session = activity.data?.sessions.find((s) => s.id === sessionId);
  const url = code.data
    ? `${window.location.origin}/m/check-in?code=${encodeURIComponent(code.data.code)}`
    : '';

  const back = () => navigate(`/activities/${id}?tab=checkIn`);

  if (activity.isError || code.isError) {
    return (
      <Result
        status="warning"
        title={t('activities.screen.loadFailed')}
        subTitle={errorText(activity.error ?? code.error)}
        extra={<Button onClick={back}>{t('activities.screen.back')}</Button>}
      />
    );
  }

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: 'linear-gradient(160deg, #0b1f3a 0%, #123a6e 55%, #1668dc 100%)',
        color: '#fff',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '12px 20px' }}>
        <Button
          type="text"
          icon={<ArrowLeftOutlined />}
          onClick={back}
          style={{ color: 'rgba(255,255,255,0.85)' }}
        >
          {t('activities.screen.back')}
        </Button>
        <div style={{ flex: 1 }} />
        <BrandMark dark />
        <Button
          type="text"
          icon={fullscreen ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
          onClick={toggleFullscreen}
          style={{ color: 'rgba(255,255,255,0.85)' }}
        >
          {fullscreen ? t('activities.screen.exitFullscreen') : t('activities.screen.fullscreen')}
        </Button>
      </div>
      <div
        style={{
          flex: 1,
          display: 'flex',
          flexDirection: wide ? 'row' : 'column',
          alignItems: 'center',
          justifyContent: 'center',
          gap: wide ? 56 : 16,
          padding: '0 32px 32px',
          textAlign: wide ? 'left' : 'center',
        }}
      >
        <div
          data-testid="check-in-qr"
          data-code={code.data?.code ?? ''}
          data-url={url}
          style={{
            background: '#fff',
            borderRadius: 16,
            padding: 16,
            boxShadow: '0 12px 40px rgba(0,0,0,0.35)',
            order: wide ? 0 : 1,
          }}
        >
          {code.data ? (
            <QRCode
              value={url}
              size={qrSize}
              errorLevel="M"
              bordered={false}
              type="svg"
              aria-label={t('activities.screen.qrLabel')}
            />
          ) : (
            <div style={{ width: qrSize, height: qrSize, display: 'grid', placeItems: 'center' }}>
              <Spin size="large" />
            </div>
          )}
        </div>
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            gap: 16,
            maxWidth: wide ? 520 : undefined,
            alignItems: wide ? 'flex-start' : 'center',
            order: wide ? 1 : 0,
          }}
        >
          <div>
            <Typography.Title
              level={1}
              style={{ color: '#fff', margin: 0, fontSize: wide ? 40 : 28 }}
              data-testid="screen-title"
            >
              {activity.data?.title ?? ''}
            </Typography.Title>
            {session && activity.data ? (
              <Typography.Text style={{ color: 'rgba(255,255,255,0.8)', fontSize: 20 }}>
                {activity.data.kind === 'group' ? `${t('activities.sessionN', { n: session.seq })} · ` : ''}
                {formatSessionRange(session.startsAt, session.endsAt, i18n.language)}
                {activity.data.place ? ` · ${activity.data.place}` : ''}
              </Typography.Text>
            ) : null}
          </div>
          <Typography.Text
            style={{ color: '#fff', fontSize: wide ? 30 : 22, fontWeight: 600, lineHeight: 1.4 }}
          >
            {t('activities.screen.hint')}
          </Typography.Text>
          {code.data ? (
            <Typography.Text style={{ color: 'rgba(255,255,255,0.7)', fontSize: 16 }}>
              {t('activities.screen.expiresAt', { time: formatMinute(code.data.expiresAt).slice(11) })}
            </Typography.Text>
          ) : null}
          <div
            style={{
              display: 'flex',
              gap: 48,
              padding: '16px 32px',
              borderRadius: 12,
              background: 'rgba(255,255,255,0.1)',
              textAlign: 'center',
            }}
          >
            <div>
              <div style={{ fontSize: 16, opacity: 0.75 }}>{t('activities.screen.attended')}</div>
              <div style={{ fontSize: 48, fontWeight: 700, lineHeight: 1.1 }} data-testid="screen-attended">
                {attendance.data?.items.length ?? 0}
              </div>
            </div>
            {session ? (
              <div>
                <div style={{ fontSize: 16, opacity: 0.75 }}>{t('activities.screen.guests')}</div>
                <div style={{ fontSize: 48, fontWeight: 700, lineHeight: 1.1 }}>{session.guests}</div>
              </div>
            ) : null}
          </div>
          {attendance.isError ? <Alert type="warning" showIcon title={errorText(attendance.error)} /> : null}
        </div>
      </div>
    </div>
  );
};
