import { Alert, App, Form, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../api/types';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { useResetPassword } from './useUsers';

type Values = { newPassword: string; confirmPassword: string };

export const ResetPasswordModal = ({ user, onClose }: { user: UserRow | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const showErrors = useServerFormErrors(form);
  const mutation = useResetPassword();

  useEffect(() => {
    if (user) form.resetFields();
  }, [user, form]);

  return (
    <Modal
      open={user !== null}
      title={user ? t('users.resetPasswordTitle', { name: user.name }) : ''}
      okText={t('users.resetPassword')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Alert type="warning" showIcon title={t('users.resetPasswordHint')} style={{ marginBottom: 16 }} />
      <Form
        name="reset-password"
        form={form}
        layout="vertical"
        onFinish={(values) => {
          if (!user) return;
          mutation.mutate(
            { id: user.id, newPassword: values.newPassword },
            {
              onSuccess: () => {
                void message.success(t('users.passwordReset'));
                onClose();
              },
              onError: showErrors,
            },
          );
        }}
      >
        <NewPasswordFields />
      </Form>
    </Modal>
  );
};
