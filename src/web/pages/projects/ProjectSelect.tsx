import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { useProjectList } from './useProjects';

// Picks one project the caller sees. `forUnitId`: only those an activity of that unit may belong to;
// `current` keeps a project listed (an ended one an activity already belongs to) under its name.
export const ProjectSelect = ({
  value,
  onChange,
  forUnitId,
  activeOnly = false,
  current,
  placeholder,
  style,
  id,
}: {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  forUnitId?: string;
  activeOnly?: boolean;
  current?: { id: string; name: string } | null;
  placeholder?: string;
  style?: CSSProperties;
  id?: string;
}) => {
  const { t } = useTranslation();
  const { can } = usePermissions();
  const { data, isPending } = useProjectList(
    { forUnitId, status: activeOnly ? 'active' : undefined, pageSize: 200 },
    can(PERMISSIONS.projectsRead),
  );
  const options = (data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (current && !options.some((o) => o.value === current.id))
    options.unshift({ value: current.id, label: current.name });
  return (
    <Select<string>
      id={id}
      aria-label={placeholder ?? t('projects.select')}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next)}
      loading={isPending}
      allowClear
      placeholder={placeholder ?? t('projects.select')}
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      notFoundContent={t('projects.noneToChoose')}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 'min(480px, calc(100vw - 24px))' } } }}
      style={style}
    />
  );
};
