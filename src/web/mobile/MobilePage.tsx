import { NavBar } from 'antd-mobile';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

// A phone page: a sticky title bar (with 返回 when there is somewhere to go back to), the content,
// and an optional bar of actions fixed at the bottom, above the phone's home indicator.
export const MobilePage = ({
  title,
  onBack,
  right,
  footer,
  children,
}: {
  title: ReactNode;
  onBack?: () => void;
  right?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}) => {
  const { t } = useTranslation();
  // A new page starts at its top, not where the list above it was scrolled to.
  // (A block body: newer browsers return a promise from scrollTo, which React would take for a cleanup.)
  useEffect(() => {
    window.scrollTo(0, 0);
  }, []);
  return (
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <NavBar
        back={onBack ? t('mobile.back') : null}
        backIcon={!!onBack}
        onBack={onBack}
        right={right}
        style={{
          '--height': '52px',
          '--border-bottom': '1px solid #eef0f4',
          background: '#fff',
          position: 'sticky',
          top: 0,
          zIndex: 10,
          fontWeight: 600,
        }}
      >
        {title}
      </NavBar>
      <main style={{ flex: 1, padding: 12 }}>{children}</main>
      {footer ? (
        <div
          style={{
            position: 'sticky',
            bottom: 0,
            background: '#fff',
            padding: '10px 12px calc(10px + env(safe-area-inset-bottom))',
            boxShadow: '0 -2px 8px rgba(11, 31, 58, 0.06)',
          }}
        >
          {footer}
        </div>
      ) : null}
    </div>
  );
};
