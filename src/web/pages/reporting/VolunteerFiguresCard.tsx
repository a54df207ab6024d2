import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { VolunteerFigures } from '../../api/reporting';
import { useIsMobile } from '../../hooks/useIsMobile';
import { useVolunteerFigures } from './useReporting';

type UnitRow = VolunteerFigures['byUnit'][number];
type Key = Exclude<keyof UnitRow, 'orgUnitId' | 'name'>;

const keys: Key[] = [
  'registered',
  'volunteersServing',
  'volunteerHours',
  'pointsIssued',
  'pointsRedeemed',
  'pointsOutstanding',
  'valueRedeemed',
];

// 志愿服务与积分 of the unit and period on the figures page: who volunteers, the hours approved, points
// issued, redeemed and held, and the value handed over at the 友邻超市 — with a row per unit below.
export const VolunteerFiguresCard = ({
  query,
}: {
  query: { orgUnitId?: string; from: string; to: string };
}) => {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const { data, isPending } = useVolunteerFigures(query);
  const label = (key: Key) => t(`serviceFigures.volunteering.${key}`);
  const columns: ColumnsType<UnitRow> = [
    { key: 'name', title: t('serviceFigures.unitColumn'), dataIndex: 'name', fixed: 'left' },
    ...keys.map((key) => ({
      key,
      title: label(key),
      dataIndex: key,
      align: 'right' as const,
      render: (value: number | string) => (typeof value === 'number' ? value.toLocaleString('zh-CN') : value),
    })),
  ];
  return (
    <Card
      title={t('serviceFigures.volunteering.title')}
      variant="borderless"
      loading={isPending}
      data-testid="volunteer-figures"
    >
      {data ? (
        <>
          <Row gutter={[16, 16]}>
            {keys.map((key) => (
              <Col key={key} xs={12} md={6} xl={{ flex: `${100 / keys.length}%` }}>
                <div data-testid={`volunteer-figure-${key}`}>
                  <Statistic
                    title={label(key)}
                    value={data[key]}
                    styles={{ content: { fontSize: mobile ? 20 : 24, fontWeight: 600 } }}
                  />
                </div>
              </Col>
            ))}
          </Row>
          {data.byProject.length ? (
            <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
              {t('serviceFigures.volunteering.byProject')}
              {data.byProject
                .map((p) =>
                  t('serviceFigures.volunteering.projectHours', {
                    project: p.projectName ?? t('serviceFigures.volunteering.noProject'),
                    hours: p.volunteerHours,
                  }),
                )
                .join('；')}
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
              scroll={{ x: 980 }}
            />
          ) : null}
        </>
      ) : null}
    </Card>
  );
};
