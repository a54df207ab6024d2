import { Button, Input, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  VISIT_FOLLOW_UP_FILTERS,
  type VisitFollowUpFilter,
  type VisitListQuery,
  type VisitRow,
} from '../../api/visits';
import { PagedTable } from '../../components/PagedTable';
import { PeriodPicker } from '../../components/PeriodPicker';
import { useIsMobile } from '../../hooks/useIsMobile';
import { FollowUpModal } from './FollowUpModal';
import { FollowUpTag } from './FollowUpTag';
import { useVisitList } from './useVisits';
import { VisitFindings } from './VisitFindings';

// 探访记录: recent visits in scope, newest first, with the follow-up each one asked for.
export const VisitRecordsTab = ({
  grids,
  canManage,
}: {
  grids: { id: string; name: string }[];
  canManage: boolean;
}) => {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [query, setQuery] = useState<VisitListQuery>({ page: 1, pageSize: 20 });
  const [following, setFollowing] = useState<VisitRow | null>(null);
  const list = useVisitList(query);
  const filter = (patch: Partial<VisitListQuery>) =>
    setQuery((current) => ({ ...current, ...patch, page: 1 }));
  const width = (desktop: number) => ({ width: mobile ? '100%' : desktop });

  const columns: ColumnsType<VisitRow> = [
    { title: t('visits.columns.visitedOn'), dataIndex: 'visitedOn', key: 'date', width: 110 },
    {
      title: t('visits.columns.name'),
      key: 'name',
      render: (_, v) => (
        <div style={{ lineHeight: 1.35, whiteSpace: 'nowrap' }}>
          <Link to={`/residents/${v.residentId}`}>{v.residentName}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {v.gridName ?? t('visits.noGrid')}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { title: t('visits.columns.visitor'), dataIndex: 'visitorName', key: 'visitor', width: 96 },
    {
      title: t('visits.columns.findings'),
      key: 'findings',
      render: (_, v) => <VisitFindings visit={v} maxWidth={380} />,
    },
    {
      title: t('visits.columns.followUp'),
      key: 'followUp',
      width: 170,
      render: (_, v) =>
        v.followUpNeeded ? (
          <div style={{ display: 'flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' }}>
            <FollowUpTag visit={v} />
            {canManage && !v.followUpDoneOn ? (
              <Button type="link" size="small" onClick={() => setFollowing(v)}>
                {t('visits.followUp.mark')}
              </Button>
            ) : null}
          </div>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('visits.searchName')}
          aria-label={t('visits.searchName')}
          onSearch={(q) => filter({ q: q.trim() || undefined })}
          style={width(200)}
        />
        <PeriodPicker
          allowEmpty={[true, true]}
          placeholder={[t('visits.from'), t('visits.to')]}
          value={[query.from ? dayjs(query.from) : null, query.to ? dayjs(query.to) : null]}
          onChange={(range) =>
            filter({
              from: range?.[0]?.format('YYYY-MM-DD') ?? undefined,
              to: range?.[1]?.format('YYYY-MM-DD') ?? undefined,
            })
          }
          style={width(250)}
        />
        {grids.length > 0 ? (
          <Select
            allowClear
            placeholder={t('visits.allGrids')}
            aria-label={t('visits.columns.grid')}
            value={query.gridId}
            onChange={(gridId?: string) => filter({ gridId })}
            options={grids.map((g) => ({ value: g.id, label: g.name }))}
            style={width(130)}
          />
        ) : null}
        <Select<VisitFollowUpFilter>
          allowClear
          placeholder={t('visits.followUp.filter')}
          aria-label={t('visits.followUp.filter')}
          value={query.followUp}
          onChange={(followUp) => filter({ followUp })}
          options={VISIT_FOLLOW_UP_FILTERS.map((f) => ({
            value: f,
            label: t(`visits.followUp.filters.${f}`),
          }))}
          popupMatchSelectWidth={false}
          style={width(130)}
          data-testid="records-follow-up"
        />
        <Input.Search
          allowClear
          placeholder={t('visits.visitorPlaceholder')}
          aria-label={t('visits.visitorPlaceholder')}
          onSearch={(visitor) => filter({ visitor: visitor.trim() || undefined })}
          style={width(150)}
        />
      </div>
      <PagedTable<VisitRow>
        columns={columns}
        list={list}
        page={query}
        onPage={(page, pageSize) => setQuery((current) => ({ ...current, page, pageSize }))}
        emptyText={t('visits.records.empty')}
      />
      <FollowUpModal visit={following} onClose={() => setFollowing(null)} />
    </>
  );
};
