import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../api/types';

// "园山社区 [社区工作人员]": where and as whom the user is acting now.
export const CurrentIdentity = ({ membership, dark = false }: { membership: Membership; dark?: boolean }) => {
  const { t } = useTranslation();
  return (
    <div
      data-testid="current-identity"
      style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0, whiteSpace: 'nowrap' }}
    >
      <Typography.Text
        strong
        ellipsis
        style={{ color: dark ? '#fff' : undefined, maxWidth: 220 }}
        title={membership.orgUnitName}
      >
        {membership.orgUnitName}
      </Typography.Text>
      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
        {t(`roles.${membership.role}`)}
      </Tag>
    </div>
  );
};
