import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Permission, usePermissions } from '../hooks/usePermissions';

// A page the acting role may not open shows a 403 in place, never an empty screen.
export const RequirePermission = ({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) => {
  const { can } = usePermissions();
  const { t } = useTranslation();
  if (!can(permission)) {
    return <Result status="403" title={t('common.noAccessTitle')} subTitle={t('common.noAccess')} />;
  }
  return children;
};
