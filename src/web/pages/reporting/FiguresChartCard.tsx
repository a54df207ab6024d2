import { Card, Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/EChart';
import { type ChartRow, figuresChart } from './figuresChart';

// One breakdown (by brand, by target group) as bars, or an empty state when nothing was held.
export const FiguresChartCard = ({
  title,
  rows,
  empty,
  ariaLabel,
  testId,
}: {
  title: string;
  rows: ChartRow[];
  empty: string;
  ariaLabel: string;
  testId: string;
}) => {
  const { t } = useTranslation();
  const option = useMemo(() => figuresChart(rows, t), [rows, t]);
  return (
    <Card title={title} variant="borderless" style={{ height: '100%' }}>
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <EChart option={option} height={280} ariaLabel={ariaLabel} testId={testId} />
      )}
    </Card>
  );
};
