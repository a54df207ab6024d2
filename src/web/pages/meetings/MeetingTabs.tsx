import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

const TABS = [
  { key: 'meetings', path: '/meetings' },
  { key: 'tasks', path: '/meetings/tasks' },
  { key: 'settings', path: '/meetings/settings' },
] as const;

// The three pages of 议事协商 as tabs over one menu entry; each tab has its own address.
export const MeetingTabs = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active =
    TABS.find((tab) => tab.path !== '/meetings' && pathname.startsWith(tab.path))?.key ?? 'meetings';
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => navigate(TABS.find((tab) => tab.key === key)?.path ?? '/meetings')}
      items={TABS.map((tab) => ({ key: tab.key, label: t(`meetings.tabs.${tab.key}`) }))}
      style={{ marginBottom: 4 }}
    />
  );
};
