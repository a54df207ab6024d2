import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Registration } from '../../api/activities';

const COLORS: Record<Registration['status'], string> = {
  registered: 'success',
  waitlisted: 'warning',
  cancelled: 'default',
};

// 已报名 / 候补第N位 / 已取消.
export const RegistrationStatusTag = ({ registration }: { registration: Registration }) => {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[registration.status]} style={{ marginInlineEnd: 0 }}>
      {registration.status === 'waitlisted' && registration.waitlistRank
        ? t('activities.registrations.waitlistRank', { rank: registration.waitlistRank })
        : t(`activities.registrations.statuses.${registration.status}`)}
    </Tag>
  );
};
