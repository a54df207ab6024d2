import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePasswordRules } from '../hooks/usePasswordRules';

// 新密码 + 确认新密码, with the policy's rules and a check that the two agree. Field names are
// newPassword and confirmPassword.
export const NewPasswordFields = () => {
  const { t } = useTranslation();
  const passwordRules = usePasswordRules(t('password.new'));
  return (
    <>
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
    </>
  );
};
