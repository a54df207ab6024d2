import { Button, Input, Select, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AUDIT_ACTIONS,
  AUDIT_TYPES,
  type AuditType,
  auditActionName,
  auditEntityName,
  langOf,
} from '../../../core/audit/names';
import type { AuditQuery } from '../../api/audit';
import type { AuditRow } from '../../api/types';
import { PageCard } from '../../components/PageCard';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { PeriodPicker } from '../../components/PeriodPicker';
import { formatDateTime } from '../../i18n/format';
import { AuditDetail } from './AuditDetail';
import { useAuditLog } from './useAudit';

type Filters = { type?: AuditType; action?: string; actor: string; range: [string, string] | null };

const EMPTY: Filters = { actor: '', range: null };
const TYPES = Object.keys(AUDIT_TYPES) as AuditType[];
const typeOf = (code: string) => code.split('.')[0];

// The log as officials read it: Chinese action and object names, filtered by type and action, never by code.

export const AuditPage = () => {
  const { t, i18n } = useTranslation();
  const lang = langOf(i18n.language);
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [picker, setPicker] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [query, setQuery] = useState<AuditQuery>({ page: 1, pageSize: 20 });
  const list = useAuditLog(query);

  const apply = (filters: Filters) =>
    setQuery((current) => ({
      page: 1,
      pageSize: current.pageSize,
      // The server matches the code's beginning, so a type is its prefix.
      action: filters.action ?? (filters.type ? `${filters.type}.` : undefined),
      actor: filters.actor.trim() || undefined,
      from: filters.range?.[0],
      to: filters.range?.[1],
    }));

  const nowrap = (value: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{value || '—'}</span>;
  const columns: ColumnsType<AuditRow> = [
    {
      title: t('audit.at'),
      dataIndex: 'at',
      key: 'at',
      width: 180,
      render: (at: string) => nowrap(formatDateTime(at, i18n.language)),
    },
    { title: t('audit.actor'), dataIndex: 'actorName', key: 'actor', width: 120, render: nowrap },
    { title: t('audit.unit'), dataIndex: 'orgUnitName', key: 'unit', width: 140, render: nowrap },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      key: 'action',
      render: (action: string) => (
        <span style={{ whiteSpace: 'nowrap' }}>{auditActionName(action, lang)}</span>
      ),
    },
    {
      title: t('audit.entity'),
      key: 'entity',
      width: 200,
      render: (_, row) =>
        row.entity ? (
          <Tooltip title={row.entityId}>
            <span style={{ whiteSpace: 'nowrap' }}>
              {auditEntityName(row.entity, lang)}
              {row.entityId ? (
                <Typography.Text type="secondary" style={{ marginInlineStart: 6, fontSize: 12 }}>
                  #{row.entityId.slice(0, 8)}
                </Typography.Text>
              ) : null}
            </span>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    { title: t('audit.ip'), dataIndex: 'ip', key: 'ip', width: 130, responsive: ['lg'], render: nowrap },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <PageCard>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
          <Select<AuditType>
            allowClear
            placeholder={t('audit.allTypes')}
            aria-label={t('audit.type')}
            value={draft.type}
            onChange={(type) => setDraft({ ...draft, type, action: undefined })}
            options={TYPES.map((type) => ({ value: type, label: AUDIT_TYPES[type][lang] }))}
            style={{ width: 160, maxWidth: '100%' }}
          />
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.allActions')}
            aria-label={t('audit.action')}
            value={draft.action}
            onChange={(action) => setDraft({ ...draft, action })}
            options={Object.keys(AUDIT_ACTIONS)
              .filter((code) => !draft.type || typeOf(code) === draft.type)
              .map((code) => ({ value: code, label: auditActionName(code, lang) }))}
            popupMatchSelectWidth={false}
            style={{ width: 200, maxWidth: '100%' }}
          />
          <Input
            allowClear
            placeholder={t('audit.actorPlaceholder')}
            aria-label={t('audit.actor')}
            value={draft.actor}
            onChange={(event) => setDraft({ ...draft, actor: event.target.value })}
            onPressEnter={() => apply(draft)}
            style={{ width: 200, maxWidth: '100%' }}
          />
          <PeriodPicker
            aria-label={t('audit.dateRange')}
            value={picker}
            onChange={(values) => {
              setPicker(values);
              const [start, end] = values ?? [];
              setDraft({
                ...draft,
                range: start && end ? [start.format('YYYY-MM-DD'), end.format('YYYY-MM-DD')] : null,
              });
            }}
            style={{ maxWidth: '100%' }}
          />
          <Button type="primary" onClick={() => apply(draft)}>
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              setDraft(EMPTY);
              setPicker(null);
              apply(EMPTY);
            }}
          >
            {t('common.reset')}
          </Button>
        </div>
        <PagedTable<AuditRow>
          columns={columns}
          // A fixed minimum width, not max-content: an expanded row must not widen the table.
          scroll={{ x: 960 }}
          expandable={{ expandedRowRender: (row) => <AuditDetail row={row} /> }}
          list={list}
          page={query}
          onPage={(page, pageSize) => setQuery((current) => ({ ...current, page, pageSize }))}
          emptyText={t('audit.empty')}
        />
      </PageCard>
    </>
  );
};
