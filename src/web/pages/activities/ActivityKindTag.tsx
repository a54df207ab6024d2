import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActivityKind } from '../../api/activities';

export const ActivityKindTag = ({ kind }: { kind: ActivityKind }) => {
  const { t } = useTranslation();
  return (
    <Tag color={kind === 'group' ? 'purple' : 'cyan'} style={{ marginInlineEnd: 0 }}>
      {t(`activities.kinds.${kind}`)}
    </Tag>
  );
};
