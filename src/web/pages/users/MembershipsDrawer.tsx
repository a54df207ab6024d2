import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Drawer,
  Empty,
  Form,
  Popconfirm,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership, Role } from '../../api/types';
import { OrgUnitKindTag } from '../../components/OrgUnitKindTag';
import { OrgUnitSelect } from '../../components/OrgUnitSelect';
import { ProviderSelect } from '../../components/ProviderSelect';
import { RoleSelect } from '../../components/RoleSelect';
import { useErrorText } from '../../hooks/useErrorText';
import { useIsMobile } from '../../hooks/useIsMobile';
import { useOrgUnitKind } from '../../hooks/useOrgUnits';
import { useServerFormErrors } from '../../hooks/useServerFormErrors';
import { useAddMembership, useRemoveMembership, useUser } from './useUsers';

type Values = { orgUnitId: string; role: Role; providerId?: string };

// A user's (unit, role) pairs: add one, or remove one after a confirmation.
export const MembershipsDrawer = ({ userId, onClose }: { userId: string | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const mobile = useIsMobile();
  const { data: user, isPending, isError, error } = useUser(userId);
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const unitKind = useOrgUnitKind(Form.useWatch('orgUnitId', form));
  const showErrors = useServerFormErrors(form);
  const add = useAddMembership();
  const remove = useRemoveMembership();

  useEffect(() => {
    if (userId) form.resetFields();
  }, [userId, form]);

  const onRemove = (membership: Membership) =>
    remove
      .mutateAsync(membership.id)
      .then(() => void message.success(t('users.membershipRemoved')))
      .catch((err: unknown) => void message.error(errorText(err)));

  return (
    <Drawer
      open={userId !== null}
      onClose={onClose}
      size={mobile ? '100%' : 560}
      title={user ? t('users.membershipsTitle', { name: user.name }) : t('users.manageMemberships')}
      forceRender
    >
      {isError ? (
        <Alert type="error" showIcon title={t('common.loadFailed')} description={errorText(error)} />
      ) : isPending && userId ? (
        <div style={{ textAlign: 'center', padding: 48 }}>
          <Spin />
        </div>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {user && user.memberships.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('users.noMemberships')} />
          ) : null}
          {(user?.memberships ?? []).map((membership) => (
            <Card key={membership.id} size="small">
              <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
                <div style={{ flex: 1, minWidth: 0 }}>
                  <Space size={8} wrap>
                    <Typography.Text strong>{membership.orgUnitName}</Typography.Text>
                    <OrgUnitKindTag kind={membership.orgUnitKind} />
                    <Tag color="blue">{t(`roles.${membership.role}`)}</Tag>
                  </Space>
                  {membership.providerName ? (
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('common.labelled', { label: t('users.provider'), value: membership.providerName })}
                      </Typography.Text>
                    </div>
                  ) : null}
                </div>
                <Popconfirm
                  title={t('users.removeMembershipTitle')}
                  description={t('users.removeMembershipConfirm', {
                    unit: membership.orgUnitName,
                    role: t(`roles.${membership.role}`),
                  })}
                  okText={t('common.remove')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() => onRemove(membership)}
                >
                  <Button danger type="text" icon={<DeleteOutlined />}>
                    {t('common.remove')}
                  </Button>
                </Popconfirm>
              </div>
            </Card>
          ))}
          <Card size="small" title={t('users.addMembership')}>
            <Form
              name="membership-add"
              form={form}
              layout="vertical"
              onValuesChange={(changed: Partial<Values>) => {
                if (changed.orgUnitId !== undefined) form.setFieldValue('role', undefined);
              }}
              onFinish={(values) => {
                if (!userId) return;
                add.mutate(
                  {
                    userId,
                    orgUnitId: values.orgUnitId,
                    role: values.role,
                    providerId: values.role === 'socialWorker' ? values.providerId : undefined,
                  },
                  {
                    onSuccess: () => {
                      void message.success(t('users.membershipAdded'));
                      form.resetFields();
                    },
                    onError: showErrors,
                  },
                );
              }}
            >
              <Form.Item
                name="orgUnitId"
                label={t('users.unit')}
                rules={[{ required: true, message: t('common.requiredSelect', { field: t('users.unit') }) }]}
              >
                <OrgUnitSelect placeholder={t('common.requiredSelect', { field: t('users.unit') })} />
              </Form.Item>
              <Form.Item
                name="role"
                label={t('users.role')}
                rules={[{ required: true, message: t('common.requiredSelect', { field: t('users.role') }) }]}
              >
                <RoleSelect
                  forGrant
                  unitKind={unitKind}
                  placeholder={t('common.requiredSelect', { field: t('users.role') })}
                />
              </Form.Item>
              {role === 'socialWorker' ? (
                <Form.Item
                  name="providerId"
                  label={t('users.provider')}
                  rules={[{ required: true, message: t('users.providerRequired') }]}
                >
                  <ProviderSelect />
                </Form.Item>
              ) : null}
              <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
                {t('users.addMembership')}
              </Button>
            </Form>
          </Card>
        </Space>
      )}
    </Drawer>
  );
};
