import { Select } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePointsAccounts } from '../points/usePoints';

// Picks a volunteer of the unit by name or number, from the points accounts (who can redeem at all).
export const VolunteerSelect = ({
  value,
  onChange,
  placeholder,
  style,
}: {
  value?: string;
  onChange: (volunteerId: string | undefined) => void;
  placeholder: string;
  style?: CSSProperties;
}) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState<string | undefined>();
  const accounts = usePointsAccounts({ q: search, page: 1, pageSize: 20 });
  return (
    <Select
      allowClear
      showSearch={{ filterOption: false, onSearch: (q) => setSearch(q.trim() || undefined) }}
      aria-label={placeholder}
      placeholder={placeholder}
      value={value}
      onChange={(id: string | undefined) => onChange(id)}
      loading={accounts.isFetching}
      notFoundContent={t('shop.counter.noVolunteer')}
      options={(accounts.data?.items ?? []).map((a) => ({
        value: a.volunteerId,
        label: `${a.volunteerName} ${a.volunteerNo}`,
      }))}
      style={style}
    />
  );
};
