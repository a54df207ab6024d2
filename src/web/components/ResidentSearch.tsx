import { SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { listResidents } from '../api/residents';

/** How long typing must pause before the search runs: one request per word, not per key. */
const PAUSE_MS = 300;

// The header's resident search: part of a name, or the last four of an ID or mobile number, within the
// acting role's scope (the list's own `q`), masked as in the list; choosing one opens the record.
export const ResidentSearch = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [term, setTerm] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTerm(typed.trim()), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, isFetching } = useQuery({
    queryKey: ['resident-search', term],
    queryFn: () => listResidents({ q: term, page: 1, pageSize: 8, status: 'all' }),
    enabled: term.length > 0,
    staleTime: 30_000,
  });
  const options = (term ? (data?.items ?? []) : []).map((r) => ({
    value: r.id,
    label: (
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 12 }}>
        <span>
          {r.name}
          <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
            {t(`residents.sex.${r.sex}`)} · {t('shell.ageYears', { age: r.age })}
          </Typography.Text>
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {r.compoundName ?? ''} {r.idNumberMasked}
        </Typography.Text>
      </div>
    ),
  }));
  return (
    <AutoComplete
      value={typed}
      options={options}
      onSearch={setTyped}
      onSelect={(id: string) => {
        setTyped('');
        navigate(`/residents/${id}`);
      }}
      notFoundContent={term && !isFetching && data ? t('shell.residentSearchEmpty') : null}
      popupMatchSelectWidth={420}
      style={{ width: 320, lineHeight: 'normal' }}
    >
      <Input
        allowClear
        prefix={<SearchOutlined style={{ color: '#bfbfbf' }} />}
        placeholder={t('shell.residentSearch')}
        aria-label={t('shell.residentSearch')}
        data-testid="resident-search"
      />
    </AutoComplete>
  );
};
