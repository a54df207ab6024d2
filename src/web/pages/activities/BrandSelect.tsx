import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Divider, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../hooks/useErrorText';
import { PERMISSIONS, usePermissions } from '../../hooks/usePermissions';
import { useBrands, useCreateBrand } from './useBrands';

// The brands an activity of `unitId` may carry (its unit's and those above); whoever keeps the list can
// add a missing one right here, so nobody types a near-duplicate that the figures would count apart.
export const BrandSelect = ({
  unitId,
  value,
  onChange,
  id,
}: {
  unitId: string | undefined;
  value?: string[];
  onChange?: (brands: string[]) => void;
  id?: string;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const { data: brands = [], isPending } = useBrands(unitId);
  const create = useCreateBrand();
  const [name, setName] = useState('');

  const add = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    create.mutate(
      { name: trimmed, orgUnitId: unitId },
      {
        onSuccess: (brand) => {
          setName('');
          onChange?.([...(value ?? []), brand.name]);
          message.success(t('activities.brands.added', { name: brand.name }));
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );
  };

  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      loading={isPending}
      maxCount={10}
      placeholder={t('activities.form.brandsPlaceholder')}
      options={brands.map((b) => ({ value: b.name, label: b.name }))}
      notFoundContent={t('activities.brands.none')}
      popupRender={(menu) =>
        can(PERMISSIONS.brandsManage) ? (
          <>
            {menu}
            <Divider style={{ margin: '8px 0' }} />
            <Space.Compact style={{ width: '100%', padding: '0 8px 4px' }}>
              <Input
                aria-label={t('activities.brands.newName')}
                placeholder={t('activities.brands.newName')}
                value={name}
                maxLength={30}
                onChange={(e) => setName(e.target.value)}
                onKeyDown={(e) => {
                  // Enter would otherwise pick the highlighted option.
                  e.stopPropagation();
                  if (e.key === 'Enter') add();
                }}
              />
              <Button icon={<PlusOutlined />} loading={create.isPending} onClick={add}>
                {t('activities.brands.add')}
              </Button>
            </Space.Compact>
          </>
        ) : (
          menu
        )
      }
    />
  );
};
