import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PointsTotals } from './api';

// 余额 = the ledger sum; 冻结 = held by open redemptions; 可用 = what can still be spent.
export const PointsTotalsCard = ({ totals }: { totals: PointsTotals }) => {
  const { t } = useTranslation();
  return (
    <Card variant="borderless" style={{ marginBottom: 16 }}>
      <Row gutter={[16, 16]}>
        <Col xs={8}>
          <Statistic title={t('points.columns.balance')} value={totals.balance} />
        </Col>
        <Col xs={8}>
          <Statistic title={t('points.columns.held')} value={totals.held} />
        </Col>
        <Col xs={8}>
          <Statistic
            title={t('points.columns.available')}
            value={totals.available}
            styles={{ content: { color: '#1668dc' } }}
          />
        </Col>
      </Row>
    </Card>
  );
};
