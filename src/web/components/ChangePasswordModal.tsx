import { useMutation } from '@tanstack/react-query';
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../api/me';
import { useServerFormErrors } from '../hooks/useServerFormErrors';
import { FormModal } from './FormModal';
import { NewPasswordFields } from './NewPasswordFields';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

export const ChangePasswordModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const showErrors = useServerFormErrors(form);
  const mutation = useMutation({
    mutationFn: (values: Values) =>
      changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword }),
    onSuccess: () => {
      void message.success(t('password.changed'));
      form.resetFields();
      onClose();
    },
    onError: showErrors,
  });

  return (
    <FormModal
      form={form}
      open={open}
      title={t('shell.changePassword')}
      pending={mutation.isPending}
      forceRender
      onClose={() => {
        form.resetFields();
        onClose();
      }}
    >
      <Form
        name="change-password"
        form={form}
        layout="vertical"
        onFinish={(values) => mutation.mutate(values)}
        requiredMark={false}
      >
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('common.required', { field: t('password.current') }) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <NewPasswordFields />
      </Form>
    </FormModal>
  );
};
