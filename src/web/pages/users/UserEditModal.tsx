import { Form, Input } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { mobilePattern } from '../../../core/mobile';
import type { UserRow } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { useUpdateUser } from './useUsers';

type Values = { name: string; mobile?: string };

// The list shows mobiles masked, so the field starts empty: empty means "keep the current number".
export const UserEditModal = ({ user, onClose }: { user: UserRow | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saved = useSaveThenClose(form, onClose);
  const mutation = useUpdateUser();

  useEffect(() => {
    if (user) form.setFieldsValue({ name: user.name, mobile: undefined });
  }, [user, form]);

  return (
    <FormModal
      form={form}
      open={user !== null}
      title={t('users.editTitle')}
      pending={mutation.isPending}
      forceRender
      onClose={onClose}
    >
      <Form
        name="user-edit"
        form={form}
        layout="vertical"
        onFinish={(values) => {
          if (!user) return;
          const mobile = values.mobile?.trim();
          mutation.mutate(
            { id: user.id, name: values.name.trim(), ...(mobile ? { mobile } : {}) },
            saved(t('common.saved')),
          );
        }}
      >
        <Form.Item label={t('users.username')}>
          <Input value={user?.username} disabled />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('users.name')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('users.name') }) },
          ]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('users.mobile')}
          rules={[{ pattern: mobilePattern, message: t('users.mobilePattern') }]}
        >
          <Input
            inputMode="numeric"
            maxLength={11}
            placeholder={user?.mobile ? t('users.mobileKeep', { mobile: user.mobile }) : undefined}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
