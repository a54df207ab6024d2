import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VolunteerRole, VolunteerStatus } from './api';

const STATUS_COLORS: Record<VolunteerStatus, string> = {
  applied: 'gold',
  active: 'green',
  rejected: 'red',
  left: 'default',
};

export const VolunteerStatusTag = ({ status }: { status: VolunteerStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`volunteers.statuses.${status}`)}
    </Tag>
  );
};

export const VolunteerRoleTag = ({ role }: { role: VolunteerRole }) => {
  const { t } = useTranslation();
  return (
    <Tag color={role === 'backbone' ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
      {t(`volunteers.roles.${role}`)}
    </Tag>
  );
};

/** Approved minutes as hours with at most one decimal. */
export const hoursOf = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
