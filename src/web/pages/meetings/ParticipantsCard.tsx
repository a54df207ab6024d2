import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listResidents } from '../../api/residents';
import { FormModal } from '../../components/FormModal';
import { ProviderSelect } from '../../components/ProviderSelect';
import { useErrorText } from '../../hooks/useErrorText';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { VolunteerPicker } from '../volunteers/VolunteerPicker';
import {
  addParticipants,
  type MeetingDetail,
  PARTICIPANT_KINDS,
  type ParticipantInput,
  type ParticipantView,
  removeParticipant,
  signIn,
} from './api';
import { formatTime } from './format';
import { useMeetingMutation, useStaffCandidates } from './useMeetings';

// 参会人员 with 签到 on the day: a switch per person, the signed-in count in the title.
export const ParticipantsCard = ({ meeting, canManage }: { meeting: MeetingDetail; canManage: boolean }) => {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const errorText = useErrorText();
  const [adding, setAdding] = useState(false);
  const open = canManage && meeting.status !== 'cancelled';
  const toggle = useMeetingMutation(({ id, on }: { id: string; on: boolean }) => signIn(id, on));
  const remove = useMeetingMutation(removeParticipant);

  const confirmRemove = (p: ParticipantView) =>
    modal.confirm({
      title: t('meetings.participants.removeTitle', { name: p.name }),
      okText: t('meetings.participants.remove'),
      okButtonProps: { danger: true },
      onOk: () => remove.mutateAsync(p.id).catch((err: unknown) => void message.error(errorText(err))),
    });

  const columns = [
    { key: 'name', title: t('meetings.participants.columns.name'), dataIndex: 'name' },
    {
      key: 'kind',
      title: t('meetings.participants.columns.kind'),
      render: (_: unknown, p: ParticipantView) => <Tag>{t(`meetings.participantKinds.${p.kind}`)}</Tag>,
    },
    { key: 'affiliation', title: t('meetings.participants.columns.affiliation'), dataIndex: 'affiliation' },
    {
      key: 'signIn',
      title: t('meetings.participants.columns.signIn'),
      render: (_: unknown, p: ParticipantView) => (
        <Space size={8}>
          <Switch
            size="small"
            aria-label={`${t('meetings.participants.signIn')} ${p.name}`}
            checked={!!p.signedInAt}
            disabled={!open}
            loading={toggle.isPending && toggle.variables?.id === p.id}
            onChange={(on) =>
              toggle.mutate({ id: p.id, on }, { onError: (err) => void message.error(errorText(err)) })
            }
          />
          {p.signedInAt ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatTime(p.signedInAt).slice(-5)}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    ...(open
      ? [
          {
            key: 'remove',
            title: '',
            render: (_: unknown, p: ParticipantView) => (
              <Button
                type="text"
                danger
                size="small"
                icon={<DeleteOutlined />}
                aria-label={t('meetings.participants.remove')}
                onClick={() => confirmRemove(p)}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={
        <Space>
          {t('meetings.participants.title')}
          <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
            {t('meetings.participants.count', {
              total: meeting.participantCount,
              signed: meeting.signedInCount,
            })}
          </Typography.Text>
        </Space>
      }
      extra={
        open ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('meetings.participants.add')}
          </Button>
        ) : null
      }
    >
      {meeting.participants.length === 0 ? (
        <Empty description={t('meetings.participants.empty')} />
      ) : (
        <Table<ParticipantView>
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={meeting.participants}
          columns={columns}
        />
      )}
      {open ? (
        <AddParticipantModal meetingId={meeting.id} open={adding} onClose={() => setAdding(false)} />
      ) : null}
    </Card>
  );
};

type Values = {
  kind: ParticipantInput['kind'];
  userId?: string;
  volunteerId?: string;
  residentId?: string;
  providerId?: string;
  name?: string;
  affiliation?: string;
};

const AddParticipantModal = ({
  meetingId,
  open,
  onClose,
}: {
  meetingId: string;
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'staff';
  const providerId = Form.useWatch('providerId', form);
  const staff = useStaffCandidates(meetingId, open);
  const save = useMeetingMutation((v: Values) =>
    addParticipants(meetingId, [
      {
        kind: v.kind,
        userId: v.userId ?? null,
        volunteerId: v.volunteerId ?? null,
        residentId: v.residentId ?? null,
        providerId: v.providerId ?? null,
        name: v.name?.trim() ?? '',
        affiliation: v.affiliation?.trim() ?? '',
      },
    ]),
  );
  const done = useSaveThenClose(form, onClose);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const needsName = kind === 'other' || (kind === 'partner' && !providerId);

  return (
    <FormModal
      open={open}
      form={form}
      pending={save.isPending}
      onClose={onClose}
      title={t('meetings.participants.add')}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'staff' }}
        onFinish={(v) => save.mutate(v, done(t('meetings.participants.added')))}
      >
        <Form.Item name="kind" label={t('meetings.participants.kind')}>
          <Select
            options={PARTICIPANT_KINDS.map((k) => ({ value: k, label: t(`meetings.participantKinds.${k}`) }))}
          />
        </Form.Item>
        {kind === 'staff' ? (
          <Form.Item
            name="userId"
            label={t('meetings.participants.person')}
            rules={[{ required: true, message: t('meetings.participants.pickStaff') }]}
          >
            <Select
              placeholder={t('meetings.participants.pickStaff')}
              loading={staff.isPending}
              options={(staff.data?.items ?? []).map((s) => ({
                value: s.userId,
                label: `${s.name}（${s.role}）`,
              }))}
            />
          </Form.Item>
        ) : null}
        {kind === 'volunteer' ? (
          <Form.Item
            name="volunteerId"
            label={t('meetings.participants.person')}
            rules={[{ required: true, message: t('meetings.participants.pickVolunteer') }]}
          >
            <VolunteerPicker />
          </Form.Item>
        ) : null}
        {kind === 'resident' ? (
          <Form.Item
            name="residentId"
            label={t('meetings.participants.person')}
            rules={[{ required: true, message: t('meetings.participants.pickResident') }]}
          >
            <ResidentPicker placeholder={t('meetings.participants.pickResident')} />
          </Form.Item>
        ) : null}
        {kind === 'partner' ? (
          <Form.Item name="providerId" label={t('meetings.participants.pickProvider')}>
            <ProviderSelect />
          </Form.Item>
        ) : null}
        {needsName ? (
          <Form.Item
            name="name"
            label={t('meetings.participants.name')}
            rules={[
              {
                required: true,
                whitespace: true,
                min: 2,
                message: t('meetings.form.required', { field: t('meetings.participants.name') }),
              },
            ]}
          >
            <Input maxLength={40} />
          </Form.Item>
        ) : null}
        <Form.Item name="affiliation" label={t('meetings.participants.affiliation')}>
          <Input maxLength={40} placeholder={t('meetings.participants.affiliationPlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};

// One resident of the unit by part of the name (the list shows names as the registry masks them).
const ResidentPicker = ({
  value,
  onChange,
  placeholder,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder: string;
}) => {
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const search = async (q: string) => {
    if (!q.trim()) return setOptions([]);
    const page = await listResidents({ q: q.trim(), page: 1, pageSize: 10 });
    setOptions(page.items.map((r) => ({ value: r.id, label: r.name })));
  };
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
      allowClear
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      placeholder={placeholder}
      options={options}
    />
  );
};
