import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../../hooks/useIsMobile';
import type { DeliberationFigures } from '../needs/api';
import { useDeliberationFigures } from '../needs/useNeeds';

type UnitRow = DeliberationFigures['byUnit'][number];
type Figure = {
  key: string;
  value: (f: Pick<DeliberationFigures, 'needs' | 'meetings' | 'suggestions'>) => number | string;
};

const hyphen = (value: number | null) => (value === null ? '—' : value);

// The figures of the card, in the order of the loop: needs, meetings, the suggestion box.
const figures: Figure[] = [
  { key: 'raised', value: (f) => f.needs.raised },
  { key: 'accepted', value: (f) => f.needs.accepted },
  { key: 'resolved', value: (f) => f.needs.resolved },
  { key: 'medianDays', value: (f) => hyphen(f.needs.medianDaysToResolve) },
  { key: 'meetingsHeld', value: (f) => f.meetings.meetingsHeld },
  { key: 'decisions', value: (f) => f.meetings.decisions },
  {
    key: 'actionItemsDoneOnTime',
    value: (f) => `${f.meetings.actionItemsDoneOnTime} / ${f.meetings.actionItems}`,
  },
  { key: 'actionItemsOverdue', value: (f) => f.meetings.actionItemsOverdue },
  { key: 'received', value: (f) => f.suggestions.received },
  { key: 'replied', value: (f) => f.suggestions.replied },
  {
    key: 'medianHours',
    value: (f) =>
      hyphen(
        f.suggestions.medianHoursToReply === null
          ? null
          : Math.round(f.suggestions.medianHoursToReply * 10) / 10,
      ),
  },
];

// 议事协商 of the unit and period on the figures page: needs raised, accepted and resolved with the
// median days to resolve, meetings held and their action items, suggestions and the time to reply —
// with a row per unit below.
export const DeliberationFiguresCard = ({
  query,
}: {
  query: { orgUnitId?: string; from: string; to: string };
}) => {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const { data, isPending } = useDeliberationFigures(query);
  const label = (key: string) => t(`needs.figures.${key}`);
  const columns: ColumnsType<UnitRow> = [
    { key: 'name', title: label('unit'), dataIndex: 'name', fixed: 'left' },
    ...figures.map((f) => ({
      key: f.key,
      title: label(f.key),
      align: 'right' as const,
      render: (_: unknown, row: UnitRow) => f.value(row),
    })),
  ];
  const kinds = data
    ? Object.entries(data.meetings.heldByKind)
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `${t(`needs.figures.kinds.${kind}`)} ${n}`)
    : [];
  const categories = (data?.needsByCategory ?? []).map((c) =>
    t('needs.figures.categoryLine', {
      category: t(`needs.categories.${c.category}`),
      raised: c.raised,
      resolved: c.resolved,
    }),
  );
  return (
    <Card title={label('title')} variant="borderless" loading={isPending} data-testid="deliberation-figures">
      {data ? (
        <>
          <Row gutter={[16, 16]}>
            {figures.map((f) => (
              <Col key={f.key} xs={12} md={6} xl={4}>
                <div data-testid={`deliberation-figure-${f.key}`}>
                  <Statistic
                    title={label(f.key)}
                    value={f.value(data)}
                    styles={{ content: { fontSize: mobile ? 20 : 24, fontWeight: 600 } }}
                  />
                </div>
              </Col>
            ))}
          </Row>
          {kinds.length ? (
            <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
              {label('byKind')}
              {kinds.join('；')}
            </Typography.Paragraph>
          ) : null}
          {categories.length ? (
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
              {label('byCategory')}
              {categories.join('；')}
            </Typography.Paragraph>
          ) : null}
          {data.byUnit.length ? (
            <Table<UnitRow>
              style={{ marginTop: 16 }}
              rowKey="orgUnitId"
              size="middle"
              columns={columns}
              dataSource={data.byUnit}
              pagination={false}
              scroll={{ x: 1200 }}
            />
          ) : null}
        </>
      ) : null}
    </Card>
  );
};
