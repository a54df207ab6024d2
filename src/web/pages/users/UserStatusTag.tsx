import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../api/types';
import { formatDateTime } from '../../i18n/format';

export const UserStatusTag = ({ user }: { user: UserRow }) => {
  const { t, i18n } = useTranslation();
  if (user.banned) return <Tag color="red">{t('users.statusBanned')}</Tag>;
  if (user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now()) {
    return (
      <Tooltip title={t('users.lockedUntil', { time: formatDateTime(user.lockedUntil, i18n.language) })}>
        <Tag color="orange">{t('users.statusLocked')}</Tag>
      </Tooltip>
    );
  }
  return <Tag color="green">{t('users.statusActive')}</Tag>;
};
