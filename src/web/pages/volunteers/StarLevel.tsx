import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

// The default thresholds (100/300/600/1000/1500 h); a unit may set its own on the server.
const DEFAULT_THRESHOLD_HOURS = [100, 300, 600, 1000, 1500];

export const starsOf = (minutes: number, thresholdsHours: readonly number[] = DEFAULT_THRESHOLD_HOURS) =>
  thresholdsHours.filter((hours) => minutes >= hours * 60).length;

/** 1–5 stars from approved hours, or 未评星. */
export const StarLevel = ({ minutes, size = 14 }: { minutes: number; size?: number }) => {
  const { t } = useTranslation();
  const stars = starsOf(minutes);
  if (stars === 0) return <Typography.Text type="secondary">{t('volunteers.noStar')}</Typography.Text>;
  // One run of ★ with the count as its title, rather than five separate icons.
  return (
    <span
      title={t('volunteers.stars', { count: stars })}
      style={{ color: '#faad14', whiteSpace: 'nowrap', fontSize: size }}
    >
      {'★'.repeat(stars)}
    </span>
  );
};
