import { Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { MyActivity } from '../api/activities';
import { TAG_STYLE } from './tagStyle';

// 已报名, or 候补第N位 with the current place among those still waiting.
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
  const position = mine.waitlistRank;
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
