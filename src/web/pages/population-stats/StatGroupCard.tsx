import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import type { ReactNode } from 'react';
import { EChart } from '../../components/EChart';

export type StatItem = { key: string; label: string; value: number; suffix?: ReactNode; note?: ReactNode };

// One of 一老 / 一小 / 一困: its figures as statistics, then a chart of the same figures.
export const StatGroupCard = ({
  testId,
  title,
  subtitle,
  accent,
  items,
  chart,
  chartLabel,
}: {
  testId: string;
  title: string;
  subtitle: string;
  accent: string;
  items: StatItem[];
  chart: EChartsCoreOption;
  chartLabel: string;
}) => (
  <Card
    variant="borderless"
    style={{ height: '100%', borderTop: `3px solid ${accent}` }}
    data-testid={testId}
    title={
      <div style={{ padding: '4px 0' }}>
        <div style={{ fontSize: 16 }}>{title}</div>
        <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
          {subtitle}
        </Typography.Text>
      </div>
    }
  >
    <Row gutter={[12, 12]}>
      {items.map((item) => (
        <Col key={item.key} xs={12} sm={8} xl={12} style={{ minWidth: 0 }}>
          <div data-testid={`stat-${item.key}`}>
            <Statistic
              title={item.label}
              value={item.value}
              suffix={item.suffix}
              styles={{ content: { fontSize: 20 }, title: { fontSize: 13 } }}
            />
            {item.note ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.note}
              </Typography.Text>
            ) : null}
          </div>
        </Col>
      ))}
    </Row>
    <div style={{ marginTop: 16 }}>
      <EChart option={chart} height={220} ariaLabel={chartLabel} testId={`${testId}-chart`} />
    </div>
  </Card>
);
