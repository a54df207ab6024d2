import { Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Page } from '../../api/types';
import { type PagedList, PagedTable } from '../../components/PagedTable';
import type { RecordStatus, ServiceRecord } from './records-api';
import { hoursOf } from './VolunteerTags';

const STATUS_COLORS: Record<RecordStatus, string> = { proposed: 'gold', approved: 'green', rejected: 'red' };

export const RecordStatusTag = ({ status }: { status: RecordStatus }) => {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`volunteers.records.statuses.${status}`)}</Tag>;
};

// Service records in the fields of 民政部令第67号: who, which activity, when, where, what, how long.
export const RecordsTable = ({
  list,
  page,
  onPage,
  showVolunteer = true,
  actions,
  emptyText,
}: {
  list: PagedList<ServiceRecord> & { data: Page<ServiceRecord> | undefined };
  page: { page: number; pageSize: number };
  onPage: (page: number, pageSize: number) => void;
  showVolunteer?: boolean;
  actions?: (record: ServiceRecord) => ReactNode;
  emptyText?: string;
}) => {
  const { t } = useTranslation();
  const columns: ColumnsType<ServiceRecord> = [
    ...(showVolunteer
      ? [
          {
            title: t('volunteers.records.volunteer'),
            key: 'volunteer',
            render: (_: unknown, r: ServiceRecord) => (
              <Link to={`/volunteers/${r.volunteerId}`} style={{ whiteSpace: 'nowrap' }}>
                {r.volunteerName}
              </Link>
            ),
          },
        ]
      : []),
    { title: t('volunteers.records.serviceDate'), dataIndex: 'serviceDate', key: 'date', width: 110 },
    {
      title: t('volunteers.records.activity'),
      key: 'activity',
      render: (_, r) =>
        r.activityId ? (
          <Link to={`/activities/${r.activityId}`}>{r.activityTitle}</Link>
        ) : (
          <Typography.Text type="secondary">{t('volunteers.records.outsideActivity')}</Typography.Text>
        ),
    },
    {
      title: t('volunteers.records.content'),
      key: 'content',
      responsive: ['lg'],
      render: (_, r) => (
        <Typography.Text ellipsis={{ tooltip: `${r.place} · ${r.content}` }} style={{ maxWidth: 240 }}>
          {r.place ? `${r.place} · ${r.content}` : r.content}
        </Typography.Text>
      ),
    },
    {
      title: t('volunteers.records.hours'),
      key: 'hours',
      align: 'right',
      render: (_, r) => {
        const approved = r.minutes ?? r.proposedMinutes;
        return (
          <Space size={4}>
            <span>{hoursOf(approved)}</span>
            {r.minutes !== null && r.minutes !== r.proposedMinutes ? (
              <Typography.Text type="secondary" delete>
                {hoursOf(r.proposedMinutes)}
              </Typography.Text>
            ) : null}
          </Space>
        );
      },
    },
    {
      title: t('volunteers.records.status'),
      key: 'status',
      render: (_, r) => (
        <Space size={4}>
          <RecordStatusTag status={r.status} />
          {r.late ? <Tag color="volcano">{t('volunteers.records.late')}</Tag> : null}
        </Space>
      ),
    },
    ...(actions ? [{ title: '', key: 'actions', render: (_: unknown, r: ServiceRecord) => actions(r) }] : []),
  ];
  return (
    <PagedTable<ServiceRecord>
      size="small"
      columns={columns}
      list={list}
      page={page}
      onPage={onPage}
      totalText={(total) => t('volunteers.records.total', { total })}
      emptyText={emptyText ?? t('volunteers.records.empty')}
    />
  );
};
