import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActionItemView, MeetingSummary } from './api';

const meetingColors: Record<MeetingSummary['status'], string> = {
  planned: 'blue',
  held: 'green',
  cancelled: 'default',
};

export const MeetingStatusTag = ({ status }: { status: MeetingSummary['status'] }) => {
  const { t } = useTranslation();
  return <Tag color={meetingColors[status]}>{t(`meetings.statuses.${status}`)}</Tag>;
};

const actionColors = { open: 'processing', overdue: 'error', done: 'success', cancelled: 'default' } as const;

/** 进行中, 逾期 (open past its due day), 已完成 or 已撤销. */
export const ActionStatusTag = ({ item }: { item: Pick<ActionItemView, 'status' | 'overdue'> }) => {
  const { t } = useTranslation();
  const key = item.overdue ? 'overdue' : item.status;
  return <Tag color={actionColors[key]}>{t(`meetings.actionStatuses.${key}`)}</Tag>;
};
