import { DownloadOutlined, PlusOutlined, TagsOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  type Activity,
  type ActivityKind,
  type ActivityListQuery,
  type ActivityStatus,
  exportActivities,
  exportSelectedActivities,
} from '../../api/activities';
import { FilterBar } from '../../components/FilterBar';
import { PageCard } from '../../components/PageCard';
import { PageHeader } from '../../components/PageHeader';
import { PeriodPicker } from '../../components/PeriodPicker';
import { type PrintColumn, SelectionBar } from '../../components/SelectionBar';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { currentMembershipOf, useMe } from '../../hooks/useMe';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { useRowSelection } from '../../hooks/useRowSelection';
import { ProjectSelect } from '../projects/ProjectSelect';
import { ActivityFormDrawer } from './ActivityFormDrawer';
import { ActivityKindTag } from './ActivityKindTag';
import { ActivityPlaces } from './ActivityPlaces';
import { ActivityStatusTag } from './ActivityStatusTag';
import { formatSessionRange } from './activityTime';
import { BrandsModal } from './BrandsModal';
import { useActivityList } from './useActivities';
import { useBrands } from './useBrands';

// 活动与小组: every activity and group of the unit and those below, filtered, with places and waitlist.
export const ActivitiesPage = () => {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const mobile = useIsMobile();
  const { can } = usePermissions();
  const canManage = can(PERMISSIONS.activitiesManage);
  const { data: me } = useMe();
  // A street or the district sees several communities' activities: say whose each one is.
  const wide = currentMembershipOf(me)?.orgUnitKind !== 'community';
  const [query, setQuery] = useState<ActivityListQuery>({});
  const [creating, setCreating] = useState(false);
  const [brandsOpen, setBrandsOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const { message } = App.useApp();
  const { data, isPending, isFetching, isError, error } = useActivityList(query);
  const selection = useRowSelection<Activity>();

  const download = () => {
    setExporting(true);
    exportActivities(query)
      .then(() => void message.success(t('activities.exported')))
      .catch((err: unknown) => void message.error(errorText(err)))
      .finally(() => setExporting(false));
  };

  const filter = (patch: Partial<ActivityListQuery>) => setQuery((current) => ({ ...current, ...patch }));
  const { data: brandList = [] } = useBrands();
  const brands = [...new Set(brandList.map((b) => b.name))];

  const columns: ColumnsType<Activity> = [
    {
      title: t('activities.columns.title'),
      key: 'title',
      render: (_, a) => (
        <div style={{ lineHeight: 1.4, maxWidth: 340 }}>
          <Link to={`/activities/${a.id}`}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {a.title}
            </Typography.Text>
          </Link>
          {a.place ? (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {a.place}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ),
    },
    ...(wide
      ? [
          {
            title: t('activities.columns.unit'),
            key: 'unit',
            render: (_: unknown, a: Activity) => a.orgUnitName,
          } satisfies ColumnsType<Activity>[number],
        ]
      : []),
    {
      title: t('activities.columns.kind'),
      key: 'kind',
      width: 96,
      render: (_, a) => <ActivityKindTag kind={a.kind} />,
    },
    {
      title: t('activities.columns.status'),
      key: 'status',
      width: 96,
      render: (_, a) => <ActivityStatusTag status={a.status} />,
    },
    {
      title: t('activities.columns.time'),
      key: 'time',
      render: (_, a) => {
        const first = a.sessions[0];
        if (!first) return '—';
        return (
          <div style={{ lineHeight: 1.4, whiteSpace: 'nowrap' }}>
            {formatSessionRange(first.startsAt, first.endsAt, i18n.language, true)}
            {a.kind === 'group' ? (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('activities.sessionCount', { count: a.sessions.length })}
                </Typography.Text>
              </div>
            ) : null}
          </div>
        );
      },
    },
    {
      title: t('activities.columns.places'),
      key: 'places',
      render: (_, a) => <ActivityPlaces activity={a} />,
    },
    {
      title: t('activities.columns.brands'),
      key: 'brands',
      render: (_, a) =>
        a.brands.length === 0 ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Space size={[4, 4]} wrap style={{ maxWidth: 200 }}>
            {a.brands.map((b) => (
              <Tag key={b} color="gold" style={{ marginInlineEnd: 0 }}>
                {b}
              </Tag>
            ))}
          </Space>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_, a) => (
        <Link to={`/activities/${a.id}`} aria-label={`${t('common.detail')} ${a.title}`}>
          {t('common.detail')}
        </Link>
      ),
    },
  ];

  const timeText = (a: Activity) => {
    const first = a.sessions[0];
    if (!first) return '—';
    const range = formatSessionRange(first.startsAt, first.endsAt, i18n.language, true);
    return a.kind === 'group'
      ? `${range}（${t('activities.sessionCount', { count: a.sessions.length })}）`
      : range;
  };
  // The list's columns as text, for the printout of the ticked activities.
  const printColumns: PrintColumn<Activity>[] = [
    { title: t('activities.columns.title'), value: (a) => (a.place ? `${a.title}（${a.place}）` : a.title) },
    ...(wide ? [{ title: t('activities.columns.unit'), value: (a: Activity) => a.orgUnitName }] : []),
    { title: t('activities.columns.kind'), value: (a) => t(`activities.kinds.${a.kind}`) },
    { title: t('activities.columns.status'), value: (a) => t(`activities.statuses.${a.status}`) },
    { title: t('activities.columns.time'), value: timeText },
    {
      title: t('activities.columns.places'),
      value: (a) =>
        [
          t('activities.places', { registered: a.registeredCount, capacity: a.capacity }),
          a.waitlistCount > 0 ? t('activities.waitlist', { count: a.waitlistCount }) : null,
        ]
          .filter(Boolean)
          .join(' '),
    },
    { title: t('activities.columns.brands'), value: (a) => a.brands.join('、') || '—' },
  ];

  return (
    <>
      <PageHeader
        title={t('activities.title')}
        description={t('activities.description')}
        extra={
          <Space wrap>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={download}>
              {t('activities.export')}
            </Button>
            <Button icon={<TagsOutlined />} onClick={() => setBrandsOpen(true)}>
              {t('activities.brands.title')}
            </Button>
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                {t('activities.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <PageCard>
        <FilterBar
          placeholder={t('activities.searchPlaceholder')}
          onSearch={(q) => filter({ q })}
          searchWidth={240}
        >
          <Select<ActivityStatus>
            allowClear
            aria-label={t('activities.filterStatus')}
            placeholder={t('activities.filterStatus')}
            value={query.status}
            onChange={(status) => filter({ status })}
            options={ACTIVITY_STATUSES.map((s) => ({ value: s, label: t(`activities.statuses.${s}`) }))}
            style={{ width: 130 }}
          />
          <Select<ActivityKind>
            allowClear
            aria-label={t('activities.filterKind')}
            placeholder={t('activities.filterKind')}
            value={query.kind}
            onChange={(kind) => filter({ kind })}
            options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`activities.kinds.${k}`) }))}
            style={{ width: 130 }}
          />
          <Select<string>
            allowClear
            showSearch
            aria-label={t('activities.filterBrand')}
            placeholder={t('activities.filterBrand')}
            value={query.brand}
            onChange={(brand) => filter({ brand })}
            options={brands.map((b) => ({ value: b, label: b }))}
            style={{ width: 150 }}
          />
          <ProjectSelect
            placeholder={t('activities.filterProject')}
            value={query.projectId}
            onChange={(projectId) => filter({ projectId })}
            style={{ width: mobile ? '100%' : 200 }}
          />
          <PeriodPicker
            allowEmpty={[true, true]}
            placeholder={[t('activities.from'), t('activities.to')]}
            value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]}
            onChange={(range) =>
              filter({
                from: range?.[0]?.format('YYYY-MM-DD') ?? undefined,
                to: range?.[1]?.format('YYYY-MM-DD') ?? undefined,
              })
            }
            style={{ width: mobile ? '100%' : 260 }}
          />
        </FilterBar>
        <SelectionBar
          selection={selection}
          onExport={exportSelectedActivities}
          printTitle={t('activities.listTitle')}
          printColumns={printColumns}
        />
        {isError ? (
          <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />
        ) : (
          <Table<Activity>
            rowKey="id"
            rowSelection={selection.rowSelection}
            loading={isPending || isFetching}
            columns={columns}
            dataSource={data?.items ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{
              pageSize: 20,
              showTotal: (total) => t('common.total', { total }),
              hideOnSinglePage: true,
            }}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.empty')} />,
            }}
          />
        )}
      </PageCard>
      <ActivityFormDrawer open={creating} onClose={() => setCreating(false)} />
      <BrandsModal open={brandsOpen} onClose={() => setBrandsOpen(false)} />
    </>
  );
};
