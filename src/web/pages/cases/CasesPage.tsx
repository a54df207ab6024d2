import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Select, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CASE_STAGES, type CaseStage, type CaseSummary } from '../../api/cases';
import { PageCard } from '../../components/PageCard';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { useAddressQuery } from '../../hooks/useAddressQuery';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { ProjectSelect } from '../projects/ProjectSelect';
import { CaseStageTag } from './CaseStageTag';
import { paramsFromQuery, queryFromParams } from './caseListParams';
import { OpenCaseDrawer } from './OpenCaseDrawer';
import { useCaseList } from './useCases';

const nowrap = (value: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{value ?? '—'}</span>;

// 个案: the unit's cases, open ones first. A case that is not the caller's shows only that it exists.
export const CasesPage = () => {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const canManage = can(PERMISSIONS.casesManage);
  const { query, filter, onPage } = useAddressQuery(queryFromParams, paramsFromQuery);
  const [opening, setOpening] = useState(false);
  const list = useCaseList(query);

  const filtered = Boolean(query.stage || query.mine || query.waiting || query.q || query.projectId);

  const columns: ColumnsType<CaseSummary> = [
    {
      title: t('cases.columns.client'),
      key: 'client',
      fixed: 'left',
      render: (_, c) =>
        c.restricted ? (
          <Tooltip title={t('cases.restrictedHint')}>
            <Tag icon={<LockOutlined />} style={{ marginInlineEnd: 0 }} data-testid="case-restricted">
              {t('cases.restricted')}
            </Tag>
          </Tooltip>
        ) : (
          <Link to={`/cases/${c.id}`} onClick={(event) => event.stopPropagation()}>
            <Typography.Text strong style={{ color: 'inherit', whiteSpace: 'nowrap' }}>
              {c.clientName}
            </Typography.Text>
          </Link>
        ),
    },
    { title: t('cases.columns.stage'), key: 'stage', render: (_, c) => <CaseStageTag stage={c.stage} /> },
    { title: t('cases.columns.worker'), key: 'worker', render: (_, c) => nowrap(c.workerName) },
    {
      title: t('cases.columns.supervisor'),
      key: 'supervisor',
      responsive: ['md'],
      render: (_, c) => nowrap(c.supervisorName),
    },
    {
      title: t('cases.columns.project'),
      key: 'project',
      responsive: ['xl'],
      render: (_, c) => (
        <Typography.Text ellipsis={{ tooltip: c.projectName }} style={{ maxWidth: 220 }}>
          {c.projectName ?? '—'}
        </Typography.Text>
      ),
    },
    {
      title: t('cases.columns.unit'),
      key: 'unit',
      responsive: ['lg'],
      render: (_, c) => nowrap(c.orgUnitName),
    },
    { title: t('cases.columns.openedOn'), key: 'openedOn', render: (_, c) => nowrap(c.openedOn) },
    {
      title: t('cases.columns.closedOn'),
      key: 'closedOn',
      responsive: ['md'],
      render: (_, c) => nowrap(c.closedOn),
    },
    {
      title: t('cases.columns.lastRecordOn'),
      key: 'lastRecordOn',
      responsive: ['sm'],
      render: (_, c) => nowrap(c.lastRecordOn),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('cases.title')}
        description={t('cases.description')}
        extra={
          canManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
              {t('cases.open')}
            </Button>
          ) : null
        }
      />
      <PageCard>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16, alignItems: 'center' }}>
          <Input.Search
            allowClear
            defaultValue={query.q}
            placeholder={t('cases.searchPlaceholder')}
            aria-label={t('cases.searchPlaceholder')}
            onSearch={(q) => filter({ q: q.trim() || undefined })}
            style={{ width: 240, maxWidth: '100%' }}
          />
          <Select<CaseStage>
            allowClear
            aria-label={t('cases.filterStage')}
            placeholder={t('cases.filterStage')}
            value={query.stage}
            onChange={(stage) => filter({ stage })}
            options={CASE_STAGES.map((s) => ({ value: s, label: t(`cases.stages.${s}`) }))}
            style={{ width: 130 }}
          />
          <ProjectSelect
            placeholder={t('cases.filterProject')}
            value={query.projectId}
            onChange={(projectId) => filter({ projectId })}
            style={{ width: 240, maxWidth: '100%' }}
          />
          <Checkbox checked={!!query.mine} onChange={(e) => filter({ mine: e.target.checked || undefined })}>
            {t('cases.mine')}
          </Checkbox>
          <Checkbox
            checked={!!query.waiting}
            onChange={(e) => filter({ waiting: e.target.checked || undefined })}
          >
            {t('cases.waiting')}
          </Checkbox>
        </div>
        <PagedTable<CaseSummary>
          columns={columns}
          list={list}
          page={query}
          onPage={onPage}
          totalText={(total) => t('cases.total', { total })}
          rowLink={(c) => (c.restricted ? null : `/cases/${c.id}`)}
          emptyText={filtered ? t('cases.emptyFiltered') : t('cases.empty')}
          emptyAction={
            !filtered && canManage ? (
              <Button type="primary" onClick={() => setOpening(true)}>
                {t('cases.open')}
              </Button>
            ) : null
          }
        />
      </PageCard>
      {canManage ? <OpenCaseDrawer open={opening} onClose={() => setOpening(false)} /> : null}
    </>
  );
};
