import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, DatePicker, Input, Select, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AgeBand, ageBands } from '../../../core/residents/age-bands';
import type { ResidentFilters, ResidentListQuery, ResidentSort, ResidentStatus } from '../../api/residents';
import { useIsMobile } from '../../hooks/useIsMobile';
import { compoundOptions } from './compoundOptions';
import { tagLabelKey } from './residentTags';

type Place = { id: string; name: string; kind?: 'compound' | 'apartmentBlock' };

// Tags grouped the way the work is: 一老, 一小, 一困, and women in difficulty.
const TAG_GROUPS: { key: 'elderly' | 'child' | 'hardship' | 'other'; tags: string[] }[] = [
  { key: 'elderly', tags: ['livesAlone', 'careDependency:partial', 'careDependency:full', 'chronicIllness'] },
  { key: 'child', tags: ['childInDifficulty', 'orphan', 'unattendedChild'] },
  { key: 'hardship', tags: ['dibao', 'tekun', 'lowIncome', 'marginalLowIncome', 'disability'] },
  { key: 'other', tags: ['womanInDifficulty'] },
];

const SORTS: { value: ResidentSort; key: string }[] = [
  { value: 'name', key: 'name' },
  { value: 'birthDate', key: 'oldestFirst' },
  { value: '-birthDate', key: 'youngestFirst' },
  { value: 'createdAt', key: 'newestFirst' },
];

const STATUSES: (ResidentStatus | 'all')[] = ['active', 'movedAway', 'died', 'all'];

// Search, place, target group, age band on a reference date, status and sort for the roster.
export const ResidentFilterBar = ({
  query,
  compounds,
  grids,
  onChange,
  onReset,
}: {
  query: ResidentListQuery;
  compounds: Place[];
  grids: Place[];
  onChange: (patch: Partial<ResidentFilters>) => void;
  onReset: () => void;
}) => {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [expanded, setExpanded] = useState(false);
  const width = (desktop: number): CSSProperties => ({ width: mobile ? '100%' : desktop });
  // Selects that always show a value grow with it (English labels are longer).
  const growing = (desktop: number): CSSProperties => (mobile ? { width: '100%' } : { minWidth: desktop });
  const activeCount = [query.compoundId, query.gridId, query.tag, query.ageBand, query.asOf].filter(
    Boolean,
  ).length;

  const search = (
    <Input.Search
      key={query.q ?? ''}
      allowClear
      defaultValue={query.q}
      placeholder={t('residents.searchPlaceholder')}
      aria-label={t('residents.searchPlaceholder')}
      onSearch={(q) => onChange({ q: q.trim() || undefined })}
      style={{ width: mobile ? undefined : 280, flex: mobile ? 1 : undefined, minWidth: 0 }}
    />
  );

  const more = (
    <>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('residents.filterCompound')}
        aria-label={t('residents.filterCompound')}
        value={query.compoundId}
        onChange={(compoundId?: string) => onChange({ compoundId })}
        options={compoundOptions(compounds, t)}
        style={width(170)}
        data-testid="filter-compound"
      />
      <Select
        allowClear
        placeholder={t('residents.filterGrid')}
        aria-label={t('residents.filterGrid')}
        value={query.gridId}
        onChange={(gridId?: string) => onChange({ gridId })}
        options={grids.map((g) => ({ value: g.id, label: g.name }))}
        style={width(130)}
        data-testid="filter-grid"
      />
      <Select
        allowClear
        placeholder={t('residents.filterTag')}
        aria-label={t('residents.filterTag')}
        value={query.tag}
        onChange={(tag?: string) => onChange({ tag })}
        options={TAG_GROUPS.map((group) => ({
          label: t(`residents.tagGroups.${group.key}`),
          title: t(`residents.tagGroups.${group.key}`),
          options: group.tags.map((tag) => ({ value: tag, label: t(tagLabelKey(tag)) })),
        }))}
        popupMatchSelectWidth={false}
        style={width(150)}
        data-testid="filter-tag"
      />
      <Select
        allowClear
        placeholder={t('residents.filterAgeBand')}
        aria-label={t('residents.filterAgeBand')}
        value={query.ageBand}
        onChange={(ageBand?: AgeBand) => onChange({ ageBand })}
        options={(Object.keys(ageBands) as AgeBand[]).map((band) => ({
          value: band,
          label: t(`residents.ageBands.${band}`),
        }))}
        popupMatchSelectWidth={false}
        style={width(150)}
        data-testid="filter-age-band"
      />
      <Tooltip title={t('residents.asOfHint')}>
        <DatePicker
          allowClear
          placeholder={t('residents.asOf')}
          aria-label={t('residents.asOf')}
          value={query.asOf ? dayjs(query.asOf) : null}
          onChange={(date) => onChange({ asOf: date ? date.format('YYYY-MM-DD') : undefined })}
          style={width(140)}
        />
      </Tooltip>
      <Select
        aria-label={t('residents.filterStatus')}
        value={query.status ?? 'active'}
        onChange={(status: ResidentStatus | 'all') => onChange({ status })}
        options={STATUSES.map((status) => ({
          value: status,
          label: t('residents.statusFilter', { status: t(`residents.statuses.${status}`) }),
        }))}
        popupMatchSelectWidth={false}
        style={growing(120)}
        data-testid="filter-status"
      />
      <Select
        aria-label={t('residents.sortBy')}
        value={query.sort ?? 'name'}
        onChange={(sort: ResidentSort) => onChange({ sort })}
        options={SORTS.map((sort) => ({ value: sort.value, label: t(`residents.sorts.${sort.key}`) }))}
        popupMatchSelectWidth={false}
        style={growing(110)}
      />
      <Button onClick={onReset}>{t('common.reset')}</Button>
    </>
  );

  if (!mobile) {
    return (
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
        {search}
        {more}
      </div>
    );
  }
  return (
    <div style={{ marginBottom: 12 }}>
      <div style={{ display: 'flex', gap: 8 }}>
        {search}
        <Badge count={activeCount} size="small">
          <Button
            icon={<FilterOutlined />}
            aria-expanded={expanded}
            onClick={() => setExpanded((value) => !value)}
          >
            {t('residents.filters')}
          </Button>
        </Badge>
      </div>
      {expanded ? (
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 8, marginTop: 8 }}>{more}</div>
      ) : null}
    </div>
  );
};
