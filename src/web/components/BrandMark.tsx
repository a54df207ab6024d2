import { useTranslation } from 'react-i18next';

// The square 邻 logo with the product name beside it.
export const BrandMark = ({ dark = false, compact = false }: { dark?: boolean; compact?: boolean }) => {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 10, minWidth: 0 }}>
      <div
        aria-hidden
        style={{
          width: 32,
          height: 32,
          flex: '0 0 32px',
          borderRadius: 8,
          background: 'linear-gradient(135deg, #1668dc 0%, #13c2c2 100%)',
          color: '#fff',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          fontWeight: 700,
          fontSize: 17,
        }}
      >
        邻
      </div>
      {compact ? null : (
        <div style={{ lineHeight: 1.2, minWidth: 0 }}>
          <div
            style={{
              fontWeight: 700,
              fontSize: 17,
              color: dark ? '#fff' : '#0b1f3a',
              whiteSpace: 'nowrap',
            }}
          >
            {t('app.name')}
            <span style={{ fontWeight: 400, fontSize: 13, marginLeft: 6, opacity: 0.75 }}>
              {t('app.latinName')}
            </span>
          </div>
        </div>
      )}
    </div>
  );
};
