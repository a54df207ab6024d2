import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrgUnitKind } from '../api/types';

const COLORS: Record<OrgUnitKind, string> = { district: 'purple', street: 'geekblue', community: 'cyan' };

export const OrgUnitKindTag = ({ kind }: { kind: OrgUnitKind }) => {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {t(`unitKinds.${kind}`)}
    </Tag>
  );
};
