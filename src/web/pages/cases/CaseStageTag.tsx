import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStage } from '../../api/cases';

// Open stages in blue shades of progress, 结案 in green.
const COLORS: Record<CaseStage, string> = {
  intake: 'default',
  assessment: 'cyan',
  planning: 'blue',
  intervention: 'geekblue',
  evaluation: 'purple',
  closed: 'success',
};

export const CaseStageTag = ({ stage }: { stage: CaseStage }) => {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[stage]} style={{ marginInlineEnd: 0 }} data-testid="case-stage">
      {t(`cases.stages.${stage}`)}
    </Tag>
  );
};
