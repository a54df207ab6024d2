import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectStatus } from '../../api/projects';

export const ProjectStatusTag = ({ status }: { status: ProjectStatus }) => {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'active' ? 'processing' : 'default'} style={{ marginInlineEnd: 0 }}>
      {t(`projects.statuses.${status}`)}
    </Tag>
  );
};
