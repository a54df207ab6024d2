import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Collapse, Descriptions, Form, Input, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../hooks/useErrorText';
import { usePermissions } from '../../hooks/usePermissions';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { ReasonModal } from '../volunteers/ReasonModal';
import { AgendaCard } from './AgendaCard';
import { cancelMeeting, downloadMinutes, type MeetingDetail, markHeld } from './api';
import { formatTime } from './format';
import { MeetingFormModal } from './MeetingFormModal';
import { MeetingStatusTag } from './MeetingTags';
import { ParticipantsCard } from './ParticipantsCard';
import { useMeeting, useMeetingMutation } from './useMeetings';

// One meeting: its facts and rules of procedure, participants with sign-in, the agenda with decisions
// and action items, and the minutes (.docx).
export const MeetingDetailPage = () => {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { can } = usePermissions();
  const canManage = can('meetings.manage');
  const { data: meeting, isPending, isError, error } = useMeeting(id);
  const [editing, setEditing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [holding, setHolding] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const cancel = useMeetingMutation((reason: string) => cancelMeeting(id ?? '', reason));

  if (isPending) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (isError || !meeting)
    return (
      <Alert type="error" showIcon title={t('meetings.detail.notFound')} description={errorText(error)} />
    );

  const planned = canManage && meeting.status === 'planned';
  const download = () => {
    setDownloading(true);
    downloadMinutes(meeting.id, meeting.title)
      .then(() => void message.success(t('meetings.detail.downloaded')))
      .catch((err: unknown) => void message.error(errorText(err)))
      .finally(() => setDownloading(false));
  };

  return (
    <>
      <PageHeader
        title={
          <Space wrap>
            {meeting.title}
            <MeetingStatusTag status={meeting.status} />
          </Space>
        }
        description={`${meeting.kindName} · ${meeting.orgUnitName}`}
        extra={
          <>
            <Button onClick={() => navigate('/meetings')}>{t('meetings.detail.back')}</Button>
            <Button icon={<DownloadOutlined />} loading={downloading} onClick={download}>
              {t('meetings.detail.download')}
            </Button>
            {planned ? (
              <>
                <Button onClick={() => setEditing(true)}>{t('meetings.detail.edit')}</Button>
                <Button danger onClick={() => setCancelling(true)}>
                  {t('meetings.detail.cancel')}
                </Button>
                <Button type="primary" onClick={() => setHolding(true)}>
                  {t('meetings.detail.markHeld')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <MeetingFacts meeting={meeting} />
        <ParticipantsCard meeting={meeting} canManage={canManage} />
        <AgendaCard meeting={meeting} canManage={canManage} />
      </Space>
      {planned ? (
        <>
          <MeetingFormModal open={editing} meeting={meeting} onClose={() => setEditing(false)} />
          <ReasonModal
            open={cancelling}
            title={t('meetings.detail.cancelTitle', { title: meeting.title })}
            hint={t('meetings.detail.cancelHint')}
            okText={t('meetings.detail.cancel')}
            danger
            pending={cancel.isPending}
            onClose={() => setCancelling(false)}
            onSubmit={(reason) =>
              cancel.mutate(reason, {
                onSuccess: () => {
                  void message.success(t('meetings.detail.cancelled'));
                  setCancelling(false);
                },
                onError: (err) => void message.error(errorText(err)),
              })
            }
          />
          <HeldModal meeting={meeting} open={holding} onClose={() => setHolding(false)} />
        </>
      ) : null}
    </>
  );
};

const MeetingFacts = ({ meeting }: { meeting: MeetingDetail }) => {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('meetings.detail.info')}>
      {meeting.cancelReason ? (
        <Alert
          type="warning"
          showIcon
          title={t('meetings.detail.cancelledReason', { reason: meeting.cancelReason })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={t('meetings.detail.time')}>
          {formatTime(meeting.startsAt)}
          {meeting.endsAt ? ` – ${formatTime(meeting.endsAt).slice(-5)}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('meetings.detail.place')}>{meeting.place}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.detail.host')}>{meeting.hostName}</Descriptions.Item>
        {meeting.recorderName ? (
          <Descriptions.Item label={t('meetings.detail.recorderLabel')}>
            {meeting.recorderName}
          </Descriptions.Item>
        ) : null}
        {meeting.compoundName ? (
          <Descriptions.Item label={t('meetings.detail.compound')}>{meeting.compoundName}</Descriptions.Item>
        ) : null}
      </Descriptions>
      {meeting.minutes ? (
        <div style={{ marginTop: 8 }}>
          <div style={{ color: '#888', fontSize: 12 }}>{t('meetings.detail.minutesTitle')}</div>
          <div style={{ whiteSpace: 'pre-wrap' }}>{meeting.minutes}</div>
        </div>
      ) : null}
      <Collapse
        ghost
        size="small"
        style={{ marginTop: 8 }}
        items={[
          {
            key: 'rules',
            label: `${t('meetings.detail.rules')}${meeting.rules.isDefault ? t('meetings.detail.rulesDefault') : ''}`,
            children: <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}>{meeting.rules.body}</div>,
          },
        ]}
      />
    </Card>
  );
};

type HeldValues = { minutes: string; recorderName: string };

const HeldModal = ({
  meeting,
  open,
  onClose,
}: {
  meeting: MeetingDetail;
  open: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<HeldValues>();
  const save = useMeetingMutation((v: HeldValues) =>
    markHeld(meeting.id, { minutes: v.minutes.trim(), recorderName: v.recorderName.trim() }),
  );
  const done = useSaveThenClose(form, onClose);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const required = (key: string) => [
    {
      required: true,
      whitespace: true,
      message: t('meetings.form.required', { field: t(`meetings.detail.${key}`) }),
    },
  ];
  return (
    <FormModal
      open={open}
      form={form}
      pending={save.isPending}
      onClose={onClose}
      title={t('meetings.detail.heldTitle')}
      width={640}
      destroyOnHidden
    >
      <Form<HeldValues>
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v, done(t('meetings.detail.heldDone')))}
      >
        <Form.Item name="minutes" label={t('meetings.detail.minutes')} rules={required('minutes')}>
          <Input.TextArea rows={6} maxLength={20000} placeholder={t('meetings.detail.minutesPlaceholder')} />
        </Form.Item>
        <Form.Item name="recorderName" label={t('meetings.detail.recorder')} rules={required('recorder')}>
          <Input maxLength={30} />
        </Form.Item>
      </Form>
    </FormModal>
  );
};
