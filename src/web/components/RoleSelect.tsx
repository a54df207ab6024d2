import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { grantableRoles, type OrgUnitKind, ROLES, type Role, roleUnitKinds } from '../api/types';
import { currentMembershipOf, useMe } from '../hooks/useMe';

// With `forGrant`, only roles the acting admin may grant, and that may be held at `unitKind`.
export const RoleSelect = ({
  value,
  onChange,
  placeholder,
  allowClear = false,
  style,
  id,
  forGrant = false,
  unitKind,
}: {
  value?: Role;
  onChange?: (value: Role | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
  forGrant?: boolean;
  unitKind?: OrgUnitKind;
}) => {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const actingRole = currentMembershipOf(me)?.role;
  const allowed = ROLES.filter((role) => {
    if (!forGrant) return true;
    if (!actingRole || !(grantableRoles[actingRole] ?? []).includes(role)) return false;
    return unitKind ? roleUnitKinds[role].includes(unitKind) : true;
  });
  return (
    <Select<Role>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next)}
      placeholder={placeholder}
      allowClear={allowClear}
      style={style}
      options={allowed.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
    />
  );
};
