import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSupervisors } from './useCases';

// The people who may supervise a case for this client: the unit's social workers and staff.
export const SupervisorSelect = ({
  residentId,
  value,
  onChange,
  id,
}: {
  residentId?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}) => {
  const { t } = useTranslation();
  const { data, isFetching } = useSupervisors(residentId);
  const options = (data?.items ?? []).map((p) => ({
    value: p.userId,
    title: p.name,
    label: (
      <span>
        {p.name}
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
          {t(`roles.${p.role}`)} · {p.orgUnitName}
        </Typography.Text>
      </span>
    ),
  }));
  return (
    <Select
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      placeholder={t('cases.form.supervisorPlaceholder')}
      loading={isFetching}
      options={options}
      notFoundContent={t('cases.form.noSupervisors')}
    />
  );
};
