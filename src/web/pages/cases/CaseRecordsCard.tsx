import { Card, Empty, Timeline, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STAGES, type CaseDetail } from '../../api/cases';
import { CaseStageTag } from './CaseStageTag';

// The case's history read top to bottom: stage by stage, each stage's records oldest first, then the closing.
export const CaseRecordsCard = ({ detail }: { detail: CaseDetail }) => {
  const { t } = useTranslation();
  const stages = CASE_STAGES.filter((s) => s !== 'closed' && detail.records.some((r) => r.stage === s));
  return (
    <Card variant="borderless" title={t('cases.detail.records')} data-testid="case-records">
      {stages.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('cases.detail.noRecords')} />
      ) : null}
      {stages.map((stage) => (
        <Fragment key={stage}>
          <div style={{ marginBottom: 12 }}>
            <CaseStageTag stage={stage} />
          </div>
          <Timeline
            style={{ marginBottom: 8 }}
            items={detail.records
              .filter((r) => r.stage === stage)
              .map((r) => ({
                key: r.id,
                content: (
                  <>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.recordedOn} · {t('cases.detail.recordBy', { name: r.createdBy })}
                    </Typography.Text>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                      {r.content}
                    </Typography.Paragraph>
                  </>
                ),
              }))}
          />
        </Fragment>
      ))}
      {detail.stage === 'closed' ? (
        <div data-testid="case-closure">
          <div style={{ marginBottom: 12 }}>
            <CaseStageTag stage="closed" />
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {detail.closedOn}
          </Typography.Text>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            {t('cases.detail.closureReason')}：{detail.closureReason}
          </Typography.Paragraph>
        </div>
      ) : null}
    </Card>
  );
};
