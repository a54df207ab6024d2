import { PlusOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { Badge, Button, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageCard } from '../../components/PageCard';
import { PageHeader } from '../../components/PageHeader';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { useCommunityPlaces } from '../residents/useResidents';
import { BulkPlanModal } from './BulkPlanModal';
import { OverdueTab } from './OverdueTab';
import { type PlanEdit, PlansTab } from './PlansTab';
import { RecordVisitModal, type VisitTarget } from './RecordVisitModal';
import { useOverdueVisits } from './useVisits';
import { VisitPlanModal } from './VisitPlanModal';
import { VisitRecordsTab } from './VisitRecordsTab';

const TABS = ['overdue', 'plans', 'records'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => (TABS as readonly (string | null)[]).includes(value);

// 探访: who is overdue by grid, the plans with their status, and the visit records with their follow-up.
export const VisitsPage = () => {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const canManage = can(PERMISSIONS.casesManage);
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: Tab = isTab(tabParam) ? tabParam : 'overdue';
  const { grids } = useCommunityPlaces();
  const overdue = useOverdueVisits();
  // `undefined`: closed; `null`: open with a resident search; a target: open for that person.
  const [recording, setRecording] = useState<VisitTarget | null | undefined>(undefined);
  const [planning, setPlanning] = useState<PlanEdit | null | undefined>(undefined);
  const [bulkOpen, setBulkOpen] = useState(false);
  const onRecord = canManage ? (target: VisitTarget) => setRecording(target) : null;

  return (
    <>
      <PageHeader
        title={t('visits.title')}
        description={t('visits.description')}
        extra={
          canManage ? (
            <>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(null)}>
                {t('visits.record.button')}
              </Button>
              <Button onClick={() => setPlanning(null)}>{t('visits.plan.setTitle')}</Button>
              <Button icon={<UsergroupAddOutlined />} onClick={() => setBulkOpen(true)}>
                {t('visits.bulk.title')}
              </Button>
            </>
          ) : null
        }
      />
      <PageCard>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          style={{ marginTop: -8 }}
          items={[
            {
              key: 'overdue',
              label: (
                <span>
                  {t('visits.tabs.overdue')}
                  <Badge
                    count={overdue.data?.items.length ?? 0}
                    overflowCount={999}
                    size="small"
                    style={{ marginInlineStart: 6 }}
                  />
                </span>
              ),
              children: <OverdueTab onRecord={onRecord} />,
            },
            {
              key: 'plans',
              label: t('visits.tabs.plans'),
              children: (
                <PlansTab grids={grids} onRecord={onRecord} onEdit={canManage ? setPlanning : null} />
              ),
            },
            {
              key: 'records',
              label: t('visits.tabs.records'),
              children: <VisitRecordsTab grids={grids} canManage={canManage} />,
            },
          ]}
        />
      </PageCard>
      <RecordVisitModal
        open={recording !== undefined}
        resident={recording}
        onClose={() => setRecording(undefined)}
      />
      <VisitPlanModal
        open={planning !== undefined}
        resident={planning?.resident}
        intervalDays={planning?.intervalDays}
        project={planning?.resident.project}
        onClose={() => setPlanning(undefined)}
      />
      <BulkPlanModal open={bulkOpen} grids={grids} onClose={() => setBulkOpen(false)} />
    </>
  );
};
