import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageCard } from '../../components/PageCard';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { usePermissions } from '../../hooks/usePermissions';
import { formatDateTime } from '../../i18n/format';
import { SURVEY_STATUSES, type SurveyListQuery, type SurveyStatus, type SurveySummary } from './api';
import { SurveyStatusTag } from './SurveyStatusTag';
import { useSurveyList } from './useSurveys';

const nowrap = (value: string) => <span style={{ whiteSpace: 'nowrap' }}>{value}</span>;

// 问卷调查: the unit's questionnaires, newest first; a row opens its results.
export const SurveysPage = () => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const canManage = can('surveys.manage');
  const [query, setQuery] = useState<SurveyListQuery>({ page: 1, pageSize: 20 });
  const list = useSurveyList(query);
  const filtered = Boolean(query.status || query.q);
  const day = (iso: string | null) =>
    iso ? formatDateTime(iso, i18n.language).slice(0, 16) : t('surveys.noDeadline');

  const columns: ColumnsType<SurveySummary> = [
    {
      title: t('surveys.columns.title'),
      key: 'title',
      render: (_, s) => (
        <Link to={`/surveys/${s.id}`} onClick={(event) => event.stopPropagation()}>
          <Typography.Text strong style={{ color: 'inherit' }}>
            {s.title}
          </Typography.Text>
        </Link>
      ),
    },
    {
      title: t('surveys.columns.status'),
      key: 'status',
      render: (_, s) => <SurveyStatusTag status={s.status} />,
    },
    {
      title: t('surveys.columns.questions'),
      key: 'questions',
      align: 'right',
      render: (_, s) => s.questionCount,
    },
    {
      title: t('surveys.columns.responses'),
      key: 'responses',
      align: 'right',
      render: (_, s) => s.responseCount,
    },
    {
      title: t('surveys.columns.closesAt'),
      key: 'closesAt',
      responsive: ['md'],
      render: (_, s) => nowrap(day(s.closesAt)),
    },
    {
      title: t('surveys.columns.unit'),
      key: 'unit',
      responsive: ['lg'],
      render: (_, s) => nowrap(s.orgUnitName),
    },
    {
      title: t('surveys.columns.createdAt'),
      key: 'createdAt',
      responsive: ['lg'],
      render: (_, s) => nowrap(formatDateTime(s.createdAt, i18n.language).slice(0, 10)),
    },
  ];

  const addButton = canManage ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/surveys/new')}>
      {t('surveys.add')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('surveys.title')} description={t('surveys.description')} extra={addButton} />
      <PageCard>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('surveys.searchPlaceholder')}
            aria-label={t('surveys.searchPlaceholder')}
            onSearch={(q) => setQuery((p) => ({ ...p, page: 1, q: q.trim() || undefined }))}
            style={{ width: 240, maxWidth: '100%' }}
          />
          <Select<SurveyStatus>
            allowClear
            aria-label={t('surveys.filterStatus')}
            placeholder={t('surveys.filterStatus')}
            value={query.status}
            onChange={(status) => setQuery((p) => ({ ...p, page: 1, status }))}
            options={SURVEY_STATUSES.map((s) => ({ value: s, label: t(`surveys.statuses.${s}`) }))}
            style={{ width: 130 }}
          />
        </div>
        <PagedTable<SurveySummary>
          columns={columns}
          list={list}
          page={query}
          onPage={(page, pageSize) => setQuery((p) => ({ ...p, page, pageSize }))}
          totalText={(total) => t('surveys.total', { total })}
          rowLink={(s) => `/surveys/${s.id}`}
          emptyText={filtered ? t('surveys.emptyFiltered') : t('surveys.empty')}
          emptyAction={filtered ? null : addButton}
        />
      </PageCard>
    </>
  );
};
