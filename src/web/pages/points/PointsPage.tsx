import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { PointsAccountsTab } from './PointsAccountsTab';
import { PointsFiguresCard } from './PointsFiguresCard';
import { PointsRulesTab } from './PointsRulesTab';

const TABS = ['accounts', 'rules'] as const;
type TabKey = (typeof TABS)[number];
const isTab = (value: string | null): value is TabKey => TABS.some((tab) => tab === value);

// 积分: the volunteers' accounts of the unit, and the unit's points rule with its versions.
export const PointsPage = () => {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: TabKey = isTab(tabParam) ? tabParam : 'accounts';
  return (
    <>
      <PageHeader title={t('points.title')} description={t('points.description')} />
      <PointsFiguresCard />
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'accounts' ? {} : { tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'accounts', label: t('points.tabs.accounts'), children: <PointsAccountsTab /> },
          { key: 'rules', label: t('points.tabs.rules'), children: <PointsRulesTab /> },
        ]}
      />
    </>
  );
};
