import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Space, Spin, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/ApiError';
import { PageCard } from '../../components/PageCard';
import { PagedTable } from '../../components/PagedTable';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { usePermissions } from '../../hooks/usePermissions';
import { formatDateTime } from '../../i18n/format';
import { AdjustPointsModal } from './AdjustPointsModal';
import type { LedgerEntry, LedgerQuery } from './api';
import { LedgerAmount } from './LedgerAmount';
import { PointsTotalsCard } from './PointsTotalsCard';
import { ReverseEntryModal } from './ReverseEntryModal';
import { useAccountLedger } from './usePoints';

const KIND_COLORS: Record<LedgerEntry['kind'], string> = {
  earn: 'green',
  commendation: 'gold',
  redeem: 'blue',
  reverse: 'red',
  adjust: 'purple',
};

// A reversing entry, a reversed one and an entry of a redemption (handled in the shop) cannot be reversed here.
const reversible = (entry: LedgerEntry, reversedIds: Set<string>) =>
  entry.kind !== 'reverse' && entry.kind !== 'redeem' && !entry.reversedById && !reversedIds.has(entry.id);

// One volunteer's ledger, newest first: every movement with its reason, source and rule version.
export const PointsLedgerPage = () => {
  const { t, i18n } = useTranslation();
  const { volunteerId } = useParams();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can('points.manage');
  const [query, setQuery] = useState<LedgerQuery>({ page: 1, pageSize: 20 });
  const [reversing, setReversing] = useState<LedgerEntry | null>(null);
  const [adjusting, setAdjusting] = useState(false);
  const ledger = useAccountLedger(volunteerId, query);
  const back = () => navigate('/points');

  if (ledger.isPending) return <Spin style={{ display: 'block', padding: 48 }} />;
  if (ledger.isError && isApiError(ledger.error) && ledger.error.status === 404) {
    return (
      <Result
        status="404"
        title={t('points.ledger.notFound')}
        extra={<Button onClick={back}>{t('points.ledger.back')}</Button>}
      />
    );
  }
  if (ledger.isError)
    return (
      <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(ledger.error)} />
    );

  const account = ledger.data.account;
  const reversedIds = new Set(ledger.data.items.flatMap((e) => (e.reversesId ? [e.reversesId] : [])));
  const columns: ColumnsType<LedgerEntry> = [
    {
      title: t('points.ledger.time'),
      key: 'time',
      render: (_, e) => (
        <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.createdAt, i18n.language)}</span>
      ),
    },
    {
      title: t('points.ledger.amount'),
      key: 'amount',
      align: 'right',
      render: (_, e) => <LedgerAmount amount={e.amount} />,
    },
    {
      title: t('points.ledger.kind'),
      key: 'kind',
      render: (_, e) => <Tag color={KIND_COLORS[e.kind]}>{t(`points.kinds.${e.kind}`)}</Tag>,
    },
    {
      title: t('points.ledger.reason'),
      key: 'reason',
      render: (_, e) => (
        <Typography.Text ellipsis={{ tooltip: e.reason }} style={{ maxWidth: 320 }}>
          {e.reason}
        </Typography.Text>
      ),
    },
    {
      title: t('points.ledger.source'),
      key: 'source',
      responsive: ['md'],
      render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{t(`points.sources.${e.sourceType}`)}</span>,
    },
    {
      title: t('points.ledger.ruleVersion'),
      key: 'rule',
      responsive: ['lg'],
      render: (_, e) => (e.ruleVersion ? t('points.rules.versionN', { version: e.ruleVersion }) : '—'),
    },
    ...(canManage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, e: LedgerEntry) =>
              reversible(e, reversedIds) ? (
                <Button size="small" danger type="link" onClick={() => setReversing(e)}>
                  {t('points.ledger.reverse')}
                </Button>
              ) : e.reversedById || reversedIds.has(e.id) ? (
                <Typography.Text type="secondary">{t('points.ledger.wasReversed')}</Typography.Text>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={
          <Space size={8} wrap>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('points.ledger.back')}
              onClick={back}
            />
            <span data-testid="ledger-volunteer">{account.volunteerName}</span>
            <Typography.Text type="secondary" style={{ fontSize: 14, fontWeight: 400 }}>
              {account.volunteerNo}
            </Typography.Text>
          </Space>
        }
        description={t('points.ledger.description')}
        extra={
          canManage ? (
            <Button type="primary" onClick={() => setAdjusting(true)}>
              {t('points.adjust.button')}
            </Button>
          ) : null
        }
      />
      <PointsTotalsCard totals={account} />
      <PageCard>
        <PagedTable<LedgerEntry>
          columns={columns}
          list={ledger}
          page={query}
          onPage={(page, pageSize) => setQuery({ page: pageSize === query.pageSize ? page : 1, pageSize })}
          totalText={(total) => t('points.ledger.total', { total })}
          emptyText={t('points.ledger.empty')}
        />
      </PageCard>
      <ReverseEntryModal entry={reversing} onClose={() => setReversing(null)} />
      {canManage && volunteerId ? (
        <AdjustPointsModal
          volunteerId={volunteerId}
          volunteerName={account.volunteerName}
          open={adjusting}
          onClose={() => setAdjusting(false)}
        />
      ) : null}
    </>
  );
};
