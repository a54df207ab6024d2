import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  PROJECT_STATUSES,
  type Project,
  type ProjectListQuery,
  type ProjectStatus,
} from '../../api/projects';
import { FilterBar } from '../../components/FilterBar';
import { OrgUnitSelect } from '../../components/OrgUnitSelect';
import { PageCard } from '../../components/PageCard';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { currentMembershipOf, useMe } from '../../hooks/useMe';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { ProjectFormDrawer } from './ProjectFormDrawer';
import { ProjectStatusTag } from './ProjectStatusTag';
import { formatYuan } from './projectFormat';
import { useProjectList } from './useProjects';

// 服务项目: the projects bought by the unit and those below it (or delivered by the caller's provider),
// which activities are counted under.
export const ProjectsPage = () => {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can(PERMISSIONS.projectsManage);
  const { data: me } = useMe();
  const mobile = useIsMobile();
  const wide = currentMembershipOf(me)?.orgUnitKind !== 'community';
  const [query, setQuery] = useState<ProjectListQuery>({ page: 1, pageSize: 20 });
  const { data, isPending, isFetching, isError, error } = useProjectList(query);
  const [editing, setEditing] = useState<{ project: Project | null } | null>(null);
  const filter = (patch: Partial<ProjectListQuery>) =>
    setQuery((current) => ({ ...current, ...patch, page: 1 }));
  const filtered = Boolean(query.q || query.status || query.orgUnitId);

  const columns: ColumnsType<Project> = [
    {
      title: t('projects.columns.name'),
      key: 'name',
      render: (_, p) => (
        <div style={{ lineHeight: 1.4, minWidth: 200, maxWidth: mobile ? 240 : 300 }}>
          <Typography.Text strong>{p.name}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {/* A street or the district sees several purchasers: say whose each one is. */}
              {wide ? `${p.purchaserName} · ` : ''}
              {t('projects.yearAndScope', { year: p.projectYear, scope: t(`projects.scopes.${p.scope}`) })}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    {
      title: t('projects.columns.provider'),
      key: 'provider',
      render: (_, p) => <div style={{ minWidth: 120, maxWidth: 160 }}>{p.providerName}</div>,
    },
    {
      title: t('projects.columns.period'),
      key: 'period',
      render: (_, p) => (
        <div style={{ whiteSpace: 'nowrap', lineHeight: 1.5 }}>
          <div>{p.periodStart}</div>
          <div>{t('projects.periodUntil', { end: p.periodEnd })}</div>
        </div>
      ),
    },
    {
      title: t('projects.columns.budget'),
      key: 'budget',
      align: 'right',
      render: (_, p) => (
        <span style={{ whiteSpace: 'nowrap' }}>{formatYuan(p.budgetYuan, i18n.language, t)}</span>
      ),
    },
    {
      title: t('projects.columns.status'),
      key: 'status',
      width: 88,
      render: (_, p) => <ProjectStatusTag status={p.status} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <span style={{ display: 'inline-flex', gap: 12, whiteSpace: 'nowrap' }}>
          <Link to={`/service-figures?projectId=${p.id}`} aria-label={`${t('projects.figures')} ${p.name}`}>
            {t('projects.figures')}
          </Link>
          {canManage ? (
            <Button
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              aria-label={`${t('common.edit')} ${p.name}`}
              onClick={() => setEditing({ project: p })}
            >
              {t('common.edit')}
            </Button>
          ) : null}
        </span>
      ),
    },
  ];

  const empty = filtered ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.emptyFiltered')} />
  ) : (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('projects.empty')}>
      {canManage ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ project: null })}>
          {t('projects.create')}
        </Button>
      ) : null}
    </Empty>
  );

  return (
    <>
      <PageHeader
        title={t('projects.title')}
        description={t('projects.description')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ project: null })}>
              {t('projects.create')}
            </Button>
          ) : null
        }
      />
      <PageCard>
        <FilterBar placeholder={t('projects.searchPlaceholder')} onSearch={(q) => filter({ q })}>
          <Select<ProjectStatus>
            allowClear
            aria-label={t('projects.filterStatus')}
            placeholder={t('projects.filterStatus')}
            value={query.status}
            onChange={(status) => filter({ status })}
            options={PROJECT_STATUSES.map((s) => ({ value: s, label: t(`projects.statuses.${s}`) }))}
            style={{ width: 130 }}
          />
          {wide ? (
            <OrgUnitSelect
              allowClear
              placeholder={t('projects.filterUnit')}
              value={query.orgUnitId}
              onChange={(orgUnitId) => filter({ orgUnitId })}
              style={{ width: 220 }}
            />
          ) : null}
        </FilterBar>
        {isError ? (
          <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />
        ) : (
          <Table<Project>
            rowKey="id"
            loading={isPending || isFetching}
            columns={columns}
            dataSource={data?.items ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{
              current: query.page,
              pageSize: query.pageSize,
              total: data?.total ?? 0,
              hideOnSinglePage: true,
              showTotal: (total) => t('common.total', { total }),
              onChange: (page, pageSize) => setQuery((current) => ({ ...current, page, pageSize })),
            }}
            locale={{ emptyText: empty }}
          />
        )}
      </PageCard>
      <ProjectFormDrawer
        open={editing !== null}
        project={editing?.project ?? null}
        onClose={() => setEditing(null)}
      />
    </>
  );
};
