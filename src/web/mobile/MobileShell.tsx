import './setupMobileRender';
import { ConfigProvider, DotLoading, ErrorBlock } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { PERMISSIONS, usePermissions } from '../hooks/usePermissions';
import { useLargeText } from './useLargeText';

// antd-mobile's type scale (9–18 px); ours starts larger for older eyes, 大字模式 larger still.
const BASE_SIZES = [9, 10, 11, 12, 13, 14, 15, 16, 17, 18];
const NORMAL = 1.15;
const LARGE = 1.4;

// The phone pages (/m): antd-mobile in the user's language, readable type, for residents and volunteers.
export const MobileShell = () => {
  const { t, i18n } = useTranslation();
  const [large] = useLargeText();
  const { can } = usePermissions();
  const scale = large ? LARGE : NORMAL;

  // On the root element so that dialogs and toasts, rendered outside this tree, scale as well.
  useEffect(() => {
    const root = document.documentElement.style;
    const names: string[] = [];
    BASE_SIZES.forEach((size, index) => {
      const name = `--adm-font-size-${index + 1}`;
      root.setProperty(name, `${Math.round(size * scale)}px`);
      names.push(name);
    });
    root.setProperty('--adm-font-size-main', `${Math.round(15 * scale)}px`);
    names.push('--adm-font-size-main');
    return () => {
      for (const name of names) root.removeProperty(name);
    };
  }, [scale]);

  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN}>
      <div
        data-testid="mobile-shell"
        data-large-text={large ? 'on' : 'off'}
        style={{
          maxWidth: 600,
          margin: '0 auto',
          minHeight: '100vh',
          background: '#f5f7fa',
          fontSize: Math.round(16 * scale),
          lineHeight: 1.5,
          color: '#1f1f1f',
        }}
      >
        {can(PERMISSIONS.activitiesJoin) ? (
          <Suspense
            fallback={
              <div style={{ padding: 48, textAlign: 'center', fontSize: 24 }}>
                <DotLoading color="primary" />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        ) : (
          <ErrorBlock
            status="default"
            fullPage
            title={t('common.noAccessTitle')}
            description={t('common.noAccess')}
          />
        )}
      </div>
    </ConfigProvider>
  );
};
