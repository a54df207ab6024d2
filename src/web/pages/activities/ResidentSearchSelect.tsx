import { useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listResidents } from '../../api/residents';

// Picks one resident of the caller's scope by typing part of the name (the registry search, 20 at most).
export const ResidentSearchSelect = ({
  value,
  onChange,
  excludeIds,
  style,
  id,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  excludeIds?: ReadonlySet<string>;
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
  const { data, isFetching } = useQuery({
    queryKey: ['residents', 'pick', term],
    queryFn: () => listResidents({ q: term, page: 1, pageSize: 20 }),
    enabled: term.length > 0,
  });
  const options = (data?.items ?? [])
    .filter((r) => !excludeIds?.has(r.id))
    .map((r) => ({
      value: r.id,
      title: r.name,
      label: (
        <span>
          {r.name}
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
            {r.idNumberMasked}
            {r.compoundName ? ` · ${r.compoundName}` : ''}
          </Typography.Text>
        </span>
      ),
    }));
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      placeholder={t('activities.registrations.pickResident')}
      loading={isFetching}
      options={options}
      notFoundContent={null}
      style={style}
    />
  );
};
