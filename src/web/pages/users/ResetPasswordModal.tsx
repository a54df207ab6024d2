import { Alert, App, Form, Input, Modal } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../api/types';
import { usePasswordRules } from '../../hooks/usePasswordRules';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { useResetPassword } from './useUsers';

type Values = { newPassword: string; confirmPassword: string };

export const ResetPasswordModal = ({ user, onClose }: { user: UserRow | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const showErrors = useServerFormErrors(form);
  const passwordRules = usePasswordRules(t('password.new'));
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
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.rule')}
          rules={passwordRules}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('common.required', { field: t('password.confirm') }) },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue('newPassword') === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
};
