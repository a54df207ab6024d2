import { App, Button, Input, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { VISIT_PLAN_STATUSES, type VisitPlanQuery, type VisitPlanRow } from '../../api/visits';
import { PagedTable } from '../../components/PagedTable';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { planTarget } from './planTarget';
import type { VisitTarget } from './RecordVisitModal';
import { useEndVisitPlan, useVisitPlans } from './useVisits';
import { VisitPlanStatusTag } from './VisitPlanStatusTag';

export type PlanEdit = { resident: VisitTarget; intervalDays: number };

// 探访计划: every plan in scope with its status, filtered by name, grid and status, paged on the server.
export const PlansTab = ({
  grids,
  onRecord,
  onEdit,
}: {
  grids: { id: string; name: string }[];
  onRecord: ((target: VisitTarget) => void) | null;
  onEdit: ((edit: PlanEdit) => void) | null;
}) => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const mobile = useIsMobile();
  const [query, setQuery] = useState<VisitPlanQuery>({ page: 1, pageSize: 20 });
  const list = useVisitPlans(query);
  const end = useEndVisitPlan();
  const filter = (patch: Partial<VisitPlanQuery>) =>
    setQuery((current) => ({ ...current, ...patch, page: 1 }));
  const totals = list.data?.totals;
  const all = totals ? totals.onTime + totals.dueSoon + totals.overdue : 0;

  const confirmEnd = (row: VisitPlanRow) =>
    modal.confirm({
      title: t('visits.plan.endTitle', { name: row.name }),
      content: t('visits.plan.endContent'),
      okText: t('visits.plan.end'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        end.mutateAsync(row.residentId).then(
          () => void message.success(t('visits.plan.ended')),
          (err) => void message.error(errorText(err)),
        ),
    });

  const dueText = (row: VisitPlanRow) =>
    row.daysUntilDue < 0
      ? t('visits.overdue.days', { count: -row.daysUntilDue })
      : row.daysUntilDue === 0
        ? t('visits.dueToday')
        : t('visits.dueIn', { count: row.daysUntilDue });

  const columns: ColumnsType<VisitPlanRow> = [
    {
      title: t('visits.columns.name'),
      key: 'name',
      render: (_, row) => <Link to={`/residents/${row.residentId}`}>{row.name}</Link>,
    },
    { title: t('visits.columns.grid'), key: 'grid', render: (_, row) => row.gridName ?? t('visits.noGrid') },
    {
      title: t('visits.columns.interval'),
      key: 'interval',
      render: (_, row) => t('visits.everyDays', { count: row.intervalDays }),
    },
    {
      title: t('visits.columns.lastVisit'),
      key: 'last',
      render: (_, row) => row.lastVisitedOn ?? t('visits.neverVisited'),
    },
    { title: t('visits.columns.dueOn'), dataIndex: 'dueOn', key: 'due' },
    {
      title: t('visits.columns.project'),
      key: 'project',
      responsive: ['xl'],
      render: (_, row) => (
        <Typography.Text ellipsis={{ tooltip: row.projectName }} style={{ maxWidth: 200 }}>
          {row.projectName ?? '—'}
        </Typography.Text>
      ),
    },
    {
      title: t('visits.columns.status'),
      key: 'status',
      render: (_, row) => (
        <Space size={6} style={{ whiteSpace: 'nowrap' }}>
          <VisitPlanStatusTag status={row.status} />
          <Typography.Text type={row.status === 'overdue' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
            {dueText(row)}
          </Typography.Text>
        </Space>
      ),
    },
    ...(onRecord && onEdit
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, row: VisitPlanRow) => {
              const target = planTarget(row);
              return (
                <Space size={0} style={{ whiteSpace: 'nowrap' }}>
                  <Button type="link" size="small" onClick={() => onRecord(target)}>
                    {t('visits.record.button')}
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => onEdit({ resident: target, intervalDays: row.intervalDays })}
                  >
                    {t('visits.plan.change')}
                  </Button>
                  <Button type="link" size="small" danger onClick={() => confirmEnd(row)}>
                    {t('visits.plan.end')}
                  </Button>
                </Space>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('visits.searchName')}
          aria-label={t('visits.searchName')}
          onSearch={(q) => filter({ q: q.trim() || undefined })}
          style={{ width: mobile ? '100%' : 220 }}
        />
        {grids.length > 0 ? (
          <Select
            allowClear
            placeholder={t('visits.allGrids')}
            aria-label={t('visits.columns.grid')}
            value={query.gridId}
            onChange={(gridId?: string) => filter({ gridId })}
            options={grids.map((g) => ({ value: g.id, label: g.name }))}
            style={{ width: mobile ? '100%' : 140 }}
            data-testid="plans-grid"
          />
        ) : null}
      </div>
      <Space size={[8, 8]} wrap style={{ marginBottom: 16 }} data-testid="plan-status-filter">
        <Tag.CheckableTag checked={!query.status} onChange={() => filter({ status: undefined })}>
          {t('visits.statusFilter.all', { count: all })}
        </Tag.CheckableTag>
        {VISIT_PLAN_STATUSES.map((status) => (
          <Tag.CheckableTag
            key={status}
            checked={query.status === status}
            onChange={() => filter({ status })}
          >
            {t('visits.statusFilter.one', {
              status: t(`visits.statuses.${status}`),
              count: totals?.[status] ?? 0,
            })}
          </Tag.CheckableTag>
        ))}
      </Space>
      <PagedTable<VisitPlanRow>
        rowKey="residentId"
        columns={columns}
        list={list}
        page={query}
        onPage={(page, pageSize) => setQuery((current) => ({ ...current, page, pageSize }))}
        emptyText={t('visits.plan.empty')}
      />
    </>
  );
};
