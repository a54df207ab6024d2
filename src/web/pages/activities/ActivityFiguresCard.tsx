import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../api/activities';

// One activity's figures from its sessions: check-ins, guests and the person-times they make.
export const ActivityFiguresCard = ({ activity }: { activity: Activity }) => {
  const { t } = useTranslation();
  const attended = activity.sessions.reduce((sum, s) => sum + s.attended, 0);
  const guests = activity.sessions.reduce((sum, s) => sum + s.guests, 0);
  const items = [
    { key: 'sessions', value: activity.sessions.length },
    { key: 'attended', value: attended },
    { key: 'guests', value: guests },
    { key: 'personTimes', value: attended + guests },
  ];
  return (
    <Card title={t('activities.figures.title')} variant="borderless" data-testid="activity-figures">
      <Row gutter={[16, 16]}>
        {items.map((item) => (
          <Col key={item.key} span={12}>
            <div data-testid={`activity-figure-${item.key}`}>
              <Statistic
                title={t(`activities.figures.${item.key}`)}
                value={item.value}
                styles={{ content: { fontSize: 24, fontWeight: 600 } }}
              />
            </div>
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 12 }}>
        {t('activities.figures.hint')}
      </Typography.Paragraph>
    </Card>
  );
};
