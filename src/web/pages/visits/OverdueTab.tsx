import { Alert, Button, Card, Empty, List, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { VisitPlanRow } from '../../api/visits';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { planTarget } from './planTarget';
import type { VisitTarget } from './RecordVisitModal';
import { useOverdueVisits } from './useVisits';

type GridGroup = { key: string; name: string | null; rows: VisitPlanRow[] };

// The server sends the rows in the community's grid order: keep that order, one group per grid.
const byGrid = (rows: VisitPlanRow[]): GridGroup[] => {
  const groups: GridGroup[] = [];
  for (const row of rows) {
    const key = row.gridId ?? 'none';
    const last = groups[groups.length - 1];
    if (last?.key === key) last.rows.push(row);
    else groups.push({ key, name: row.gridName, rows: [row] });
  }
  return groups;
};

// 逾期: everyone whose visit is past due, grouped by grid with a count per grid, most overdue first.
export const OverdueTab = ({ onRecord }: { onRecord: ((target: VisitTarget) => void) | null }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const mobile = useIsMobile();
  const { data, isPending, isError, error } = useOverdueVisits();
  // The grid shown lives in the address (`?grid=<id>` or `none`), so the home's line per grid opens it.
  const [params, setParams] = useSearchParams();
  const gridParam = params.get('grid');
  const setGrid = (key: string | null) => {
    const next = new URLSearchParams(params);
    if (key === null) next.delete('grid');
    else next.set('grid', key);
    setParams(next, { replace: true });
  };

  if (isError)
    return <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />;
  if (isPending) return <Spin style={{ display: 'block', padding: 48 }} />;
  const groups = byGrid(data.items);
  // A grid whose people have all been visited since the link was made shows every grid again.
  const grid = groups.some((g) => g.key === gridParam) ? gridParam : null;
  if (groups.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.overdue.empty')} />;
  const gridName = (g: GridGroup) => g.name ?? t('visits.noGrid');
  const shown = groups.filter((g) => grid === null || g.key === grid);

  const lastVisit = (row: VisitPlanRow) => row.lastVisitedOn ?? t('visits.neverVisited');
  const recordButton = (row: VisitPlanRow) =>
    onRecord ? (
      <Button size="small" type="primary" ghost onClick={() => onRecord(planTarget(row))}>
        {t('visits.record.button')}
      </Button>
    ) : null;
  const daysOverdue = (row: VisitPlanRow) => (
    <Typography.Text type="danger" strong style={{ whiteSpace: 'nowrap' }}>
      {t('visits.overdue.days', { count: -row.daysUntilDue })}
    </Typography.Text>
  );

  const columns: ColumnsType<VisitPlanRow> = [
    {
      title: t('visits.columns.name'),
      key: 'name',
      render: (_, row) => <Link to={`/residents/${row.residentId}`}>{row.name}</Link>,
    },
    { title: t('visits.columns.lastVisit'), key: 'last', width: 140, render: (_, row) => lastVisit(row) },
    { title: t('visits.columns.dueOn'), dataIndex: 'dueOn', key: 'due', width: 130 },
    { title: t('visits.columns.overdueDays'), key: 'days', width: 120, render: (_, row) => daysOverdue(row) },
    {
      title: t('visits.columns.interval'),
      key: 'interval',
      width: 110,
      render: (_, row) => t('visits.everyDays', { count: row.intervalDays }),
    },
    ...(onRecord
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 120,
            render: (_: unknown, row: VisitPlanRow) => recordButton(row),
          },
        ]
      : []),
  ];

  return (
    <>
      <Space size={[8, 8]} wrap style={{ marginBottom: 16 }} data-testid="overdue-grids">
        <Tag.CheckableTag checked={grid === null} onChange={() => setGrid(null)}>
          {t('visits.overdue.allGrids', { count: data.items.length })}
        </Tag.CheckableTag>
        {groups.map((g) => (
          <Tag.CheckableTag key={g.key} checked={grid === g.key} onChange={() => setGrid(g.key)}>
            {t('visits.overdue.gridCount', { grid: gridName(g), count: g.rows.length })}
          </Tag.CheckableTag>
        ))}
      </Space>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {shown.map((g) => (
          <Card
            key={g.key}
            size="small"
            title={gridName(g)}
            extra={<Tag color="red">{t('visits.overdue.people', { count: g.rows.length })}</Tag>}
            data-testid={`overdue-grid-${gridName(g)}`}
            styles={{ body: { padding: mobile ? 8 : 0 } }}
          >
            {mobile ? (
              <List
                dataSource={g.rows}
                rowKey="residentId"
                renderItem={(row) => (
                  <List.Item actions={onRecord ? [recordButton(row)] : undefined}>
                    <List.Item.Meta
                      title={
                        <Space size={8} wrap>
                          <Link to={`/residents/${row.residentId}`}>{row.name}</Link>
                          {daysOverdue(row)}
                        </Space>
                      }
                      description={
                        <>
                          <div>{t('visits.overdue.lastLine', { last: lastVisit(row) })}</div>
                          <div>{t('visits.overdue.dueLine', { due: row.dueOn })}</div>
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            ) : (
              <Table<VisitPlanRow>
                rowKey="residentId"
                size="small"
                columns={columns}
                dataSource={g.rows}
                pagination={false}
              />
            )}
          </Card>
        ))}
      </Space>
    </>
  );
};
