import { QueryClientProvider } from '@tanstack/react-query';
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { queryClient } from '../api/queryClient';

const theme = {
  token: {
    colorPrimary: '#1668dc',
    borderRadius: 8,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', headerPadding: '0 20px', siderBg: '#0b1f3a', bodyBg: '#f3f5f9' },
    Menu: { darkItemBg: '#0b1f3a', darkSubMenuItemBg: '#0b1f3a', darkItemSelectedBg: '#1668dc' },
  },
};

// Query cache, antd locale/theme and the App context (message, modal, notification) for the whole tree.
export const AppProviders = ({ children }: { children: ReactNode }) => {
  const { i18n } = useTranslation();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme}>
        <App>{children}</App>
      </ConfigProvider>
    </QueryClientProvider>
  );
};
