import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VisitPlanStatus } from '../../api/visits';

const COLORS: Record<VisitPlanStatus, string> = { onTime: 'green', dueSoon: 'gold', overdue: 'red' };

export const VisitPlanStatusTag = ({ status }: { status: VisitPlanStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`visits.statuses.${status}`)}
    </Tag>
  );
};
