import { Button, Card, Descriptions, Empty, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseDetail } from '../../api/cases';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { CaseGoalStatusTag } from './CaseGoalStatusTag';
import { CaseProjectModal } from './CaseProjectModal';

// Who, where and when, then the goals with their status.
export const CaseInfoCard = ({ detail }: { detail: CaseDetail }) => {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const [changingProject, setChangingProject] = useState(false);
  // A closed case stays under the project it was closed in.
  const canChangeProject = can(PERMISSIONS.casesManage) && detail.stage !== 'closed';
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card variant="borderless" title={t('cases.detail.info')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('cases.columns.client')}>
            <Link to={`/residents/${detail.residentId}`}>{detail.clientName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.columns.unit')}>{detail.orgUnitName}</Descriptions.Item>
          <Descriptions.Item label={t('cases.columns.worker')}>{detail.workerName}</Descriptions.Item>
          <Descriptions.Item label={t('cases.columns.supervisor')}>
            {detail.supervisorName ?? t('cases.detail.noSupervisor')}
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.columns.project')}>
            <span data-testid="case-project">{detail.projectName ?? t('cases.project.none')}</span>
            {canChangeProject ? (
              <Button
                type="link"
                size="small"
                onClick={() => setChangingProject(true)}
                style={{ height: 'auto', paddingBlock: 0 }}
              >
                {t('cases.project.change')}
              </Button>
            ) : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.columns.openedOn')}>{detail.openedOn}</Descriptions.Item>
          {detail.closedOn ? (
            <Descriptions.Item label={t('cases.columns.closedOn')}>{detail.closedOn}</Descriptions.Item>
          ) : null}
          {detail.closureReason ? (
            <Descriptions.Item label={t('cases.detail.closureReason')}>
              {detail.closureReason}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card variant="borderless" title={t('cases.detail.goals')} data-testid="case-goals">
        {detail.goals.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.detail.noGoals')} />
        ) : (
          <Space orientation="vertical" size={10} style={{ width: '100%' }}>
            {detail.goals.map((goal, i) => (
              <div
                // biome-ignore lint/suspicious/noArrayIndexKey: goals have no id; this read-only list is redrawn whole
                key={i}
                style={{ display: 'flex', gap: 8, justifyContent: 'space-between', alignItems: 'flex-start' }}
              >
                <Typography.Text delete={goal.status === 'dropped'}>{goal.text}</Typography.Text>
                <CaseGoalStatusTag status={goal.status} />
              </div>
            ))}
          </Space>
        )}
      </Card>
      {canChangeProject ? (
        <CaseProjectModal open={changingProject} detail={detail} onClose={() => setChangingProject(false)} />
      ) : null}
    </Space>
  );
};
