import { useQuery } from '@tanstack/react-query';
import { App, Button, Form, Input, Select, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listActivities } from '../../api/activities';
import { FormModal } from '../../components/FormModal';
import { ProviderSelect } from '../../components/ProviderSelect';
import { useErrorText } from '../../hooks/useErrorText';
import { useSaveThenClose } from '../../hooks/useServerFormErrors';
import { ReasonModal } from '../volunteers/ReasonModal';
import { TeamSelect } from '../volunteers/TeamSelect';
import {
  type ActionItemInput,
  type ActionItemView,
  ASSIGNEE_KINDS,
  createActionItem,
  markActionDone,
  moveActionItem,
  uploadActionPhoto,
} from './api';
import { useMeetingMutation, useStaffCandidates } from './useMeetings';

type AssignValues = {
  what: string;
  assigneeKind: ActionItemInput['assigneeKind'];
  volunteerTeamId?: string;
  providerId?: string;
  partnerName?: string;
  staffUserId?: string;
  dueOn: string;
};

// 分派任务: what, who (a team, a partner, a staff member of the community), by when.
export const AssignModal = ({
  meetingId,
  agendaItemId,
  onClose,
}: {
  meetingId: string;
  agendaItemId: string | null;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<AssignValues>();
  const open = agendaItemId !== null;
  const kind = Form.useWatch('assigneeKind', form) ?? 'volunteerTeam';
  const providerId = Form.useWatch('providerId', form);
  const staff = useStaffCandidates(meetingId, open && kind === 'staff');
  const save = useMeetingMutation((v: AssignValues) =>
    createActionItem(agendaItemId ?? '', {
      what: v.what.trim(),
      assigneeKind: v.assigneeKind,
      volunteerTeamId: v.assigneeKind === 'volunteerTeam' ? (v.volunteerTeamId ?? null) : null,
      providerId: v.assigneeKind === 'partner' ? (v.providerId ?? null) : null,
      partnerName: v.assigneeKind === 'partner' ? (v.partnerName?.trim() ?? '') : '',
      staffUserId: v.assigneeKind === 'staff' ? (v.staffUserId ?? null) : null,
      dueOn: v.dueOn,
    }),
  );
  const done = useSaveThenClose(form, onClose);
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  const required = (key: string) => [
    { required: true, message: t('meetings.form.required', { field: t(`meetings.actions.${key}`) }) },
  ];

  return (
    <FormModal
      open={open}
      form={form}
      pending={save.isPending}
      onClose={onClose}
      title={t('meetings.actions.addTitle')}
      destroyOnHidden
    >
      <Form<AssignValues>
        form={form}
        layout="vertical"
        initialValues={{ assigneeKind: 'volunteerTeam' }}
        onFinish={(v) => save.mutate(v, done(t('meetings.actions.created')))}
      >
        <Form.Item name="what" label={t('meetings.actions.what')} rules={required('what')}>
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
        <Form.Item name="assigneeKind" label={t('meetings.actions.assigneeKind')}>
          <Select
            options={ASSIGNEE_KINDS.map((k) => ({ value: k, label: t(`meetings.assigneeKinds.${k}`) }))}
          />
        </Form.Item>
        {kind === 'volunteerTeam' ? (
          <Form.Item name="volunteerTeamId" label={t('meetings.actions.team')} rules={required('team')}>
            <TeamSelect
              placeholder={t('meetings.actions.pickTeam')}
              onChange={(id) => form.setFieldValue('volunteerTeamId', id)}
            />
          </Form.Item>
        ) : null}
        {kind === 'partner' ? (
          <>
            <Form.Item name="providerId" label={t('meetings.actions.provider')}>
              <ProviderSelect />
            </Form.Item>
            {providerId ? null : (
              <Form.Item
                name="partnerName"
                label={t('meetings.actions.partnerName')}
                rules={required('partnerName')}
              >
                <Input maxLength={40} placeholder={t('meetings.actions.partnerNamePlaceholder')} />
              </Form.Item>
            )}
          </>
        ) : null}
        {kind === 'staff' ? (
          <Form.Item name="staffUserId" label={t('meetings.actions.staff')} rules={required('staff')}>
            <Select
              loading={staff.isPending}
              options={(staff.data?.items ?? []).map((s) => ({
                value: s.userId,
                label: `${s.name}（${s.role}）`,
              }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item name="dueOn" label={t('meetings.actions.due')} rules={required('due')}>
          <Input type="date" />
        </Form.Item>
      </Form>
    </FormModal>
  );
};

type DoneValues = { note: string; activityId?: string; file?: { originFileObj?: File }[] };

// One activity of the unit by part of its title: where the item was carried out.
const ActivityPicker = ({
  value,
  onChange,
  placeholder,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder: string;
}) => {
  const [q, setQ] = useState('');
  const { data, isFetching } = useQuery({
    queryKey: ['activities', 'pick', q],
    queryFn: () => listActivities({ q: q || undefined }),
  });
  return (
    <Select
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={isFetching}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next)}
      placeholder={placeholder}
      options={(data?.items ?? []).slice(0, 30).map((a) => ({ value: a.id, label: a.title }))}
    />
  );
};

// 标记完成 with the evidence: a note and optionally a photo.
export const DoneModal = ({ item, onClose }: { item: ActionItemView | null; onClose: () => void }) => {
  const { t } = useTranslation();
  const [form] = Form.useForm<DoneValues>();
  const save = useMeetingMutation(async (v: DoneValues) => {
    const file = v.file?.[0]?.originFileObj;
    if (file && item) await uploadActionPhoto(item.id, file);
    return markActionDone(item?.id ?? '', { note: v.note.trim(), activityId: v.activityId ?? null });
  });
  const done = useSaveThenClose(form, onClose);
  useEffect(() => {
    if (item) form.resetFields();
  }, [item, form]);
  return (
    <FormModal
      open={item !== null}
      form={form}
      pending={save.isPending}
      onClose={onClose}
      title={t('meetings.actions.doneTitle')}
      destroyOnHidden
    >
      <Form<DoneValues>
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v, done(t('meetings.actions.doneSaved')))}
      >
        <Form.Item
          name="note"
          label={t('meetings.actions.note')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('meetings.phone.noteRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} placeholder={t('meetings.actions.notePlaceholder')} />
        </Form.Item>
        <Form.Item name="activityId" label={t('meetings.actions.activity')}>
          <ActivityPicker placeholder={t('meetings.actions.activityPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="file"
          label={t('meetings.actions.photo')}
          valuePropName="fileList"
          getValueFromEvent={(e) => e?.fileList}
        >
          <Upload
            accept="image/jpeg,image/png,image/webp"
            listType="picture"
            maxCount={1}
            beforeUpload={() => false}
          >
            <Button>{t('meetings.phone.addPhoto')}</Button>
          </Upload>
        </Form.Item>
      </Form>
    </FormModal>
  );
};

/** 退回 or 撤销 with a reason, confirmed in a dialog. */
export const useMoveAction = () => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [moving, setMoving] = useState<{ item: ActionItemView; how: 'reopen' | 'cancel' } | null>(null);
  const move = useMeetingMutation(
    ({ id, how, reason }: { id: string; how: 'reopen' | 'cancel'; reason: string }) =>
      moveActionItem(id, how, reason),
  );
  const modal = (
    <ReasonModal
      open={moving !== null}
      title={moving ? t(`meetings.actions.${moving.how}Title`, { what: moving.item.what }) : ''}
      okText={moving ? t(`meetings.actions.${moving.how}`) : undefined}
      danger={moving?.how === 'cancel'}
      pending={move.isPending}
      onClose={() => setMoving(null)}
      onSubmit={(reason) =>
        moving &&
        move.mutate(
          { id: moving.item.id, how: moving.how, reason },
          {
            onSuccess: () => {
              void message.success(t('meetings.actions.moved'));
              setMoving(null);
            },
            onError: (err) => void message.error(errorText(err)),
          },
        )
      }
    />
  );
  return { start: (item: ActionItemView, how: 'reopen' | 'cancel') => setMoving({ item, how }), modal };
};
