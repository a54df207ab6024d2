import { App, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { mobilePattern } from '../../../core/mobile';
import type { Role } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { OrgUnitSelect } from '../../components/OrgUnitSelect';
import { ProviderSelect } from '../../components/ProviderSelect';
import { RoleSelect } from '../../components/RoleSelect';
import { useOrgUnitKind } from '../../hooks/useOrgUnits';
import { usePasswordRules } from '../../hooks/usePasswordRules';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { useCreateUser } from './useUsers';

type Values = {
  username: string;
  name: string;
  mobile?: string;
  password: string;
  orgUnitId: string;
  role: Role;
  providerId?: string;
};

export const UserCreateModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const unitKind = useOrgUnitKind(Form.useWatch('orgUnitId', form));
  const showErrors = useServerFormErrors(form);
  const passwordRules = usePasswordRules(t('users.initialPassword'));
  const mutation = useCreateUser();

  const close = () => {
    form.resetFields();
    onClose();
  };

  const onFinish = (values: Values) => {
    mutation.mutate(
      {
        username: values.username.trim(),
        name: values.name.trim(),
        mobile: values.mobile?.trim() || undefined,
        password: values.password,
        orgUnitId: values.orgUnitId,
        role: values.role,
        providerId: values.role === 'socialWorker' ? values.providerId : undefined,
      },
      {
        onSuccess: () => {
          void message.success(t('users.created'));
          close();
        },
        onError: showErrors,
      },
    );
  };

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t('common.required', { field }),
  });
  const requiredSelect = (field: string) => ({
    required: true,
    message: t('common.requiredSelect', { field }),
  });

  return (
    <FormModal
      form={form}
      open={open}
      title={t('users.createTitle')}
      okText={t('common.create')}
      pending={mutation.isPending}
      width={640}
      forceRender
      onClose={close}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        name="user-create"
        onValuesChange={(changed: Partial<Values>) => {
          // A role that cannot be held at the newly chosen unit is cleared.
          if (changed.orgUnitId !== undefined) form.setFieldValue('role', undefined);
        }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="username"
              label={t('users.username')}
              extra={t('users.usernameRule')}
              rules={[
                required(t('users.username')),
                { pattern: /^[A-Za-z0-9_.]{3,30}$/, message: t('users.usernameRule') },
              ]}
            >
              <Input autoComplete="off" maxLength={30} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label={t('users.name')} rules={[required(t('users.name'))]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="mobile"
              label={t('users.mobile')}
              rules={[{ pattern: mobilePattern, message: t('users.mobilePattern') }]}
            >
              <Input inputMode="numeric" maxLength={11} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="password"
              label={t('users.initialPassword')}
              extra={t('password.rule')}
              rules={passwordRules}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="orgUnitId" label={t('users.unit')} rules={[requiredSelect(t('users.unit'))]}>
              <OrgUnitSelect placeholder={t('common.requiredSelect', { field: t('users.unit') })} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="role" label={t('users.role')} rules={[requiredSelect(t('users.role'))]}>
              <RoleSelect
                forGrant
                unitKind={unitKind}
                placeholder={t('common.requiredSelect', { field: t('users.role') })}
              />
            </Form.Item>
          </Col>
          {role === 'socialWorker' ? (
            <Col xs={24}>
              <Form.Item
                name="providerId"
                label={t('users.provider')}
                rules={[{ required: true, message: t('users.providerRequired') }]}
              >
                <ProviderSelect />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
    </FormModal>
  );
};
