import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { listProviders } from '../api/providers';

export const ProviderSelect = ({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}) => {
  const { t } = useTranslation();
  const { data, isPending } = useQuery({ queryKey: ['providers', 'list'], queryFn: listProviders });
  return (
    <Select<string>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next)}
      loading={isPending}
      placeholder={t('common.requiredSelect', { field: t('users.provider') })}
      showSearch={{ optionFilterProp: 'label' }}
      options={(data?.items ?? []).map((provider) => ({ value: provider.id, label: provider.name }))}
    />
  );
};
