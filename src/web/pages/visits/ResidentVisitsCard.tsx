import { Alert, Button, Card, Descriptions, Empty, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/useErrorText';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { FollowUpTag } from './FollowUpTag';
import { RecordVisitModal } from './RecordVisitModal';
import { useResidentVisits } from './useVisits';
import { VisitFindings } from './VisitFindings';
import { VisitPlanModal } from './VisitPlanModal';
import { VisitPlanStatusTag } from './VisitPlanStatusTag';

// 探访 on a resident's page: the plan (interval, last visit, due date) and every visit, newest first.
// Shown to roles with casework access only; findings are read (and audited) by the server per view.
export const ResidentVisitsCard = ({ residentId, name }: { residentId: string; name: string }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canRead = can(PERMISSIONS.casesRead);
  const canManage = can(PERMISSIONS.casesManage);
  const { data, isPending, isError, error } = useResidentVisits(residentId, canRead);
  const [recording, setRecording] = useState(false);
  const [planning, setPlanning] = useState(false);
  if (!canRead) return null;
  const plan = data?.plan ?? null;
  const project = plan?.projectId ? { id: plan.projectId, name: plan.projectName ?? '' } : null;
  const target = { id: residentId, name, project };

  return (
    <Card
      variant="borderless"
      title={t('visits.card.title')}
      loading={isPending}
      data-testid="resident-visits"
      extra={
        canManage ? (
          <Space size={4}>
            <Button size="small" type="primary" ghost onClick={() => setRecording(true)}>
              {t('visits.record.button')}
            </Button>
            <Button size="small" onClick={() => setPlanning(true)}>
              {t('visits.card.setPlan')}
            </Button>
          </Space>
        ) : null
      }
    >
      {isError ? (
        <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />
      ) : (
        <>
          {plan ? (
            <Descriptions
              size="small"
              column={1}
              style={{ marginBottom: 12 }}
              items={[
                {
                  key: 'interval',
                  label: t('visits.columns.interval'),
                  children: t('visits.everyDays', { count: plan.intervalDays }),
                },
                {
                  key: 'last',
                  label: t('visits.columns.lastVisit'),
                  children: plan.lastVisitedOn ?? t('visits.neverVisited'),
                },
                {
                  key: 'due',
                  label: t('visits.columns.dueOn'),
                  children: (
                    <Space size={6}>
                      {plan.dueOn}
                      <VisitPlanStatusTag status={plan.status} />
                    </Space>
                  ),
                },
              ]}
            />
          ) : (
            <Typography.Paragraph type="secondary">{t('visits.card.noPlan')}</Typography.Paragraph>
          )}
          <List
            size="small"
            dataSource={data?.items ?? []}
            rowKey="id"
            pagination={(data?.items.length ?? 0) > 5 ? { pageSize: 5, size: 'small' } : false}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.card.empty')} />,
            }}
            renderItem={(v) => (
              <List.Item style={{ paddingInline: 0 }}>
                <div style={{ width: '100%' }}>
                  <Space size={8} wrap style={{ marginBottom: 4 }}>
                    <Typography.Text strong>{v.visitedOn}</Typography.Text>
                    <Typography.Text type="secondary">{v.visitorName}</Typography.Text>
                    <FollowUpTag visit={v} />
                  </Space>
                  <VisitFindings visit={v} />
                </div>
              </List.Item>
            )}
          />
        </>
      )}
      <RecordVisitModal open={recording} resident={target} onClose={() => setRecording(false)} />
      <VisitPlanModal
        open={planning}
        resident={target}
        intervalDays={plan?.intervalDays}
        project={project}
        onClose={() => setPlanning(false)}
      />
    </Card>
  );
};
