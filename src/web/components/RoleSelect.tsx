import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../api/types';

export const RoleSelect = ({
  value,
  onChange,
  placeholder,
  allowClear = false,
  style,
  id,
}: {
  value?: Role;
  onChange?: (value: Role | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
}) => {
  const { t } = useTranslation();
  return (
    <Select<Role>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next)}
      placeholder={placeholder}
      allowClear={allowClear}
      style={style}
      options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
    />
  );
};
