import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const TABS = [
  { key: 'list', path: '/volunteers' },
  { key: 'teams', path: '/volunteers/teams' },
  { key: 'trainings', path: '/volunteers/trainings' },
  { key: 'hours', path: '/volunteers/hours' },
  { key: 'honours', path: '/volunteers/honours' },
] as const;

// The five pages of 志愿者 as tabs over one menu entry; each tab has its own address.
export const VolunteerTabs = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active =
    TABS.find((tab) => tab.path !== '/volunteers' && pathname.startsWith(tab.path))?.key ?? 'list';
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => navigate(TABS.find((tab) => tab.key === key)?.path ?? '/volunteers')}
      items={TABS.map((tab) => ({ key: tab.key, label: t(`volunteers.tabs.${tab.key}`) }))}
      style={{ marginBottom: 4 }}
    />
  );
};
