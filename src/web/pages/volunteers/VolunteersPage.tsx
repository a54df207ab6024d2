import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Input, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageCard } from '../../components/PageCard';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { type PrintColumn, SelectionBar } from '../../components/SelectionBar';
import { useAddressQuery } from '../../hooks/useAddressQuery';
import { useErrorText } from '../../hooks/useErrorText';
import { usePermissions } from '../../hooks/usePermissions';
import { useRowSelection } from '../../hooks/useRowSelection';
import {
  AFFILIATIONS,
  exportSelectedVolunteers,
  exportVolunteers,
  VOLUNTEER_ROLES,
  VOLUNTEER_STATUSES,
  type VolunteerSummary,
} from './api';
import { StarLevel, starsOf } from './StarLevel';
import { TeamSelect } from './TeamSelect';
import { useVolunteerList } from './useVolunteers';
import { VolunteerFormDrawer } from './VolunteerFormDrawer';
import { VolunteerTabs } from './VolunteerTabs';
import { hoursOf, VolunteerRoleTag, VolunteerStatusTag } from './VolunteerTags';
import { paramsFromQuery, queryFromParams } from './volunteerListParams';

const nowrap = (value: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{value ?? '—'}</span>;

// 志愿者: the unit's volunteers and applications, masked, with their hours and stars.
export const VolunteersPage = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can('volunteers.manage');
  const { query, filter, onPage } = useAddressQuery(queryFromParams, paramsFromQuery);
  const [adding, setAdding] = useState(false);
  const [exporting, setExporting] = useState(false);
  const list = useVolunteerList(query);
  const selection = useRowSelection<VolunteerSummary>();
  const filtered = Boolean(query.q || query.status || query.role || query.affiliation || query.teamId);

  const download = () => {
    setExporting(true);
    exportVolunteers(query)
      .then(() => void message.success(t('volunteers.exported')))
      .catch((err: unknown) => void message.error(errorText(err)))
      .finally(() => setExporting(false));
  };

  const affiliationText = (v: VolunteerSummary) =>
    v.affiliationName
      ? `${t(`volunteers.affiliations.${v.affiliation}`)} · ${v.affiliationName}`
      : t(`volunteers.affiliations.${v.affiliation}`);

  const columns: ColumnsType<VolunteerSummary> = [
    {
      title: t('volunteers.columns.name'),
      key: 'name',
      fixed: 'left',
      render: (_, v) => (
        <Space size={4}>
          <Link to={`/volunteers/${v.id}`} onClick={(event) => event.stopPropagation()}>
            <Typography.Text strong style={{ color: 'inherit', whiteSpace: 'nowrap' }}>
              {v.name}
            </Typography.Text>
          </Link>
          {v.minor ? <Tag color="orange">{t('volunteers.minor')}</Tag> : null}
        </Space>
      ),
    },
    { title: t('volunteers.columns.volunteerNo'), key: 'no', render: (_, v) => nowrap(v.volunteerNo) },
    {
      title: t('volunteers.columns.status'),
      key: 'status',
      render: (_, v) => <VolunteerStatusTag status={v.status} />,
    },
    {
      title: t('volunteers.columns.role'),
      key: 'role',
      render: (_, v) => <VolunteerRoleTag role={v.role} />,
    },
    {
      title: t('volunteers.columns.affiliation'),
      key: 'affiliation',
      responsive: ['md'],
      render: (_, v) => (
        <Space size={4} wrap={false}>
          {nowrap(affiliationText(v))}
          {v.dualRegistered ? <Tag color="red">{t('volunteers.dualRegistered')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('volunteers.columns.idNumber'),
      key: 'id',
      responsive: ['lg'],
      render: (_, v) => nowrap(v.idNumberMasked),
    },
    {
      title: t('volunteers.columns.mobile'),
      key: 'mobile',
      responsive: ['lg'],
      render: (_, v) => nowrap(v.mobileMasked),
    },
    {
      title: t('volunteers.columns.star'),
      key: 'star',
      render: (_, v) => <StarLevel minutes={v.approvedMinutes} />,
    },
    {
      title: t('volunteers.columns.hours'),
      key: 'hours',
      align: 'right',
      render: (_, v) => nowrap(t('volunteers.hours', { hours: hoursOf(v.approvedMinutes) })),
    },
  ];

  // The list's columns as text, masked as the list shows them.
  const printColumns: PrintColumn<VolunteerSummary>[] = [
    { title: t('volunteers.columns.name'), value: (v) => v.name },
    { title: t('volunteers.columns.volunteerNo'), value: (v) => v.volunteerNo },
    { title: t('volunteers.columns.status'), value: (v) => t(`volunteers.statuses.${v.status}`) },
    { title: t('volunteers.columns.role'), value: (v) => t(`volunteers.roles.${v.role}`) },
    { title: t('volunteers.columns.affiliation'), value: affiliationText },
    { title: t('volunteers.columns.idNumber'), value: (v) => v.idNumberMasked },
    { title: t('volunteers.columns.mobile'), value: (v) => v.mobileMasked ?? '—' },
    {
      title: t('volunteers.columns.star'),
      value: (v) => {
        const stars = starsOf(v.approvedMinutes);
        return stars === 0 ? t('volunteers.noStar') : t('volunteers.stars', { count: stars });
      },
    },
    {
      title: t('volunteers.columns.hours'),
      value: (v) => t('volunteers.hours', { hours: hoursOf(v.approvedMinutes) }),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('volunteers.title')}
        description={t('volunteers.description')}
        extra={
          <>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={download}>
              {t('volunteers.export')}
            </Button>
            {canManage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                {t('volunteers.add')}
              </Button>
            ) : null}
          </>
        }
      />
      <VolunteerTabs />
      <PageCard>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16, alignItems: 'center' }}>
          <Input.Search
            allowClear
            defaultValue={query.q}
            placeholder={t('volunteers.searchPlaceholder')}
            aria-label={t('volunteers.searchPlaceholder')}
            onSearch={(q) => filter({ q: q.trim() || undefined })}
            style={{ width: 240, maxWidth: '100%' }}
          />
          <Select
            allowClear
            aria-label={t('volunteers.filterStatus')}
            placeholder={t('volunteers.filterStatus')}
            value={query.status}
            onChange={(status) => filter({ status })}
            options={VOLUNTEER_STATUSES.map((s) => ({ value: s, label: t(`volunteers.statuses.${s}`) }))}
            style={{ width: 120 }}
          />
          <Select
            allowClear
            aria-label={t('volunteers.filterRole')}
            placeholder={t('volunteers.filterRole')}
            value={query.role}
            onChange={(role) => filter({ role })}
            options={VOLUNTEER_ROLES.map((r) => ({ value: r, label: t(`volunteers.roles.${r}`) }))}
            style={{ width: 120 }}
          />
          <Select
            allowClear
            aria-label={t('volunteers.filterAffiliation')}
            placeholder={t('volunteers.filterAffiliation')}
            value={query.affiliation}
            onChange={(affiliation) => filter({ affiliation })}
            options={AFFILIATIONS.map((a) => ({ value: a, label: t(`volunteers.affiliations.${a}`) }))}
            style={{ width: 130 }}
          />
          <TeamSelect
            placeholder={t('volunteers.filterTeam')}
            value={query.teamId}
            onChange={(teamId) => filter({ teamId })}
            style={{ width: 220, maxWidth: '100%' }}
          />
        </div>
        <SelectionBar
          selection={selection}
          onExport={exportSelectedVolunteers}
          printTitle={t('volunteers.registryTitle')}
          printColumns={printColumns}
        />
        <PagedTable<VolunteerSummary>
          rowSelection={selection.rowSelection}
          columns={columns}
          list={list}
          page={query}
          onPage={onPage}
          totalText={(total) => t('volunteers.total', { total })}
          rowLink={(v) => `/volunteers/${v.id}`}
          emptyText={filtered ? t('volunteers.emptyFiltered') : t('volunteers.empty')}
          emptyAction={
            !filtered && canManage ? (
              <Button type="primary" onClick={() => setAdding(true)}>
                {t('volunteers.add')}
              </Button>
            ) : null
          }
        />
      </PageCard>
      {canManage ? <VolunteerFormDrawer open={adding} onClose={() => setAdding(false)} /> : null}
    </>
  );
};
