import { Alert, Card, Col, Row, Statistic, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/useErrorText';
import type { PointsFiguresRow } from './api';
import { usePointsFigures } from './usePoints';

const sum = (rows: PointsFiguresRow[], key: 'pointsIssued' | 'pointsRedeemed' | 'pointsOutstanding') =>
  rows.reduce((total, row) => total + row[key], 0);

// This year's points at a glance: issued, redeemed, and what volunteers still hold; per community for a street.
export const PointsFiguresCard = () => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const from = dayjs().startOf('year').format('YYYY-MM-DD');
  const to = dayjs().format('YYYY-MM-DD');
  const { data, isPending, isError, error } = usePointsFigures(from, to);
  if (isError)
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed')}
        description={errorText(error)}
        style={{ marginBottom: 16 }}
      />
    );
  const rows = data?.items ?? [];
  return (
    <Card
      variant="borderless"
      title={t('points.figures.title', { year: dayjs().year() })}
      loading={isPending}
      style={{ marginBottom: 16 }}
    >
      <Row gutter={[16, 16]}>
        <Col xs={8}>
          <Statistic title={t('points.figures.issued')} value={sum(rows, 'pointsIssued')} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('points.figures.redeemed')} value={sum(rows, 'pointsRedeemed')} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('points.figures.outstanding')} value={sum(rows, 'pointsOutstanding')} />
        </Col>
      </Row>
      {rows.length > 1 ? (
        <Table<PointsFiguresRow>
          rowKey="orgUnitId"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          style={{ marginTop: 16 }}
          dataSource={rows}
          columns={[
            { title: t('points.columns.unit'), key: 'unit', render: (_, r) => r.orgUnitName },
            {
              title: t('points.figures.issued'),
              key: 'issued',
              align: 'right',
              render: (_, r) => r.pointsIssued,
            },
            {
              title: t('points.figures.redeemed'),
              key: 'redeemed',
              align: 'right',
              render: (_, r) => r.pointsRedeemed,
            },
            {
              title: t('points.figures.outstanding'),
              key: 'outstanding',
              align: 'right',
              render: (_, r) => r.pointsOutstanding,
            },
          ]}
        />
      ) : null}
    </Card>
  );
};
