import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FilterBar } from '../../components/FilterBar';
import { PageCard } from '../../components/PageCard';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { usePermissions } from '../../hooks/usePermissions';
import { BUILT_IN_KINDS, MEETING_STATUSES, type MeetingListQuery, type MeetingSummary } from './api';
import { formatTime } from './format';
import { MeetingFormModal } from './MeetingFormModal';
import { MeetingTabs } from './MeetingTabs';
import { MeetingStatusTag } from './MeetingTags';
import { useMeetingList } from './useMeetings';

// 议事协商会议: the unit's meetings, newest first, with sign-in and agenda counts; staff plan new ones.
export const MeetingsPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const canManage = can('meetings.manage');
  const [query, setQuery] = useState<MeetingListQuery>({ page: 1, pageSize: 20 });
  const [adding, setAdding] = useState(false);
  const list = useMeetingList(query);
  const filtered = !!(query.q || query.status || query.kind);

  const columns = [
    {
      key: 'title',
      title: t('meetings.list.columns.title'),
      render: (_: unknown, m: MeetingSummary) => (
        <div style={{ minWidth: 220 }}>
          <Link to={`/meetings/${m.id}`}>{m.title}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {m.orgUnitName} · {m.place}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { key: 'kind', title: t('meetings.list.columns.kind'), dataIndex: 'kindName' },
    {
      key: 'time',
      title: t('meetings.list.columns.time'),
      render: (_: unknown, m: MeetingSummary) => formatTime(m.startsAt),
    },
    { key: 'host', title: t('meetings.list.columns.host'), dataIndex: 'hostName' },
    {
      key: 'attendance',
      title: t('meetings.list.columns.attendance'),
      render: (_: unknown, m: MeetingSummary) => `${m.signedInCount} / ${m.participantCount}`,
    },
    { key: 'agenda', title: t('meetings.list.columns.agenda'), dataIndex: 'agendaCount' },
    { key: 'openTasks', title: t('meetings.list.columns.openTasks'), dataIndex: 'openActionCount' },
    {
      key: 'status',
      title: t('meetings.list.columns.status'),
      render: (_: unknown, m: MeetingSummary) => <MeetingStatusTag status={m.status} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('meetings.menu')}
        description={t('meetings.description')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('meetings.list.add')}
            </Button>
          ) : null
        }
      />
      <MeetingTabs />
      <PageCard>
        <FilterBar
          placeholder={t('meetings.list.search')}
          onSearch={(q) => setQuery({ ...query, q, page: 1 })}
        >
          <Select
            allowClear
            aria-label={t('meetings.list.allStatuses')}
            placeholder={t('meetings.list.allStatuses')}
            style={{ width: 140 }}
            value={query.status}
            onChange={(status) => setQuery({ ...query, status, page: 1 })}
            options={MEETING_STATUSES.map((s) => ({ value: s, label: t(`meetings.statuses.${s}`) }))}
          />
          <Select
            allowClear
            aria-label={t('meetings.list.allKinds')}
            placeholder={t('meetings.list.allKinds')}
            style={{ width: 170 }}
            value={query.kind}
            onChange={(kind) => setQuery({ ...query, kind, page: 1 })}
            options={[...BUILT_IN_KINDS, 'other' as const].map((k) => ({
              value: k,
              label: t(`meetings.kinds.${k}`),
            }))}
          />
        </FilterBar>
        <PagedTable<MeetingSummary>
          list={list}
          columns={columns}
          page={query}
          onPage={(page, pageSize) => setQuery({ ...query, page, pageSize })}
          rowLink={(m) => `/meetings/${m.id}`}
          emptyText={t(filtered ? 'meetings.list.emptyFiltered' : 'meetings.list.empty')}
          totalText={(total) => t('meetings.list.total', { total })}
        />
      </PageCard>
      {canManage ? (
        <MeetingFormModal
          open={adding}
          onClose={() => setAdding(false)}
          onSaved={(id) => navigate(`/meetings/${id}`)}
        />
      ) : null}
    </>
  );
};
