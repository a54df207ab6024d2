import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NeedPriority, NeedStatus } from './api';

const statusColors: Record<NeedStatus, string> = {
  new: 'gold',
  accepted: 'blue',
  onAgenda: 'geekblue',
  inProgress: 'processing',
  resolved: 'success',
  declined: 'default',
  merged: 'default',
};

export const NeedStatusTag = ({ status }: { status: NeedStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }} data-testid="need-status">
      {t(`needs.statuses.${status}`)}
    </Tag>
  );
};

const priorityColors: Partial<Record<NeedPriority, string>> = { high: 'orange', urgent: 'red' };

// Only what stands out is coloured: 高 and 紧急.
export const NeedPriorityTag = ({ priority }: { priority: NeedPriority }) => {
  const { t } = useTranslation();
  return (
    <Tag color={priorityColors[priority]} bordered={false} style={{ marginInlineEnd: 0 }}>
      {t(`needs.priorities.${priority}`)}
    </Tag>
  );
};
