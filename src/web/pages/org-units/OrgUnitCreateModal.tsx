import { Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { CHILD_KIND } from './orgUnitTree';
import { useCreateOrgUnit } from './useOrgUnitChanges';

type Values = { name: string; code: string };

export const OrgUnitCreateModal = ({ parent, onClose }: { parent: OrgUnit | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saved = useSaveThenClose(form, onClose);
  const mutation = useCreateOrgUnit();
  const childKind = parent ? CHILD_KIND[parent.kind] : null;

  useEffect(() => {
    if (parent) form.resetFields();
  }, [parent, form]);

  const onFinish = (values: Values) => {
    if (!parent) return;
    mutation.mutate(
      { parentId: parent.id, name: values.name.trim(), code: values.code.trim() },
      saved(t('common.created')),
    );
  };

  return (
    <FormModal
      form={form}
      open={parent !== null}
      title={
        parent && childKind
          ? t('orgUnits.createChildTitle', { parent: parent.name, kind: t(`unitKinds.${childKind}`) })
          : ''
      }
      okText={t('common.create')}
      pending={mutation.isPending}
      forceRender
      onClose={onClose}
    >
      <Form name="org-unit-create" form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item
          name="name"
          label={t('orgUnits.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('orgUnits.name') }),
            },
            { max: 60 },
          ]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('orgUnits.code')}
          extra={t('orgUnits.codeHint')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t('common.required', { field: t('orgUnits.code') }),
            },
            { pattern: /^[0-9A-Za-z]{1,20}$/, message: t('orgUnits.codePattern') },
          ]}
        >
          <Input maxLength={20} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
