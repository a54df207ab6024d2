import { Alert, Form } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { useResetPassword } from './useUsers';

type Values = { newPassword: string; confirmPassword: string };

export const ResetPasswordModal = ({ user, onClose }: { user: UserRow | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saved = useSaveThenClose(form, onClose);
  const mutation = useResetPassword();

  useEffect(() => {
    if (user) form.resetFields();
  }, [user, form]);

  return (
    <FormModal
      form={form}
      open={user !== null}
      title={user ? t('users.resetPasswordTitle', { name: user.name }) : ''}
      okText={t('users.resetPassword')}
      okButtonProps={{ danger: true }}
      pending={mutation.isPending}
      forceRender
      onClose={onClose}
    >
      <Alert type="warning" showIcon title={t('users.resetPasswordHint')} style={{ marginBottom: 16 }} />
      <Form
        name="reset-password"
        form={form}
        layout="vertical"
        onFinish={(values) => {
          if (!user) return;
          mutation.mutate({ id: user.id, newPassword: values.newPassword }, saved(t('users.passwordReset')));
        }}
      >
        <NewPasswordFields />
      </Form>
    </FormModal>
  );
};
