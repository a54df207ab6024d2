import { Select } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVolunteerList } from './useVolunteers';

// Picks one active volunteer of the unit by typing part of the name or number.
export const VolunteerPicker = ({
  value,
  onChange,
  volunteerRole,
  style,
  id,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  volunteerRole?: 'backbone' | 'member';
  style?: CSSProperties;
  id?: string;
}) => {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setTerm(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const { data, isFetching } = useVolunteerList({
    q: term || undefined,
    status: 'active',
    role: volunteerRole,
    page: 1,
    pageSize: 20,
  });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      placeholder={t('volunteers.teams.pickVolunteer')}
      loading={isFetching}
      options={(data?.items ?? []).map((v) => ({ value: v.id, label: `${v.name}（${v.volunteerNo}）` }))}
      style={style}
    />
  );
};
