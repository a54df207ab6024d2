import { Checkbox, Input, Select, Space, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageCard } from '../../components/PageCard';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { PeriodPicker } from '../../components/PeriodPicker';
import { useAddressQuery } from '../../hooks/useAddressQuery';
import { currentMembershipOf, useMe } from '../../hooks/useMe';
import { useOrgUnit } from '../../hooks/useOrgUnits';
import { SUGGESTION_STATUSES, type SuggestionStatus, type SuggestionSummary } from './api';
import { ResponseTime } from './ResponseTime';
import { SuggestionStatusTag } from './SuggestionStatusTag';
import { paramsFromQuery, queryFromParams } from './suggestionListParams';
import { useSuggestionList } from './useSuggestions';

const nowrap = (value: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{value ?? '—'}</span>;
const time = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

// 便民信箱 on the desk: the unit's suggestions by status, newest first, with how long each waited for a reply.
export const SuggestionsPage = () => {
  const { t } = useTranslation();
  const { query, filter, onPage } = useAddressQuery(queryFromParams, paramsFromQuery);
  const list = useSuggestionList(query);
  const membership = currentMembershipOf(useMe().data);
  const community = membership?.orgUnitKind === 'community' ? membership.orgUnitId : null;
  const compounds = useOrgUnit(community).data?.compounds ?? [];
  const counts = list.data?.counts;
  const filtered = Boolean(query.status || query.compoundId || query.from || query.q || query.overdue);

  const columns: ColumnsType<SuggestionSummary> = [
    {
      title: t('suggestions.columns.title'),
      key: 'title',
      fixed: 'left',
      render: (_, s) => (
        <Space size={4} wrap={false}>
          <Link to={`/suggestions/${s.id}`} onClick={(event) => event.stopPropagation()}>
            <Typography.Text strong style={{ color: 'inherit', whiteSpace: 'nowrap' }}>
              {s.title}
            </Typography.Text>
          </Link>
          {s.needId ? <Tag color="purple">{t('suggestions.linkedNeed')}</Tag> : null}
          {s.published ? <Tag color="cyan">{t('suggestions.published')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('suggestions.columns.author'),
      key: 'author',
      render: (_, s) => (
        <Space size={4} wrap={false}>
          {nowrap(s.authorName)}
          {s.anonymous ? <Tag>{t('suggestions.anonymous')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('suggestions.columns.compound'),
      key: 'compound',
      responsive: ['md'],
      render: (_, s) => nowrap(s.compoundName),
    },
    {
      title: t('suggestions.columns.unit'),
      key: 'unit',
      responsive: ['lg'],
      render: (_, s) => nowrap(s.orgUnitName),
    },
    {
      title: t('suggestions.columns.status'),
      key: 'status',
      render: (_, s) => <SuggestionStatusTag status={s.status} />,
    },
    {
      title: t('suggestions.columns.submittedAt'),
      key: 'submittedAt',
      render: (_, s) => nowrap(time(s.submittedAt)),
    },
    {
      title: t('suggestions.columns.responseTime'),
      key: 'responseTime',
      render: (_, s) => <ResponseTime hours={s.responseHours} overdue={s.overdue} />,
    },
  ];

  const tabLabel = (status: SuggestionStatus) =>
    counts ? `${t(`suggestions.tabs.${status}`)} ${counts[status]}` : t(`suggestions.tabs.${status}`);

  return (
    <>
      <PageHeader title={t('suggestions.title')} description={t('suggestions.description')} />
      <PageCard>
        <Tabs
          activeKey={query.status ?? 'all'}
          onChange={(key) => filter({ status: key === 'all' ? undefined : (key as SuggestionStatus) })}
          items={[
            { key: 'all', label: t('suggestions.tabs.all') },
            ...SUGGESTION_STATUSES.map((s) => ({ key: s, label: tabLabel(s) })),
          ]}
        />
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16, alignItems: 'center' }}>
          <Input.Search
            allowClear
            defaultValue={query.q}
            placeholder={t('suggestions.searchPlaceholder')}
            aria-label={t('suggestions.searchPlaceholder')}
            onSearch={(q) => filter({ q: q.trim() || undefined })}
            style={{ width: 260, maxWidth: '100%' }}
          />
          {compounds.length > 0 ? (
            <Select<string>
              allowClear
              aria-label={t('suggestions.filterCompound')}
              placeholder={t('suggestions.filterCompound')}
              value={query.compoundId}
              onChange={(compoundId) => filter({ compoundId })}
              options={compounds.map((c) => ({ value: c.id, label: c.name }))}
              style={{ width: 180 }}
            />
          ) : null}
          <PeriodPicker
            value={query.from && query.to ? [dayjs(query.from), dayjs(query.to)] : null}
            onChange={(range) =>
              filter({
                from: range?.[0]?.format('YYYY-MM-DD'),
                to: range?.[1]?.format('YYYY-MM-DD'),
              })
            }
          />
          <Checkbox
            checked={!!query.overdue}
            onChange={(e) => filter({ overdue: e.target.checked || undefined })}
          >
            {t('suggestions.overdueOnly')}
          </Checkbox>
        </div>
        <PagedTable<SuggestionSummary>
          columns={columns}
          list={list}
          page={query}
          onPage={onPage}
          totalText={(total) => t('suggestions.total', { total })}
          rowLink={(s) => `/suggestions/${s.id}`}
          emptyText={filtered ? t('suggestions.emptyFiltered') : t('suggestions.empty')}
          rowKey="id"
        />
      </PageCard>
    </>
  );
};
