import { Button, Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { Figures } from '../../api/reporting';

type UnitRow = Figures['byUnit'][number];

// 按下级单位: each community of a street (or street of the district) with the same figures; the total is
// the unit's own, not a sum — one person served in two communities is one person.
export const UnitFiguresTable = ({
  figures,
  onOpen,
}: {
  figures: Figures;
  onOpen: (orgUnitId: string) => void;
}) => {
  const { t } = useTranslation();
  const number = (key: keyof Omit<UnitRow, 'orgUnitId' | 'name'>, title: string) => ({
    key,
    title,
    dataIndex: key,
    align: 'right' as const,
    render: (value: number) => value.toLocaleString('zh-CN'),
    sorter: (a: UnitRow, b: UnitRow) => a[key] - b[key],
  });
  const columns: ColumnsType<UnitRow> = [
    {
      key: 'name',
      title: t('serviceFigures.unitColumn'),
      fixed: 'left',
      render: (_, row) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(row.orgUnitId)}>
          {row.name}
        </Button>
      ),
    },
    number('activitiesHeld', t('serviceFigures.kpi.activitiesHeld')),
    number('groups', t('serviceFigures.columns.groups')),
    number('groupSessions', t('serviceFigures.columns.groupSessions')),
    number('distinctPeopleServed', t('serviceFigures.kpi.distinctPeopleServed')),
    number('personTimes', t('serviceFigures.kpi.personTimes')),
    number('guests', t('serviceFigures.kpi.guests')),
    number('casesOpened', t('serviceFigures.kpi.casesOpened')),
    number('casesClosed', t('serviceFigures.kpi.casesClosed')),
    number('visitsMade', t('serviceFigures.kpi.visitsMade')),
    number('volunteerHours', t('serviceFigures.kpi.volunteerHours')),
    number('volunteersServing', t('serviceFigures.kpi.volunteersServing')),
  ];
  const totals = [
    figures.activitiesHeld,
    figures.groups,
    figures.groupSessions,
    figures.distinctPeopleServed,
    figures.personTimes,
    figures.guests,
    figures.casesOpened,
    figures.casesClosed,
    figures.visitsMade,
    figures.volunteerHours,
    figures.volunteersServing,
  ];
  return (
    <Card title={t('serviceFigures.byUnit')} variant="borderless" styles={{ body: { paddingTop: 0 } }}>
      <Table<UnitRow>
        rowKey="orgUnitId"
        size="middle"
        data-testid="figures-by-unit"
        columns={columns}
        dataSource={figures.byUnit}
        pagination={false}
        scroll={{ x: 1280 }}
        summary={() => (
          <Table.Summary.Row style={{ fontWeight: 600 }}>
            <Table.Summary.Cell index={0}>{t('serviceFigures.total')}</Table.Summary.Cell>
            {totals.map((value, i) => (
              <Table.Summary.Cell key={columns[i + 1].key} index={i + 1} align="right">
                {value.toLocaleString('zh-CN')}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 12 }}>
        {t('serviceFigures.byUnitNote', { unit: figures.orgUnitName })}
      </Typography.Paragraph>
    </Card>
  );
};
