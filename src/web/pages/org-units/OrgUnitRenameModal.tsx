import { Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { useRenameOrgUnit } from './useOrgUnitChanges';

type Values = { name: string };

export const OrgUnitRenameModal = ({ unit, onClose }: { unit: OrgUnit | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saved = useSaveThenClose(form, onClose);
  const mutation = useRenameOrgUnit();

  useEffect(() => {
    if (unit) form.setFieldsValue({ name: unit.name });
  }, [unit, form]);

  return (
    <FormModal
      form={form}
      open={unit !== null}
      title={unit ? t('orgUnits.renameTitle', { name: unit.name }) : ''}
      pending={mutation.isPending}
      forceRender
      onClose={onClose}
    >
      <Form
        name="org-unit-rename"
        form={form}
        layout="vertical"
        onFinish={(values) => {
          if (!unit) return;
          mutation.mutate({ id: unit.id, name: values.name.trim() }, saved(t('orgUnits.renamed')));
        }}
      >
        <Form.Item
          name="name"
          label={t('orgUnits.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('orgUnits.name') }),
            },
          ]}
        >
          <Input maxLength={60} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
