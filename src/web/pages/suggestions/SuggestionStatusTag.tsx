import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SuggestionStatus } from './api';

const COLORS: Record<SuggestionStatus, string> = {
  submitted: 'orange',
  routed: 'blue',
  replied: 'green',
  closed: 'default',
};

export const SuggestionStatusTag = ({ status }: { status: SuggestionStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`suggestions.statuses.${status}`)}
    </Tag>
  );
};
