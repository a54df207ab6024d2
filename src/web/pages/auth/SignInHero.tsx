import { CalendarOutlined, FileDoneOutlined, HeartOutlined, HomeOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../../components/BrandMark';

const HIGHLIGHTS = [
  { key: 'profile', icon: HomeOutlined },
  { key: 'services', icon: CalendarOutlined },
  { key: 'volunteers', icon: HeartOutlined },
  { key: 'projects', icon: FileDoneOutlined },
] as const;

// The wide screen's left half: product name, subtitle and what the platform is for.
export const SignInHero = () => {
  const { t } = useTranslation();
  return (
    <div
      style={{
        flex: 1,
        minWidth: 0,
        position: 'relative',
        overflow: 'hidden',
        color: '#fff',
        padding: '40px 56px',
        display: 'flex',
        flexDirection: 'column',
        background: 'linear-gradient(140deg, #0b1f3a 0%, #12396e 55%, #1668dc 100%)',
      }}
    >
      <div
        aria-hidden
        style={{
          position: 'absolute',
          right: -120,
          bottom: -120,
          width: 420,
          height: 420,
          borderRadius: '50%',
          background: 'radial-gradient(circle, rgba(19,194,194,0.35) 0%, rgba(19,194,194,0) 70%)',
        }}
      />
      <BrandMark dark />
      <div
        style={{ flex: 1, display: 'flex', flexDirection: 'column', justifyContent: 'center', maxWidth: 560 }}
      >
        <Typography.Title style={{ color: '#fff', fontSize: 44, marginBottom: 8 }}>
          {t('app.name')}
          <span style={{ fontSize: 24, fontWeight: 400, marginLeft: 12, opacity: 0.85 }}>
            {t('app.latinName')}
          </span>
        </Typography.Title>
        <Typography.Title
          level={3}
          style={{ color: 'rgba(255,255,255,0.92)', marginTop: 0, fontWeight: 500 }}
        >
          {t('app.subtitle')}
        </Typography.Title>
        <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.72)', fontSize: 15, marginBottom: 32 }}>
          {t('auth.intro')}
        </Typography.Paragraph>
        <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: 16 }}>
          {HIGHLIGHTS.map(({ key, icon: Icon }) => (
            <div
              key={key}
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: 12,
                padding: '14px 16px',
                borderRadius: 10,
                background: 'rgba(255,255,255,0.08)',
                border: '1px solid rgba(255,255,255,0.12)',
              }}
            >
              <Icon style={{ fontSize: 20, color: '#69e0e0' }} />
              <span style={{ fontSize: 14 }}>{t(`auth.highlights.${key}`)}</span>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
};
