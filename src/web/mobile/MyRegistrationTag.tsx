import { Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { MyActivity } from '../api/activities';
import { TAG_STYLE } from './tagStyle';
import { waitlistPosition } from './waitlistMemory';

// 已报名, or 候补第N位 when this phone remembers the place (候补中 otherwise).
export const MyRegistrationTag = ({ activity }: { activity: MyActivity }) => {
  const { t } = useTranslation();
  const mine = activity.myRegistration;
  if (!mine) return null;
  if (mine.status === 'registered') {
    return (
      <Tag
        color="success"
        fill="solid"
        style={{ ...TAG_STYLE, fontSize: '0.85em', padding: '3px 8px' }}
        data-testid="my-status"
      >
        {t('mobile.registered')}
      </Tag>
    );
  }
  const position = waitlistPosition(activity.id);
  return (
    <Tag
      color="warning"
      fill="solid"
      style={{ ...TAG_STYLE, fontSize: '0.85em', padding: '3px 8px' }}
      data-testid="my-status"
    >
      {position ? t('mobile.waitlistN', { n: position }) : t('mobile.waitlisted')}
    </Tag>
  );
};
