import { Card, Col, Descriptions, Row, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../api/activities';
import { ActivityFiguresCard } from './ActivityFiguresCard';
import { ActivityKindTag } from './ActivityKindTag';
import { ActivityPlaces } from './ActivityPlaces';
import { ActivityStatusActions } from './ActivityStatusActions';
import { ActivityStatusTag } from './ActivityStatusTag';
import { formatMinute, formatSessionRange } from './activityTime';

// 概况: what, when, where and for whom; the status actions; the activity's own figures.
export const ActivityOverviewTab = ({
  activity,
  canManage,
  onEdit,
}: {
  activity: Activity;
  canManage: boolean;
  onEdit: () => void;
}) => {
  const { t, i18n } = useTranslation();
  const none = <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        <Card
          variant="borderless"
          title={t('activities.tabs.overview')}
          extra={canManage ? <ActivityStatusActions activity={activity} onEdit={onEdit} /> : null}
        >
          <Descriptions
            column={{ xs: 1, md: 2 }}
            size="middle"
            items={[
              {
                key: 'kind',
                label: t('activities.overview.kind'),
                children: <ActivityKindTag kind={activity.kind} />,
              },
              {
                key: 'status',
                label: t('activities.overview.status'),
                children: <ActivityStatusTag status={activity.status} />,
              },
              { key: 'unit', label: t('activities.overview.unit'), children: activity.orgUnitName },
              {
                key: 'project',
                label: t('activities.overview.project'),
                children: activity.projectName ?? (
                  <Typography.Text type="secondary">{t('activities.noProject')}</Typography.Text>
                ),
              },
              { key: 'place', label: t('activities.overview.place'), children: activity.place || none },
              {
                key: 'brands',
                label: t('activities.overview.brands'),
                children:
                  activity.brands.length === 0 ? (
                    none
                  ) : (
                    <Space size={[4, 4]} wrap>
                      {activity.brands.map((b) => (
                        <Tag key={b} color="gold" style={{ marginInlineEnd: 0 }}>
                          {b}
                        </Tag>
                      ))}
                    </Space>
                  ),
              },
              {
                key: 'targetGroups',
                label: t('activities.overview.targetGroups'),
                children:
                  activity.targetGroups.length === 0
                    ? none
                    : activity.targetGroups.map((g) => t(`activities.targetGroups.${g}`)).join('、'),
              },
              {
                key: 'audience',
                label: t('activities.overview.audience'),
                children: t(`activities.audiences.${activity.audience}`),
              },
              {
                key: 'capacity',
                label: t('activities.overview.capacity'),
                children: <ActivityPlaces activity={activity} />,
              },
              {
                key: 'registrationWindow',
                label: t('activities.overview.registrationWindow'),
                children: `${formatMinute(activity.registrationOpensAt)} ~ ${formatMinute(activity.registrationClosesAt)}`,
              },
              {
                key: 'cancellationDeadline',
                label: t('activities.overview.cancellationDeadline'),
                children: formatMinute(activity.cancellationDeadline),
              },
              ...(activity.priorityOpensAt
                ? [
                    {
                      key: 'priorityOpensAt',
                      label: t('activities.overview.priorityOpensAt'),
                      children: formatMinute(activity.priorityOpensAt),
                    },
                  ]
                : []),
              {
                key: 'sessions',
                label: t('activities.overview.sessions'),
                span: { xs: 1, md: 2 },
                children: (
                  <Space orientation="vertical" size={2}>
                    {activity.sessions.map((s) => (
                      <Typography.Text key={s.id}>
                        {activity.kind === 'group' ? `${t('activities.sessionN', { n: s.seq })}  ` : ''}
                        {formatSessionRange(s.startsAt, s.endsAt, i18n.language)}
                      </Typography.Text>
                    ))}
                  </Space>
                ),
              },
              {
                key: 'description',
                label: t('activities.overview.description'),
                span: { xs: 1, md: 2 },
                children: activity.description ? (
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                    {activity.description}
                  </Typography.Paragraph>
                ) : (
                  <Typography.Text type="secondary">{t('activities.overview.noDescription')}</Typography.Text>
                ),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <ActivityFiguresCard activity={activity} />
      </Col>
    </Row>
  );
};
