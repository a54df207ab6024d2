import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseGoalStatus } from '../../api/cases';

const COLORS: Record<CaseGoalStatus, string> = {
  open: 'processing',
  achieved: 'success',
  dropped: 'default',
};

export const CaseGoalStatusTag = ({ status }: { status: CaseGoalStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`cases.goalStatuses.${status}`)}
    </Tag>
  );
};
