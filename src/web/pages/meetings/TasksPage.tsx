import { Alert, Pagination, Select, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageCard } from '../../components/PageCard';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { usePermissions } from '../../hooks/usePermissions';
import { ActionItemList } from './ActionItemList';
import { DoneModal, useMoveAction } from './ActionModals';
import { type ActionItemQuery, type ActionItemView, ASSIGNEE_KINDS } from './api';
import { MeetingTabs } from './MeetingTabs';
import { useActionItems } from './useMeetings';

const TABS = ['open', 'overdue', 'done', 'cancelled'] as const;
type Tab = (typeof TABS)[number];

const queryOf = (tab: Tab): Pick<ActionItemQuery, 'status' | 'overdue'> =>
  tab === 'overdue' ? { status: 'open', overdue: true } : { status: tab };

// 任务督办: every action item of the unit by status, the overdue ones apart, with the staff's buttons.
export const TasksPage = () => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can('meetings.manage');
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((k) => k === params.get('tab')) ?? 'open';
  const [assigneeKind, setAssigneeKind] = useState<ActionItemView['assigneeKind']>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useActionItems({ ...queryOf(tab), assigneeKind, ...page });
  const [finishing, setFinishing] = useState<ActionItemView | null>(null);
  const move = useMoveAction();
  const counts = list.data?.counts;

  return (
    <>
      <PageHeader title={t('meetings.menu')} description={t('meetings.description')} />
      <MeetingTabs />
      <PageCard>
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            justifyContent: 'space-between',
            alignItems: 'center',
            gap: 12,
          }}
        >
          <Tabs
            activeKey={tab}
            onChange={(key) => {
              setParams({ tab: key });
              setPage({ ...page, page: 1 });
            }}
            items={TABS.map((k) => ({
              key: k,
              label: `${t(`meetings.actions.tabs.${k}`)}${counts ? ` ${counts[k]}` : ''}`,
            }))}
          />
          <Select
            allowClear
            aria-label={t('meetings.actions.allAssignees')}
            placeholder={t('meetings.actions.allAssignees')}
            style={{ width: 160 }}
            value={assigneeKind}
            onChange={(kind) => {
              setAssigneeKind(kind);
              setPage({ ...page, page: 1 });
            }}
            options={ASSIGNEE_KINDS.map((k) => ({ value: k, label: t(`meetings.assigneeKinds.${k}`) }))}
          />
        </div>
        {list.isError ? (
          <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(list.error)} />
        ) : list.isPending ? (
          <Spin style={{ display: 'block', margin: '32px auto' }} />
        ) : (
          <>
            <ActionItemList
              items={list.data.items}
              canManage={canManage}
              withMeeting
              onDone={setFinishing}
              onMove={move.start}
            />
            <div
              style={{
                display: 'flex',
                justifyContent: 'space-between',
                marginTop: 12,
                flexWrap: 'wrap',
                gap: 8,
              }}
            >
              <Typography.Text type="secondary">
                {t('meetings.actions.total', { total: list.data.total })}
              </Typography.Text>
              <Pagination
                size="small"
                current={page.page}
                pageSize={page.pageSize}
                total={list.data.total}
                hideOnSinglePage
                onChange={(p, pageSize) => setPage({ page: p, pageSize })}
              />
            </div>
          </>
        )}
      </PageCard>
      {canManage ? (
        <>
          <DoneModal item={finishing} onClose={() => setFinishing(null)} />
          {move.modal}
        </>
      ) : null}
    </>
  );
};
