import { Card, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../../hooks/useIsMobile';

export type Figure = { key: string; value: number; suffix?: string };

// One figure of 服务统计: its label, the number and its unit.
export const FigureCard = ({ figure, size = 'large' }: { figure: Figure; size?: 'large' | 'small' }) => {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const fontSize = size === 'large' ? (mobile ? 22 : 28) : mobile ? 20 : 24;
  return (
    <Card
      variant="borderless"
      styles={{ body: { padding: mobile ? 12 : size === 'large' ? 20 : '16px 20px' } }}
      style={{ height: '100%' }}
    >
      <div data-testid={`figure-${figure.key}`}>
        <Statistic
          title={t(`serviceFigures.kpi.${figure.key}`)}
          value={figure.value}
          suffix={figure.suffix ? <span style={{ fontSize: 14 }}>{figure.suffix}</span> : undefined}
          styles={{ content: { fontSize, fontWeight: 600 } }}
        />
      </div>
    </Card>
  );
};
