import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

// Submitted → first reply: hours under two days, then days; an unanswered one past the deadline is 超期.
export const ResponseTime = ({ hours, overdue }: { hours: number | null; overdue: boolean }) => {
  const { t } = useTranslation();
  if (hours === null)
    return overdue ? (
      <Tag color="red" data-testid="suggestion-overdue">
        {t('suggestions.overdue')}
      </Tag>
    ) : (
      <span style={{ color: '#8c8c8c', whiteSpace: 'nowrap' }}>{t('suggestions.noReplyYet')}</span>
    );
  const text =
    hours < 1
      ? t('suggestions.lessThanHour')
      : hours < 48
        ? t('suggestions.hours', { value: Math.round(hours) })
        : t('suggestions.days', { value: Math.round((hours / 24) * 10) / 10 });
  return <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;
};
