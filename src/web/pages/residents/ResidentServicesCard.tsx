import { Alert, Card, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ResidentServiceEntry } from '../../api/reporting';
import { useErrorText } from '../../hooks/useErrorText';
import { CaseStageTag } from '../cases/CaseStageTag';
import { useResidentServices } from '../reporting/useReporting';
import { FollowUpTag } from '../visits/FollowUpTag';

const Entry = ({ entry }: { entry: ResidentServiceEntry }) => {
  const { t } = useTranslation();
  if (entry.type === 'case')
    return (
      <div data-testid="service-case">
        <Space size={6} wrap>
          <Tag color="magenta" style={{ marginInlineEnd: 0 }}>
            {t('residents.services.case')}
          </Tag>
          <Link to={`/cases/${entry.caseId}`}>
            {t('residents.services.caseBy', { worker: entry.workerName })}
          </Link>
          <CaseStageTag stage={entry.stage} />
        </Space>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {entry.closedOn
              ? t('residents.services.caseDates', { opened: entry.openedOn, closed: entry.closedOn })
              : t('residents.services.caseOpened', { opened: entry.openedOn })}
          </Typography.Text>
        </div>
      </div>
    );
  if (entry.type === 'visit')
    return (
      <div data-testid="service-visit">
        <Space size={6} wrap>
          <Tag color="green" style={{ marginInlineEnd: 0 }}>
            {t('residents.services.visit')}
          </Tag>
          {t('residents.services.visitBy', { visitor: entry.visitorName })}
          <FollowUpTag visit={entry} />
        </Space>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {entry.visitedOn}
          </Typography.Text>
        </div>
      </div>
    );
  return (
    <div>
      <Link to={`/activities/${entry.activityId}`}>{entry.title}</Link>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {dayjs(entry.startsAt).format('YYYY-MM-DD')}
          {entry.kind === 'group' ? ` · ${t('residents.services.session', { n: entry.seq })}` : ''}
        </Typography.Text>
      </div>
    </div>
  );
};

const keyOf = (entry: ResidentServiceEntry): string =>
  entry.type === 'case'
    ? entry.caseId
    : entry.type === 'visit'
      ? entry.visitId
      : `${entry.activityId}-${entry.seq}`;
const colors = { activity: 'blue', case: 'red', visit: 'green' } as const;

// Activities attended, home visits and cases (those the caller may see whole), newest first, each linking to its page.
export const ResidentServicesCard = ({ residentId }: { residentId: string }) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { data, isPending, isError, error } = useResidentServices(residentId);
  const entries = data?.items ?? [];
  return (
    <Card variant="borderless" title={t('residents.services.title')} data-testid="resident-services">
      {isPending ? <Spin /> : null}
      {isError ? (
        <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />
      ) : null}
      {!isPending && !isError && entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('residents.services.empty')} />
      ) : null}
      {entries.length > 0 ? (
        <Timeline
          items={entries.slice(0, 50).map((entry) => ({
            key: keyOf(entry),
            color: colors[entry.type],
            content: <Entry entry={entry} />,
          }))}
        />
      ) : null}
    </Card>
  );
};
