import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VisitRow } from '../../api/visits';

// 需跟进 until someone marks it done; then 已跟进 with who and when.
export const FollowUpTag = ({
  visit,
}: {
  visit: Pick<VisitRow, 'followUpNeeded' | 'followUpDoneOn' | 'followUpDoneBy'>;
}) => {
  const { t } = useTranslation();
  if (!visit.followUpNeeded) return null;
  if (!visit.followUpDoneOn)
    return (
      <Tag color="volcano" style={{ marginInlineEnd: 0 }}>
        {t('visits.followUp.pending')}
      </Tag>
    );
  return (
    <Tooltip
      title={t('visits.followUp.doneBy', { name: visit.followUpDoneBy ?? '', date: visit.followUpDoneOn })}
    >
      <Tag color="green" style={{ marginInlineEnd: 0 }}>
        {t('visits.followUp.done')}
      </Tag>
    </Tooltip>
  );
};
