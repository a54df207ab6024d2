import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SurveyStatus } from './api';

const COLORS: Record<SurveyStatus, string> = { draft: 'default', published: 'green', closed: 'blue' };

export const SurveyStatusTag = ({ status }: { status: SurveyStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`surveys.statuses.${status}`)}
    </Tag>
  );
};
