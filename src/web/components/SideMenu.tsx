import { Menu } from 'antd';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { navKeyForPath, useNavItems } from '../hooks/useNavItems';

export const SideMenu = ({ onNavigate }: { onNavigate?: () => void }) => {
  const { t } = useTranslation();
  const items = useNavItems();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[navKeyForPath(location.pathname)]}
      items={items.map((item) => ({
        key: item.key,
        icon: createElement(item.icon),
        label: t(item.label),
        onClick: () => {
          navigate(item.path);
          onNavigate?.();
        },
      }))}
      style={{ borderInlineEnd: 'none' }}
    />
  );
};
