import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { currentMembershipOf, useMe } from '../../hooks/useMe';
import { usePermissions } from '../../hooks/usePermissions';
import { useSaveThenClose, useServerFormErrors } from '../../hooks/useServerFormErrors';
import { BUILT_IN_KINDS, createKind, deleteKind, type MeetingKindView, putRules, renameKind } from './api';
import { MeetingTabs } from './MeetingTabs';
import { useKinds, useMeetingMutation, useRules } from './useMeetings';

// 会议类型与议事规则: the five built-in kinds, the community's own (add, rename, remove an unused one),
// and its rules of procedure.
export const SettingsPage = () => {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const community = currentMembershipOf(me)?.orgUnitKind === 'community';
  return (
    <>
      <PageHeader title={t('meetings.menu')} description={t('meetings.description')} />
      <MeetingTabs />
      {community ? (
        <div
          style={{
            display: 'grid',
            gap: 16,
            gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 380px), 1fr))',
          }}
        >
          <KindsCard />
          <RulesCard />
        </div>
      ) : (
        <Alert type="info" showIcon title={t('meetings.settings.needsCommunity')} />
      )}
    </>
  );
};

const KindsCard = () => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can('meetings.manage');
  const kinds = useKinds();
  const [editing, setEditing] = useState<MeetingKindView | 'new' | null>(null);
  const remove = useMeetingMutation(deleteKind);
  const confirmRemove = (kind: MeetingKindView) =>
    modal.confirm({
      title: t('meetings.settings.removeTitle', { name: kind.name }),
      okText: t('meetings.settings.remove'),
      okButtonProps: { danger: true },
      onOk: () => remove.mutateAsync(kind.id).catch((err: unknown) => void message.error(errorText(err))),
    });
  return (
    <Card
      size="small"
      title={t('meetings.settings.kindsTitle')}
      extra={
        canManage ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('meetings.settings.addKind')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('meetings.settings.kindsHint')}
      </Typography.Paragraph>
      <List
        size="small"
        loading={kinds.isPending}
        dataSource={[
          ...BUILT_IN_KINDS.map((k) => ({ key: k, name: t(`meetings.kinds.${k}`), kind: null })),
          ...(kinds.data?.items ?? []).map((k) => ({ key: k.id, name: k.name, kind: k })),
        ]}
        renderItem={(row) => (
          <List.Item
            actions={
              row.kind && canManage
                ? [
                    <Button
                      key="rename"
                      size="small"
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={t('meetings.settings.rename')}
                      onClick={() => setEditing(row.kind)}
                    />,
                    row.kind.meetingCount === 0 ? (
                      <Button
                        key="remove"
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('meetings.settings.remove')}
                        onClick={() => row.kind && confirmRemove(row.kind)}
                      />
                    ) : null,
                  ]
                : []
            }
          >
            <Space>
              {row.name}
              {row.kind ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('meetings.settings.meetingCount', { count: row.kind.meetingCount })}
                </Typography.Text>
              ) : (
                <Tag>{t('meetings.settings.builtIn')}</Tag>
              )}
            </Space>
          </List.Item>
        )}
      />
      {canManage ? <KindModal editing={editing} onClose={() => setEditing(null)} /> : null}
    </Card>
  );
};

const KindModal = ({
  editing,
  onClose,
}: {
  editing: MeetingKindView | 'new' | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  const save = useMeetingMutation(({ name }: { name: string }) =>
    editing && editing !== 'new' ? renameKind(editing.id, name.trim()) : createKind(name.trim()),
  );
  const done = useSaveThenClose(form, onClose);
  useEffect(() => {
    if (editing) form.setFieldsValue({ name: editing === 'new' ? '' : editing.name });
  }, [editing, form]);
  return (
    <FormModal
      open={editing !== null}
      form={form}
      pending={save.isPending}
      onClose={onClose}
      title={t(editing === 'new' ? 'meetings.settings.addKind' : 'meetings.settings.rename')}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v, done(t('meetings.settings.kindSaved')))}
      >
        <Form.Item
          name="name"
          label={t('meetings.settings.kindName')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: 2,
              message: t('meetings.form.required', { field: t('meetings.settings.kindName') }),
            },
          ]}
        >
          <Input maxLength={30} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};

const RulesCard = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = usePermissions();
  const canManage = can('meetings.manage');
  const rules = useRules();
  const [form] = Form.useForm<{ body: string }>();
  const showErrors = useServerFormErrors(form);
  const save = useMeetingMutation(({ body }: { body: string }) => putRules(body.trim()));
  useEffect(() => {
    if (rules.data) form.setFieldsValue({ body: rules.data.body });
  }, [rules.data, form]);
  return (
    <Card size="small" title={t('meetings.settings.rulesTitle')}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('meetings.settings.rulesHint')}
        {rules.data?.isDefault ? ` ${t('meetings.settings.rulesDefault')}` : ''}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        disabled={!canManage}
        onFinish={(v) =>
          save.mutate(v, {
            onSuccess: () => void message.success(t('meetings.settings.rulesSaved')),
            onError: showErrors,
          })
        }
      >
        <Form.Item
          name="body"
          rules={[
            {
              required: true,
              whitespace: true,
              min: 10,
              message: t('meetings.form.required', { field: t('meetings.settings.rulesTitle') }),
            },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 8, maxRows: 16 }}
            maxLength={5000}
            aria-label={t('meetings.settings.rulesTitle')}
          />
        </Form.Item>
        {canManage ? (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('meetings.settings.saveRules')}
          </Button>
        ) : null}
      </Form>
    </Card>
  );
};
