import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Space, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { ActivityPositionsTab } from '../volunteers/ActivityPositionsTab';
import { ActivityCheckInTab } from './ActivityCheckInTab';
import { ActivityFormDrawer } from './ActivityFormDrawer';
import { ActivityKindTag } from './ActivityKindTag';
import { ActivityOverviewTab } from './ActivityOverviewTab';
import { ActivityPhotosTab } from './ActivityPhotosTab';
import { ActivityRegistrationsTab } from './ActivityRegistrationsTab';
import { ActivityStatusTag } from './ActivityStatusTag';
import { useActivity } from './useActivities';

const TABS = ['overview', 'registrations', 'checkIn', 'photos', 'volunteerPositions'] as const;
type TabKey = (typeof TABS)[number];
const isTab = (value: string | null): value is TabKey => TABS.some((tab) => tab === value);

// One activity or group: 概况, 报名, 签到, 照片 — the tab lives in the address so a reload keeps it.
export const ActivityDetailPage = () => {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can(PERMISSIONS.activitiesManage);
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: TabKey = isTab(tabParam) ? tabParam : 'overview';
  const [editing, setEditing] = useState(false);
  const { data: activity, isPending, isError, error } = useActivity(id);

  if (isPending) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
      </div>
    );
  }
  if (isError || !activity) {
    if (isApiError(error) && error.status === 404) {
      return (
        <Result
          status="404"
          title={t('activities.notFound')}
          extra={<Button onClick={() => navigate('/activities')}>{t('activities.back')}</Button>}
        />
      );
    }
    return <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />;
  }

  return (
    <>
      <PageHeader
        title={
          <Space size={8} wrap>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('activities.back')}
              onClick={() => navigate('/activities')}
            />
            <span data-testid="activity-title">{activity.title}</span>
            <ActivityKindTag kind={activity.kind} />
            <ActivityStatusTag status={activity.status} />
          </Space>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => {
          const next = new URLSearchParams(params);
          next.set('tab', key);
          setParams(next, { replace: true });
        }}
        destroyOnHidden
        items={[
          {
            key: 'overview',
            label: t('activities.tabs.overview'),
            children: (
              <ActivityOverviewTab
                activity={activity}
                canManage={canManage}
                onEdit={() => setEditing(true)}
              />
            ),
          },
          {
            key: 'registrations',
            label: t('activities.tabs.registrations'),
            children: <ActivityRegistrationsTab activity={activity} canManage={canManage} />,
          },
          {
            key: 'checkIn',
            label: t('activities.tabs.checkIn'),
            children: <ActivityCheckInTab activity={activity} canManage={canManage} />,
          },
          {
            key: 'photos',
            label: activity.photoCount
              ? t('activities.tabs.photosCount', { count: activity.photoCount })
              : t('activities.tabs.photos'),
            children: <ActivityPhotosTab activity={activity} canManage={canManage} />,
          },
          {
            key: 'volunteerPositions',
            label: t('volunteers.positions.tab'),
            children: <ActivityPositionsTab activityId={activity.id} canManage={can('volunteers.manage')} />,
          },
        ]}
      />
      {activity.status === 'draft' || activity.status === 'published' ? (
        <ActivityFormDrawer open={editing} onClose={() => setEditing(false)} activity={activity} />
      ) : null}
    </>
  );
};
